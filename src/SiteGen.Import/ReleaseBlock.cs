using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>One paragraph, heading, list, table or quotation of an imported release: its Markdown, its plain words, and the line it began on.</summary>
public sealed partial record ReleaseBlock(ReleaseBlockKind Kind, string Markdown, string Plain, int Line)
{
    public static ReleaseBlock Of(ReleaseBlockKind kind, string markdown, int line) => new(kind, markdown, MarkdownText.ToPlain(markdown), line);

    /// <summary>A heading, or a paragraph set in bold from end to end: what a writer marks as the headline.</summary>
    public bool IsStrong => Kind == ReleaseBlockKind.Heading
        || (Kind == ReleaseBlockKind.Paragraph && WholeBold().IsMatch(Markdown));

    /// <summary>Counted once: the cleaning asks every block several times.</summary>
    public int WordCount { get; } = Words().Count(Plain);

    public ReleaseBlock WithMarkdown(string markdown) => Of(Kind, markdown, Line);

    [GeneratedRegex(@"^(\*\*|__)(?!\s)(?:(?!\1).)+(?<!\s)\1$")]
    private static partial Regex WholeBold();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
