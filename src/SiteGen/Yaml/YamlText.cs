using System.Globalization;

namespace SiteGen.Yaml;

/// <summary>Writes values into YAML as a person would: plain where that reads back as the same text, otherwise double-quoted.</summary>
public static class YamlText
{
    private static readonly string[] Words = ["true", "false", "yes", "no", "on", "off", "null", "~"];

    /// <summary><paramref name="value"/> as a YAML value: plain when unambiguous, otherwise in double quotes.</summary>
    public static string Scalar(string value) => IsPlain(value) ? value : Quoted(value);

    /// <summary>A flow list, <c>[a, b]</c>, each item written by <see cref="Scalar"/>.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Scalar)) + "]";

    /// <summary><paramref name="value"/> in double quotes, with backslashes and quotes escaped.</summary>
    public static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>True when <paramref name="value"/> reads back as itself written plain, inside a flow list too.</summary>
    public static bool IsPlain(string value) =>
        value.Length > 0
        && !value.Any(c => char.IsControl(c) || ":#[]{},&*!|>'\"%@`\\".Contains(c))
        && !"-?".Contains(value[0])
        && value.Trim() == value
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        && !Words.Contains(value.ToLowerInvariant());
}
