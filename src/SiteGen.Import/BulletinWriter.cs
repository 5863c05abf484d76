using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>Writes an imported bulletin as a Markdown file with front matter, quoting every value YAML could misread.</summary>
public static partial class BulletinWriter
{
    public static string Text(ImportedBulletin bulletin)
    {
        var yaml = new StringBuilder("---\n");
        void Line(string key, Guess? guess)
        {
            if (guess is null || !guess.Found) return;
            yaml.Append(key).Append(": ").Append(Scalar(guess.Values[0])).Append('\n');
        }
        Line("title", bulletin.Title);
        Line("unit", bulletin.Unit);
        // The date is written bare (2024-09-20), as every bulletin writes it.
        if (bulletin.Date.Found) yaml.Append("date: ").Append(bulletin.Date.Values[0]).Append('\n');
        if (bulletin.Election.Values.Count == 1) Line("election", bulletin.Election);
        else if (bulletin.Election.Found) yaml.Append("election: ").Append(List(bulletin.Election.Values)).Append('\n');
        if (bulletin.Tags is { Found: true } tags) yaml.Append("tags: ").Append(List(tags.Values)).Append('\n');
        Line("summary", bulletin.Summary);
        Line("location", bulletin.Location);
        Line("author", bulletin.Author);
        if (bulletin.Picture is { } picture)
        {
            yaml.Append("image: ").Append(Scalar(picture.FileName)).Append('\n');
            Line("image_alt", picture.Alt);
        }
        Line("image_caption", bulletin.ImageCaption);
        Line("image_credit", bulletin.ImageCredit);
        if (bulletin.SlugGiven && bulletin.Slug is { } slug) yaml.Append("slug: ").Append(slug).Append('\n');
        yaml.Append("---\n");
        return yaml + bulletin.Body.TrimEnd('\n') + "\n";
    }

    /// <summary>Writes the file; false when it already exists (it is never replaced).</summary>
    public static bool TryWrite(string fullPath, string text) =>
        TryWrite(fullPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>Writes the file; false when it already exists (it is never replaced).</summary>
    public static bool TryWrite(string fullPath, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        try
        {
            using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            return false;
        }
    }

    /// <summary>A YAML scalar: plain when YAML reads it back as the same text, otherwise double-quoted.</summary>
    public static string Scalar(string value, bool inList = false)
    {
        value = Regex.Replace(value, @"\s+", " ").Trim();
        return IsPlain(value, inList) ? value : Quote(value);
    }

    private static string List(IReadOnlyList<string> values) => "[" + string.Join(", ", values.Select(v => Scalar(v, inList: true))) + "]";

    private static bool IsPlain(string value, bool inList)
    {
        if (value.Length == 0 || "-?:,[]{}#&*!|>'\"%@`".Contains(value[0])) return false;
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')) return false;
        if (inList && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0) return false;
        if (value.Any(c => char.IsControl(c) || c == '\uFEFF')) return false;
        return !Reserved().IsMatch(value);
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': quoted.Append("\\\\"); break;
                case '"': quoted.Append("\\\""); break;
                default:
                    if (char.IsControl(c)) quoted.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    else quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>Words YAML reads as something other than text: booleans, null, numbers, dates.</summary>
    [GeneratedRegex(@"^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\d[\d_]*)?\.?\d[\d_.]*([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|nan)|\d{4}-\d\d?-\d\d?([Tt ].*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
