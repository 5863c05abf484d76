namespace SiteGen.Model;

/// <summary>
/// Where the Model phase finds the links (each bulletin's neighbours and related bulletins) an earlier build found, and
/// hands on the ones it finds, for the next build (the pipeline keeps them in .sitegen/cache). Links follow only from the
/// bulletins' order and the units, elections and tags each names, so they are kept by a fingerprint of those.
/// </summary>
public abstract class LinkStore
{
    /// <summary>The links an earlier build found for bulletins whose fingerprint was <paramref name="key"/>, onto <paramref name="ordered"/>; null when there are none to take.</summary>
    public abstract BulletinLinks[]? Find(ulong key, IReadOnlyList<Bulletin> ordered);

    /// <summary>The links this build found for bulletins whose fingerprint is <paramref name="key"/>.</summary>
    public abstract void Made(ulong key, IReadOnlyList<BulletinLinks> links);
}
