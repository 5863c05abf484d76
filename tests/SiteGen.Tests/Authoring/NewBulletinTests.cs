using SiteGen.Cli;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Authoring;

/// <summary><c>sitegen new</c>: the file it writes, and what it refuses.</summary>
[Collection(ConsoleCapture.Collection)]
public sealed class NewBulletinTests : IDisposable
{
    private readonly TestSite _site = new("""
        -- content/bulletins/2024/ada.md --
        ---
        title: Buletin Yang Sudah Ada
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        ---
        Isi.
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Writes_the_front_matter_with_todays_date_and_a_placeholder_body_that_builds_cleanly()
    {
        using var console = new ConsoleCapture();
        var code = NewCommand.Run(_site.Root, "Polres Blitar: Apel \"Siaga\" Pilkada", "Polres Blitar",
            ["Pilkada Serentak 2024"], ["netralitas", "Apel", "apel"], TestSite.Now);

        Assert.Equal(0, code);
        const string path = "content/bulletins/2026/polres-blitar-apel-siaga-pilkada.md";
        Assert.Equal(path + "\n", console.Out);
        Assert.Equal("""
            ---
            title: "Polres Blitar: Apel \"Siaga\" Pilkada"
            unit: Polres Blitar
            date: 2026-11-01
            election: Pilkada Serentak 2024
            tags: [netralitas, Apel]
            # Opsional: hapus tanda '#' di depan baris yang ingin dipakai.
            # summary: Satu atau dua kalimat untuk daftar buletin dan hasil pencarian.
            # location: Aula Polres
            # author: Humas Polres
            # Foto: simpan berkasnya di folder yang sama dengan berkas ini.
            # image: foto-kegiatan.jpg
            # image_alt: Apa yang tampak di foto, untuk pembaca yang tidak dapat melihatnya
            ---
            Tulis isi rilis di sini. Paragraf pertama menjadi ringkasan di daftar buletin.

            Paragraf berikutnya: siapa, apa, di mana, kapan, dan mengapa.

            """, File.ReadAllText(Path.Combine(_site.Root, path)));

        _site.BuildOk();
        Assert.Empty(_site.Diagnostics);
        var page = _site.Html("2026/11/polres-blitar-apel-siaga-pilkada/index.html");
        Assert.Equal("Polres Blitar: Apel \"Siaga\" Pilkada", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Todays_date_is_the_date_in_the_sites_time_zone_and_several_elections_make_a_list()
    {
        var lateEvening = new DateTimeOffset(2026, 12, 31, 18, 30, 0, TimeSpan.Zero); // already 1 January in Jakarta
        var plan = NewBulletin.Plan(_site.Root, "Apel Tahun Baru", "Polres Malang", ["Pemilu 2024", "Pilkada Serentak 2024"], [], lateEvening, new DiagnosticBag());
        Assert.Equal("content/bulletins/2027/apel-tahun-baru.md", plan!.Value.Path);
        Assert.Contains("\ndate: 2027-01-01\n", plan.Value.Text);
        Assert.Contains("\nelection: [Pemilu 2024, Pilkada Serentak 2024]\n", plan.Value.Text);
        Assert.DoesNotContain("tags:", plan.Value.Text);
    }

    [Theory]
    [InlineData("Polres Blitarr", "Pemilu 2024", "--unit: unknown unit 'Polres Blitarr'; did you mean 'Polres Blitar'? (units are listed in content/units.yaml)")]
    [InlineData("Polres Blitar", "Pemilu 2042", "--election: unknown election 'Pemilu 2042'; did you mean 'Pemilu 2024'?")]
    public void Refuses_an_unknown_unit_or_election_with_the_builds_suggestion(string unit, string election, string message)
    {
        using var console = new ConsoleCapture();
        var code = NewCommand.Run(_site.Root, "Judul Baru", unit, [election], [], TestSite.Now);
        Assert.Equal(2, code);
        Assert.Contains("sitegen new: " + message, console.Error);
        Assert.Empty(console.Out);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "content/bulletins/2026")));

        // The build says the same about the same mistake in a file.
        _site.Write("content/bulletins/2024/salah.md", $"---\ntitle: Salah\nunit: {unit}\ndate: 2024-01-02\nelection: {election}\n---\nIsi.\n");
        var words = message.Split(": ", 2)[1];
        Assert.Contains(_site.Build().Diagnostics, d => d.Path == "content/bulletins/2024/salah.md" && d.Message.StartsWith(words, StringComparison.Ordinal));
    }

    [Fact]
    public void Never_overwrites_an_existing_file()
    {
        const string path = "content/bulletins/2026/buletin-yang-sudah-ada.md";
        _site.Write(path, "teks milik penulis\n");
        using var console = new ConsoleCapture();
        var code = NewCommand.Run(_site.Root, "Buletin Yang Sudah Ada", "Polres Blitar", ["Pemilu 2024"], [], TestSite.Now);
        Assert.Equal(2, code);
        Assert.Contains($"{path} already exists and was left as it was", console.Error);
        Assert.Equal("teks milik penulis\n", File.ReadAllText(Path.Combine(_site.Root, path)));
    }

    [Fact]
    public void A_title_without_letters_and_a_broken_units_file_are_refused()
    {
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(2, NewCommand.Run(_site.Root, "!!!", "Polres Blitar", ["Pemilu 2024"], [], TestSite.Now));
            Assert.Contains("sitegen new: title: the title needs letters or digits", console.Error);
        }
        _site.Write("content/units.yaml", "name: bukan daftar\n");
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(1, NewCommand.Run(_site.Root, "Judul", "Polres Blitar", ["Pemilu 2024"], [], TestSite.Now));
            Assert.Contains("content/units.yaml:1:1: error SG0110", console.Error);
        }
    }

    [SkippableFact]
    public void Never_writes_through_a_linked_folder_out_of_content()
    {
        using var outside = new TempFolder();
        Links.ToFolder(Path.Combine(_site.Root, "content", "bulletins", "2026"), outside.Path);
        using var console = new ConsoleCapture();
        var code = NewCommand.Run(_site.Root, "Apel Siaga", "Polres Blitar", ["Pemilu 2024"], [], TestSite.Now);
        Assert.Equal(1, code);
        Assert.Contains("content/bulletins/2026/apel-siaga.md:1:1: error SG0210: this file leads through a link to", console.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Path));
    }

    [Fact]
    public void A_long_title_gives_the_whole_file_name_and_one_too_long_for_an_address_is_refused_not_cut()
    {
        const string title = "Polres Blitar Gelar Sosialisasi Pencegahan Politik Uang dan Netralitas Aparat Jelang Pilkada Serentak di Kecamatan Wonodadi";
        var plan = NewBulletin.Plan(_site.Root, title, "Polres Blitar", ["Pemilu 2024"], [], TestSite.Now, new DiagnosticBag());
        Assert.Equal("content/bulletins/2026/polres-blitar-gelar-sosialisasi-pencegahan-politik-uang-dan-netralitas-aparat-jelang-pilkada-serentak-di-kecamatan-wonodadi.md", plan!.Value.Path);

        using var console = new ConsoleCapture();
        Assert.Equal(2, NewCommand.Run(_site.Root, string.Join(' ', Enumerable.Repeat("Pengamanan", 20)), "Polres Blitar", ["Pemilu 2024"], [], TestSite.Now));
        Assert.Contains("sitegen new: title: this title makes a file name and web address of 219 characters, more than 200; give a shorter title", console.Error);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "content/bulletins/2026")));
    }

    [Fact]
    public void A_unit_or_election_written_in_other_letter_case_is_written_as_listed()
    {
        var diagnostics = new DiagnosticBag();
        var plan = NewBulletin.Plan(_site.Root, "Apel", "polres blitar", ["PEMILU 2024"], [], TestSite.Now, diagnostics);
        Assert.Contains("\nunit: Polres Blitar\n", plan!.Value.Text);
        Assert.Contains("\nelection: Pemilu 2024\n", plan.Value.Text);
        Assert.All(diagnostics.ToSortedList(), d => Assert.False(d.IsError));
    }

    [Fact]
    public void The_only_unit_and_the_only_election_of_a_site_need_not_be_typed()
    {
        using var office = new TestSite("""
            -- content/units.yaml --
            - name: Polres Blitar
              polda: Polda Jawa Timur
              region: Kabupaten Blitar
            -- content/elections.yaml --
            - name: Pemilu 2029
              kind: pemilu
              voting_day: 2029-02-14
            """);
        var diagnostics = new DiagnosticBag();
        var plan = NewBulletin.Plan(office.Root, "Apel", null, [], [], TestSite.Now, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Contains("\nunit: Polres Blitar\n", plan!.Value.Text);
        Assert.Contains("\nelection: Pemilu 2029\n", plan.Value.Text);
    }

    [Fact]
    public void Without_a_unit_or_election_on_a_site_of_several_the_names_to_choose_from_are_given()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(NewBulletin.Plan(_site.Root, "Apel", null, [], [], TestSite.Now, diagnostics));
        var messages = diagnostics.ToSortedList().Select(d => d.Message).ToArray();
        Assert.Contains("name the unit with --unit, one of: \"Polres Blitar\", \"Polres Malang\", \"Polresta Kendari\"", messages);
        Assert.Contains(messages, m => m.StartsWith("name the election with --election, one of: \"", StringComparison.Ordinal) && m.Contains("\"Pemilu 2024\""));
    }
}
