using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>The output folder is replaced whole by a good build and left exactly as it was by a failed one.</summary>
public sealed class StagedWriterTests
{
    private const string Site = """
        -- content/bulletins/a.md --
        ---
        title: Pertama
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        ---
        Isi.
        -- content/bulletins/b.md --
        ---
        title: Kedua
        unit: Polres Blitar
        date: 2024-09-21
        election: Pemilu 2024
        ---
        Isi.
        """;

    [Fact]
    public void A_good_build_replaces_the_output_whole_so_deleted_bulletins_leave_no_page()
    {
        using var site = new TestSite(Site);
        Assert.False(SiteBuilder.BuildAndWrite(site.Options()).HasErrors);
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, "2024/09/b/index.html")));

        File.Delete(Path.Combine(site.Root, "content/bulletins/b.md"));
        Assert.False(SiteBuilder.BuildAndWrite(site.Options()).HasErrors);
        Assert.False(Directory.Exists(Path.Combine(site.OutputRoot, "2024/09/b")));
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, "2024/09/a/index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void The_verbose_write_timing_says_how_the_site_was_put_in_place_on_the_first_build_and_on_later_ones()
    {
        using var site = new TestSite(Site);
        var first = SiteBuilder.BuildAndWrite(site.Options()).Timings.Single(t => t.Phase == "write").Detail;
        Assert.Contains("moved into place in", first);
        var second = SiteBuilder.BuildAndWrite(site.Options()).Timings.Single(t => t.Phase == "write").Detail;
        Assert.Contains("site updated in place: 0 new or changed files moved in, 0 files no longer made removed", second);
        var whole = SiteBuilder.BuildAndWrite(site.Options(o => o with { ReuseLastBuild = false })).Timings.Single(t => t.Phase == "write").Detail;
        Assert.Contains("previous site removed in", whole);
    }

    [Theory]
    [InlineData("../luar.txt")]
    [InlineData("a/../../luar.txt")]
    [InlineData("/tmp/luar.txt")]
    [InlineData("a\\..\\..\\luar.txt")]
    public void A_file_whose_path_leads_outside_the_site_is_never_written_and_the_output_stays(string path)
    {
        using var site = new TestSite(Site);
        Assert.False(SiteBuilder.BuildAndWrite(site.Options()).HasErrors);
        var before = Snapshot(site.OutputRoot);
        var diagnostics = new SiteGen.Diagnostics.DiagnosticBag();
        using (var staging = SiteGen.Output.StagingFolder.Create(site.OutputRoot, diagnostics)!)
        {
            staging.Add(new SiteGen.Output.OutputFile("index.html", "<p>baru</p>"u8.ToArray()));
            staging.Add(new SiteGen.Output.OutputFile(path, "di luar"u8.ToArray()));
            Assert.False(staging.Commit(diagnostics));
        }
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == "SG0501" && d.Message.Contains("luar.txt", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(site.Root, "luar.txt")));
        Assert.False(File.Exists("/tmp/luar.txt"));
        Assert.Equal(before, Snapshot(site.OutputRoot));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var site = new TestSite(Site);
        Assert.False(SiteBuilder.BuildAndWrite(site.Options()).HasErrors);
        var before = Snapshot(site.OutputRoot);

        File.WriteAllText(Path.Combine(site.Root, "content/bulletins/b.md"), "---\ntitle: Rusak\nunit: Polres Tidak Ada\ndate: 2024-09-21\nelection: Pemilu 2024\n---\nIsi.\n");
        var result = SiteBuilder.BuildAndWrite(site.Options());
        Assert.True(result.HasErrors);
        Assert.Equal(before, Snapshot(site.OutputRoot));
    }

    [Fact]
    public void Strict_build_with_warnings_writes_nothing()
    {
        using var site = new TestSite(Site.Replace("title: Kedua", "title: Kedua\ncatatan: Aula"));
        var result = SiteBuilder.BuildAndWrite(site.Options(o => o with { Strict = true }));
        Assert.Equal(1, result.WarningCount);
        Assert.False(Directory.Exists(site.OutputRoot));
    }

    [Fact]
    public void A_folder_that_sitegen_did_not_make_is_never_replaced()
    {
        using var site = new TestSite(Site);
        var foreign = Path.Combine(site.Root, "mine");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "precious.txt"), "keep me");

        var result = SiteBuilder.BuildAndWrite(site.Options(o => o with { OutputRoot = foreign }));
        Assert.Contains(result.Diagnostics, d => d.Code == "SG0004");
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(foreign, "precious.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(foreign));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/bulletins")]
    [InlineData("/")]
    [InlineData("themes")]
    [InlineData("themes/default")]
    public void Output_into_the_sources_or_the_root_is_refused(string output)
    {
        using var site = new TestSite(Site);
        var target = output == "/" ? "/" : Path.Combine(site.Root, output);
        var before = Snapshot(site.Root);
        var result = SiteBuilder.BuildAndWrite(site.Options(o => o with { OutputRoot = target }));
        Assert.Contains(result.Diagnostics, d => d.Code == "SG0004");
        Assert.Equal(before, Snapshot(site.Root));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Output_into_the_home_folder_is_refused_even_through_a_link(bool throughLink)
    {
        // An empty home of its own, so only the home rule can refuse it (a real home holds files, which refuses it anyway).
        using var home = new TempFolder();
        using var site = new TestSite(Site);
        var output = home.Path;
        if (throughLink)
        {
            output = Path.Combine(site.Root, "public");
            Directory.CreateSymbolicLink(output, home.Path);
        }
        var run = Cli.CliRunner.Sitegen(site.Root, new Dictionary<string, string> { ["HOME"] = home.Path }, "build", "--output", output);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SG0004: refusing to write the site to", run.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(home.Path));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(home.Path)!, ".output.*"));
    }

    [Fact]
    public void An_output_that_is_a_link_fills_the_folder_it_leads_to_and_stays_a_link()
    {
        // A deployment links the web server's folder to the build's output: each build must show through the link.
        using var site = new TestSite(Site);
        using var server = new TempFolder();
        var output = Path.Combine(site.Root, "public");
        Directory.CreateSymbolicLink(output, Path.Combine(server.Path, "www"));
        for (var build = 0; build < 2; build++)
        {
            if (build == 1) site.Write("content/bulletins/a.md", File.ReadAllText(Path.Combine(site.Root, "content/bulletins/a.md")).Replace("Isi.", "Isi diubah."));
            Assert.False(SiteBuilder.BuildAndWrite(site.Options(o => o with { OutputRoot = output })).HasErrors);
            Assert.NotNull(new DirectoryInfo(output).LinkTarget);
            Assert.True(File.Exists(Path.Combine(server.Path, "www", "index.html")));
        }
        var page = Directory.EnumerateFiles(Path.Combine(server.Path, "www"), "index.html", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains("<h1>Pertama</h1>", StringComparison.Ordinal));
        Assert.Contains("Isi diubah.", File.ReadAllText(page));
        // Nothing is left beside the link or the folder but the lock.
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".public.*"));
        Assert.Equal(["www"], Directory.EnumerateDirectories(server.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Folders_beside_the_output_named_like_sitegens_but_not_made_by_it_are_left_alone_with_a_warning()
    {
        using var site = new TestSite(Site);
        foreach (var name in new[] { ".output.old-arsip", ".output.staging-catatan" })
            site.Write(Path.Combine(name, "penting.txt"), "milik penulis");

        var result = SiteBuilder.BuildAndWrite(site.Options());
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        foreach (var name in new[] { ".output.old-arsip", ".output.staging-catatan" })
        {
            Assert.Equal("milik penulis", File.ReadAllText(Path.Combine(site.Root, name, "penting.txt")));
            var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains(name, StringComparison.Ordinal));
            Assert.Equal("SG0004", warning.Code);
            Assert.Contains("it has no .sitegen-output, so SiteGen did not make it; rename it, or delete it if it is not needed", warning.Message);
        }
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, "index.html")));
    }

    [Fact]
    public void A_staging_folder_carries_the_marker_from_the_start_so_a_killed_builds_leftover_is_removed()
    {
        using var site = new TestSite(Site);
        using (var staging = SiteGen.Output.StagingFolder.Create(site.OutputRoot, new SiteGen.Diagnostics.DiagnosticBag()))
        {
            Assert.NotNull(staging);
            // What a build killed now would leave: its folder as it is (copied, since this one is removed when disposed).
            var made = Assert.Single(Directory.GetDirectories(site.Root, ".output.staging-*"));
            Assert.True(File.Exists(Path.Combine(made, ".sitegen-output")));
            var leftover = Path.Combine(site.Root, ".output.staging-99-terbunuh");
            Directory.CreateDirectory(leftover);
            foreach (var file in Directory.GetFiles(made)) File.Copy(file, Path.Combine(leftover, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(leftover, "setengah.html"), "<p>setengah");
        }

        var result = SiteBuilder.BuildAndWrite(site.Options());
        Assert.Empty(result.Diagnostics);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
        // The marker published with the site says what the folder is.
        Assert.StartsWith("This folder is written by 'sitegen build' and replaced whole on every build.", File.ReadAllText(Path.Combine(site.OutputRoot, ".sitegen-output")));
    }

    [SkippableFact]
    public void A_leftover_that_is_a_link_is_not_followed()
    {
        using var elsewhere = new TempFolder();
        elsewhere.Write(".sitegen-output", "");
        elsewhere.Write("sub/penting.txt", "milik orang lain");
        using var site = new TestSite(Site);
        Links.ToFolder(Path.Combine(site.Root, ".output.old-tautan"), elsewhere.Path);

        var result = SiteBuilder.BuildAndWrite(site.Options());
        Assert.False(result.HasErrors);
        Assert.Equal("milik orang lain", File.ReadAllText(elsewhere.Combine("sub", "penting.txt")));
        Assert.Contains(result.Diagnostics, d => d.Code == "SG0004" && d.Message.Contains("it is a link, which SiteGen never makes", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_lock_file_that_is_a_link_is_refused_and_nothing_is_made_where_it_leads()
    {
        using var elsewhere = new TempFolder();
        using var site = new TestSite(Site);
        Links.ToFile(Path.Combine(site.Root, ".output.lock"), elsewhere.Combine("dibuat-oleh-build"));

        var result = SiteBuilder.BuildAndWrite(site.Options());
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SG0004", error.Code);
        Assert.Contains(".output.lock is a link, but SiteGen makes that file itself", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
        Assert.False(Directory.Exists(site.OutputRoot));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
