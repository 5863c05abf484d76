namespace SiteGen.Search;

/// <summary>
/// A group of search records as a build wrote them (<see cref="SearchIndexBuilder.GroupSize"/> bulletins' records, in
/// a folder named by <paramref name="Hash"/>), and each record's length and XxHash64, in id order: enough to keep the
/// files an earlier build wrote without making their bytes again.
/// </summary>
public sealed record RecordGroup(string Hash, long[] Lengths, ulong[] Hashes);
