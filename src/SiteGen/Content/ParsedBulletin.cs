namespace SiteGen.Content;

/// <summary>A bulletin file after the Parse phase: its checked front matter and its rendered body.</summary>
public sealed record ParsedBulletin(string SourcePath, FrontMatter Meta, RenderedMarkdown Body, Resource? Image);
