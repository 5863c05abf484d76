using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>A YAML list.</summary>
public sealed record YamlSequence(SourcePosition Position, IReadOnlyList<YamlNode> Items) : YamlNode(Position)
{
    public override string KindName => Messages.Say.YamlKindList;
}
