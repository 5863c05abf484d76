using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>A node of a YAML document, with the position it starts at in the source file.</summary>
public abstract record YamlNode(SourcePosition Position)
{
    /// <summary>A short name for messages: "text", "list" or "mapping".</summary>
    public abstract string KindName { get; }
}
