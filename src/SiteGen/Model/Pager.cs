namespace SiteGen.Model;

/// <summary>One page of a paginated list of bulletins.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Paths">Page paths of every page of the list, index 0 being page 1.</param>
public sealed record Pager(int Number, IReadOnlyList<Bulletin> Items, IReadOnlyList<string> Paths)
{
    public int Total => Paths.Count;
    public string Path => Paths[Number - 1];
    public string? PreviousPath => Number > 1 ? Paths[Number - 2] : null;
    public string? NextPath => Number < Paths.Count ? Paths[Number] : null;

    /// <summary>Splits <paramref name="items"/> into pages of <paramref name="size"/>; an empty list still gets one page.</summary>
    public static IReadOnlyList<Pager> Paginate(IReadOnlyList<Bulletin> items, int size, string firstPath)
    {
        var count = Math.Max(1, (items.Count + size - 1) / size);
        var paths = new string[count];
        for (var i = 0; i < count; i++) paths[i] = UrlScheme.Paged(firstPath, i + 1);
        var pagers = new Pager[count];
        for (var i = 0; i < count; i++)
        {
            var start = i * size;
            var length = Math.Min(size, items.Count - start);
            pagers[i] = new Pager(i + 1, Slice(items, start, Math.Max(0, length)), paths);
        }
        return pagers;
    }

    private static IReadOnlyList<Bulletin> Slice(IReadOnlyList<Bulletin> items, int start, int length) =>
        items is Bulletin[] array ? new ArraySegment<Bulletin>(array, start, length) : items.Skip(start).Take(length).ToArray();
}
