namespace SiteGen.Listing;

/// <summary>One row of <c>sitegen list</c>: a bulletin or free page, where it is published and whether it is yet.</summary>
/// <param name="Path">The source file, relative to the site's folder (content/bulletins/2024/apel.md).</param>
/// <param name="Kind"><see cref="Bulletin"/> or <see cref="Page"/>.</param>
/// <param name="Date">The bulletin's date in the site's time zone; a free page's <c>updated</c> date, if it has one.</param>
/// <param name="Permalink">The page's full address.</param>
/// <param name="Unit">The bulletin's unit; null for a free page.</param>
/// <param name="Future">Dated after now: a build publishes it on its date.</param>
public sealed record ListedPage(string Path, string Kind, string Title, DateTimeOffset? Date, string Permalink, string? Unit, bool Draft, bool Future)
{
    public const string Bulletin = "bulletin";
    public const string Page = "page";
}
