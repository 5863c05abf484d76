using System.Text;
using AnyAscii;

namespace SiteGen.Model;

/// <summary>Makes URL slugs: lower-case ASCII letters and digits joined by single hyphens ("Polres Kota Malang" → "polres-kota-malang").</summary>
public static class Slug
{
    /// <summary>Longest slug SiteGen makes; longer titles are cut at a hyphen so paths stay well inside file-system limits.</summary>
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var ascii = text.Transliterate();
        var builder = new StringBuilder(Math.Min(ascii.Length, MaxLength + 1));
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
                if (builder.Length > MaxLength) break;
            }
            else if (c != '\'' && c != '’')
            {
                // Apostrophes join ("Jum'at" → "jumat"); every other separator becomes one hyphen.
                pendingHyphen = true;
            }
        }
        if (builder.Length <= MaxLength) return builder.ToString();
        var cut = builder.ToString(0, MaxLength);
        var lastHyphen = cut.LastIndexOf('-');
        return lastHyphen > MaxLength / 2 ? cut[..lastHyphen] : cut.TrimEnd('-');
    }

    /// <summary>True when <paramref name="slug"/> is already in slug form (as an explicit <c>slug:</c> must be).</summary>
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= MaxLength * 2
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);
}
