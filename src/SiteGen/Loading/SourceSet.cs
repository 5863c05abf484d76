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

    /// <summary>Bulletins found but not read, when the load was told to leave them (<see cref="SourceLoader.Load"/>); read in the order given.</summary>
    public IReadOnlyList<UnreadText> UnreadBulletins { get; init; } = [];

    /// <summary>How many bulletin files there are, read or not.</summary>
    public int BulletinCount => Bulletins.Count + UnreadBulletins.Count;

    /// <summary>The paths of every bulletin file, read or not.</summary>
    public IEnumerable<string> BulletinPaths => Bulletins.Select(b => b.Path).Concat(UnreadBulletins.Select(b => b.Path));

    public const string ContentFolder = "content";
    public const string UnitsPath = "content/units.yaml";
    public const string ElectionsPath = "content/elections.yaml";
    public const string TagsPath = "content/tags.yaml";
    public const string BulletinsFolder = "content/bulletins";
    public const string PagesFolder = "content/pages";
}
