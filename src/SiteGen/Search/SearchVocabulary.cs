using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// The words of the site a reader may mistype, with the number of bulletins holding each, for search that forgives
/// one typo. Words are filed by first letter and length ("pilkada" in <c>p7</c>): a query word that finds nothing
/// fetches the three files of its first letter and its length ± 1, which hold every word one edit away (a letter
/// added, dropped, changed, or two neighbours swapped) except an edit of the first letter, and picks the candidates
/// by how many bulletins hold them. sitegen-search.js reads the files.
/// </summary>
public sealed class SearchVocabulary
{
    /// <summary>Shorter words are left out: one edit turns a short word into too many others.</summary>
    public const int MinLength = 4;

    /// <summary>Longer words are left out (a length is one bit of the manifest's mask).</summary>
    public const int MaxLength = 24;

    /// <summary>About how many characters of words one file holds; a longer group is cut into parts.</summary>
    public const int PartTarget = 12_000;

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>True for a word the vocabulary keeps: letters a–z only, of <see cref="MinLength"/> to <see cref="MaxLength"/>.</summary>
    public static bool Holds(string word)
    {
        if (word.Length is < MinLength or > MaxLength) return false;
        foreach (var c in word)
            if (c is < 'a' or > 'z') return false;
        return true;
    }

    /// <summary>Counts one bulletin for each of its (distinct) words; safe to call from several threads.</summary>
    public void Count(IEnumerable<string> words)
    {
        foreach (var word in words) _counts.AddOrUpdate(word, 1, (_, n) => n + 1);
    }

    /// <summary>Counts <paramref name="bulletins"/> more bulletins holding <paramref name="word"/>; safe to call from several threads.</summary>
    public void Count(string word, int bulletins) => _counts.AddOrUpdate(word, bulletins, (_, n) => n + bulletins);

    /// <summary>Adds a word the bulletins may not hold as such (a glossary short form found through its long form) with its count.</summary>
    public void Add(string word, int bulletins)
    {
        if (Holds(word) && bulletins > 0) _counts.AddOrUpdate(word, bulletins, (_, n) => Math.Max(n, bulletins));
    }

    /// <summary>How many words the vocabulary holds.</summary>
    public int Size => _counts.Count;

    /// <summary>
    /// Writes the files under <c>{folder}v/{hash}/</c>, the hash being that of their names and bytes in name order, and returns the
    /// manifest's entry: [hash, mask], the mask giving for each letter a–z, as one <see cref="PostingCodec"/> number,
    /// the lengths that have a file (bit 0 for <see cref="MinLength"/>).
    /// </summary>
    public (string Hash, string Mask) Write(string folder, IOutputSink sink)
    {
        var groups = _counts.Keys
            .GroupBy(w => (First: w[0], w.Length))
            .OrderBy(g => g.Key.First).ThenBy(g => g.Key.Length)
            .ToArray();
        var files = new List<(string Name, byte[] Bytes)>();
        var masks = new int[26];
        foreach (var group in groups)
        {
            masks[group.Key.First - 'a'] |= 1 << (group.Key.Length - MinLength);
            var words = group.Order(StringComparer.Ordinal).ToArray();
            var parts = new List<string[]>();
            var perPart = Math.Max(1, PartTarget / (group.Key.Length + 3));
            for (var i = 0; i < words.Length; i += perPart) parts.Add(words[i..Math.Min(words.Length, i + perPart)]);
            var name = $"{group.Key.First}{group.Key.Length}";
            for (var p = 0; p < parts.Count; p++)
                files.Add((p == 0 ? name : $"{name}.{p}", PartJson(parts[p], p == 0 ? parts.Count - 1 : 0)));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var hash = ContentHash.Of(files.SelectMany(f => new[] { Encoding.UTF8.GetBytes(f.Name), f.Bytes }));
        foreach (var (name, bytes) in files) sink.Add(new OutputFile($"{folder}v/{hash}/{name}.json", bytes));
        var mask = new StringBuilder();
        foreach (var m in masks) PostingCodec.Write(mask, m);
        return (hash, mask.ToString());
    }

    /// <summary>One file: the words separated by spaces (w), their bulletin counts (f) and, in a group's first file, how many parts follow (more).</summary>
    private byte[] PartJson(string[] words, int more) => SearchIndexBuilder.Json(w =>
    {
        var counts = new StringBuilder();
        foreach (var word in words) PostingCodec.Write(counts, _counts[word]);
        w.WriteStartObject();
        w.WriteString("w", string.Join(' ', words));
        w.WriteString("f", counts.ToString());
        if (more > 0) w.WriteNumber("more", more);
        w.WriteEndObject();
    });

    /// <summary>
    /// True when <paramref name="a"/> becomes <paramref name="b"/> by exactly one edit: a letter inserted, deleted or
    /// replaced, or two neighbouring letters swapped (optimal string alignment distance 1). sitegen-search.js has the same test.
    /// </summary>
    public static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }
}
