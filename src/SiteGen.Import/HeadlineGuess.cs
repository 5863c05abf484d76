using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Finds the headline: the first strong line (a heading, or a paragraph in bold) before the first paragraph of text,
/// or failing that the first line shaped like a headline — not a site name, a category, a byline or a date.
/// </summary>
public static partial class HeadlineGuess
{
    private const int LookAhead = 15;

    /// <summary>The index of the headline among <paramref name="blocks"/>, or -1 when none comes before the text.</summary>
    public static int FindIndex(IReadOnlyList<ReleaseBlock> blocks)
    {
        int? firstPlain = null;
        int? firstLong = null;
        for (var i = 0; i < blocks.Count && i < LookAhead; i++)
        {
            var block = blocks[i];
            if (IsLead(block)) break;
            if (!IsHeadlineShaped(block)) continue;
            if (block.IsStrong) return i;
            firstPlain ??= i;
            // Site names run to four or five words ("Kabar Polisi Blitar Raya"); headlines are longer.
            if (block.WordCount >= 6) firstLong ??= i;
        }
        return firstLong ?? firstPlain ?? -1;
    }

    /// <summary>The first paragraph of the text proper: long, or opening with a dateline ("BLITAR – …").</summary>
    public static bool IsLead(ReleaseBlock block) =>
        block.Kind == ReleaseBlockKind.Paragraph && !block.IsStrong
        && (block.WordCount >= 15 || (block.WordCount >= 8 && DatelinePrefix(block.Plain).Length > 0));

    /// <summary>The headline's words, without a site name after it ("… | Tribrata News") or a final full stop.</summary>
    public static string Title(ReleaseBlock block)
    {
        var title = block.Plain.Trim();
        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0 && title[(bar + 3)..].Split(' ').Length <= 5) title = title[..bar].TrimEnd();
        var dash = SiteSuffix().Match(title);
        if (dash.Success && dash.Index > 0) title = title[..dash.Index].TrimEnd();
        return title.TrimEnd('.', ' ');
    }

    /// <summary>"BLITAR – " or "Kendari, Sultrakini.com – " at the start of a lead, or "" when it has none.</summary>
    public static string DatelinePrefix(string plain)
    {
        var match = Dateline().Match(plain);
        return match.Success ? match.Value : "";
    }

    private static bool IsHeadlineShaped(ReleaseBlock block)
    {
        if (block.Kind is not (ReleaseBlockKind.Paragraph or ReleaseBlockKind.Heading)) return false;
        var text = block.Plain.Trim();
        var words = block.WordCount;
        if (words is < 4 or > 30 || text.Length is < 15 or > 250) return false;
        if (!(char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '"' or '“' or '\'')) return false;
        if (text[^1] is ',' or ':' or ';' || (text[^1] == '.' && !block.IsStrong)) return false;
        if (SiteName().IsMatch(text) || (words <= 5 && SiteWord().IsMatch(text))) return false;
        // A line that is mostly a date and a time is a publication stamp.
        var withoutDates = text;
        foreach (var mention in DateGuess.FindAll(text).Reverse()) withoutDates = withoutDates.Remove(mention.Index, mention.Length);
        withoutDates = Time().Replace(withoutDates, " ");
        return Regex.Count(withoutDates, @"[\p{L}]{2,}") >= 3;
    }

    [GeneratedRegex(@"^(?:[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:\s*[,(][^–—\-]{0,50}?)?\s*[–—-]{1,2}\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b[\w-]+\.(com|co\.id|id|net|org|news|tv|info)\b|^(www\.|https?://)", RegexOptions.IgnoreCase)]
    private static partial Regex SiteName();

    [GeneratedRegex(@"\b(kabar|berita|warta|news|portal|media|info|online|tv|pos|post|times|channel|suara|koran|harian|radar|tribun|rilis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SiteWord();

    [GeneratedRegex(@"\s+[-–—]\s+[^-–—]{0,40}\b(news|online|post|times|tv|media|portal|berita|pos|\.com|\.id)\b[^-–—]{0,20}$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(\s*(WIB|WITA|WIT|GMT\+?\d*))?\b|\b(WIB|WITA|WIT|pukul|jam|diterbitkan|dipublikasikan|diperbarui|update[d]?|published|posted|terbit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();
}
