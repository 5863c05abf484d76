using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Authoring;

/// <summary>
/// The mistakes Humas writers naturally make, each through the real <c>sitegen check</c> in both languages: the exit code
/// and the exact message, which names what to write instead.
/// </summary>
public sealed class NaturalMistakesTests
{
    private static readonly Dictionary<string, string> English = new() { ["SITEGEN_LANG"] = "en" };
    private static readonly Dictionary<string, string> Indonesian = new() { ["SITEGEN_LANG"] = "" };

    private static Dictionary<string, string> In(string language) => language == "en" ? English : Indonesian;

    private static string Bulletin(string lines) => $"""
        -- content/bulletins/2024/apel.md --
        ---
        title: Apel Pengamanan
        {lines}
        ---
        Isi.
        """;

    private const string Standard = "unit: Polres Blitar\ndate: 2024-09-20\nelection: Pilkada Serentak 2024";

    /// <summary>The lines of standard error that are diagnostics (not the summary, not the --fix hint).</summary>
    private static string[] Problems(CliRunner.Run run) =>
        run.Error.Split('\n').Where(l => l.StartsWith("content/", StringComparison.Ordinal) || l.StartsWith("    ", StringComparison.Ordinal)).ToArray();

    [Theory]
    [InlineData("en", "20/09/2024", "'date' is written '20/09/2024'; SiteGen reads dates written year-month-day, so write: date: 2024-09-20")]
    [InlineData("id", "20/09/2024", "'date' ditulis '20/09/2024'; SiteGen membaca tanggal yang ditulis tahun-bulan-tanggal, jadi tulis: date: 2024-09-20")]
    [InlineData("en", "20 September 2024", "'date' is written '20 September 2024'; SiteGen reads dates written year-month-day, so write: date: 2024-09-20")]
    [InlineData("id", "20 September 2024", "'date' ditulis '20 September 2024'; SiteGen membaca tanggal yang ditulis tahun-bulan-tanggal, jadi tulis: date: 2024-09-20")]
    [InlineData("en", "2024-9-20", "'date' is written '2024-9-20'; SiteGen reads dates written year-month-day, so write: date: 2024-09-20")]
    [InlineData("id", "2024-9-20", "'date' ditulis '2024-9-20'; SiteGen membaca tanggal yang ditulis tahun-bulan-tanggal, jadi tulis: date: 2024-09-20")]
    [InlineData("en", "2024-11-10 09.30 WIB", "'date' is written '2024-11-10 09.30 WIB'; SiteGen reads dates written year-month-day, so write: date: 2024-11-10T09:30")]
    [InlineData("id", "2024-11-10 09.30 WIB", "'date' ditulis '2024-11-10 09.30 WIB'; SiteGen membaca tanggal yang ditulis tahun-bulan-tanggal, jadi tulis: date: 2024-11-10T09:30")]
    public void A_date_in_a_form_people_write_is_an_error_that_gives_the_corrected_line(string language, string written, string message)
    {
        using var site = new TestSite(Bulletin($"unit: Polres Blitar\ndate: {written}\nelection: Pilkada Serentak 2024"));
        var run = CliRunner.Sitegen(site.Root, In(language), "check");
        Assert.Equal(1, run.ExitCode);
        var severity = language == "en" ? "error" : "kesalahan";
        Assert.Equal([$"content/bulletins/2024/apel.md:4:7: {severity} SG0205: {message}"], Problems(run));
    }

    [Theory]
    [InlineData("en", "warning SG0204: 'tags' is written without brackets; it is read as 2 items, but write: tags: [kampanye, pengamanan]")]
    [InlineData("id", "peringatan SG0204: 'tags' ditulis tanpa tanda kurung siku; dibaca sebagai 2 butir, tetapi tulislah: tags: [kampanye, pengamanan]")]
    public void Tags_written_without_brackets_are_read_as_the_tags_they_are_with_a_warning_that_gives_the_bracket_form(string language, string message)
    {
        using var site = new TestSite(Bulletin(Standard + "\ntags: kampanye, pengamanan"));
        var run = CliRunner.Sitegen(site.Root, In(language), "check");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"content/bulletins/2024/apel.md:6:7: {message}"], Problems(run));
        var built = site.Build();
        Assert.Contains(built.Files, f => f.Path == "tag/kampanye/index.html");
        Assert.Contains(built.Files, f => f.Path == "tag/pengamanan/index.html");
        Assert.DoesNotContain(built.Files, f => f.Path.StartsWith("tag/kampanye-pengamanan/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en",
        "content/bulletins/2024/apel.md:2:1: error SG0203: SiteGen does not read the key 'judul'; the key for this is 'title', write: title: Apel Pengamanan",
        "content/bulletins/2024/apel.md:6:1: error SG0203: SiteGen does not read the key 'lokasi'; the key for this is 'location', write: location: Aula Polres",
        "content/bulletins/2024/apel.md:7:1: error SG0203: SiteGen does not read the key 'tag'; the key for this is 'tags', write: tags: [netralitas]")]
    [InlineData("id",
        "content/bulletins/2024/apel.md:2:1: kesalahan SG0203: SiteGen tidak membaca kunci 'judul'; kunci untuk ini adalah 'title', tulis: title: Apel Pengamanan",
        "content/bulletins/2024/apel.md:6:1: kesalahan SG0203: SiteGen tidak membaca kunci 'lokasi'; kunci untuk ini adalah 'location', tulis: location: Aula Polres",
        "content/bulletins/2024/apel.md:7:1: kesalahan SG0203: SiteGen tidak membaca kunci 'tag'; kunci untuk ini adalah 'tags', tulis: tags: [netralitas]")]
    public void Indonesian_key_names_are_errors_that_name_the_key_to_use(string language, params string[] messages)
    {
        using var site = new TestSite("""
            -- content/bulletins/2024/apel.md --
            ---
            judul: Apel Pengamanan
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            lokasi: Aula Polres
            tag: [netralitas]
            ---
            Isi.
            """);
        var run = CliRunner.Sitegen(site.Root, In(language), "check");
        Assert.Equal(1, run.ExitCode);
        // Read under their right names, so nothing else is reported (no "title is missing").
        Assert.Equal(messages, Problems(run));
    }

    [Theory]
    [InlineData("en",
        "content/bulletins/2024/apel.md:3:7: error SG0206: unit 'Polres Kediri' is not in content/units.yaml yet; if the name is right, add these three lines to content/units.yaml:",
        "(write the name of its Polda)")]
    [InlineData("id",
        "content/bulletins/2024/apel.md:3:7: kesalahan SG0206: satuan 'Polres Kediri' belum ada di content/units.yaml; bila namanya sudah benar, tambahkan tiga baris ini ke content/units.yaml:",
        "(tulis nama Polda-nya)")]
    public void A_real_unit_not_yet_listed_gets_the_three_lines_to_add_not_a_guess(string language, string message, string polda)
    {
        using var site = new TestSite("""
            -- content/units.yaml --
            - name: Polres Blitar
              polda: Polda Jawa Timur
              region: Kabupaten Blitar
            - name: Polres Kendal
              polda: Polda Jawa Tengah
              region: Kabupaten Kendal
            """ + "\n" + Bulletin("unit: Polres Kediri\ndate: 2024-09-20\nelection: Pilkada Serentak 2024"));
        var run = CliRunner.Sitegen(site.Root, In(language), "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([message, "    - name: Polres Kediri", $"      polda: {polda}", "      region: Kabupaten Kediri"], Problems(run));
    }

    [Theory]
    [InlineData("en", "content/bulletins/2024/apel.md:3:7: error SG0206: unknown unit 'Polres Blitarr'; did you mean 'Polres Blitar'? (units are listed in content/units.yaml)")]
    [InlineData("id", "content/bulletins/2024/apel.md:3:7: kesalahan SG0206: satuan 'Polres Blitarr' tidak dikenal; maksud Anda 'Polres Blitar'? (daftar satuan ada di content/units.yaml)")]
    public void A_slip_of_the_keyboard_in_a_unit_still_gets_did_you_mean(string language, string message)
    {
        using var site = new TestSite(Bulletin("unit: Polres Blitarr\ndate: 2024-09-20\nelection: Pilkada Serentak 2024"));
        var run = CliRunner.Sitegen(site.Root, In(language), "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([message], Problems(run));
    }

    [Theory]
    [InlineData("en", "content/bulletins/2024/apel.md:7:1: error SG0102: this line is indented with a tab, but YAML takes only spaces at the start of a line; replace each tab with two spaces")]
    [InlineData("id", "content/bulletins/2024/apel.md:7:1: kesalahan SG0102: baris ini menjorok dengan tab, padahal YAML hanya menerima spasi di awal baris; ganti setiap tab dengan dua spasi")]
    public void A_tab_used_to_indent_is_reported_at_its_own_line_in_plain_words(string language, string message)
    {
        using var site = new TestSite(Bulletin(Standard + "\ntags:\n\t- netralitas"));
        var run = CliRunner.Sitegen(site.Root, In(language), "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([message], Problems(run));
    }

    [Theory]
    [InlineData("en", "check passed: 2 bulletins")]
    [InlineData("id", "pemeriksaan lulus: 2 buletin")]
    public void Two_long_titles_alike_in_their_first_80_characters_get_their_own_whole_addresses(string language, string passed)
    {
        const string Series = "Polres Blitar Gelar Sosialisasi Pencegahan Politik Uang dan Netralitas Aparat Jelang Pilkada Serentak di Kecamatan";
        using var site = new TestSite($"""
            -- content/bulletins/2024/sosialisasi-politik-uang-kecamatan-dau.md --
            ---
            title: {Series} Dau
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            ---
            Isi.
            -- content/bulletins/2024/sosialisasi-politik-uang-kecamatan-pujon.md --
            ---
            title: {Series} Pujon
            unit: Polres Blitar
            date: 2024-09-21
            election: Pilkada Serentak 2024
            ---
            Isi.
            """);
        var run = CliRunner.Sitegen(site.Root, In(language), "check");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Problems(run));
        Assert.Contains(passed, run.Error);
        var paths = site.Build().Site!.Bulletins.Select(b => b.Path).Order(StringComparer.Ordinal);
        Assert.Equal(["2024/09/sosialisasi-politik-uang-kecamatan-dau/", "2024/09/sosialisasi-politik-uang-kecamatan-pujon/"], paths);
    }
}
