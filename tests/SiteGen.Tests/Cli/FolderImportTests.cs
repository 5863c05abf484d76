using SiteGen.Tests.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary><c>sitegen import DIR</c>: a folder of last year's releases, in every shape offices keep, each written or refused on its own.</summary>
public sealed class FolderImportTests
{
    /// <summary>A folder as a Humas office keeps it: text, Markdown, WhatsApp, Word, a saved page, a PDF, a copy of one release, a damaged file, a photo, one with doubts.</summary>
    private static string MakeFolder(string root)
    {
        var folder = Path.Combine(root, "arsip-2024");
        Directory.CreateDirectory(Path.Combine(folder, "november"));
        foreach (var name in new[] { "berita-fgd-blitar.txt", "chat-pilkades-pasuruan.txt", "rilis-kendari.md", "dua-satuan.txt" })
            File.Copy(ImportTestSite.Fixture(name), Path.Combine(folder, name));
        File.Copy(ImportTestSite.Fixture("wa-kendari-logistik.txt"), Path.Combine(folder, "november", "wa-kendari-logistik.txt"));
        File.WriteAllBytes(Path.Combine(folder, "november", "siaran-pers-malang.docx"), OfficialReleases.MalangDocx());
        // The same release kept twice, as offices do ("… (1).docx"): its text is recognised and it is not written again.
        File.WriteAllBytes(Path.Combine(folder, "november", "siaran-pers-malang (1).docx"), OfficialReleases.MalangDocx());
        File.WriteAllBytes(Path.Combine(folder, "rusak.docx"), "PK\u0003\u0004 bukan dokumen"u8.ToArray());
        File.WriteAllBytes(Path.Combine(folder, "foto-apel.jpg"), TestImages.Make(40, 30));
        foreach (var name in ShapeFiles.Names.Where(n => n.EndsWith(".html", StringComparison.Ordinal) || n.EndsWith(".pdf", StringComparison.Ordinal)))
            File.WriteAllBytes(Path.Combine(folder, name), ShapeFiles.Bytes(name));
        return folder;
    }

    /// <summary>The releases of the folder that make bulletins: four text files, the Word release once, and the saved page and PDF.</summary>
    private static int Written => 5 + ShapeFiles.Names.Count(n => n.EndsWith(".html", StringComparison.Ordinal) || n.EndsWith(".pdf", StringComparison.Ordinal));

    [Fact]
    public void Each_release_is_written_or_refused_on_its_own_and_a_table_says_which_and_why()
    {
        using var site = new ImportTestSite();
        var folder = MakeFolder(site.Root);
        var run = CliRunner.Sitegen(site.Root, "import", folder);
        Assert.Equal(1, run.ExitCode);
        var error = run.Error.Replace("\r\n", "\n");
        var table = error[error.LastIndexOf("file ", StringComparison.Ordinal)..];
        Assert.Matches(@"arsip-2024/berita-fgd-blitar\.txt +written +content/bulletins/2024/polres-blitar-ajak-bawaslu", table);
        Assert.Matches(@"arsip-2024/dua-satuan\.txt +not written +pass --unit and --date", table);
        Assert.Matches(@"arsip-2024/rusak\.docx +not written +'rusak\.docx' is not a Word document", table);
        Assert.Matches(@"arsip-2024/foto-apel\.jpg +not a release", table);
        Assert.Matches(@"siaran-pers-malang \(1\)\.docx +written +content/bulletins/2024/polres-malang-gelar-simulasi", table);
        Assert.Matches(@"siaran-pers-malang\.docx +already imported +same text as .*siaran-pers-malang \(1\)\.docx", table);
        var written = Written;
        Assert.EndsWith($"{written} written, 1 already imported, 2 not written\n", table);
        Assert.Equal(written, Directory.GetFiles(Path.Combine(site.Root, "content", "bulletins"), "*.md", SearchOption.AllDirectories).Length);
        Assert.Equal(0, CliRunner.Sitegen(site.Root, "build").ExitCode);

        // Imported again, nothing is written twice: every release already written is recognised by its text.
        var again = CliRunner.Sitegen(site.Root, "import", folder);
        Assert.EndsWith($"0 written, {written + 1} already imported, 2 not written\n", again.Error.Replace("\r\n", "\n"));
        Assert.Contains("not written: the same text is already in content/bulletins/2024/polres-blitar-ajak-bawaslu", again.Error);
        Assert.Equal(written, Directory.GetFiles(Path.Combine(site.Root, "content", "bulletins"), "*.md", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Dry_run_writes_nothing_and_still_tells_the_copy_from_the_first()
    {
        using var site = new ImportTestSite();
        var folder = MakeFolder(site.Root);
        var run = CliRunner.Sitegen(site.Root, "import", folder, "--dry-run");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"siaran-pers-malang\.docx +already imported +same text as arsip-2024/november/siaran-pers-malang \(1\)\.docx", run.Error);
        Assert.EndsWith($"dry run: {Written} would be written, 1 already imported, 2 would not be written; nothing was written\n", run.Error.Replace("\r\n", "\n"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "bulletins")));
    }

    [Fact]
    public void A_release_imported_before_is_recognised_alone_too()
    {
        using var site = new ImportTestSite();
        var release = ImportTestSite.Fixture("rilis-kendari.md");
        Assert.Equal(0, CliRunner.Sitegen(site.Root, "import", release).ExitCode);
        var again = CliRunner.Sitegen(site.Root, "import", release, "--slug", "rakor-kendari");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("not written: the same text is already in content/bulletins/2024/polresta-kendari-gelar-rakor-pengamanan-tahapan-pilkada-2024.md; nothing to do", again.Error);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/bulletins/2024/rakor-kendari.md")));
    }

    [Theory]
    [InlineData("--title", "Judul")]
    [InlineData("--slug", "judul")]
    public void Options_that_name_one_release_are_wrong_usage_for_a_folder(string option, string value)
    {
        using var site = new ImportTestSite();
        var run = CliRunner.Sitegen(site.Root, "import", MakeFolder(site.Root), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} names one release; import the files one by one to pass it", run.Error);
    }

    [Fact]
    public void Messages_are_Indonesian_by_default()
    {
        using var site = new ImportTestSite();
        var run = CliRunner.Sitegen(site.Root, new Dictionary<string, string> { ["SITEGEN_LANG"] = "" }, "import", MakeFolder(site.Root), "--dry-run");
        Assert.Contains("berkas", run.Error);
        Assert.Contains("akan ditulis", run.Error);
        Assert.Contains("uji coba: ", run.Error);
        Assert.Contains("tidak ditulis: unit dan date tidak dapat ditentukan dari teks; tulis --unit dan --date", run.Error);
    }
}
