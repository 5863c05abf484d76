namespace SiteGen.Loading;

/// <summary>Everything a build reads from disk, read once by <see cref="SourceLoader"/>; later phases never touch the disk.</summary>
public sealed record SourceSet(
    SourceText? Config,
    SourceText? Units,
    SourceText? Elections,
    IReadOnlyList<SourceText> Bulletins,
    IReadOnlyList<SourceText> Pages,
    IReadOnlyDictionary<string, SourceFile> ContentFiles)
{
    /// <summary>content/tags.yaml, the tags' display names and descriptions; null when the site has none.</summary>
    public SourceText? Tags { get; init; }

    public const string ContentFolder = "content";
    public const string UnitsPath = "content/units.yaml";
    public const string ElectionsPath = "content/elections.yaml";
    public const string TagsPath = "content/tags.yaml";
    public const string BulletinsFolder = "content/bulletins";
    public const string PagesFolder = "content/pages";
}
