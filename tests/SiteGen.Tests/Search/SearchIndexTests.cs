using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>What a reader gets from the search index of a small site built for real: word forms, acronyms, prefixes, names, facets.</summary>
public sealed class SearchIndexTests : IDisposable
{
    internal const string Files = """
        -- content/units.yaml --
        - name: Polres Blitar
          polda: Polda Jawa Timur
          region: Kabupaten Blitar
        - name: Polres Kediri
          polda: Polda Jawa Timur
          region: Kabupaten Kediri
        - name: Polresta Kendari
          polda: Polda Sulawesi Tenggara
          region: Kota Kendari
        -- content/bulletins/amankan.md --
        ---
        title: Polres Blitar Amankan Rapat Pleno
        unit: Polres Blitar
        date: 2024-12-04
        election: Pilkada Serentak 2024
        tags: [pleno, kpu]
        ---
        Personel mengamankan rapat pleno rekapitulasi di kantor KPU. Situasi kondusif.
        -- content/bulletins/kepala-daerah.md --
        ---
        title: Warga Blitar Sambut Hari Pencoblosan
        unit: Polres Blitar
        date: 2023-11-10
        election: Pemilu 2024
        tags: [sosialisasi]
        ---
        Bhabinkamtibmas mengajak warga menyukseskan pemilihan kepala daerah dengan datang ke tempat pemungutan suara.
        -- content/bulletins/berpatroli.md --
        ---
        title: Personel Kendari Berpatroli Malam
        unit: Polresta Kendari
        date: 2024-11-20
        election: Pilkada Serentak 2024
        tags: [malam]
        ---
        Petugas berpatroli di sekitar gudang logistik.
        -- content/bulletins/kediri.md --
        ---
        title: Rakor di Mapolres Kediri
        unit: Polres Kediri
        date: 2024-10-01
        election: Pilkada Serentak 2024
        tags: [rapat]
        ---
        Rapat koordinasi membahas kesiapan di wilayah hukum.
        -- content/bulletins/berdiri.md --
        ---
        title: Posko Didirikan di Kendari
        unit: Polresta Kendari
        date: 2024-09-15
        election: Pemilu 2024
        tags: [posko]
        ---
        Warga berdiri menyaksikan posko yang didirikan polisi. Pengamanan TPS diperkuat.
        -- content/bulletins/sispamkota.md --
        ---
        title: Simulasi Sispamkota Jelang Pilkada
        unit: Polres Blitar
        date: 2024-10-17
        election: Pemilu 2024
        tags: [simulasi]
        ---
        Simulasi pengamanan kota digelar menjelang Pilkada.
        """;

    private readonly TestSite _site = new TestSite(Files).BuildOk();
    private readonly SearchIndexReader _index;

    public SearchIndexTests() => _index = new SearchIndexReader(_site.Result.Files);

    public void Dispose() => _site.Dispose();

    private string[] Titles(string query) => _index.Search(query).Select(_index.Title).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_query_finds_other_forms_of_its_word()
    {
        // The first bulletin says only "Amankan" and "mengamankan"; all share the stem "aman".
        Assert.Equal(
            ["Polres Blitar Amankan Rapat Pleno", "Posko Didirikan di Kendari", "Simulasi Sispamkota Jelang Pilkada"],
            Titles("pengamanan"));
    }

    [Fact]
    public void An_acronym_finds_its_long_form_and_the_long_form_finds_the_acronym()
    {
        // "Warga Blitar…" says "pemilihan kepala daerah" and is filed under Pemilu 2024: only the glossary links it to "pilkada".
        Assert.Contains("Warga Blitar Sambut Hari Pencoblosan", Titles("pilkada"));
        Assert.Contains("Warga Blitar Sambut Hari Pencoblosan", Titles("Pilkada"));
        // "Simulasi…" says "Pilkada" and is filed under Pemilu 2024.
        Assert.Contains("Simulasi Sispamkota Jelang Pilkada", Titles("pemilihan kepala daerah"));
        Assert.Equal(Titles("pilkada"), Titles("pemilihan kepala daerah"));
        Assert.Equal(["Posko Didirikan di Kendari", "Warga Blitar Sambut Hari Pencoblosan"], Titles("tps"));
        Assert.Equal(Titles("tps"), Titles("tempat pemungutan suara"));
        Assert.DoesNotContain("Posko Didirikan di Kendari", Titles("pilkada"));
    }

    [Fact]
    public void The_last_word_also_finds_the_words_it_begins()
    {
        // stem("patroli") is "patrol" but stem("berpatroli") is "patroli": the prefix finds it.
        Assert.Equal(["Personel Kendari Berpatroli Malam"], Titles("patroli"));
        Assert.Equal(["Personel Kendari Berpatroli Malam"], Titles("patro"));
        Assert.Equal(["Polres Blitar Amankan Rapat Pleno"], Titles("rapat pleno rekap"));
        // Only the last word: "rekap pleno" needs the whole word "rekap", which no bulletin has.
        Assert.Empty(Titles("rekap pleno"));
    }

    [Fact]
    public void Unit_and_region_names_are_never_stemmed()
    {
        // Stemmed, "kediri" would be "diri", the stem of "berdiri" and "didirikan".
        Assert.Contains("kediri", _index.ProtectedWords);
        Assert.Contains("pilkada", _index.ProtectedWords);
        Assert.Equal(["Rakor di Mapolres Kediri"], Titles("kediri"));
        Assert.Equal(["Posko Didirikan di Kendari"], Titles("berdiri"));
    }

    [Fact]
    public void Every_word_of_a_query_must_match()
    {
        Assert.Equal(["Polres Blitar Amankan Rapat Pleno", "Simulasi Sispamkota Jelang Pilkada"], Titles("pengamanan pilkada blitar"));
        Assert.Equal(["Posko Didirikan di Kendari"], Titles("pengamanan kendari"));
        Assert.Empty(Titles("kediri patroli"));
    }

    [Fact]
    public void Titles_and_names_weigh_more_than_the_body()
    {
        var amankan = _index.Search("pengamanan").Single(id => _index.Title(id).Contains("Amankan"));
        var posko = _index.Search("pengamanan").Single(id => _index.Title(id).Contains("Posko"));
        var title = _index.Postings("aman").Single(p => p.Id == amankan).Weight;
        var body = _index.Postings("aman").Single(p => p.Id == posko).Weight;
        Assert.True(title > body, $"a word in the title weighs {title}, in the body {body}");
    }

    [Fact]
    public void Facet_data_gives_each_bulletin_its_unit_polda_elections_tags_and_year()
    {
        var id = _index.Search("sispamkota").Single();
        var facets = _index.Facets(id);
        Assert.Equal(["polres-blitar"], facets["unit"]);
        Assert.Equal(["polda-jawa-timur"], facets["polda"]);
        Assert.Equal(["pemilu-2024"], facets["election"]);
        Assert.Equal(["simulasi"], facets["tag"]);
        Assert.Equal(["2024"], facets["year"]);
        Assert.Equal(["2023"], _index.Facets(_index.Search("pencoblosan").Single())["year"]);
    }

    [Fact]
    public void Ids_run_from_the_oldest_bulletin_so_newest_first_is_descending_id()
    {
        var titles = Enumerable.Range(0, _index.Count).Select(_index.Title).ToArray();
        Assert.Equal("Warga Blitar Sambut Hari Pencoblosan", titles[0]);
        Assert.Equal("Polres Blitar Amankan Rapat Pleno", titles[^1]);
    }

    [Fact]
    public void A_query_reads_only_the_manifest_its_chunks_and_what_it_shows()
    {
        var id = _index.Search("pengamanan pilkada").First();
        _index.Record(id);
        Assert.All(_index.Fetched, f => Assert.Matches(@"^(manifest\.[0-9a-f]{12}|i/[0-9a-f]{12}|d/[0-9a-f]{12}|r/[0-9a-f]{12}/\d+)\.json$", f));
        Assert.Equal(1, _index.Fetched.Distinct().Count(f => f.StartsWith("r/", StringComparison.Ordinal)));
    }

    [Fact]
    public void File_names_carry_the_hash_of_their_bytes()
    {
        foreach (var file in _site.Result.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)
            && !f.Path.StartsWith("search/r/", StringComparison.Ordinal) && !f.Path.StartsWith("search/v/", StringComparison.Ordinal)))
        {
            var hash = SiteGen.Search.ContentHash.Of(file.Bytes);
            Assert.True(file.Path.EndsWith(hash + ".json", StringComparison.Ordinal), $"{file.Path} should end with {hash}.json");
        }
        // A record's folder is the hash of its group of records, listed in its facet block.
        var records = _site.Result.Files.Where(f => f.Path.StartsWith("search/r/", StringComparison.Ordinal)).OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f.Path))).ToArray();
        Assert.Equal(_index.Count, records.Length);
        var group = SiteGen.Search.ContentHash.Of(records.SelectMany(r => r.Bytes).ToArray());
        Assert.All(records, r => Assert.StartsWith($"search/r/{group}/", r.Path));
        // The vocabulary's folder is the hash of its files' names and bytes, and the manifest names it.
        var vocabulary = _site.Result.Files.Where(f => f.Path.StartsWith("search/v/", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(vocabulary);
        var folder = SiteGen.Search.ContentHash.Of(vocabulary.SelectMany(f => System.Text.Encoding.UTF8.GetBytes(Path.GetFileNameWithoutExtension(f.Path)).Concat(f.Bytes)).ToArray());
        Assert.All(vocabulary, f => Assert.StartsWith($"search/v/{folder}/", f.Path));
        Assert.Equal(folder, _index.Manifest.GetProperty("vocab")[0].GetString());
    }

    [Fact]
    public void Search_page_knows_the_manifest_and_shows_a_message_without_javascript()
    {
        var page = _site.Html("cari/index.html");
        var root = page.QuerySelector("[data-search-manifest]")!;
        Assert.Equal("/search/" + _index.ManifestName, root.GetAttribute("data-search-manifest"));
        Assert.True(_site.Has("search/" + _index.ManifestName));
        Assert.Contains("JavaScript", page.QuerySelector(".search-fallback")!.TextContent);
        Assert.NotNull(page.QuerySelector(".search-fallback a[href='/satuan/']"));
        Assert.True(page.QuerySelector(".search-ui")!.HasAttribute("hidden"));
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToArray();
        Assert.Equal(3, scripts.Length);
        Assert.Matches(@"^/assets/js/sitegen-text\.[0-9a-f]{10}\.js$", scripts[0]);
        Assert.Matches(@"^/assets/js/sitegen-search\.[0-9a-f]{10}\.js$", scripts[1]);
        Assert.Matches(@"^/assets/js/sitegen-search-ui\.[0-9a-f]{10}\.js$", scripts[2]);
        Assert.All(page.QuerySelectorAll(".search-facets fieldset"), f => Assert.NotNull(f.QuerySelector("legend")));
        Assert.Equal("polite", page.QuerySelector("[role=status]")!.GetAttribute("aria-live"));
        Assert.Equal("cari", page.QuerySelector("label[for=cari]")!.GetAttribute("for"));
    }

    [Fact]
    public void Index_and_search_page_follow_the_base_path()
    {
        using var site = new TestSite(Files.Replace("-- content/units.yaml --", """
            -- sitegen.yaml --
            title: Situs Uji
            base_url: https://example.org/buletin/
            -- content/units.yaml --
            """)).BuildOk();
        var index = new SearchIndexReader(site.Result.Files);
        Assert.Equal("/buletin/search/" + index.ManifestName,
            site.Html("cari/index.html").QuerySelector("[data-search-manifest]")!.GetAttribute("data-search-manifest"));
        Assert.Equal("/buletin/2024/12/amankan/", index.Record(index.Count - 1).GetProperty("u").GetString());
    }

    [Fact]
    public void Index_is_byte_identical_across_builds_and_without_parallelism()
    {
        static Dictionary<string, byte[]> SearchFiles(BuildResult result) =>
            result.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes);
        var first = SearchFiles(_site.Result);
        using var again = new TestSite(Files);
        var second = SearchFiles(again.BuildOk().Result);
        var sequential = SearchFiles(again.BuildOk(o => o with { Parallel = false }).Result);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), sequential.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two builds");
            Assert.True(bytes.AsSpan().SequenceEqual(sequential[path]), $"{path} differs without parallelism");
        }
    }

    [Fact]
    public void Hostile_title_is_kept_as_data_in_the_record()
    {
        const string hostile = "<img src=x onerror=alert(1)> & \"kutip\" </script>";
        using var site = new TestSite(Files.Replace("title: Posko Didirikan di Kendari", $"title: '{hostile}'")).BuildOk();
        var index = new SearchIndexReader(site.Result.Files);
        var id = index.Search("posko").Single();
        Assert.Equal(hostile, index.Title(id));
    }

    [Fact]
    public void A_broken_glossary_is_an_error_that_names_its_line()
    {
        using var site = new TestSite(Files);
        CopyTheme(site.Root);
        File.WriteAllText(Path.Combine(site.Root, "themes", "default", "search", "glossary.yaml"), "TPS: tempat pemungutan suara\nKPU:\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0405", error.Code);
        Assert.Equal("themes/default/search/glossary.yaml", error.Path);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_theme_glossary_entry_makes_both_forms_find_each_other()
    {
        using var site = new TestSite(Files);
        CopyTheme(site.Root);
        Assert.Empty(new SearchIndexReader(site.BuildOk().Result.Files).Search("pos komando"));
        File.AppendAllText(Path.Combine(site.Root, "themes", "default", "search", "glossary.yaml"), "Posko: pos komando\n");
        var index = new SearchIndexReader(site.BuildOk().Result.Files);
        Assert.Equal(["Posko Didirikan di Kendari"], index.Search("pos komando").Select(index.Title));
        File.WriteAllText(Path.Combine(site.Root, "content", "bulletins", "komando.md"), """
            ---
            title: Pos Komando Pengamanan Dibuka
            unit: Polres Blitar
            date: 2024-08-01
            election: Pemilu 2024
            ---
            Sebuah pos komando dibuka.
            """);
        index = new SearchIndexReader(site.BuildOk().Result.Files);
        Assert.Equal(2, index.Search("posko").Count);
        Assert.Equal(2, index.Search("pos komando").Count);
    }

    private static void CopyTheme(string siteRoot)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(siteRoot, "themes", "default", Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Json_records_parse_and_hold_what_a_result_shows()
    {
        var record = _index.Record(_index.Search("sispamkota").Single());
        Assert.Equal("Simulasi Sispamkota Jelang Pilkada", record.GetProperty("t").GetString());
        Assert.Equal("Kamis, 17 Oktober 2024", record.GetProperty("d").GetString());
        Assert.Equal("Polres Blitar", record.GetProperty("n").GetString());
        Assert.Equal(JsonValueKind.String, record.GetProperty("x").ValueKind);
    }
}
