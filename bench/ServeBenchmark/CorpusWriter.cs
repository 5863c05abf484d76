using System.Globalization;
using System.Text;

namespace SiteGen.Bench;

/// <summary>Writes a synthetic site of N bulletins (seeded, so reruns give the same site), using the sample site's units and elections.</summary>
internal static class CorpusWriter
{
    private static readonly string[] Words =
    [
        "pengamanan", "pemilu", "pilkada", "personel", "polres", "logistik", "kotak", "suara", "tps", "patroli",
        "kampanye", "netralitas", "bawaslu", "kpu", "rekapitulasi", "apel", "gelar", "pasukan", "kondusif", "warga",
        "tokoh", "agama", "masyarakat", "koordinasi", "rapat", "simulasi", "sispamkota", "pengawalan", "distribusi", "gudang",
    ];

    private static readonly string[] Tags = ["netralitas", "patroli", "logistik", "kpu", "bawaslu", "apel", "tps", "kampanye", "rekapitulasi", "sosialisasi"];

    public static void Write(string repo, string output, int count, int seed)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(Path.Combine(output, "content", "bulletins"));
        File.Copy(Path.Combine(repo, "sitegen.yaml"), Path.Combine(output, "sitegen.yaml"), overwrite: true);
        File.Copy(Path.Combine(repo, "content", "units.yaml"), Path.Combine(output, "content", "units.yaml"), overwrite: true);
        File.Copy(Path.Combine(repo, "content", "elections.yaml"), Path.Combine(output, "content", "elections.yaml"), overwrite: true);
        var units = Names(Path.Combine(repo, "content", "units.yaml"));
        var elections = Names(Path.Combine(repo, "content", "elections.yaml"));
        var start = new DateTime(2019, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddMinutes(random.Next(0, 6 * 365 * 24 * 60));
            var title = $"{Cap(Word(random))} {Word(random)} {Word(random)} {Word(random)} nomor {i}";
            var tags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct();
            var body = new StringBuilder();
            for (var p = 0; p < random.Next(3, 7); p++)
            {
                body.Append(Cap(Word(random)));
                for (var w = 0; w < random.Next(30, 70); w++) body.Append(' ').Append(Word(random));
                body.Append(".\n\n");
            }
            var text = $"""
                ---
                title: {title}
                unit: {units[random.Next(units.Count)]}
                date: {date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}
                election: {elections[random.Next(elections.Count)]}
                tags: [{string.Join(", ", tags)}]
                ---
                {body}
                """;
            var folder = Path.Combine(output, "content", "bulletins", date.Year.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"buletin-{i:D5}.md"), text);
        }

        string Word(Random r) => Words[r.Next(Words.Length)];
    }

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static List<string> Names(string yaml) =>
        File.ReadAllLines(yaml).Where(l => l.StartsWith("- name: ", StringComparison.Ordinal)).Select(l => l["- name: ".Length..].Trim()).ToList();
}
