using System.Globalization;
using System.Text;

namespace SiteGen.Text;

/// <summary>
/// Invisible and direction-changing characters (zero-width spaces and joiners, the byte-order mark, Unicode bidi
/// controls such as U+202E): text from content may keep them, but they never reorder what a page shows around the
/// text, and they never become part of an address or a file name.
/// </summary>
public static class TextSafety
{
    private const char Pdf = '\u202C'; // closes LRE, RLE, LRO, RLO
    private const char Pdi = '\u2069'; // closes LRI, RLI, FSI

    /// <summary>
    /// <paramref name="text"/> with every bidi embedding, override and isolate it opens closed at its end, and closers
    /// that close nothing it opened left out. A title ending in U+202E would otherwise turn around the site name that
    /// follows it in the page title, or the date beside it in a list.
    /// </summary>
    public static string ContainDirection(string text)
    {
        if (!HasBidiControl(text)) return text;
        var builder = new StringBuilder(text.Length + 4);
        var open = new Stack<char>();
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u202A' or '\u202B' or '\u202D' or '\u202E':
                    open.Push(Pdf);
                    builder.Append(c);
                    break;
                case '\u2066' or '\u2067' or '\u2068':
                    open.Push(Pdi);
                    builder.Append(c);
                    break;
                case Pdf:
                    // As in the Unicode bidi algorithm, a PDF closes only an embedding opened after the last open isolate.
                    if (open.Count > 0 && open.Peek() == Pdf)
                    {
                        open.Pop();
                        builder.Append(c);
                    }
                    break;
                case Pdi:
                    // A PDI closes the last open isolate and every embedding opened inside it.
                    if (open.Contains(Pdi))
                    {
                        while (open.Pop() != Pdi) { }
                        builder.Append(c);
                    }
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        while (open.Count > 0) builder.Append(open.Pop());
        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/> holds a control or format character: zero-width, bidi control, byte-order mark, soft hyphen.</summary>
    public static bool HasHidden(string text)
    {
        foreach (var c in text)
            if (IsHidden(c)) return true;
        return false;
    }

    /// <summary><paramref name="text"/> with each hidden character written as <c>&lt;U+202E&gt;</c>, for messages that quote what was written.</summary>
    public static string Visible(string text)
    {
        if (!HasHidden(text)) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsHidden(c)) builder.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Format characters (Unicode category Cf) and control characters other than line breaks and tabs.</summary>
    public static bool IsHidden(char c) =>
        c is not ('\n' or '\r' or '\t') && (char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format);

    private static bool HasBidiControl(string text)
    {
        foreach (var c in text)
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069') return true;
        return false;
    }
}
