using SiteGen.Search;

namespace SiteGen;

/// <summary>A search index built for one build of a <see cref="BuildSession"/>, waiting to be put in place with <see cref="BuildSession.ApplySearch"/>.</summary>
public sealed class SearchRefresh
{
    internal SearchRefresh(object build, SearchIndex index)
    {
        Build = build;
        Index = index;
    }

    /// <summary>The build it was made for; a later build makes it outdated.</summary>
    internal object Build { get; }

    internal SearchIndex Index { get; }
}
