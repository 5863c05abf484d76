namespace SiteGen.Yaml;

/// <summary>One key and its value in a YAML mapping.</summary>
public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
