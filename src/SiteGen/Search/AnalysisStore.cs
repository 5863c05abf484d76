using SiteGen.Model;

namespace SiteGen.Search;

/// <summary>
/// Where the index builder finds the analyses an earlier build made of bulletins whose searchable text did not change,
/// and hands on the ones it makes, for the next build (the pipeline keeps them in .sitegen/cache).
/// </summary>
public abstract class AnalysisStore
{
    /// <summary>
    /// Called once, before any other call, with a fingerprint of how this build analyses (its protected words and
    /// glossary): analyses made another way are not to be found.
    /// </summary>
    public abstract void Begin(ulong analyser);

    /// <summary>The earlier analysis of <paramref name="bulletin"/>, numbered <paramref name="id"/>; null when there is none to take. Called from several threads.</summary>
    public abstract SearchDocument? Find(Bulletin bulletin, int id);

    /// <summary>
    /// The table of words the documents found are numbered against (<see cref="SearchDocument.TermIds"/>), read once
    /// <see cref="Begin"/> has been called; the builder files each word's postings and count once, not once per document.
    /// </summary>
    public abstract IReadOnlyList<string> Words { get; }

    /// <summary>The analysis of <paramref name="bulletin"/> in this build, found or made; called in id order, one at a time.</summary>
    public abstract void Made(Bulletin bulletin, SearchDocument document);

    /// <summary>A fingerprint of what <paramref name="bulletin"/>'s body was made from (its file, pictures and the parse settings).</summary>
    public abstract ulong VersionOf(Bulletin bulletin);

    /// <summary>
    /// What an earlier build wrote for a group of search records whose inputs have the fingerprint <paramref name="key"/>:
    /// the group's hash and each record's length and XxHash64; null when none. Called from several threads.
    /// </summary>
    public abstract RecordGroup? FindGroup(ulong key);

    /// <summary>What this build wrote for a group of search records, found or made. Called from several threads.</summary>
    public abstract void MadeGroup(ulong key, RecordGroup group);
}
