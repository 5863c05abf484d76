namespace SiteGen.Model;

/// <summary>One file of the built site, planned in the Model phase: what it shows and where it goes.</summary>
/// <param name="Path">Page path ("satuan/polres-blitar/halaman/2/") or file path ("feed.xml").</param>
/// <param name="Owner">What asked for this path, for collision messages: a source file, or a description.</param>
public sealed record Page(PageKind Kind, string Path, string Owner)
{
    public Bulletin? Bulletin { get; init; }
    /// <summary>For an overview or a term's page: its index kind.</summary>
    public IndexKind? Index { get; init; }
    public Term? Term { get; init; }
    public Pager? Pager { get; init; }
    public FreePage? FreePage { get; init; }
    /// <summary>For an alias: the page path it redirects to.</summary>
    public string? Target { get; init; }
    /// <summary>For an alias: where in the source file it was written.</summary>
    public Diagnostics.SourcePosition? Position { get; init; }
}
