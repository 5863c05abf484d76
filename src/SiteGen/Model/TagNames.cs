using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Model;

/// <summary>
/// The name each tag is shown by: the one <c>content/tags.yaml</c> gives, else the spelling its writers use most. A
/// spelling that is only the address form ("operasi-mantap-praja") says nothing of how the words are written, so another
/// spelling wins over it however rare, and alone it is shown with spaces ("operasi mantap praja").
/// </summary>
public sealed class TagNames
{
    private readonly Dictionary<string, Dictionary<string, int>> _spellings = new(StringComparer.Ordinal);

    /// <summary>Counts one use of a tag written <paramref name="spelling"/>, whose slug is <paramref name="slug"/>.</summary>
    public void Count(string slug, string spelling)
    {
        if (!_spellings.TryGetValue(slug, out var counts)) _spellings.Add(slug, counts = new Dictionary<string, int>(StringComparer.Ordinal));
        counts[spelling] = counts.GetValueOrDefault(spelling) + 1;
    }

    /// <summary>Every counted tag with its name and description, by slug.</summary>
    public Dictionary<string, Tag> Tags(IReadOnlyList<TagDetails> details)
    {
        var described = details.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var tags = new Dictionary<string, Tag>(_spellings.Count, StringComparer.Ordinal);
        foreach (var (slug, counts) in _spellings)
        {
            described.TryGetValue(slug, out var entry);
            tags[slug] = new Tag(entry?.Name ?? Spelled(slug, counts), slug, entry?.Description);
        }
        return tags;
    }

    /// <summary>The spelling to show: the most used, a spelling with words before the address form, ties to the first in ordinal order (capitals first).</summary>
    internal static string Spelled(string slug, IReadOnlyDictionary<string, int> counts)
    {
        var best = counts
            .OrderBy(c => IsAddressForm(c.Key, slug))
            .ThenByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .First().Key;
        return IsAddressForm(best, slug) ? best.Replace('-', ' ') : best;
    }

    private static bool IsAddressForm(string spelling, string slug) => spelling == slug && slug.Contains('-');

    /// <summary>Warns about each entry of tags.yaml that no bulletin carries (drafts and scheduled ones count): usually a misspelt tag.</summary>
    public static void ReportUnused(IReadOnlyList<TagDetails> details, IEnumerable<string> usedSlugs, DiagnosticBag diagnostics)
    {
        if (details.Count == 0) return;
        var used = usedSlugs.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in details.Where(d => !used.Contains(d.Slug)))
        {
            var near = NearMatch.Find(entry.Slug, used);
            diagnostics.Warning(entry.Position, DiagnosticCodes.TagNotUsed,
                near is null ? Say.TagsUnused.With(entry.Written) : Say.TagsUnusedNear.With(entry.Written, near));
        }
    }
}
