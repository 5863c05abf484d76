using System.Text;
using SiteGen.Yaml;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Yaml;

/// <summary>
/// The one writer of YAML values (front matter of <c>sitegen new</c> and <c>sitegen import</c>, the starter site, the
/// corrections of <c>check --fix</c>): a value is quoted exactly when YAML would misread it, and reads back as written.
/// </summary>
public sealed class YamlTextTests
{
    internal const int Seed = 1717;

    [Theory]
    [InlineData("Polres Blitar Gelar Apel Pengamanan", "Polres Blitar Gelar Apel Pengamanan")]
    [InlineData("Polres & KPU: Rakor 100% Siap", "\"Polres & KPU: Rakor 100% Siap\"")]
    [InlineData("Polres & KPU Rakor 100% Siap, Aman!", "Polres & KPU Rakor 100% Siap, Aman!")]
    [InlineData("Apel Pukul 09.30 di Jl. A:1 (Ruang 'Rupatama')", "Apel Pukul 09.30 di Jl. A:1 (Ruang 'Rupatama')")]
    [InlineData("https://humas.example.org/buletin/", "https://humas.example.org/buletin/")]
    [InlineData("Jaga#PilkadaDamai", "Jaga#PilkadaDamai")]
    [InlineData("Jaga #PilkadaDamai", "\"Jaga #PilkadaDamai\"")]
    [InlineData("#PilkadaDamai", "\"#PilkadaDamai\"")]
    [InlineData("Kapolres:", "\"Kapolres:\"")]
    [InlineData("- Lapangan Mapolres", "\"- Lapangan Mapolres\"")]
    [InlineData("-Lapangan", "-Lapangan")]
    [InlineData("'Kutipan' di awal", "\"'Kutipan' di awal\"")]
    [InlineData("\"Siaga\" Pilkada", "\"\\\"Siaga\\\" Pilkada\"")]
    [InlineData("& Bawaslu", "\"& Bawaslu\"")]
    [InlineData("*Kapolres*", "\"*Kapolres*\"")]
    [InlineData("!penting", "\"!penting\"")]
    [InlineData("| tabel", "\"| tabel\"")]
    [InlineData("> kutipan", "\"> kutipan\"")]
    [InlineData("%YAML", "\"%YAML\"")]
    [InlineData("@humas", "\"@humas\"")]
    [InlineData("`kode`", "\"`kode`\"")]
    [InlineData("[Tahap 2] Rakor", "\"[Tahap 2] Rakor\"")]
    [InlineData("Rakor [Tahap 2]", "Rakor [Tahap 2]")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("No", "\"No\"")]
    [InlineData("OFF", "\"OFF\"")]
    [InlineData("y", "\"y\"")]
    [InlineData("null", "\"null\"")]
    [InlineData("~", "\"~\"")]
    [InlineData("2024", "\"2024\"")]
    [InlineData("1_000", "\"1_000\"")]
    [InlineData("0x1F", "\"0x1F\"")]
    [InlineData("1:30", "\"1:30\"")]
    [InlineData("-.5e3", "\"-.5e3\"")]
    [InlineData(".NaN", "\".NaN\"")]
    [InlineData("2024-09-20", "\"2024-09-20\"")]
    [InlineData("2024-9-20 09:30", "\"2024-9-20 09:30\"")]
    [InlineData("Polres 2024", "Polres 2024")]
    [InlineData(" Aula", "\" Aula\"")]
    [InlineData("Aula ", "\"Aula \"")]
    [InlineData("Aula\nPolres", "\"Aula\\nPolres\"")]
    [InlineData("Aula\tPolres", "\"Aula\\tPolres\"")]
    [InlineData("C:\\Foto\\apel.jpg", "C:\\Foto\\apel.jpg")]
    [InlineData("Apel \u2028Siaga", "\"Apel \\LSiaga\"")]
    [InlineData("\uFEFFApel", "\"\\uFEFFApel\"")]
    [InlineData("Apel\u0007", "\"Apel\\a\"")]
    [InlineData("Apel\u009b", "\"Apel\\x9B\"")]
    [InlineData("", "\"\"")]
    public void A_value_is_quoted_exactly_when_yaml_would_misread_it(string value, string written)
    {
        Assert.Equal(written, YamlText.Scalar(value));
        Assert.Equal(value, ReadBack("title: " + written));
    }

    [Theory]
    [InlineData("netralitas", "netralitas")]
    [InlineData("tps, logistik", "\"tps, logistik\"")]
    [InlineData("Rakor [Tahap 2]", "\"Rakor [Tahap 2]\"")]
    [InlineData("{a}", "\"{a}\"")]
    [InlineData("pukul 09:30", "\"pukul 09:30\"")]
    [InlineData("siapa?", "\"siapa?\"")]
    [InlineData("Polres & KPU", "Polres & KPU")]
    public void In_a_list_commas_brackets_and_colons_are_quoted_too(string value, string written)
    {
        Assert.Equal(written, YamlText.Item(value));
        Assert.Equal($"[{written}, b]", YamlText.List([value, "b"]));
    }

    /// <summary>Strings made of the pieces YAML reads specially, in every order, with spaces, breaks and controls.</summary>
    internal static IEnumerable<string> HostileValues(int count, int seed)
    {
        string[] pieces =
        [
            "Polres", "Blitar", "apel", " ", "  ", ": ", ":", " :", " #", "#", "- ", "-", "? ", "?", ",", ", ", "[", "]", "{", "}",
            "&a", "*a", "!!str ", "!", "|", ">", "'", "''", "\"", "\\", "\\n", "\\x41", "%", "%YAML 1.2", "@", "`", "=", "<<",
            "yes", "No", "ON", "off", "y", "N", "true", "False", "null", "~", "NULL", "1", "007", "0x1F", "0o17", "0b101", "1_000",
            "1e5", "-1.5", ".5", ".inf", "-.Inf", ".NaN", "1:30", "190:20:30", "2024-09-20", "2024-9-2", "2024-09-20T09:30:00+07:00",
            "2024-09-20 09:30", "---", "...", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u00a0", "\uFEFF", "\u0000",
            "\u0007", "\u001b", "\u007f", "\u0080", "\u009f", "\uFFFE", "\uFFFF", "é", "Ω", "中文", "😀", "🇮🇩", "\u0301",
        ];
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 7);
            for (var p = 0; p < length; p++)
                text.Append(random.Next(5) == 0 ? ((char)random.Next(0x20, 0x7f)).ToString() : pieces[random.Next(pieces.Length)]);
            yield return text.ToString();
        }
    }

    [Fact]
    public void Every_value_written_reads_back_as_itself_in_yaml_over_thousands_of_hostile_strings()
    {
        foreach (var value in HostileValues(5000, Seed))
        {
            var written = YamlText.Scalar(value);
            Assert.False(written.Contains('\n') || written.Contains('\r'), $"'{Escape(value)}' is written over lines: {written}");
            Assert.True(value == ReadBack("title: " + written), $"'{Escape(value)}' is written {Escape(written)} and read back as '{Escape(ReadBack("title: " + written))}'");
            var list = YamlText.List([value, "b", value]);
            var items = ReadList("tags: " + list);
            Assert.True(items.SequenceEqual([value, "b", value]), $"'{Escape(value)}' in a list is written {Escape(list)} and read back as [{string.Join(" | ", items.Select(Escape))}]");
        }
    }

    private static YamlMapping Mapping(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentReader.Read(yaml + "\n", "a.md", 1, diagnostics);
        Assert.True(root is YamlMapping, $"{Escape(yaml)} is not read: {string.Join("; ", diagnostics.ToSortedList())}");
        return (YamlMapping)root!;
    }

    private static string? ReadBack(string yaml) => Mapping(yaml).Entries.Single().Value is YamlScalar { IsNull: false } s ? s.Value : null;

    private static string?[] ReadList(string yaml) =>
        Mapping(yaml).Entries.Single().Value is YamlSequence list ? [.. list.Items.Select(i => i is YamlScalar { IsNull: false } s ? s.Value : null)] : [];

    internal static string Escape(string? text) => text is null ? "(null)" : string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
