namespace SiteGen.Import;

/// <summary>What a block of an imported release is, as far as Markdown is concerned.</summary>
public enum ReleaseBlockKind
{
    Paragraph,
    Heading,
    List,
    Table,
    Quote,
}
