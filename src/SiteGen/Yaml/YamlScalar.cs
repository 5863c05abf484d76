using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>A YAML scalar: its text exactly as written (no type guessing), and whether it was quoted.</summary>
public sealed record YamlScalar(SourcePosition Position, string Value, bool IsQuoted) : YamlNode(Position)
{
    public override string KindName => Messages.Say.YamlKindText;

    /// <summary>True for an empty value, <c>~</c> or <c>null</c> written without quotes.</summary>
    public bool IsNull => !IsQuoted && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}
