using System.Text;

namespace SiteGen.Tests.Fuzzing;

/// <summary>Seeded mutations of text files: byte flips, hostile fragments, cuts, repeats, bad encodings. The same seed gives the same inputs.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] Fragments =
    [
        "---", "\n---\n", ": ", ":", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "!System.Object ", "? ", "|\n", ">\n",
        "\"", "'", "\t", "\r", "\r\n", "\0", "\u00a0", "\u200b", "\u202e", "\ud800", "\ufeff",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "](javascript:x)", "![a](../../../etc/passwd)",
        "[x](", "](", "<", ">", "*", "**", "_", "`", "```", "[^1]", "[^1]: ", "|a|b|\n|-|-|\n", "#", "\n\n", "\\",
        "unit: Polres Blitar\n", "election: Pemilu 2024\n", "date: 2024-02-30\n", "date: 99999-01-01\n", "tags: [", "image: x.jpg\n",
        "aliases: [/satuan/]\n", "slug: ../x\n", "draft: maybe\n", "title: \n",
        "[p](index.html)", "[h](.htaccess)", "![s](x.svg)",
        "\tunit: Polres Blitar\n", "\n\t- a", "tanggal: 20/09/2024\n", "lokasi: ", "Judul: ", "tags: a, b\n", "  - ", "\"a\" b",
    ];

    // Values put in place of a key's own (key: value), where a parser meets them as the key's value and not as a stray line.
    private static readonly string[] Values =
    [
        "0001-01-01", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "9999-12-31", "1900-01-01", "2999-12-31T23:59:59",
        "[/feed.xml/, /index.html, /robots.txt/]", "/sitemap.xml/", "-1", "0", "99999999999999999999", "1e308", "NaN", ".inf", "~", "null",
        "\"\"", "[]", "{}", "[[[[[[[[]]]]]]]]", "\"\\u202e\"", "https://user:pw@example.org/", "javascript:alert(1)", "../../x", "x.svg", ".htaccess",
        "20/09/2024", "Jumat, 20 September 2024 pukul 09.30 WITA", "2024-9-20", "Sabtu, 31/02/2024", "31 Desember 9999 23.59 WIT", "a, b, , c",
        "polres blitar", "Polres Kediri", "'pemilu 2024'", "Pemilu 2024, Pilkada Serentak 2024", "/a/, /b/",
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        var rounds = 1 + _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            var at = data.Count == 0 ? 0 : _random.Next(data.Count + 1);
            switch (_random.Next(9))
            {
                case 7 when ValueAt(data, at) is { } value:
                    data.RemoveRange(value.Start, value.Length);
                    data.InsertRange(value.Start, Encoding.UTF8.GetBytes(Values[_random.Next(Values.Length)]));
                    break;
                case 0 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] = (byte)_random.Next(256);
                    break;
                case 1 or 2:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[_random.Next(Fragments.Length)]));
                    break;
                case 3 when data.Count > 0:
                    var length = Math.Min(_random.Next(1, 64), data.Count - Math.Min(at, data.Count - 1));
                    data.RemoveRange(Math.Min(at, data.Count - 1), Math.Max(0, length));
                    break;
                case 4 when data.Count > 0:
                    var start = _random.Next(data.Count);
                    var piece = data.GetRange(start, Math.Min(_random.Next(1, 200), data.Count - start));
                    for (var r = _random.Next(1, 50); r > 0; r--) data.InsertRange(at, piece);
                    break;
                case 5:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(new string(">-*[ "[_random.Next(5)], _random.Next(1, 3000))));
                    break;
                case 6:
                    data.InsertRange(at, new[] { (byte)0xC3, (byte)0x28, (byte)0xFF, (byte)0xFE });
                    break;
                default:
                    if (data.Count > 0) data.RemoveRange(at == data.Count ? at - 1 : at, data.Count - (at == data.Count ? at - 1 : at));
                    break;
            }
        }
        return [.. data];
    }

    /// <summary>The value of the "key: value" line at or after <paramref name="at"/>: where it starts and how long it is; null when there is none.</summary>
    private static (int Start, int Length)? ValueAt(List<byte> data, int at)
    {
        for (var lineStart = at; lineStart < data.Count; lineStart++)
        {
            if (lineStart > 0 && data[lineStart - 1] != (byte)'\n') continue;
            var end = data.IndexOf((byte)'\n', lineStart);
            if (end < 0) end = data.Count;
            for (var i = lineStart; i + 1 < end; i++)
            {
                if (data[i] == (byte)':' && data[i + 1] == (byte)' ') return (i + 2, end - (i + 2));
                if (!(char.IsAsciiLetterOrDigit((char)data[i]) || data[i] is (byte)'_' or (byte)' ' or (byte)'-')) break;
            }
        }
        return null;
    }
}
