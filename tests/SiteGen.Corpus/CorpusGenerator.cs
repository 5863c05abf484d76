using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Text;
using static SiteGen.Corpus.CorpusTables;

namespace SiteGen.Corpus;

/// <summary>
/// Generates realistic bulletins for benchmarks and scale tests, the same for the same seed: about 80 units under
/// 20 Polda, 6 elections, about 45 tags, dates over 2018–2025, bodies of 300–700 words with headings, a list, bold
/// text and a link, and front matter as SPEC §3 describes. The text mixes acronyms with their long forms and
/// word forms of one stem (pengamanan, mengamankan, diamankan), as real releases do.
/// </summary>
public sealed partial class CorpusGenerator
{
    private static readonly string[] Days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
    private readonly int _seed;

    public CorpusGenerator(int seed)
    {
        _seed = seed;
        Units = Poldas.SelectMany(p => p.Units.Select(u => new CorpusUnit(
            $"{u.Kind} {u.Name}", p.Polda, $"{u.RegionKind} {u.Name}", $"Ka{u.Kind.ToLowerInvariant()} {u.Name}".Replace("Kapolres metro", "Kapolres Metro", StringComparison.Ordinal), u.Name)))
            .ToArray();
        Elections = CorpusTables.Elections.Select(e => new CorpusElection(e.Name, e.Kind, e.VotingDay, e.Description)).ToArray();
    }

    public IReadOnlyList<CorpusUnit> Units { get; }

    public IReadOnlyList<CorpusElection> Elections { get; }

    /// <summary>The first <paramref name="count"/> bulletins of this seed.</summary>
    public IEnumerable<CorpusBulletin> Bulletins(int count)
    {
        var random = new Random(_seed);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        // Later elections have more releases, as sites grow; a few units publish much more than others.
        int[] electionWeights = [8, 10, 4, 30, 34, 14];
        var unitWeights = Units.Select((_, i) => 1 + (i * 7919 + _seed) % 5).ToArray();
        for (var n = 0; n < count; n++)
        {
            var election = Elections[Pick(random, electionWeights)];
            var unit = Units[Pick(random, unitWeights)];
            var activity = Activities[random.Next(Activities.Length)];
            var day = election.VotingDay.ToDateTime(new TimeOnly(random.Next(7, 21), random.Next(4) * 15)).AddDays(random.Next(-160, 31));
            var elections = new List<string> { election.Name };
            var other = Elections.FirstOrDefault(e => e != election && Math.Abs(e.VotingDay.DayNumber - election.VotingDay.DayNumber) < 300);
            if (other is not null && random.NextDouble() < 0.05) elections.Add(other.Name);

            var fill = Filler(random, unit, election, day);
            string title = "", path = "";
            for (var attempt = 0; ; attempt++)
            {
                title = fill(activity.Titles[random.Next(activity.Titles.Length)].Replace("{short}", "{acronym}", StringComparison.Ordinal));
                // The file's name is the bulletin's address, so two in one month must differ in their titles' slugs.
                if (attempt >= 6) title = $"Tahap {attempt - 5}: {title}";
                path = $"bulletins/{day:yyyy}/{day:MM}/{Slug.From(title)}.md";
                if (paths.Add($"{day:yyyy}/{day:MM}/{Slug.From(title)}")) break;
            }

            var tags = activity.Tags.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).ToList();
            if (random.NextDouble() < 0.4) tags.Add(GeneralTags[random.Next(GeneralTags.Length)]);
            tags = tags.Distinct().ToList();
            var location = fill(activity.Location);
            var (markdown, plain, summary) = Body(random, activity, fill);
            yield return new CorpusBulletin(path, title, unit, day, elections, tags, summary, location, "Humas " + unit.Name, markdown, plain);
        }
    }

    /// <summary>Writes a complete site: sitegen.yaml, content/units.yaml, content/elections.yaml and the bulletins.</summary>
    public int WriteSite(string folder, int count)
    {
        Directory.CreateDirectory(Path.Combine(folder, "content"));
        File.WriteAllText(Path.Combine(folder, "sitegen.yaml"),
            "title: Buletin Pengamanan Pemilu (korpus uji)\nbase_url: https://example.org/\nlanguage: id\ntheme: default\npage_size: 20\ntime_zone: Asia/Jakarta\n");
        var units = new StringBuilder("# Generated units.\n");
        foreach (var u in Units) units.Append($"- name: {u.Name}\n  polda: {u.Polda}\n  region: {u.Region}\n");
        File.WriteAllText(Path.Combine(folder, "content", "units.yaml"), units.ToString());
        var elections = new StringBuilder("# Generated elections.\n");
        foreach (var e in Elections)
            elections.Append($"- name: {e.Name}\n  kind: {e.Kind}\n  voting_day: {e.VotingDay:yyyy-MM-dd}\n  description: {Quote(e.Description)}\n");
        File.WriteAllText(Path.Combine(folder, "content", "elections.yaml"), elections.ToString());

        var written = 0;
        foreach (var b in Bulletins(count))
        {
            var file = Path.Combine(folder, "content", b.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, FileText(b));
            written++;
        }
        return written;
    }

    /// <summary>The bulletin as a Markdown file with front matter.</summary>
    public static string FileText(CorpusBulletin b)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quote(b.Title)).Append('\n');
        text.Append("unit: ").Append(b.Unit.Name).Append('\n');
        text.Append("date: ").Append(b.Date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("election: ").Append(b.Elections.Count == 1 ? b.Elections[0] : "[" + string.Join(", ", b.Elections) + "]").Append('\n');
        text.Append("tags: [").Append(string.Join(", ", b.Tags)).Append("]\n");
        text.Append("summary: ").Append(Quote(b.Summary)).Append('\n');
        text.Append("location: ").Append(Quote(b.Location)).Append('\n');
        text.Append("author: ").Append(b.Author).Append('\n');
        text.Append("---\n").Append(b.Markdown);
        return text.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static int Pick(Random random, int[] weights)
    {
        var r = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return weights.Length - 1;
    }

    private Func<string, string> Filler(Random random, CorpusUnit unit, CorpusElection election, DateTime day)
    {
        var kind = Kinds[election.Kind];
        var village = Villages[random.Next(Villages.Length)];
        var count = random.Next(5, 90) * 10;
        var dayText = $"{Days[(int)day.DayOfWeek]} ({day.Day}/{day.Month}/{day.Year})";
        // Some releases write the acronym, others the long form; readers type either. Titles keep the acronym.
        var longFirst = random.NextDouble() < 0.35;
        return template => Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "unit" => unit.Name,
            "region" => unit.Region,
            "place" => unit.Place,
            "chief" => unit.Chief,
            "election" => election.Name,
            "short" => longFirst ? kind.Long : kind.Short,
            "acronym" => kind.Short,
            "long" => kind.Long,
            "operation" => kind.Operation,
            "village" => village,
            "count" => count.ToString(CultureInfo.InvariantCulture),
            "day" => dayText,
            "location" => m.Value,
            _ => m.Value,
        });
    }

    /// <summary>Bodies have between this many words and <see cref="MaxWords"/>.</summary>
    private const int MinWords = 300;
    private const int MaxWords = 700;

    private static (string Markdown, string Plain, string Summary) Body(Random random, Activity activity, Func<string, string> fill)
    {
        var target = random.Next(MinWords, MaxWords + 1);
        var markdown = new StringBuilder();
        var plain = new StringBuilder();
        var words = 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        string Sentence(string[] pool)
        {
            // Prefer a sentence this bulletin has not used yet; long bodies run out and repeat, as real ones do.
            var pick = pool[random.Next(pool.Length)];
            for (var tries = 0; tries < 4 && !used.Add(pick); tries++) pick = pool[random.Next(pool.Length)];
            return fill(pick);
        }
        static string Flat(string text) => PlainLink().Replace(text.Replace("**", "", StringComparison.Ordinal), "$1");
        static int Words(string text) => Flat(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        void Paragraph(IEnumerable<string> sentences)
        {
            var text = string.Join(' ', sentences);
            markdown.Append(text).Append("\n\n");
            plain.Append(Flat(text)).Append('\n');
            words += Words(text);
        }
        void Heading(string text)
        {
            markdown.Append("## ").Append(text).Append("\n\n");
            plain.Append(text).Append('\n');
            words += text.Split(' ').Length;
        }

        var location = fill(activity.Location);
        var opening = fill(Openings[random.Next(Openings.Length)]).Replace("{location}", location, StringComparison.Ordinal);
        var first = Sentence(activity.Sentences);
        Paragraph([opening, first, Sentence(activity.Sentences)]);
        Paragraph([Sentence(General), Sentence(activity.Sentences), Sentence(General)]);
        Heading(activity.Heading);
        foreach (var item in activity.ListItems.OrderBy(_ => random.Next()).Take(random.Next(3, activity.ListItems.Length + 1)))
        {
            markdown.Append("- ").Append(item).Append('\n');
            plain.Append(item).Append('\n');
            words += item.Split(' ').Length;
        }
        markdown.Append('\n');
        Paragraph([Sentence(Quotes), Sentence(General)]);
        Paragraph([Sentence(activity.Sentences), Links[random.Next(Links.Length)], Sentence(General)]);
        Heading(Closings[random.Next(Closings.Length)]);
        while (words < target)
        {
            // The last paragraph keeps only the sentences that fit, so no body runs past the longest length.
            var sentences = new List<string> { Sentence(General), Sentence(activity.Sentences), Sentence(General) };
            while (sentences.Count > 0 && words + Words(string.Join(' ', sentences)) > MaxWords) sentences.RemoveAt(sentences.Count - 1);
            if (sentences.Count == 0) break;
            Paragraph(sentences);
        }

        var summary = opening + " " + first;
        if (summary.Length > 200) summary = opening;
        return (markdown.ToString(), plain.ToString(), summary);
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial Regex PlainLink();
}
