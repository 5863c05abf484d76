using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Yaml;

/// <summary>
/// SiteGen's one writer of YAML values (front matter of <c>sitegen new</c> and <c>sitegen import</c>, the starter site, the
/// corrections of <c>sitegen check --fix</c>): a value is written plain, as a person writes it, unless a YAML reader
/// (SiteGen's own, YAML 1.1 or 1.2) would read it as something else; then it is double-quoted, with every character
/// that cannot stand in YAML as it is written as an escape. Whatever is written reads back as the same text.
/// </summary>
public static partial class YamlText
{
    /// <summary><paramref name="value"/> as a YAML value after <c>key: </c>: plain when it reads back as itself, otherwise in double quotes.</summary>
    public static string Scalar(string value) => IsPlain(value, inList: false) ? value : Quoted(value);

    /// <summary><paramref name="value"/> as an item of a flow list (<c>[a, b]</c>), where commas and brackets end a plain item.</summary>
    public static string Item(string value) => IsPlain(value, inList: true) ? value : Quoted(value);

    /// <summary>A flow list, <c>[a, b]</c>, each item written by <see cref="Item"/>.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Item)) + "]";

    /// <summary>
    /// <paramref name="value"/> in double quotes: backslashes and quotes escaped, and every character YAML does not allow
    /// as it is (control characters, line breaks, a byte-order mark) written as its escape, so it survives as written.
    /// A lone surrogate, which UTF-8 cannot hold, is written as U+FFFD, as the file would have it.
    /// </summary>
    public static string Quoted(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                quoted.Append(c).Append(value[++i]);
                continue;
            }
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\0' => "\\0",
                '\a' => "\\a",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\v' => "\\v",
                '\f' => "\\f",
                '\r' => "\\r",
                '\u001b' => "\\e",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ when MustEscape(c) => c <= '\u00ff'
                    ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture)
                    : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>True when <paramref name="value"/>, written plain, reads back as itself (<paramref name="inList"/>: as an item of <c>[a, b]</c>).</summary>
    public static bool IsPlain(string value, bool inList = false)
    {
        if (value.Length == 0) return false;
        var first = value[0];
        // Indicators: a plain value cannot start with one ('#' a comment, '&' an anchor, '"' a quote, '|' a block, ...).
        if ("[]{},#&*!|>'\"%@`".Contains(first)) return false;
        // '- ', '? ' and ': ' start a list item, a complex key and a value; followed by more text, they are text.
        if ("-?:".Contains(first) && (value.Length == 1 || IsSpace(value[1]) || (inList && ",[]{}".Contains(value[1])))) return false;
        if (IsSpace(first) || IsSpace(value[^1])) return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (c == '\t' || MustEscape(c) || IsBreak(c)) return false;
            // ': ' ends a key and ' #' starts a comment; a ':' at the end makes the value a key.
            if (c == ':' && (i + 1 == value.Length || IsSpace(value[i + 1]))) return false;
            if (c == '#' && IsSpace(value[i - 1])) return false;
            // In a list, commas and brackets end the item; YAML 1.1 readers also stop at ':' and '?' there.
            if (inList && ",[]{}:?".Contains(c)) return false;
        }
        return !Reserved().IsMatch(value);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t';

    private static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Characters YAML does not allow written as they are (outside its printable set), and the byte-order mark.</summary>
    private static bool MustEscape(char c) =>
        c < ' ' || c is '\u007f' or '\uFEFF' or '\uFFFE' or '\uFFFF' || (c is >= '\u0080' and <= '\u009f') || char.IsSurrogate(c);

    /// <summary>
    /// Text a YAML reader takes for something else when plain: null, booleans (YAML 1.1 reads yes/no/on/off/y/n too),
    /// numbers (with YAML 1.1's underscores, octal, binary and base 60: 1:30), dates and times, and YAML 1.1's '=' and '&lt;&lt;'.
    /// </summary>
    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|=|<<|[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*(:[0-5]?[0-9])*(\.[0-9_]*)?(e[-+]?[0-9]+)?|\.[0-9_]+(e[-+]?[0-9]+)?|\.inf|\.nan)|\d{4}-\d\d?-\d\d?(([Tt]|[ \t]+)\d\d?:\d\d(:\d\d(\.\d*)?)?([ \t]*(Z|[-+]\d\d?(:?\d\d)?))?)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reserved();
}
