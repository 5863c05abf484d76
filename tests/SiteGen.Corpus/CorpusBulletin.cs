namespace SiteGen.Corpus;

/// <summary>One generated bulletin: its front matter, its Markdown body and the same body as plain text.</summary>
public sealed record CorpusBulletin(
    string Path, string Title, CorpusUnit Unit, DateTime Date, IReadOnlyList<string> Elections, IReadOnlyList<string> Tags,
    string Summary, string Location, string Author, string Markdown, string PlainText);
