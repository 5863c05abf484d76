using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>A published bulletin with every reference resolved and its URL assigned.</summary>
public sealed record Bulletin
{
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    /// <summary>The date as written, converted to the site's time zone.</summary>
    public required DateTimeOffset Date { get; init; }
    /// <summary>When it was last corrected or added to ('updated:'), in the site's time zone; null when it does not say.</summary>
    public DateTimeOffset? Updated { get; init; }
    /// <summary>When it last changed: <see cref="Updated"/>, or <see cref="Date"/> when it was not updated (feeds, sitemap, schema.org).</summary>
    public DateTimeOffset LastChanged => Updated ?? Date;
    public required Unit Unit { get; init; }
    public required IReadOnlyList<Election> Elections { get; init; }
    public required IReadOnlyList<Tag> Tags { get; init; }
    public required string Summary { get; init; }
    public string? Location { get; init; }
    public string? Author { get; init; }
    public BulletinImage? Image { get; init; }
    public bool Draft { get; init; }
    public bool Future { get; init; }
    public required RenderedMarkdown Body { get; init; }
    /// <summary>Page path, e.g. "2024/09/fgd-netralitas-polri/".</summary>
    public required string Path { get; init; }
    /// <summary>Normalised alias paths that redirect here, with where each was written.</summary>
    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];
    /// <summary>Position in the site's order (newest first); a total order, so it is also a stable key.</summary>
    public int Index { get; init; }
}
