namespace SiteGen.Search;

/// <summary>
/// One file of the word index: a run of consecutive keys in ordinal order, with the postings of each stem and the stem
/// of each surface word. A key that starts a chunk never also ends the chunk before it, so the browser knows which
/// chunks to fetch from the first keys alone; a stem whose postings are too long for one chunk fills several, each
/// starting with that stem.
/// </summary>
/// <param name="FirstKey">The chunk's first key; the manifest lists these.</param>
/// <param name="Postings">Stem → document gaps and weights in <see cref="PostingCodec"/> text (its ASCII bytes), sorted by stem.</param>
/// <param name="SurfaceStems">Surface word → its stem, sorted by surface word.</param>
public sealed record IndexChunk(
    string FirstKey,
    IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<byte>>> Postings,
    IReadOnlyList<KeyValuePair<string, string>> SurfaceStems);
