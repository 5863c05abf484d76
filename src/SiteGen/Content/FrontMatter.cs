using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A bulletin's front matter (its keys: <see cref="FrontMatterKeys.Bulletin"/>), typed and checked for form (references to units and elections are checked in the Model phase).</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public required Located<string> Unit { get; init; }
    public required DateTimeOffset Date { get; init; }
    /// <summary>Where the date is written, for warnings about it.</summary>
    public SourcePosition? DatePosition { get; init; }
    public required IReadOnlyList<Located<string>> Elections { get; init; }
    public IReadOnlyList<Located<string>> Tags { get; init; } = [];
    public string? Summary { get; init; }
    public string? Location { get; init; }
    public string? Author { get; init; }
    public Located<string>? Image { get; init; }
    public string? ImageAlt { get; init; }
    public string? ImageCaption { get; init; }
    public string? ImageCredit { get; init; }
    public bool Draft { get; init; }
    public DateTimeOffset? Expires { get; init; }
    /// <summary>When the bulletin was last corrected or added to, if it says so.</summary>
    public DateTimeOffset? Updated { get; init; }
    public Located<string>? Slug { get; init; }
    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];
    /// <summary>The line of the front matter's opening '---', for problems that concern the whole block.</summary>
    public required SourcePosition Position { get; init; }
}
