using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>Runs the browser's search engine (sitegen-search.js) under Node over a site written to disk: results, facets, sorting, URL state, downloads.</summary>
public sealed class SearchClientTests : IDisposable
{
    private readonly TestSite _site = new(SearchIndexTests.Files);
    private readonly SearchIndexReader _index;

    public SearchClientTests()
    {
        var result = SiteBuilder.BuildAndWrite(_site.Options(o => o with { OutputRoot = _site.OutputRoot }));
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        // The site is written to disk for Node; the C# reader reads the same bytes from an in-memory build.
        _index = new SearchIndexReader(SiteBuilder.Build(_site.Options()).Files);
    }

    public void Dispose() => _site.Dispose();

    private sealed record Answer(
        int Total, string[] Titles, string[] Shown, string[] Marked, string Excerpt, Dictionary<string, JsonElement[][]> Facets, string[] Fetched, string Url,
        string? Corrected, string[] Suggestions);

    private Answer[] Run(params string[] queries) => Run(_site, queries);

    private static Answer[] Run(TestSite site, params string[] queries)
    {
        var queriesFile = Path.Combine(site.Root, "queries.json");
        File.WriteAllText(queriesFile, JsonSerializer.Serialize(queries));
        var (exit, output) = Node.Run(
            Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Search", "js", "run-queries.js"),
            site.OutputRoot, queriesFile, Path.Combine(RepoPaths.Theme, "assets", "js"));
        Assert.True(exit == 0, $"run-queries.js failed (exit {exit}):\n{output}");
        return JsonSerializer.Deserialize<Answer[]>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private static Dictionary<string, int> Counts(Answer answer, string facet) =>
        answer.Facets[facet].ToDictionary(v => v[0].GetString()!, v => v[1].GetInt32());

    [SkippableFact]
    public void Browser_engine_finds_what_the_index_holds_for_every_kind_of_query()
    {
        string[] queries = ["pengamanan", "pilkada", "pemilihan kepala daerah", "patroli", "patro", "kediri", "tps", "tempat pemungutan suara", "pengamanan pilkada blitar", "apakah"];
        var answers = Run(queries.Select(q => "?q=" + Uri.EscapeDataString(q)).ToArray());
        for (var i = 0; i < queries.Length; i++)
        {
            var expected = _index.Search(queries[i]).Select(_index.Title).Order(StringComparer.Ordinal);
            Assert.Equal(expected, answers[i].Titles.Order(StringComparer.Ordinal));
            Assert.Equal(answers[i].Titles.Length, answers[i].Total);
        }
        Assert.Equal(["Personel Kendari Berpatroli Malam"], answers[3].Titles);
        Assert.Equal(["Rakor di Mapolres Kediri"], answers[5].Titles);
    }

    [SkippableFact]
    public void Matched_words_are_marked_in_the_excerpt_whatever_their_form()
    {
        var answer = Run("?q=pengamanan&unit=polres-blitar&sort=newest")[0];
        Assert.Equal("Polres Blitar Amankan Rapat Pleno", answer.Shown[0]);
        Assert.Equal(["mengamankan"], answer.Marked);
    }

    [SkippableFact]
    public void Facets_narrow_the_results_and_count_them()
    {
        var answers = Run("?q=pengamanan", "?q=pengamanan&unit=polres-blitar", "?q=pengamanan&unit=polres-blitar&unit=polresta-kendari", "?q=pengamanan&year=2024&election=pemilu-2024");

        Assert.Equal(3, answers[0].Total);
        Assert.Equal(new Dictionary<string, int> { ["polres-blitar"] = 2, ["polresta-kendari"] = 1 }, Counts(answers[0], "unit"));
        Assert.Equal(new Dictionary<string, int> { ["pemilu-2024"] = 2, ["pilkada-serentak-2024"] = 1 }, Counts(answers[0], "election"));

        // One unit: two results. The unit facet still counts the others, so a second unit can be added.
        Assert.Equal(2, answers[1].Total);
        Assert.Equal(["Polres Blitar Amankan Rapat Pleno", "Simulasi Sispamkota Jelang Pilkada"], answers[1].Titles.Order(StringComparer.Ordinal));
        Assert.Equal(new Dictionary<string, int> { ["polres-blitar"] = 2, ["polresta-kendari"] = 1 }, Counts(answers[1], "unit"));
        Assert.True(answers[1].Facets["unit"].Single(v => v[0].GetString() == "polres-blitar")[2].GetBoolean());
        Assert.Equal(new Dictionary<string, int> { ["polda-jawa-timur"] = 2 }, Counts(answers[1], "polda"));
        Assert.Equal(new Dictionary<string, int> { ["pleno"] = 1, ["kpu"] = 1, ["simulasi"] = 1 }, Counts(answers[1], "tag"));

        Assert.Equal(3, answers[2].Total);
        Assert.Equal(2, answers[3].Total);
        Assert.Equal(new Dictionary<string, int> { ["2024"] = 2 }, Counts(answers[3], "year"));
    }

    [SkippableFact]
    public void Filters_alone_list_bulletins_newest_first()
    {
        var answer = Run("?unit=polres-blitar")[0];
        Assert.Equal(["Polres Blitar Amankan Rapat Pleno", "Simulasi Sispamkota Jelang Pilkada", "Warga Blitar Sambut Hari Pencoblosan"], answer.Titles);
        Assert.Equal(new Dictionary<string, int> { ["2024"] = 2, ["2023"] = 1 }, Counts(answer, "year"));
        Assert.Equal(0, Run("?q=")[0].Total);
    }

    [SkippableFact]
    public void Sorting_by_newest_orders_by_date()
    {
        var answer = Run("?q=pengamanan&sort=newest")[0];
        Assert.Equal(["Polres Blitar Amankan Rapat Pleno", "Simulasi Sispamkota Jelang Pilkada", "Posko Didirikan di Kendari"], answer.Titles);
    }

    [SkippableFact]
    public void Relevance_puts_a_bulletin_with_the_word_in_its_title_above_those_with_it_only_in_the_body()
    {
        // Newest first, the order is the reverse: the title bulletin is the oldest, the one saying the word once the newest.
        using var site = new TestSite("""
            -- content/bulletins/judul.md --
            ---
            title: Pengawalan Logistik ke Gudang KPU
            unit: Polres Blitar
            date: 2024-01-10
            election: Pemilu 2024
            ---
            Kotak suara dibawa dengan truk dari percetakan menuju gudang.
            -- content/bulletins/tiga-kali.md --
            ---
            title: Apel Pagi di Mapolres Malang
            unit: Polres Malang
            date: 2024-02-01
            election: Pemilu 2024
            ---
            Kapolres memimpin apel pagi bersama seluruh personel.

            Personel mengecek logistik di kecamatan. Logistik yang rusak diganti, dan logistik cadangan disiapkan.
            -- content/bulletins/sekali.md --
            ---
            title: Patroli Malam di Kota Kendari
            unit: Polresta Kendari
            date: 2024-03-01
            election: Pemilu 2024
            ---
            Petugas berkeliling kota hingga dini hari.

            Rute patroli melewati gudang logistik.
            -- content/bulletins/tanpa.md --
            ---
            title: Sosialisasi Pemilu di Blitar
            unit: Polres Blitar
            date: 2024-04-01
            election: Pemilu 2024
            ---
            Bhabinkamtibmas mengajak warga datang ke TPS.
            """);
        Assert.False(SiteBuilder.BuildAndWrite(site.Options(o => o with { OutputRoot = site.OutputRoot })).HasErrors);

        var answers = Run(site, "?q=logistik", "?q=logistik&sort=newest");

        Assert.Equal(["Pengawalan Logistik ke Gudang KPU", "Apel Pagi di Mapolres Malang", "Patroli Malam di Kota Kendari"], answers[0].Titles);
        Assert.Equal(["Patroli Malam di Kota Kendari", "Apel Pagi di Mapolres Malang", "Pengawalan Logistik ke Gudang KPU"], answers[1].Titles);
    }

    [SkippableFact]
    public void State_round_trips_through_the_url()
    {
        string[] urls = ["?q=pengamanan+pilkada&unit=polres-blitar&tag=kpu&sort=newest&page=2", "?q=tps", "?unit=polres-blitar&unit=polresta-kendari&year=2024"];
        var answers = Run(urls);
        for (var i = 0; i < urls.Length; i++) Assert.Equal(urls[i], answers[i].Url);
    }

    [SkippableFact]
    public void Browser_engine_forgives_one_typo_as_the_index_reader_does()
    {
        using var site = new TestSite(ForgivingSearchTests.Files);
        Assert.False(SiteBuilder.BuildAndWrite(site.Options(o => o with { OutputRoot = site.OutputRoot })).HasErrors);
        var index = new SearchIndexReader(SiteBuilder.Build(site.Options()).Files);
        string[] queries = ["pilkda", "pengamnan", "plikada", "Polres Blitr", "pengamanan pilkda ", "pelatikan", "oilkada", "tpss", "pilkada", "money politics"];

        var answers = Run(site, queries.Select(q => "?q=" + Uri.EscapeDataString(q)).ToArray());

        for (var i = 0; i < queries.Length; i++)
        {
            var (corrected, suggestions) = index.Spell(queries[i]);
            Assert.Equal(corrected, answers[i].Corrected);
            Assert.Equal(suggestions, answers[i].Suggestions);
            // A corrected query finds what the right word finds; the URL keeps what was typed.
            var expected = index.Search(corrected ?? queries[i]).Select(index.Title).Order(StringComparer.Ordinal);
            Assert.Equal(expected, answers[i].Titles.Order(StringComparer.Ordinal));
            Assert.Equal("?q=" + Uri.EscapeDataString(queries[i]).Replace("%20", "+"), answers[i].Url);
        }
        Assert.Equal("pilkada", answers[0].Corrected);
        Assert.NotEmpty(answers[0].Titles);
        Assert.Equal(["pelantikan", "pelatihan"], answers[5].Suggestions);
        Assert.Empty(answers[5].Titles);
        // Only the vocabulary files of the word's first letter and length ± 1 are read, and only for a word that finds nothing or little.
        Assert.Equal(["p5", "p6", "p7"], answers[0].Fetched.Where(f => f.StartsWith("v/", StringComparison.Ordinal)).Select(f => Path.GetFileNameWithoutExtension(f)));
        Assert.DoesNotContain(answers[8].Fetched, f => f.StartsWith("v/", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void An_excerpt_keeps_a_heading_apart_from_the_paragraph_after_it()
    {
        using var site = new TestSite(ForgivingSearchTests.Files);
        Assert.False(SiteBuilder.BuildAndWrite(site.Options(o => o with { OutputRoot = site.OutputRoot })).HasErrors);

        var answers = Run(site, "?q=materi", "?q=formasi");

        Assert.StartsWith("… Materi Pelatihan — Personel berlatih", answers[0].Excerpt);
        Assert.DoesNotContain("Pelatihan Personel", answers[0].Excerpt);
        // The words before a match give context only from the match's own block, never the end of a heading.
        Assert.StartsWith("… Personel berlatih membentuk formasi", answers[1].Excerpt);
    }

    [SkippableFact]
    public void First_page_downloads_the_manifest_the_chunks_of_its_words_the_blocks_and_ten_records()
    {
        var answer = Run("?q=pilkada")[0];
        Assert.Equal(_index.ManifestName, answer.Fetched[0]);
        Assert.Equal(answer.Fetched.Length, answer.Fetched.Distinct().Count());
        Assert.Equal(Math.Min(10, answer.Total), answer.Fetched.Count(f => f.StartsWith("r/", StringComparison.Ordinal)));
        Assert.All(answer.Fetched.Skip(1), f => Assert.Matches(@"^(i/[0-9a-f]{12}|d/[0-9a-f]{12}|r/[0-9a-f]{12}/\d+)\.json$", f));
    }
}
