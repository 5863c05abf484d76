namespace SiteGen.Configuration;

/// <summary>Colours written "#rrggbb" and the contrast between two of them as WCAG 2.1 measures it (1:1 to 21:1).</summary>
public static class ColorContrast
{
    /// <summary>The contrast WCAG 2.1 AA asks of normal text against its background.</summary>
    public const double TextMinimum = 4.5;

    /// <summary>"#rrggbb" in lower case for "#RGB", "#rrggbb", "rgb" or "rrggbb"; null for anything else.</summary>
    public static string? Normalize(string text)
    {
        var hex = text.StartsWith('#') ? text[1..] : text;
        if (hex.Length is not (3 or 6) || !hex.All(char.IsAsciiHexDigit)) return null;
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        return "#" + hex.ToLowerInvariant();
    }

    /// <summary>The contrast ratio of two "#rrggbb" colours, the lighter's luminance over the darker's, each plus 0.05.</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>
    /// The shade of <paramref name="color"/> nearest to it (mixed toward black, or toward white when <paramref name="lighter"/>)
    /// whose contrast with <paramref name="text"/> is at least <paramref name="minimum"/>: what to suggest instead.
    /// </summary>
    public static string Adjust(string color, string text, bool lighter, double minimum = TextMinimum)
    {
        var (r, g, b) = Channels(color);
        var target = lighter ? 255 : 0;
        for (var step = 1; step <= 100; step++)
        {
            var t = step / 100.0;
            var candidate = Hex(Mix(r, target, t), Mix(g, target, t), Mix(b, target, t));
            if (Ratio(candidate, text) >= minimum) return candidate;
        }
        return lighter ? "#ffffff" : "#000000";
    }

    /// <summary>A ratio as a person reads it, to one decimal (rounded down, so that 4.49 never shows as passing 4.5); the message writes it as its language does ("3,1" in Indonesian).</summary>
    public static double Shown(double ratio) => Math.Floor(ratio * 10) / 10;

    private static int Mix(int from, int to, double t) => (int)Math.Round(from + (to - from) * t);

    private static string Hex(int r, int g, int b) => $"#{r:x2}{g:x2}{b:x2}";

    private static (int R, int G, int B) Channels(string color) =>
        (Convert.ToInt32(color[1..3], 16), Convert.ToInt32(color[3..5], 16), Convert.ToInt32(color[5..7], 16));

    private static double Luminance(string color)
    {
        var (r, g, b) = Channels(color);
        return 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
    }

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
