using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The <c>sitegen build</c> command as CI and writers use it: exit codes, messages and annotations.</summary>
public sealed class BuildCommandTests
{
    private const string GoodSite = """
        -- content/bulletins/a.md --
        ---
        title: Pertama
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        ---
        Isi.
        """;

    [Fact]
    public void Successful_build_exits_0_and_says_what_it_wrote()
    {
        using var site = new TestSite(GoodSite);
        var run = CliRunner.Sitegen(site.Root, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("built ", run.Error);
        Assert.Contains("(1 bulletins) into output/", run.Error);
        Assert.True(File.Exists(Path.Combine(site.Root, "output", "2024", "09", "a", "index.html")));
    }

    [Fact]
    public void Changes_prints_how_many_files_were_added_changed_and_removed_in_indonesian_by_default()
    {
        using var site = new TestSite(GoodSite);
        var indonesian = new Dictionary<string, string> { ["SITEGEN_LANG"] = "" };
        var first = CliRunner.Sitegen(site.Root, indonesian, "build", "--changes", ".sitegen/perubahan.txt");
        Assert.Equal(0, first.ExitCode);
        var listed = File.ReadAllLines(Path.Combine(site.Root, ".sitegen/perubahan.txt")).Length;
        Assert.Contains($"berubah: {listed} ditambah, 0 diubah, 0 dihapus; daftarnya di .sitegen/perubahan.txt\n", first.Error);

        site.Write("content/bulletins/a.md", File.ReadAllText(Path.Combine(site.Root, "content/bulletins/a.md")).Replace("Isi.", "Isi baru."));
        var second = CliRunner.Sitegen(site.Root, "build", "--changes", ".sitegen/perubahan.txt");
        var lines = File.ReadAllLines(Path.Combine(site.Root, ".sitegen/perubahan.txt"));
        Assert.Contains($"changes: {lines.Count(l => l[0] == 'A')} added, {lines.Count(l => l[0] == 'M')} changed, {lines.Count(l => l[0] == 'D')} removed; listed in .sitegen/perubahan.txt\n", second.Error);
        Assert.Contains("M 2024/09/a/index.html", lines);

        Assert.DoesNotContain("changes:", CliRunner.Sitegen(site.Root, "build").Error);
    }

    [Fact]
    public void Content_errors_exit_1_with_every_diagnostic_and_a_summary()
    {
        using var site = new TestSite(GoodSite + "\n" + """
            -- content/bulletins/b.md --
            ---
            title: Kedua
            unit: Polres Blitarr
            date: 2024-13-01
            election: Pemilu 2024
            ---
            Isi.
            """);
        var run = CliRunner.Sitegen(site.Root, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/bulletins/b.md:3:7: error SG0206: unknown unit 'Polres Blitarr'; did you mean 'Polres Blitar'?", run.Error);
        Assert.Contains("content/bulletins/b.md:4:7: error SG0205:", run.Error);
        Assert.Contains("build failed: 2 errors, 0 warnings; output/ was left unchanged", run.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public void A_folder_without_sitegen_yaml_exits_1_saying_to_create_it_or_pass_source()
    {
        // A site whose settings file is missing, or a build run from the wrong folder.
        using var site = new TestSite(GoodSite
            + "\n-- content/units.yaml --\n" + TestSite.DefaultUnits
            + "\n-- content/elections.yaml --\n" + TestSite.DefaultElections, withDefaults: false);
        var run = CliRunner.Sitegen(site.Root, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "sitegen.yaml:1:1: error SG0001: sitegen.yaml was not found in the source folder; create it (at least 'title:' and 'base_url:') or pass --source with the site's folder",
                "build failed: 1 error, 0 warnings; output/ was left unchanged",
            ],
            run.Error.TrimEnd().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public void Strict_turns_warnings_into_exit_1()
    {
        using var site = new TestSite(GoodSite.Replace("title: Pertama", "title: Pertama\ntagz: patroli"));
        Assert.Equal(0, CliRunner.Sitegen(site.Root, "build").ExitCode);
        var strict = CliRunner.Sitegen(site.Root, "build", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("warning SG0203: unknown front-matter key 'tagz' is ignored; did you mean 'tags'?", strict.Error);
        Assert.Contains("--strict treats warnings as errors", strict.Error);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("bild")]
    [InlineData("build", "--source")]
    [InlineData("build", "--source", "/no/such/folder")]
    public void Wrong_usage_exits_2(params string[] args)
    {
        using var site = new TestSite(GoodSite);
        var run = CliRunner.Sitegen(site.Root, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sitegen", run.Error);
    }

    [Fact]
    public void Under_github_actions_errors_are_also_annotations_on_the_right_line()
    {
        using var site = new TestSite(GoodSite.Replace("unit: Polres Blitar", "unit: Polres Blitarr"));
        var run = CliRunner.Sitegen(site.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = site.Root }, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=content/bulletins/a.md,line=3,col=7,title=SG0206::unknown unit 'Polres Blitarr'; did you mean 'Polres Blitar'?", run.Out);
    }

    [Fact]
    public void Options_override_the_source_output_and_base_url()
    {
        using var site = new TestSite(GoodSite);
        using var elsewhere = new TempFolder();
        var output = elsewhere.Combine("public");
        var run = CliRunner.Sitegen(elsewhere.Path, "build", "--source", site.Root, "--output", output, "--base-url", "https://example.org/buletin/");
        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(Path.Combine(output, "2024", "09", "a", "index.html"));
        Assert.Contains("href=\"/buletin/satuan/polres-blitar/\"", html);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/buletin/2024/09/a/\">", html);
    }

    [Fact]
    public void A_damaged_cache_file_is_a_note_in_indonesian_and_no_cache_makes_every_page_again()
    {
        using var site = new TestSite(GoodSite);
        var env = new Dictionary<string, string> { ["SITEGEN_LANG"] = "id" };
        Assert.Equal(0, CliRunner.Sitegen(site.Root, env, "build").ExitCode);
        var records = Path.Combine(site.Root, ".sitegen", "cache", "pages.bin");
        File.WriteAllText(records, "bukan catatan");

        var run = CliRunner.Sitegen(site.Root, env, "build", "--verbose");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Berkas cache build .sitegen/cache/pages.bin rusak, jadi diabaikan", run.Error);
        Assert.Contains("Tidak perlu tindakan apa pun.", run.Error);

        var again = CliRunner.Sitegen(site.Root, env, "build", "--verbose");
        Assert.DoesNotContain("rusak", again.Error);
        Assert.Matches(@"\b0 dari \d+ halaman dibangun", again.Error);
        var fresh = CliRunner.Sitegen(site.Root, env, "build", "--verbose", "--no-cache");
        Assert.DoesNotMatch(@"\b0 dari \d+ halaman dibangun", fresh.Error);
    }

    [Fact]
    public void A_cache_committed_to_git_is_not_used_and_the_note_says_how_to_take_it_out()
    {
        using var site = new TestSite(GoodSite);
        var env = new Dictionary<string, string> { ["SITEGEN_LANG"] = "id" };
        Assert.Equal(0, CliRunner.Sitegen(site.Root, env, "build").ExitCode);
        ShellRunner.Ok("git", site.Root, null, "init", "-q");
        var clean = CliRunner.Sitegen(site.Root, env, "build", "--verbose");
        Assert.DoesNotContain("tersimpan di git", clean.Error);
        Assert.Matches(@"\b0 dari \d+ halaman dibangun", clean.Error);

        ShellRunner.Ok("git", site.Root, null, "add", "-f", ".sitegen");
        var committed = CliRunner.Sitegen(site.Root, env, "build", "--verbose");
        Assert.Equal(0, committed.ExitCode);
        Assert.Contains("Folder .sitegen atau folder situs (output) tersimpan di git, jadi cache build tidak dipakai", committed.Error);
        Assert.Contains("git rm -r --cached .sitegen output", committed.Error);
        Assert.DoesNotMatch(@"\b0 dari \d+ halaman dibangun", committed.Error);
    }

    [Fact]
    public void Help_lists_the_build_command_and_exits_0()
    {
        using var site = new TestSite(GoodSite);
        var run = CliRunner.Sitegen(site.Root, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("build", run.Out);
    }
}
