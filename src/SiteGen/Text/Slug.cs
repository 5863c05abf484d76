using System.Text;
using System.Text.RegularExpressions;
using AnyAscii;

namespace SiteGen.Text;

/// <summary>Makes URL slugs: lower-case ASCII letters and digits joined by single hyphens ("Polres Kota Malang" → "polres-kota-malang").</summary>
public static partial class Slug
{
    /// <summary>
    /// Longest slug a page may have: it is the name of a folder of the site, and file systems take 255 bytes. A longer one
    /// is an error where it comes from, never cut: a cut would make two different names share one address.
    /// </summary>
    public const int MaxLength = SitePath.MaxNameLength;

    /// <summary>The slug of <paramref name="text"/>, whole; it may be longer than <see cref="MaxLength"/> (check <see cref="IsTooLong"/>).</summary>
    public static string From(string text)
    {
        var ascii = text.Transliterate();
        var builder = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c != '\'' && c != '’')
            {
                // Apostrophes join ("Jum'at" → "jumat"); every other separator becomes one hyphen.
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A bulletin's slug when it has no <c>slug:</c>: its file's name less the ending and a leading date, as Jekyll, Hugo
    /// and Zola make it ("content/bulletins/2024/2024-09-20-apel.md" → "apel"); a file named index.md takes its folder's name.
    /// </summary>
    public static string FromFileName(string path)
    {
        var parts = path.Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase) && parts.Length > 1) name = parts[^2];
        var undated = LeadingDate().Replace(name, "");
        return From(undated.Length > 0 ? undated : name);
    }

    /// <summary>True when <paramref name="slug"/> is too long to be a folder of the site.</summary>
    public static bool IsTooLong(string slug) => slug.Length > MaxLength;

    /// <summary>True when <paramref name="slug"/> is already in slug form (as an explicit <c>slug:</c> must be).</summary>
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= MaxLength
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[-_]")]
    private static partial Regex LeadingDate();
}
