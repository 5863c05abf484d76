using SiteGen.Diagnostics;

namespace SiteGen.Content.Yaml;

/// <summary>Reads typed fields from a YAML mapping, reporting wrong types and unknown keys with their positions.</summary>
public sealed class MappingReader(YamlMapping mapping, DiagnosticBag diagnostics, string invalidCode)
{
    public YamlMapping Mapping => mapping;

    /// <summary>Text of <paramref name="key"/>, trimmed, its bidi controls closed (<see cref="TextSafety.ContainDirection"/>); null when absent or empty. Lists and mappings are reported.</summary>
    public Located<string>? Text(string key)
    {
        var entry = mapping.Find(key);
        if (entry is null) return null;
        if (entry.Value is YamlScalar scalar)
        {
            if (scalar.IsNull || scalar.Value.Trim().Length == 0) return null;
            return new Located<string>(Clean(scalar.Value), scalar.Position);
        }
        diagnostics.Error(entry.Value.Position, invalidCode,
            $"'{key}' must be text, not a {entry.Value.KindName}; write it on one line after '{key}:'");
        return null;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    public IReadOnlyList<Located<string>> TextList(string key)
    {
        var entry = mapping.Find(key);
        if (entry is null) return [];
        switch (entry.Value)
        {
            case YamlScalar scalar:
                return scalar.IsNull || scalar.Value.Trim().Length == 0 ? [] : [new Located<string>(Clean(scalar.Value), scalar.Position)];
            case YamlSequence sequence:
                var items = new List<Located<string>>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar s && !s.IsNull && s.Value.Trim().Length > 0)
                        items.Add(new Located<string>(Clean(s.Value), s.Position));
                    else if (item is not YamlScalar)
                        diagnostics.Error(item.Position, invalidCode, $"each item of '{key}' must be text, not a {item.KindName}");
                    else
                        diagnostics.Error(item.Position, invalidCode, $"'{key}' has an empty item; remove it");
                }
                return items;
            default:
                diagnostics.Error(entry.Value.Position, invalidCode,
                    $"'{key}' must be a list such as [a, b] or text, not a {entry.Value.KindName}");
                return [];
        }
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
                diagnostics.Error(text.Value.Position, invalidCode, $"'{key}' must be true or false, not '{text.Value.Value}'");
                return null;
        }
    }

    /// <summary>Warns about every key not in <paramref name="known"/>, suggesting the closest known key.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known, string code, string what)
    {
        foreach (var entry in mapping.Entries)
        {
            if (known.Contains(entry.Key.Value)) continue;
            diagnostics.Warning(entry.Key.Position, code,
                $"unknown {what} key '{entry.Key.Value}' is ignored; {NearMatch.Hint(entry.Key.Value, known, "key", listUpTo: 20)}");
        }
    }

    public void Error(SourcePosition at, string message) => diagnostics.Error(at, invalidCode, message);

    private static string Clean(string value) => TextSafety.ContainDirection(value.Trim());
}
