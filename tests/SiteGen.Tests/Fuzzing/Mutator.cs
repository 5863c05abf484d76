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
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        var rounds = 1 + _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            var at = data.Count == 0 ? 0 : _random.Next(data.Count + 1);
            switch (_random.Next(8))
            {
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
}
