using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Text;
using SiteGen.Yaml;

namespace SiteGen.Content;

/// <summary>Reads typed fields from a YAML mapping, reporting wrong types, wrong key names and unknown keys with their positions.</summary>
/// <param name="lines">The file's lines, for corrections <c>sitegen check --fix</c> can make; null where none are offered.</param>
public sealed class MappingReader(YamlMapping mapping, DiagnosticBag diagnostics, string invalidCode, SourceLines? lines = null)
{
    private YamlMapping _mapping = mapping;

    // Each unknown key is reported up to this many; the rest are counted in one more warning, so that a file of 100,000
    // stray keys (a pasted table, say) is read in moments and its report stays readable.
    private const int MaxUnknownReported = 20;
    private int _unknown;
    private YamlEntry? _firstUnreported;

    /// <summary>The mapping as read: after <see cref="CheckKeys"/>, a key written under a wrong name is found under its own.</summary>
    public YamlMapping Mapping => _mapping;

    /// <summary>Text of <paramref name="key"/>, trimmed, its bidi controls closed (<see cref="TextSafety.ContainDirection"/>); null when absent or empty. Lists and mappings are reported.</summary>
    public Located<string>? Text(string key)
    {
        var entry = _mapping.Find(key);
        if (entry is null) return null;
        if (entry.Value is YamlScalar scalar)
        {
            if (scalar.IsNull || scalar.Value.Trim().Length == 0) return null;
            return new Located<string>(Clean(scalar.Value), scalar.Position);
        }
        diagnostics.Error(entry.Value.Position, invalidCode, Say.KeyMustBeText.With(key, entry.Value.KindName));
        return null;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    /// <param name="commaList">
    /// When it says yes to a plain text with commas and its parts ("kampanye, pengamanan"), that text is read as the list
    /// it was meant to be, with a warning that gives the bracket form.
    /// </param>
    public IReadOnlyList<Located<string>> TextList(string key, Func<string, string[], bool>? commaList = null)
    {
        var entry = _mapping.Find(key);
        if (entry is null) return [];
        switch (entry.Value)
        {
            case YamlScalar scalar:
                if (scalar.IsNull || scalar.Value.Trim().Length == 0) return [];
                if (commaList is not null && !scalar.IsQuoted && scalar.Value.Contains(',')
                    && Parts(scalar.Value) is { Length: > 1 } parts && commaList(scalar.Value.Trim(), parts))
                    return CommaList(key, scalar, parts);
                return [new Located<string>(Clean(scalar.Value), scalar.Position)];
            case YamlSequence sequence:
                var items = new List<Located<string>>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar s && !s.IsNull && s.Value.Trim().Length > 0)
                        items.Add(new Located<string>(Clean(s.Value), s.Position));
                    else if (item is not YamlScalar)
                        diagnostics.Error(item.Position, invalidCode, Say.ListItemMustBeText.With(key, item.KindName));
                    else
                        diagnostics.Error(item.Position, invalidCode, Say.ListItemEmpty.With(key));
                }
                return items;
            default:
                diagnostics.Error(entry.Value.Position, invalidCode, Say.KeyMustBeList.With(key, entry.Value.KindName));
                return [];
        }
    }

    private static string[] Parts(string text) => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private IReadOnlyList<Located<string>> CommaList(string key, YamlScalar scalar, string[] parts)
    {
        var list = YamlText.List(parts);
        var fix = lines?.Replace(scalar.Position, scalar.Value, list, asIs: true);
        diagnostics.Warning(scalar.Position, invalidCode, Say.CommaList.With(key, parts.Length, $"{key}: {list}"), fix);
        // Each item is placed where the text starts: the items have no place of their own until the brackets are written.
        return parts.Select(p => new Located<string>(Clean(p), scalar.Position)).ToArray();
    }

    /// <summary>true or false; null when absent. Other values are reported.</summary>
    public bool? Bool(string key)
    {
        var text = Text(key);
        switch (text?.Value)
        {
            case null: return null;
            case "true" or "True" or "TRUE" or "yes" or "ya": return true;
            case "false" or "False" or "FALSE" or "no" or "tidak": return false;
            default:
                diagnostics.Error(text.Value.Position, invalidCode, Say.KeyMustBeBool.With(key, text.Value.Value));
                return null;
        }
    }

    /// <summary>
    /// Checks every key against <paramref name="keys"/>: a key written under another name that means it ("lokasi",
    /// "Title") is an error that names the right key, with the renaming as its fix, and is read under its right name
    /// from then on; other unknown keys are warnings (<paramref name="unknownMessage"/>: the key, then a hint; looked up
    /// only when needed, as this runs for every bulletin).
    /// </summary>
    public void CheckKeys(IReadOnlyList<FrontMatterKey> keys, string unknownCode, Func<string> unknownMessage)
    {
        // Runs for every bulletin: nothing is allocated unless a key is not known.
        List<YamlEntry>? entries = null;
        for (var e = 0; e < _mapping.Entries.Count; e++)
        {
            var entry = _mapping.Entries[e];
            var written = entry.Key.Value;
            if (IsKnown(written, keys))
            {
                entries?.Add(entry);
                continue;
            }
            var read = Check(entry, keys, unknownCode, unknownMessage, entries ?? _mapping.Entries.Take(e));
            if (read == entry && entries is null) continue;
            entries ??= [.. _mapping.Entries.Take(e)];
            entries.Add(read);
        }
        if (entries is not null) _mapping = _mapping with { Entries = entries };
        ReportUnreported(unknownCode);
    }

    /// <summary>True for the unknown keys beyond the first <see cref="MaxUnknownReported"/>, which are only counted.</summary>
    private bool Unreported(YamlEntry entry)
    {
        if (++_unknown <= MaxUnknownReported) return false;
        _firstUnreported ??= entry;
        return true;
    }

    private void ReportUnreported(string code)
    {
        if (_firstUnreported is null) return;
        diagnostics.Warning(_firstUnreported.Key.Position, code, Say.MoreUnknownKeys.With(_unknown - MaxUnknownReported));
    }

    private static bool IsKnown(string written, IReadOnlyList<FrontMatterKey> keys)
    {
        for (var k = 0; k < keys.Count; k++)
            if (keys[k].Name == written) return true;
        return false;
    }

    /// <summary>Reports a key that is not known; the entry as it is to be read (under its right name when it has a wrong one).</summary>
    private YamlEntry Check(YamlEntry entry, IReadOnlyList<FrontMatterKey> keys, string unknownCode, Func<string> unknownMessage, IEnumerable<YamlEntry> before)
    {
        var written = entry.Key.Value;
        if (FrontMatterKeys.Meant(written, keys) is not { } meant)
        {
            if (Unreported(entry)) return entry;
            diagnostics.Warning(entry.Key.Position, unknownCode, unknownMessage().With(written, Hint(written, keys.Select(k => k.Name).ToArray())));
            return entry;
        }
        if (_mapping.Find(meant.Name) is { } right)
        {
            diagnostics.Error(entry.Key.Position, unknownCode, Say.WrongKeyNameTwice.With(written, meant.Name, right.Key.Position.Line));
            return entry;
        }
        if (before.Any(e => e.Key.Value == meant.Name))
        {
            // Two wrong names for one key ("tag" and "label"): the first is read, and each is reported.
            diagnostics.Error(entry.Key.Position, unknownCode, Say.WrongKeyName.With(written, meant.Name, meant.Name + ":"));
            return entry;
        }
        var fix = lines?.Replace(entry.Key.Position, written, meant.Name);
        var corrected = fix?.After.Trim() ?? meant.Name + ":";
        diagnostics.Error(entry.Key.Position, unknownCode, Say.WrongKeyName.With(written, meant.Name, corrected), fix);
        return new YamlEntry(entry.Key with { Value = meant.Name }, entry.Value);
    }

    /// <summary>Warns about every key not in <paramref name="known"/>, suggesting the closest known key (<paramref name="unknownMessage"/>: the key, then the hint).</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known, string code, string unknownMessage)
    {
        foreach (var entry in _mapping.Entries)
        {
            if (known.Contains(entry.Key.Value) || Unreported(entry)) continue;
            diagnostics.Warning(entry.Key.Position, code, unknownMessage.With(entry.Key.Value, Hint(entry.Key.Value, known)));
        }
        ReportUnreported(code);
    }

    public void Error(SourcePosition at, string message) => diagnostics.Error(at, invalidCode, message);

    /// <summary>"did you mean 'tags'?" or the list of known keys.</summary>
    private static string Hint(string written, IReadOnlyCollection<string> known) =>
        NearMatch.Find(written, known) is { } near
            ? Say.DidYouMean.With(near)
            : Say.KnownKeys.With(string.Join(", ", known.Order(StringComparer.Ordinal).Select(k => $"'{k}'")));

    private static string Clean(string value) => TextSafety.ContainDirection(value.Trim());
}
