using System.Collections.Frozen;

namespace SiteGen.Search;

/// <summary>The 355 Indonesian stop words (Apache Lucene's list, from F. Tala 2003), read once from an embedded resource.</summary>
public static class StopWords
{
    private const string ResourceName = "SiteGen.Search.stopwords-id.txt";

    // Built once by the type initialiser and never changed, so safe to read from any thread.
    private static readonly string[] Words = Load();
    private static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every stop word, in file order (sorted ordinally).</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(Words);

    /// <summary>True when <paramref name="word"/> (already normalised) is a stop word.</summary>
    public static bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Set.Contains(word);
    }

    private static string[] Load()
    {
        using Stream stream = typeof(StopWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{ResourceName}' is missing; SiteGen.csproj needs " +
                "<EmbeddedResource Include=\"Search/stopwords-id.txt\" LogicalName=\"SiteGen.Search.stopwords-id.txt\" />.");
        using var reader = new StreamReader(stream);

        var words = new List<string>(360);
        while (reader.ReadLine() is { } line)
        {
            string word = line.Trim();
            if (word.Length == 0 || word[0] == '#')
            {
                continue;
            }

            words.Add(word);
        }

        return [.. words];
    }
}
