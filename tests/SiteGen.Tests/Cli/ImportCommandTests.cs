using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The <c>sitegen import</c> command as a writer uses it: what it prints, what it writes, and its exit codes.</summary>
public sealed class ImportCommandTests
{
    private static string Fixture(string name) => ImportTestSite.Fixture(name);

    [Fact]
    public void Writes_the_bulletin_says_what_it_guessed_from_which_words_and_exits_0()
    {
        using var site = new ImportTestSite();
        var run = CliRunner.Sitegen(site.Root, "import", Fixture("chat-pilkades-pasuruan.txt"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  unit: Polres Pasuruan — from 'Kapolres Pasuruan' in the dateline", run.Error);
        Assert.Contains("  date: 2023-07-16 — from 'Minggu (16/7)' in the dateline", run.Error);
        Assert.Contains("  election: Pilkades Serentak 2023 — from", run.Error);
        Assert.Contains("  left out: closing code 'Ml-01/ham'", run.Error);
        const string path = "content/bulletins/2023/ratusan-personel-gabungan-amankan-pilkada-serentak-di-24-desa-kabupaten-pasuruan.md";
        Assert.EndsWith($"wrote {path}\n", run.Error.Replace("\r\n", "\n"));
        Assert.True(File.Exists(Path.Combine(site.Root, path)));
        Assert.Equal("", run.Out);
        Assert.Equal(0, CliRunner.Sitegen(site.Root, "build").ExitCode);
    }

    [Fact]
    public void Without_a_language_chosen_the_guesses_doubts_and_left_out_lines_are_in_Indonesian()
    {
        using var site = new ImportTestSite();
        var indonesian = new Dictionary<string, string> { ["SITEGEN_LANG"] = "" };
        var guessed = CliRunner.Sitegen(site.Root, indonesian, "import", Fixture("chat-pilkades-pasuruan.txt"), "--dry-run");
        var doubted = CliRunner.Sitegen(site.Root, indonesian, "import", Fixture("dua-satuan.txt"), "--dry-run");
        var paged = CliRunner.Sitegen(site.Root, indonesian, "import", Fixture("halaman-sleman-patroli.html"), "--dry-run");
        Assert.Contains("  unit: Polres Pasuruan — dari 'Kapolres Pasuruan' di awal berita (tempat kejadian)", guessed.Error);
        Assert.Contains("  author: Humas Polres Pasuruan — dari Humas satuan, karena teks tidak menyebut penulis", guessed.Error);
        Assert.Contains("dibuang: kode penutup 'Ml-01/ham'", guessed.Error);
        Assert.Contains("baris 'Baca Juga' 'Baca Juga: Apel Siaga", paged.Error);
        Assert.Contains("dua satuan sama seringnya disebut: Polres Blitar, Polres Malang — tambahkan --unit", doubted.Error);
        Assert.Contains("tidak ada tanggal di teks — tambahkan --date YYYY-MM-DD", doubted.Error);
        foreach (var english in new[] { "guessed", " from ", "pass --", " the ", " in the ", "named", "closing code", "paragraph", "words", "given with", "line" })
        {
            Assert.DoesNotContain(english, guessed.Error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(english, doubted.Error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(english, paged.Error, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var site = new ImportTestSite();
        Assert.Equal(0, CliRunner.Sitegen(site.Root, "import", Fixture("malang-selasa.txt")).ExitCode);
        var path = Path.Combine(site.Root, "content/bulletins/2024/polres-malang-latih-ratusan-personel-pengamanan-tps-pilkada-2024.md");
        File.WriteAllText(path, File.ReadAllText(path) + "\nDisunting penulis.\n");
        var again = CliRunner.Sitegen(site.Root, "import", Fixture("malang-selasa.txt"));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("not written: content/bulletins/2024/polres-malang-latih-ratusan-personel-pengamanan-tps-pilkada-2024.md already exists", again.Error);
        Assert.EndsWith("Disunting penulis.\n", File.ReadAllText(path));
        Assert.Equal(0, CliRunner.Sitegen(site.Root, "import", Fixture("malang-selasa.txt"), "--slug", "pelatihan-tps-malang").ExitCode);
    }

    [Fact]
    public void Uncertain_required_guesses_refuse_with_1_and_name_the_options_which_then_work()
    {
        using var site = new ImportTestSite();
        var refused = CliRunner.Sitegen(site.Root, "import", Fixture("dua-satuan.txt"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("warning: two units are named equally often: Polres Blitar, Polres Malang — pass --unit", refused.Error);
        Assert.Contains("warning: no date found in the text — pass --date YYYY-MM-DD", refused.Error);
        Assert.Contains("not written: the unit and date could not be told from the text; pass --unit and --date", refused.Error);
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories));

        var given = CliRunner.Sitegen(site.Root, "import", Fixture("dua-satuan.txt"), "--unit", "Polres Blitar", "--date", "2024-11-20");
        Assert.Equal(0, given.ExitCode);
        Assert.Contains("  unit: Polres Blitar — from given with --unit", given.Error);
    }

    [Fact]
    public void A_Word_release_s_three_photos_are_written_with_the_bulletin_all_together_or_none()
    {
        using var site = new ImportTestSite();
        var release = Path.Combine(site.Root, "rilis-fgd.docx");
        File.WriteAllBytes(release, Import.DocxReaderTests.MakeThreePhotoRelease(TestImages.Make(1200, 800), TestImages.Make(900, 600), TestImages.Make(800, 600)));
        const string bulletin = "content/bulletins/2024/polres-blitar-gelar-fgd-netralitas-polri-jelang-pilkada-serentak-2024";
        var taken = Path.Combine(site.Root, bulletin + "-3.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(taken)!);
        File.WriteAllBytes(taken, [1, 2, 3]);

        var refused = CliRunner.Sitegen(site.Root, "import", release);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{bulletin}-3.jpg already exists", refused.Error);
        Assert.Equal([taken], Directory.GetFiles(Path.Combine(site.Root, "content/bulletins/2024")));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(taken));

        File.Delete(taken);
        var run = CliRunner.Sitegen(site.Root, "import", release);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"wrote {bulletin}.md, {bulletin}.jpg, {bulletin}-2.jpg and {bulletin}-3.jpg", run.Error);
        var build = CliRunner.Sitegen(site.Root, "build");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("0 errors, 0 warnings", build.Error);
    }

    [Fact]
    public void A_Word_release_s_photo_is_written_next_to_the_bulletin_and_neither_is_written_when_one_exists()
    {
        using var site = new ImportTestSite();
        var release = Path.Combine(site.Root, "rilis-fgd.docx");
        File.WriteAllBytes(release, Import.DocxReaderTests.MakeRelease([(TestImages.Make(1200, 800), "Peserta FGD di Aula Polres Blitar")]));
        const string bulletin = "content/bulletins/2024/polres-blitar-gelar-fgd-netralitas-polri-jelang-pilkada-serentak-2024";

        var dry = CliRunner.Sitegen(site.Root, "import", release, "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains($"  image: polres-blitar-gelar-fgd-netralitas-polri-jelang-pilkada-serentak-2024.jpg — from the document's picture (1200×800)", dry.Error);
        Assert.Contains("  image_alt: Peserta FGD di Aula Polres Blitar — from the picture's alt text in the Word document", dry.Error);
        Assert.Contains($"dry run: would write {bulletin}.md and {bulletin}.jpg", dry.Error);
        Assert.False(File.Exists(Path.Combine(site.Root, bulletin + ".jpg")));

        var run = CliRunner.Sitegen(site.Root, "import", release);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"wrote {bulletin}.md and {bulletin}.jpg", run.Error);
        Assert.Equal(0, CliRunner.Sitegen(site.Root, "build").ExitCode);

        // The picture stays from before: the bulletin is not written either, and the picture is kept as it was.
        File.Delete(Path.Combine(site.Root, bulletin + ".md"));
        File.WriteAllBytes(Path.Combine(site.Root, bulletin + ".jpg"), TestImages.Make(300, 200));
        var again = CliRunner.Sitegen(site.Root, "import", release);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"not written: {bulletin}.jpg already exists; pass --slug NAME", again.Error);
        Assert.False(File.Exists(Path.Combine(site.Root, bulletin + ".md")));
        Assert.Equal(TestImages.Make(300, 200), File.ReadAllBytes(Path.Combine(site.Root, bulletin + ".jpg")));
    }

    [Fact]
    public void Dry_run_prints_the_file_and_writes_nothing()
    {
        using var site = new ImportTestSite();
        var run = CliRunner.Sitegen(site.Root, "import", Fixture("rilis-kendari.md"), "--dry-run");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("---\ntitle: Polresta Kendari Gelar Rakor Pengamanan Tahapan Pilkada 2024\nunit: Polresta Kendari\ndate: 2024-07-09\n", run.Out.Replace("\r\n", "\n"));
        Assert.Contains("dry run: would write content/bulletins/2024/polresta-kendari-gelar-rakor-pengamanan-tahapan-pilkada-2024.md", run.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "bulletins")));
    }

    [Fact]
    public void A_bulletin_that_would_not_build_is_refused_with_the_build_s_diagnostics()
    {
        using var site = new ImportTestSite("""
            -- content/bulletins/lama/polres-malang-latih-ratusan-personel-pengamanan-tps-pilkada-2024.md --
            ---
            title: Polres Malang Latih Ratusan Personel Pengamanan TPS Pilkada 2024
            unit: Polres Malang
            date: 2024-08-20
            election: Pilkada Serentak 2024
            ---
            Teks lama.
            """);
        var run = CliRunner.Sitegen(site.Root, "import", Fixture("malang-selasa.txt"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SG0301", run.Error);
        Assert.Contains("would not build", run.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "bulletins", "2024")));
    }

    [Fact]
    public void An_unknown_unit_option_is_wrong_usage_with_a_near_miss_hint()
    {
        using var site = new ImportTestSite();
        var run = CliRunner.Sitegen(site.Root, "import", Fixture("dua-satuan.txt"), "--unit", "Polres Blitarr", "--date", "2024-11-20");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown unit 'Polres Blitarr'; did you mean 'Polres Blitar'?", run.Error);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "tidak-ada.txt")]
    [InlineData("import", "@fixture", "--date", "20/09/2024")]
    [InlineData("import", "@fixture", "--slug", "Judul Baru")]
    [InlineData("import", "@fixture", "--no-such-option")]
    [InlineData("import", "@odt")]
    public void Wrong_usage_exits_2(params string[] args)
    {
        using var site = new ImportTestSite();
        File.WriteAllText(Path.Combine(site.Root, "rilis.odt"), "PK");
        var resolved = args.Select(a => a switch { "@fixture" => Fixture("malang-selasa.txt"), "@odt" => "rilis.odt", _ => a }).ToArray();
        var run = CliRunner.Sitegen(site.Root, resolved);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sitegen", run.Error);
    }

    [Fact]
    public void A_damaged_Word_file_is_refused_with_1_and_a_message_never_a_stack_trace()
    {
        using var site = new ImportTestSite();
        var release = Path.Combine(site.Root, "rilis.docx");
        // The picture's relationship names a file outside the package: reading it would have read /etc/passwd, or crashed.
        File.WriteAllBytes(release, Import.DocxPackage.Of(Import.DamagedDocxTests.Release())
            .Edit("word/_rels/document.xml.rels", rels => rels.Replace("Target=\"/media/image.jpg\"", "Target=\"../../../../etc/passwd\"", StringComparison.Ordinal))
            .ToBytes());
        var run = CliRunner.Sitegen(site.Root, "import", release);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("sitegen: not imported: 'rilis.docx' is not a Word document SiteGen can read (a relationship names '../../../../etc/passwd', outside the file); open it in Word and save it again as .docx\n",
            run.Error.Replace("\r\n", "\n"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "bulletins")));
    }

    [Fact]
    public void A_release_larger_than_the_limits_is_refused_with_1_naming_the_limit()
    {
        using var site = new ImportTestSite();
        var text = Path.Combine(site.Root, "rilis.txt");
        File.WriteAllText(text, string.Concat(Enumerable.Repeat("Polres Blitar mengamankan Pilkada Serentak 2024. ", 120_000)));
        var refused = CliRunner.Sitegen(site.Root, "import", text);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("sitegen: not imported: 'rilis.txt' is 5.6 MB, more than the 4 MB of text SiteGen imports", refused.Error);

        var word = Path.Combine(site.Root, "rilis.docx");
        File.WriteAllBytes(word, Import.DocxPackage.Of(Import.DamagedDocxTests.Release()).ToBytes(huge: "media/image.jpg", hugeSize: 512L * 1024 * 1024));
        var bomb = CliRunner.Sitegen(site.Root, "import", word);
        Assert.Equal(1, bomb.ExitCode);
        Assert.Contains("sitegen: not imported: 'rilis.docx' unpacks to 512 MB, more than the 256 MB SiteGen imports from a Word file", bomb.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "bulletins")));
    }
}
