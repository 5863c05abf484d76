using System.Globalization;
using System.Text;
using SiteGen.Yaml;

namespace SiteGen.Content;

/// <summary>
/// Writes a bulletin's front matter, for <c>sitegen new</c> and <c>sitegen import</c>: one declared key a line, in the order
/// of <see cref="FrontMatterKeys.Bulletin"/>, each value written by <see cref="YamlText"/> so that the build reads back
/// exactly the text it was given; then any comment lines, then the closing <c>---</c>.
/// </summary>
public sealed class FrontMatterWriter
{
    private readonly List<(FrontMatterKey Key, string Value)> _lines = [];
    private readonly StringBuilder _comments = new();

    /// <summary>A key holding text or a picture's file name; nothing is written for no text.</summary>
    public FrontMatterWriter Text(FrontMatterKey key, string? value) =>
        string.IsNullOrEmpty(value) ? this : Add(key, [ValueKind.Text, ValueKind.Picture], YamlText.Scalar(value));

    /// <summary>A date key, written bare (<c>2024-09-20</c>), as every bulletin writes it: here YAML is meant to read a date.</summary>
    public FrontMatterWriter Date(FrontMatterKey key, DateOnly? date) =>
        date is { } day ? Add(key, [ValueKind.Date], day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : this;

    /// <summary>A list key, as <c>[a, b]</c>; nothing is written for no items.</summary>
    /// <param name="oneAsText">Write a single item as text (<c>election: Pemilu 2024</c>), not as a list of one.</param>
    public FrontMatterWriter List(FrontMatterKey key, IReadOnlyList<string> values, bool oneAsText = false) =>
        values.Count == 0 ? this
        : Add(key, [ValueKind.List], oneAsText && values.Count == 1 ? YamlText.Scalar(values[0]) : YamlText.List(values));

    /// <summary>A comment line, after the keys: <c># text</c>.</summary>
    public FrontMatterWriter Comment(string text)
    {
        _comments.Append("# ").Append(text).Append('\n');
        return this;
    }

    /// <summary>The key with its <see cref="FrontMatterKey.Example"/>, commented out: the writer removes the '#' to use it.</summary>
    public FrontMatterWriter Example(FrontMatterKey key) =>
        Comment(key.Name + ": " + YamlText.Scalar(key.Example ?? throw new ArgumentException($"'{key.Name}' has no example", nameof(key))));

    /// <summary>The front matter, from its opening <c>---</c> line to its closing one.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("---\n");
        foreach (var (key, value) in _lines.OrderBy(l => Position(l.Key)))
            text.Append(key.Name).Append(": ").Append(value).Append('\n');
        return text.Append(_comments).Append("---\n").ToString();
    }

    private FrontMatterWriter Add(FrontMatterKey key, ValueKind[] kinds, string value)
    {
        // Both are mistakes in SiteGen, never in what a writer typed: a value of the wrong kind, or one key written twice.
        if (!kinds.Contains(key.Holds)) throw new ArgumentException($"'{key.Name}' holds {key.Holds}", nameof(key));
        if (_lines.Any(l => l.Key.Name == key.Name)) throw new InvalidOperationException($"'{key.Name}' is written twice");
        Position(key);
        _lines.Add((key, value));
        return this;
    }

    private static int Position(FrontMatterKey key)
    {
        for (var i = 0; i < FrontMatterKeys.Bulletin.Count; i++)
            if (ReferenceEquals(FrontMatterKeys.Bulletin[i], key)) return i;
        throw new ArgumentException($"'{key.Name}' is not a key of a bulletin", nameof(key));
    }
}
