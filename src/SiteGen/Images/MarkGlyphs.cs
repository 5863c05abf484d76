using SkiaSharp;

namespace SiteGen.Images;

/// <summary>
/// Capital letters and digits drawn as strokes, for the mark made from a site's initials when it has no logo. Drawn from
/// paths kept here rather than from a font, because the fonts a machine has differ, and a build must give the same bytes
/// everywhere. Each glyph is SVG path data in a box 100 units high, stroked with round ends.
/// </summary>
public static class MarkGlyphs
{
    private const float Height = 100, Gap = 14, Stroke = 15;

    private static readonly Dictionary<char, (float Width, string Path)> Glyphs = new()
    {
        ['A'] = (60, "M8 92 L30 8 L52 92 M15 64 L45 64"),
        ['B'] = (60, "M10 8 L10 92 M10 8 L31 8 C49 8 49 48 31 48 L10 48 M31 48 C53 48 53 92 31 92 L10 92"),
        ['C'] = (60, "M52 20 C46 11 39 8 31 8 C14 8 8 28 8 50 C8 72 14 92 31 92 C39 92 46 89 52 80"),
        ['D'] = (60, "M10 8 L10 92 L26 92 C46 92 52 72 52 50 C52 28 46 8 26 8 Z"),
        ['E'] = (56, "M48 8 L10 8 L10 92 L48 92 M10 50 L40 50"),
        ['F'] = (54, "M48 8 L10 8 L10 92 M10 50 L40 50"),
        ['G'] = (62, "M53 20 C47 11 40 8 32 8 C14 8 8 28 8 50 C8 72 14 92 32 92 C46 92 54 84 54 68 L54 54 L34 54"),
        ['H'] = (60, "M10 8 L10 92 M50 8 L50 92 M10 50 L50 50"),
        ['I'] = (20, "M10 8 L10 92"),
        ['J'] = (52, "M44 8 L44 68 C44 86 36 92 26 92 C16 92 10 86 8 76"),
        ['K'] = (60, "M10 8 L10 92 M50 8 L12 58 M26 40 L52 92"),
        ['L'] = (52, "M10 8 L10 92 L48 92"),
        ['M'] = (70, "M8 92 L8 8 L35 62 L62 8 L62 92"),
        ['N'] = (60, "M10 92 L10 8 L50 92 L50 8"),
        ['O'] = (64, "M32 8 C12 8 8 30 8 50 C8 70 12 92 32 92 C52 92 56 70 56 50 C56 30 52 8 32 8 Z"),
        ['P'] = (58, "M10 92 L10 8 L31 8 C51 8 51 52 31 52 L10 52"),
        ['Q'] = (64, "M32 8 C12 8 8 30 8 50 C8 70 12 92 32 92 C52 92 56 70 56 50 C56 30 52 8 32 8 Z M38 70 L56 94"),
        ['R'] = (60, "M10 92 L10 8 L31 8 C51 8 51 52 31 52 L10 52 M30 52 L52 92"),
        ['S'] = (60, "M50 20 C46 11 39 8 30 8 C18 8 10 14 10 28 C10 54 52 44 52 70 C52 86 42 92 30 92 C20 92 12 88 8 78"),
        ['T'] = (60, "M6 8 L54 8 M30 8 L30 92"),
        ['U'] = (60, "M10 8 L10 66 C10 86 18 92 30 92 C42 92 50 86 50 66 L50 8"),
        ['V'] = (60, "M8 8 L30 92 L52 8"),
        ['W'] = (76, "M8 8 L22 92 L38 30 L54 92 L68 8"),
        ['X'] = (60, "M10 8 L50 92 M50 8 L10 92"),
        ['Y'] = (60, "M8 8 L30 50 L52 8 M30 50 L30 92"),
        ['Z'] = (58, "M10 8 L48 8 L10 92 L48 92"),
        ['0'] = (60, "M30 8 C14 8 10 30 10 50 C10 70 14 92 30 92 C46 92 50 70 50 50 C50 30 46 8 30 8 Z"),
        ['1'] = (44, "M12 22 L30 8 L30 92"),
        ['2'] = (60, "M10 24 C12 12 20 8 30 8 C42 8 50 16 50 28 C50 50 10 66 10 92 L52 92"),
        ['3'] = (60, "M10 16 C14 10 22 8 30 8 C42 8 50 14 50 28 C50 42 40 48 26 48 C42 48 52 56 52 70 C52 86 42 92 30 92 C20 92 12 88 8 80"),
        ['4'] = (62, "M42 92 L42 8 L8 66 L56 66"),
        ['5'] = (60, "M48 8 L14 8 L10 46 C16 42 22 40 30 40 C44 40 52 50 52 66 C52 84 42 92 30 92 C20 92 12 88 8 80"),
        ['6'] = (60, "M46 12 C42 9 36 8 32 8 C16 8 10 28 10 56 C10 80 18 92 30 92 C44 92 52 82 52 68 C52 54 44 44 31 44 C20 44 12 52 10 60"),
        ['7'] = (58, "M8 8 L50 8 L22 92"),
        ['8'] = (60, "M30 48 C18 48 12 40 12 28 C12 16 20 8 30 8 C40 8 48 16 48 28 C48 40 42 48 30 48 C16 48 10 58 10 70 C10 84 18 92 30 92 C42 92 50 84 50 70 C50 58 44 48 30 48 Z"),
        ['9'] = (60, "M50 40 C48 50 40 56 30 56 C18 56 10 46 10 32 C10 18 18 8 30 8 C44 8 50 20 50 40 C50 72 44 92 26 92 C20 92 14 90 10 86"),
    };

    /// <summary>True for the characters a mark can show: A–Z and 0–9.</summary>
    public static bool CanDraw(char c) => Glyphs.ContainsKey(c);

    /// <summary>Draws <paramref name="text"/> centred on (<paramref name="x"/>, <paramref name="y"/>), fitted into a box <paramref name="maxWidth"/> by <paramref name="maxHeight"/>.</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, float maxWidth, float maxHeight, SKColor color)
    {
        var glyphs = text.Where(CanDraw).Select(c => Glyphs[c]).ToArray();
        if (glyphs.Length == 0) return;
        var width = glyphs.Sum(g => g.Width) + Gap * (glyphs.Length - 1);
        var scale = Math.Min(maxWidth / width, maxHeight / Height);
        using var paint = new SKPaint
        {
            Color = color,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = Stroke,
            StrokeCap = SKStrokeCap.Round,
            StrokeJoin = SKStrokeJoin.Round,
        };
        canvas.Save();
        canvas.Translate(x - width * scale / 2, y - Height * scale / 2);
        canvas.Scale(scale);
        foreach (var (glyphWidth, data) in glyphs)
        {
            using var path = SKPath.ParseSvgPathData(data);
            canvas.DrawPath(path, paint);
            canvas.Translate(glyphWidth + Gap, 0);
        }
        canvas.Restore();
    }
}
