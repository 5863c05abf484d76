using System.IO.Compression;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Corpus;
using SiteGen.Model;
using SiteGen.Search;
using SiteGen.Tests.Support;
using SiteGen.Text;

namespace SiteGen.Tests.Search;

/// <summary>The index of a generated 10,000-bulletin site, built in memory: every file a query reads stays small, and queries still find what they should.</summary>
public sealed class SearchIndexScaleTests
{
    private const int Bulletins = 10_000;
    /// <summary>"A few tens of kB": the largest file a query may need, before compression.</summary>
    private const int MaxFileBytes = 32 * 1024;

    private static readonly Lazy<(SiteGen.Model.Site Site, SearchIndex Index)> Built = new(() =>
    {
        var site = GeneratedSite(new CorpusGenerator(1), Bulletins);
        var glossary = Glossary.Read(File.ReadAllText(Path.Combine(RepoPaths.Theme, "search", "glossary.yaml")), "glossary.yaml", new SiteGen.Diagnostics.DiagnosticBag());
        return (site, SearchIndexBuilder.Build(site, glossary));
    });

    [Fact]
    public void No_file_a_query_reads_exceeds_a_few_tens_of_kilobytes()
    {
        var (_, index) = Built.Value;
        var largest = index.Files.MaxBy(f => f.Bytes.Length)!;
        Assert.True(largest.Bytes.Length <= MaxFileBytes, $"{largest.Path} has {largest.Bytes.Length} bytes");
        Assert.Equal(Bulletins, index.Files.Count(f => f.Path.StartsWith("search/r/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Typical_queries_download_little_at_ten_thousand_bulletins()
    {
        var (site, index) = Built.Value;
        var reader = new SearchIndexReader(index.Files);
        var bytes = index.Files.ToDictionary(f => f.Path["search/".Length..], f => f.Bytes);
        foreach (var query in new[] { "pengamanan pilkada", "patroli", "pemilihan kepala daerah", "tps", "polres kediri" })
        {
            var hits = reader.Search(query);
            Assert.NotEmpty(hits);
            // The first page of results: ten records, then the facet blocks of every hit.
            foreach (var id in hits.OrderDescending().Take(10)) reader.Record(id);
            foreach (var block in hits.Select(id => id / 2048).Distinct()) reader.Facets(block * 2048);
            var compressed = reader.Fetched.Distinct().Sum(f => Gzip(bytes[f]));
            Assert.True(compressed < 120_000, $"'{query}' needs {compressed} compressed bytes: {string.Join(", ", reader.Fetched.Distinct())}");
        }
        // Every bulletin about a Pilkada is found by the acronym, and by the words it stands for.
        var pilkada = site.Bulletins.Count(b => b.Elections.Any(e => e.Kind == "pilkada"));
        Assert.True(reader.Search("pilkada").Count >= pilkada);
        Assert.Equal(reader.Search("pilkada"), reader.Search("pemilihan kepala daerah"));
        // Names are not stemmed: "kediri" finds the bulletins of Polres Kediri, not every "berdiri".
        Assert.Equal(site.Bulletins.Count(b => b.Unit.Name == "Polres Kediri"), reader.Search("kediri").Count);
    }

    [Fact]
    public void A_typo_at_ten_thousand_bulletins_finds_what_the_right_word_finds_for_a_few_kilobytes_more()
    {
        var (_, index) = Built.Value;
        var reader = new SearchIndexReader(index.Files);
        var bytes = index.Files.ToDictionary(f => f.Path["search/".Length..], f => f.Bytes);
        foreach (var (typed, meant) in new[] { ("pilkda", "pilkada"), ("pengamnan", "pengamanan"), ("patorli", "patroli"), ("polres kedri", "polres kediri") })
        {
            Assert.Empty(reader.Search(typed));
            var (corrected, _) = reader.Spell(typed);
            var vocabulary = reader.Fetched.Where(f => f.StartsWith("v/", StringComparison.Ordinal)).Distinct().ToArray();
            Assert.Equal(meant, corrected);
            Assert.Equal(reader.Search(meant), reader.Search(corrected!));
            Assert.InRange(vocabulary.Length, 1, 3);
            var compressed = vocabulary.Sum(f => Gzip(bytes[f]));
            Assert.True(compressed < 16_000, $"'{typed}' reads {compressed} compressed bytes of vocabulary: {string.Join(", ", vocabulary)}");
        }
        // A word that finds many bulletins reads no vocabulary at all.
        reader.Spell("pengamanan pilkada");
        Assert.DoesNotContain(reader.Fetched, f => f.StartsWith("v/", StringComparison.Ordinal));
    }

    private static int Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return (int)buffer.Length;
    }

    /// <summary>A site model straight from the corpus generator, without Markdown files or rendering.</summary>
    internal static SiteGen.Model.Site GeneratedSite(CorpusGenerator corpus, int count)
    {
        var units = corpus.Units.Select(u => new Unit(u.Name, Slug.From(u.Name), u.Polda, Slug.From(u.Polda), u.Region, null, null, default)).ToArray();
        var elections = corpus.Elections.Select(e => new Election(e.Name, Slug.From(e.Name), e.Kind, e.VotingDay, e.Description, default)).ToArray();
        var unitByName = units.ToDictionary(u => u.Name);
        var electionByName = elections.ToDictionary(e => e.Name);
        var bulletins = corpus.Bulletins(count).Select(b =>
        {
            var date = new DateTimeOffset(b.Date, TimeSpan.FromHours(7));
            return new Bulletin
            {
                SourcePath = "content/" + b.Path,
                Title = b.Title,
                Date = date,
                Unit = unitByName[b.Unit.Name],
                Elections = b.Elections.Select(e => electionByName[e]).ToArray(),
                Tags = b.Tags.Select(t => new Tag(t, Slug.From(t))).ToArray(),
                Summary = b.Summary,
                Location = b.Location,
                Author = b.Author,
                Body = new RenderedMarkdown("", "", b.PlainText, []),
                Path = UrlScheme.Bulletin(date, Slug.From(b.Title)),
            };
        })
            .OrderByDescending(b => b.Date).ThenBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.SourcePath, StringComparer.Ordinal)
            .Select((b, i) => b with { Index = i })
            .ToArray();
        return new SiteGen.Model.Site
        {
            Config = new SiteConfig(),
            Bulletins = bulletins,
            Links = [],
            Units = units,
            Elections = elections,
            Terms = new Dictionary<TermKind, IReadOnlyList<Term>>(),
            FreePages = [],
        };
    }
}
