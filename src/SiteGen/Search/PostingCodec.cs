namespace SiteGen.Search;

/// <summary>
/// Writes the numbers of the search index (document ids as gaps, weights, facet codes) as text that JSON carries
/// without escapes: each number is a run of characters from a 64-letter alphabet, five bits per character, lowest
/// bits first; letters 0–31 end a number, letters 32–63 say that more follow. sitegen-search.js reads it back.
/// </summary>
public static class PostingCodec
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /// <summary>Appends <paramref name="value"/> (not negative).</summary>
    public static void Write(System.Text.StringBuilder text, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        while (value >= 32)
        {
            text.Append(Alphabet[32 + (value & 31)]);
            value >>= 5;
        }
        text.Append(Alphabet[value]);
    }

    /// <summary>
    /// Writes <paramref name="value"/> (not negative) into <paramref name="text"/> as ASCII bytes, the same letters as
    /// <see cref="Write(System.Text.StringBuilder, int)"/>, and returns how many; 7 bytes always suffice.
    /// </summary>
    public static int Write(Span<byte> text, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var length = 0;
        while (value >= 32)
        {
            text[length++] = (byte)Alphabet[32 + (value & 31)];
            value >>= 5;
        }
        text[length++] = (byte)Alphabet[value];
        return length;
    }

    /// <summary>Reads every number of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<int> ReadAll(string text)
    {
        var values = new List<int>();
        int value = 0, shift = 0;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0) throw new FormatException($"'{c}' is not a letter of the index alphabet");
            if (digit >= 32)
            {
                value |= (digit - 32) << shift;
                shift += 5;
                continue;
            }
            values.Add(value | (digit << shift));
            value = 0;
            shift = 0;
        }
        if (shift != 0) throw new FormatException("the text ends inside a number");
        return values;
    }
}
