namespace SiteGen.Model;

/// <summary>The one order of bulletins on every page: newest first, then by title, then by source path.</summary>
public static class Ordering
{
    public static int NewestFirst(Bulletin a, Bulletin b)
    {
        var c = b.Date.UtcDateTime.CompareTo(a.Date.UtcDateTime);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Title, b.Title);
        return c != 0 ? c : string.CompareOrdinal(a.SourcePath, b.SourcePath);
    }
}
