namespace SiteGen.Import;

/// <summary>Values the writer gives on the command line; each replaces the guess for its field.</summary>
public sealed record ImportOptions
{
    public string? Title { get; init; }
    public string? Unit { get; init; }
    public IReadOnlyList<string> Elections { get; init; } = [];
    public DateOnly? Date { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public string? Summary { get; init; }
    public string? Author { get; init; }
    public string? Slug { get; init; }
    /// <summary>What the document's picture shows, for readers who cannot see it (instead of Word's alt text or the caption).</summary>
    public string? ImageAlt { get; init; }
}
