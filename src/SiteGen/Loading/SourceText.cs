namespace SiteGen.Loading;

/// <summary>A text file of the site: path relative to the source folder (forward slashes), UTF-8 decoded, line ends as '\n'.</summary>
public sealed record SourceText(string Path, string Text);
