using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Listing;

/// <summary>
/// <c>sitegen list</c>: every bulletin and free page of a site with its title, date and address, one per line, as CSV
/// (for a spreadsheet, like <c>hugo list all</c>) or tab-separated (for shell scripts, such as the publishing action's
/// pull-request summary).
/// </summary>
public static class SiteListing
{
    public static readonly string[] Columns = ["path", "kind", "title", "date", "permalink", "unit", "draft", "future"];

    /// <summary>The rows of <paramref name="site"/> (built with drafts and future bulletins included), ordered by path.</summary>
    public static IReadOnlyList<ListedPage> Rows(Site site)
    {
        var rows = new List<ListedPage>(site.Bulletins.Count + site.FreePages.Count);
        foreach (var b in site.Bulletins)
            rows.Add(new ListedPage(b.SourcePath, ListedPage.Bulletin, b.Title, b.Date, site.Config.Permalink(b.Path), b.Unit.Name, b.Draft, b.Future));
        foreach (var p in site.FreePages)
            rows.Add(new ListedPage(p.SourcePath, ListedPage.Page, p.Title, p.Updated is { } u ? TimeZoneInfo.ConvertTime(u, site.Config.TimeZone) : null,
                site.Config.Permalink(p.Path), null, p.Draft, false));
        rows.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return rows;
    }

    /// <summary>Writes a header line and the rows: RFC 4180 CSV, or with <paramref name="tabs"/> tab-separated values whose fields never hold a tab or line break (they become spaces).</summary>
    public static void Write(IReadOnlyList<ListedPage> rows, TextWriter writer, bool tabs)
    {
        var separator = tabs ? "\t" : ",";
        writer.Write(string.Join(separator, Columns) + "\n");
        foreach (var row in rows)
        {
            string[] fields =
            [
                row.Path, row.Kind, row.Title,
                row.Date is { } d ? d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : "",
                row.Permalink, row.Unit ?? "", row.Draft ? "true" : "false", row.Future ? "true" : "false",
            ];
            writer.Write(string.Join(separator, fields.Select(f => tabs ? Flat(f) : Quoted(f))) + "\n");
        }
    }

    private static string Flat(string field) =>
        field.Any(c => c is '\t' or '\n' or '\r') ? field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : field;

    private static string Quoted(string field) =>
        field.Any(c => c is ',' or '"' or '\n' or '\r') ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
