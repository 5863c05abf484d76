using System.Text;
using SiteGen.Cli;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;
using SiteGen.Starter;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Starter;

/// <summary>
/// <c>sitegen init</c>: an office's own site repository, complete and buildable, from a few answers given as options or
/// typed at the terminal; never over anything that exists.
/// </summary>
[Collection(ConsoleCapture.Collection)]
public sealed class InitCommandTests
{
    private const string Version = "0.4.2";
    private const string Repository = "sitegen-id/sitegen";

    private static readonly InitCommand.Given Blitar = new(
        "Buletin Humas Polres Blitar", "Polres Blitar", "Polda Jawa Timur", "Kabupaten Blitar", "https://humas-polres-blitar.github.io/buletin/", null);

    private static int Init(string folder, InitCommand.Given given, string? typed = null) =>
        InitCommand.Run(folder, given, new StringReader(typed ?? ""), interactive: typed is not null, TestSite.Now, Version, Repository);

    [Fact]
    public void Writes_the_whole_site_the_golden_shows()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("buletin");
        using var console = new ConsoleCapture();
        Assert.Equal(0, Init(folder, Blitar));

        var written = console.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/')).ToArray();
        Assert.Equal(
            ["sitegen.yaml", "content/units.yaml", "content/elections.yaml", "content/pages/tentang.md", "content/bulletins/2026/contoh-buletin-pertama.md",
             ".gitignore", "README.md", ".github/workflows/terbitkan.yml"],
            written);
        var all = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/'));
        Assert.Equal(written.Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));

        var site = new StringBuilder();
        foreach (var path in written) site.Append("-- ").Append(path).Append(" --\n").Append(File.ReadAllText(Path.Combine(folder, path)));
        Golden.Check(Path.Combine(RepoPaths.Fixtures, "init.golden.txt"), site.ToString());
        Assert.Contains($"new site made in {folder}: 8 files", console.Error);
        Assert.Contains("sitegen new \"Judul Rilis\" --unit \"Polres Blitar\" --election \"Pemilu 2029\"", console.Error);
    }

    [Fact]
    public async Task The_new_site_checks_and_builds_without_a_single_diagnostic()
    {
        using var temp = new TempFolder();
        using (new ConsoleCapture()) Assert.Equal(0, Init(temp.Path, Blitar));

        var options = new BuildOptions { SourceRoot = temp.Path, Now = TestSite.Now };
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(0, await CheckCommand.RunAsync(options, external: false, null, CancellationToken.None));
            Assert.Contains("check passed: 1 bulletins", console.Error);
            Assert.Contains("0 errors, 0 warnings", console.Error);
        }
        var result = SiteBuilder.Build(options);
        Assert.Empty(result.Diagnostics);
        string Page(string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes);
        Assert.Contains("Contoh: Humas Polres Blitar Membuka Situs Rilis Pengamanan Pemilihan", Page("index.html"));
        Assert.Contains("<title>Tentang Situs Ini", Page("tentang/index.html"));
        Assert.Contains("Kabupaten Blitar", Page("satuan/polres-blitar/index.html"));
        Assert.Contains("Rabu, 14 Februari 2024", Page("pemilihan/pemilu-2024/index.html"));
        // The example's link to the about page's Markdown file leads to the page.
        Assert.Contains("href=\"/buletin/tentang/\"", Page("2026/11/contoh-buletin-pertama/index.html"));
    }

    [Fact]
    public void The_elections_are_the_national_ones_named_as_the_sample_site_names_them()
    {
        using var temp = new TempFolder();
        using (new ConsoleCapture()) Assert.Equal(0, Init(temp.Path, Blitar));
        var diagnostics = new DiagnosticBag();
        var elections = DataFileReader.ReadElections(new SiteFolder(temp.Path).ReadText(SourceSet.ElectionsPath, diagnostics), diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(
            [
                ("Pemilu 2029", "pemilu", (DateOnly?)null),
                ("Pilkada Serentak 2024", "pilkada", new DateOnly(2024, 11, 27)),
                ("Pemilu 2024", "pemilu", new DateOnly(2024, 2, 14)),
                ("Pilkada Serentak 2020", "pilkada", new DateOnly(2020, 12, 9)),
                ("Pemilu 2019", "pemilu", new DateOnly(2019, 4, 17)),
                ("Pilkada Serentak 2018", "pilkada", new DateOnly(2018, 6, 27)),
            ],
            elections.Select(e => (e.Name, e.Kind, e.VotingDay)).ToArray());

        var sample = DataFileReader.ReadElections(new SiteFolder(RepoPaths.Root).ReadText(SourceSet.ElectionsPath, diagnostics), diagnostics);
        foreach (var shared in sample.Where(s => elections.Any(e => e.Name == s.Name)))
            Assert.Equal((shared.Kind, shared.VotingDay), elections.Where(e => e.Name == shared.Name).Select(e => (e.Kind, e.VotingDay)).Single());
        Assert.Contains(sample, s => s.Name == "Pemilu 2024");
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_with_exit_2_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        temp.Write("README.md", "Repositori lama.\n");
        using var console = new ConsoleCapture();
        Assert.Equal(2, Init(temp.Path, Blitar));
        Assert.Equal(
            $"sitegen init: {temp.Path} is not empty (it holds README.md); sitegen init writes only into a new or empty folder, so that no file is overwritten. Choose another folder, e.g. sitegen init buletin\n",
            console.Error);
        Assert.Equal(["README.md"], Directory.EnumerateFileSystemEntries(temp.Path).Select(p => Path.GetFileName(p)!).ToArray());
        Assert.Equal("Repositori lama.\n", File.ReadAllText(temp.Combine("README.md")));
    }

    [Fact]
    public void A_fresh_clone_holding_only_git_is_started_in()
    {
        using var temp = new TempFolder();
        temp.Write(".git/HEAD", "ref: refs/heads/main\n");
        using (new ConsoleCapture()) Assert.Equal(0, Init(temp.Path, Blitar));
        Assert.True(File.Exists(temp.Combine("sitegen.yaml")));
        Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(temp.Combine(".git/HEAD")));
    }

    [Fact]
    public void Without_a_terminal_the_missing_options_are_named_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("buletin");
        using var console = new ConsoleCapture();
        Assert.Equal(2, Init(folder, new InitCommand.Given(null, "Polres Blitar", null, null, null, null)));
        Assert.StartsWith("sitegen init: --polda, --region, --title, --base-url not given; run sitegen init in a terminal to answer one by one, or give them all, e.g. sitegen init buletin --unit ", console.Error);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_wrong_option_is_refused_before_anything_is_asked_or_written()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("buletin");
        using var console = new ConsoleCapture();
        Assert.Equal(2, InitCommand.Run(folder, Blitar with { BaseUrl = "humas-polres-blitar.github.io" }, new StringReader("x\n"), interactive: true, TestSite.Now, Version, Repository));
        Assert.Equal(
            "sitegen init: --base-url: 'humas-polres-blitar.github.io' is not an address a site can have: write a full http or https address without a user name, password, '?' or '#', e.g. https://humas-polres-blitar.github.io/buletin/\n",
            console.Error);
        Assert.False(Directory.Exists(folder));

        using var zone = new ConsoleCapture();
        Assert.Equal(2, Init(folder, Blitar with { TimeZone = "WITA" }));
        Assert.Equal("sitegen init: --time-zone: unknown time zone 'WITA'; write Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)\n", zone.Error);
    }

    [Fact]
    public void At_a_terminal_it_asks_in_indonesian_suggests_and_asks_again_after_a_wrong_answer()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("buletin");
        var typed = string.Join('\n', "Polrestabes Makassar", "Polda Sulawesi Selatan", "Kota Makassar", "", "humas.example.org", "https://humas.example.org/", "", "");
        using var speaking = Language.Use(Language.Indonesian);
        using var console = new ConsoleCapture();
        Assert.Equal(0, Init(folder, new InitCommand.Given(null, null, null, null, null, null), typed));
        Assert.Equal(
            "Membuat situs buletin baru di " + folder + ". Jawab pertanyaan berikut; tekan Enter untuk memakai jawaban dalam [kurung siku].\n"
            + "Nama satuan (mis. Polres Blitar): "
            + "Polda (mis. Polda Jawa Timur): "
            + "Wilayah hukum (mis. Kabupaten Blitar): "
            + "Judul situs [Buletin Humas Polrestabes Makassar]: "
            + "Alamat situs saat terbit (mis. https://humas-polres-blitar.github.io/buletin/): "
            + "  'humas.example.org' bukan alamat situs yang dapat dipakai: tulis alamat http atau https lengkap, tanpa nama pengguna, kata sandi, '?' atau '#', mis. https://humas-polres-blitar.github.io/buletin/\n"
            + "Alamat situs saat terbit (mis. https://humas-polres-blitar.github.io/buletin/): "
            + "Zona waktu (Asia/Jakarta = WIB, Asia/Makassar = WITA, Asia/Jayapura = WIT) [Asia/Makassar]: "
            + "situs baru dibuat di " + folder + ": 8 berkas\n",
            console.Error[..(console.Error.IndexOf(" berkas\n", StringComparison.Ordinal) + " berkas\n".Length)]);
        var settings = File.ReadAllText(Path.Combine(folder, "sitegen.yaml"));
        Assert.Contains("title: Buletin Humas Polrestabes Makassar\n", settings);
        Assert.Contains("base_url: \"https://humas.example.org/\"\n", settings);
        Assert.Contains("time_zone: Asia/Makassar\n", settings);
        Assert.Contains("- name: Polrestabes Makassar\n  polda: Polda Sulawesi Selatan\n  region: Kota Makassar\n", File.ReadAllText(Path.Combine(folder, "content/units.yaml")));
        Assert.Contains("(`date: 2027-01-05T09:00`, dalam WITA (Asia/Makassar))", File.ReadAllText(Path.Combine(folder, "README.md")));
    }

    [Fact]
    public void Input_that_ends_before_the_last_answer_writes_nothing()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("buletin");
        using var console = new ConsoleCapture();
        Assert.Equal(2, Init(folder, new InitCommand.Given(null, null, null, null, null, null), "Polres Blitar\nPolda Jawa Timur\n"));
        Assert.EndsWith("sitegen init: the input ended before every question was answered; nothing was written\n", console.Error);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Answers_holding_yaml_and_markdown_characters_reach_the_site_as_typed()
    {
        using var temp = new TempFolder();
        var given = new InitCommand.Given("Buletin \"Humas\": Polres #1 [Uji] *Resmi*", "Polres Kota Malang", "Polda Jawa Timur", "Kota Malang: Klojen & Lowokwaru",
            "https://example.org/buletin/", "Asia/Jakarta");
        using (new ConsoleCapture()) Assert.Equal(0, Init(temp.Path, given));
        var result = SiteBuilder.Build(new BuildOptions { SourceRoot = temp.Path, Now = TestSite.Now });
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Buletin \"Humas\": Polres #1 [Uji] *Resmi*", result.Site!.Config.Title);
        Assert.Equal("Kota Malang: Klojen & Lowokwaru", Assert.Single(result.Site.Units).Region);
        var about = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "tentang/index.html").Bytes);
        Assert.Contains("Kota Malang: Klojen &amp; Lowokwaru:", about);
        Assert.Contains("# Buletin \"Humas\": Polres \\#1 \\[Uji\\] \\*Resmi\\*\n", File.ReadAllText(temp.Combine("README.md")));
    }

    [Fact]
    public void The_example_bulletin_is_dated_today_in_the_sites_zone_and_filed_under_that_year()
    {
        using var temp = new TempFolder();
        // 17:30 UTC on New Year's Eve is already 1 January in Jayapura.
        var now = new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero);
        using (new ConsoleCapture())
            Assert.Equal(0, InitCommand.Run(temp.Path, Blitar with { Polda = "Polda Papua" }, TextReader.Null, false, now, Version, Repository));
        var example = File.ReadAllText(temp.Combine("content/bulletins/2027/contoh-buletin-pertama.md"));
        Assert.Contains("\ndate: 2027-01-01\n", example);
        Assert.Contains("time_zone: Asia/Jayapura", File.ReadAllText(temp.Combine("sitegen.yaml")));
    }

    [Theory]
    [InlineData("Polda Sulawesi Selatan", "Asia/Makassar")]
    [InlineData("Polda Sulsel", "Asia/Makassar")]
    [InlineData("polda  bali", "Asia/Makassar")]
    [InlineData("Polda NTT", "Asia/Makassar")]
    [InlineData("Polda Papua Barat Daya", "Asia/Jayapura")]
    [InlineData("Polda Maluku Utara", "Asia/Jayapura")]
    [InlineData("Polda Kalimantan Barat", "Asia/Jakarta")]
    [InlineData("Polda Sumsel", "Asia/Jakarta")]
    [InlineData("Polda Metro Jaya", "Asia/Jakarta")]
    public void A_poldas_time_zone_is_known_from_its_name(string polda, string zone) => Assert.Equal(zone, PoldaTimeZone.For(polda));
}
