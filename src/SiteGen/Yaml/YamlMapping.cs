using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>A YAML mapping whose keys are text, in the order written; duplicate keys are rejected by the reader.</summary>
public sealed record YamlMapping(SourcePosition Position, IReadOnlyList<YamlEntry> Entries) : YamlNode(Position)
{
    public override string KindName => Messages.Say.YamlKindMapping;

    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
            if (entry.Key.Value == key) return entry;
        return null;
    }
}
