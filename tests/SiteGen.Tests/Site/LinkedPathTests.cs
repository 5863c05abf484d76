using System.Text;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Symbolic links in a site cannot publish anything but the site's own content and theme: every file is judged by its
/// real path (every link on the way resolved), which must lie inside content/ (or the theme's folder), in no hidden
/// folder. A bulletin comes from many hands, and the build runs where the job's token and environment are.
/// </summary>
public sealed class LinkedPathTests
{
    private const string Secret = "RAHASIA-9d1f";

    /// <summary>A bulletin that publishes the file <c>lampiran.txt</c> beside it.</summary>
    private const string Publishing = """
        -- content/bulletins/2024/rapat.md --
        ---
        title: Rapat Koordinasi
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        ---
        Unduh [lampiran](lampiran.txt).
        """;

    private const string Attachment = "content/bulletins/2024/lampiran.txt";

    [SkippableFact]
    public void A_link_through_a_linked_folder_cannot_publish_the_builds_environment()
    {
        // The report's steps exactly: a hidden link to the root, and a link that passes through it to /proc.
        Skip.IfNot(OperatingSystem.IsLinux(), "/proc/self/environ is Linux's");
        using var site = new TestSite(Publishing.Replace("lampiran.txt", "env.txt"));
        Links.ToFolder(Path.Combine(site.Root, "content", ".x"), "/");
        Links.ToFile(Path.Combine(site.Root, "content", "bulletins", "2024", "env.txt"), "../../.x/proc/self/environ");

        var run = CliRunner.Sitegen(site.Root, new Dictionary<string, string> { ["SITEGEN_TEST_SECRET"] = Secret }, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/bulletins/2024/env.txt:1:1: error SG0210: this file leads through a link to /proc/", run.Error);
        Assert.Contains("outside content/", run.Error);
        Assert.Contains("copy the file into content/ instead of linking it", run.Error);
        Assert.False(Directory.Exists(site.OutputRoot));
    }

    [SkippableFact]
    public void A_link_through_a_linked_folder_to_a_file_outside_the_site_is_an_error_at_the_link()
    {
        using var outside = new TempFolder();
        outside.Write("rahasia.txt", Secret);
        using var site = new TestSite(Publishing);
        Links.ToFolder(Path.Combine(site.Root, "content", ".x"), outside.Path);
        Links.ToFile(Path.Combine(site.Root, Attachment), "../../.x/rahasia.txt");

        var error = Assert.Single(site.Build().Diagnostics.Where(d => d.IsError), e => e.Code == "SG0210");
        Assert.Equal(Attachment, error.Path);
        Assert.Contains("outside content/", error.Message);
        Assert.DoesNotContain(site.Result.Files, f => Encoding.UTF8.GetString(f.Bytes).Contains(Secret));
    }

    [SkippableTheory]
    [InlineData("../../../.git/config", ".git/config")]
    [InlineData("../../../catatan-rahasia.txt", "catatan-rahasia.txt")]
    [InlineData("../../../sitegen.yaml", "sitegen.yaml")]
    [InlineData("../../../themes/lain/rahasia.txt", "themes/lain/rahasia.txt")]
    public void A_file_of_the_site_outside_content_cannot_be_published(string target, string where)
    {
        // actions/checkout leaves the job's token in .git/config.
        using var site = new TestSite(Publishing + $"""

            -- .git/config --
            [http "https://github.com/"]
              extraheader = AUTHORIZATION: basic {Secret}
            -- catatan-rahasia.txt --
            {Secret}
            -- themes/lain/rahasia.txt --
            {Secret}
            """);
        Links.ToFile(Path.Combine(site.Root, Attachment), target);

        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal((Attachment, "SG0210"), (error.Path, error.Code));
        Assert.Contains($"this file leads through a link to {where}, outside content/", error.Message);
        Assert.Empty(site.Result.Files);
    }

    [SkippableFact]
    public void A_link_into_a_hidden_folder_inside_content_is_refused()
    {
        // content/ checked out on its own (actions/checkout with path: content) has its own .git with the token.
        using var site = new TestSite(Publishing + $"""

            -- content/.git/config --
            extraheader = AUTHORIZATION: basic {Secret}
            """);
        Links.ToFile(Path.Combine(site.Root, Attachment), "../../.git/config");

        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal((Attachment, "SG0210"), (error.Path, error.Code));
        Assert.Contains("into the hidden folder '.git'", error.Message);
    }

    [SkippableFact]
    public void A_link_to_another_file_of_content_is_published_also_when_the_site_is_reached_through_a_link()
    {
        using var site = new TestSite(Publishing + """

            -- content/lampiran/daftar-hadir.txt --
            Daftar hadir rapat.
            """);
        Links.ToFile(Path.Combine(site.Root, Attachment), "../../lampiran/daftar-hadir.txt");
        // As /tmp is /private/tmp on macOS: the site's own folder may be a link, and what lies below it is judged.
        using var elsewhere = new TempFolder();
        var linkedSite = Path.Combine(elsewhere.Path, "situs");
        Links.ToFolder(linkedSite, site.Root);

        var result = SiteBuilder.Build(site.Options(o => o with { SourceRoot = linkedSite }));
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var file = Assert.Single(result.Files, f => f.Path == "2024/09/rapat/lampiran.txt");
        Assert.Equal("Daftar hadir rapat.\n", Encoding.UTF8.GetString(file.Bytes));
    }

    [SkippableFact]
    public void A_content_folder_that_is_a_link_out_of_the_site_is_refused_and_nothing_in_it_is_read()
    {
        using var outside = new TempFolder();
        outside.Write("bulletins/2024/rapat.md", TestSite.Parse(Publishing)["content/bulletins/2024/rapat.md"]);
        outside.Write("bulletins/2024/lampiran.txt", Secret);
        outside.Write("units.yaml", TestSite.DefaultUnits);
        outside.Write("elections.yaml", TestSite.DefaultElections);
        using var site = new TestSite("", withDefaults: false);
        site.Write("sitegen.yaml", TestSite.DefaultConfig);
        Links.ToFolder(Path.Combine(site.Root, "content"), outside.Path);

        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == "SG0210");
        Assert.Equal("content", error.Path);
        Assert.Contains("outside the site's folder", error.Message);
        Assert.Empty(site.Result.Site?.Bulletins ?? []);
    }

    [SkippableTheory]
    [InlineData("sitegen.yaml")]
    [InlineData("content/units.yaml")]
    [InlineData("content/elections.yaml")]
    public void Settings_and_data_files_that_are_links_into_git_are_refused(string file)
    {
        using var site = new TestSite(Publishing.Replace("Unduh [lampiran](lampiran.txt).", "Isi."));
        var hidden = Path.Combine(site.Root, ".git", Path.GetFileName(file));
        Directory.CreateDirectory(Path.GetDirectoryName(hidden)!);
        File.Move(Path.Combine(site.Root, file), hidden);
        Links.ToFile(Path.Combine(site.Root, file), Path.GetRelativePath(Path.GetDirectoryName(Path.Combine(site.Root, file))!, hidden));

        var errors = site.Build().Diagnostics.Where(d => d.IsError);
        var error = Assert.Single(errors, e => e.Code == "SG0210");
        Assert.Equal(file, error.Path);
    }

    [SkippableFact]
    public void A_theme_file_that_leads_through_a_linked_folder_out_of_the_site_is_refused()
    {
        using var outside = new TempFolder();
        outside.Write("kunci.css", $"/* {Secret} */");
        using var site = new TestSite(Publishing.Replace("Unduh [lampiran](lampiran.txt).", "Isi."));
        CopyTheme(site.Root);
        var theme = Path.Combine(site.Root, "themes", "default");
        Links.ToFolder(Path.Combine(theme, ".x"), outside.Path);
        Links.ToFile(Path.Combine(theme, "assets", "kunci.css"), "../.x/kunci.css");

        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(("themes/default/assets/kunci.css", "SG0210"), (error.Path, error.Code));
        Assert.Contains("outside themes/default/", error.Message);
    }

    [SkippableFact]
    public void A_theme_folder_that_is_a_link_out_of_the_site_is_refused()
    {
        using var outside = new TempFolder();
        CopyTheme(outside.Path);
        outside.Write("themes/default/assets/rahasia.txt", Secret);
        using var site = new TestSite(Publishing.Replace("Unduh [lampiran](lampiran.txt).", "Isi."));
        Links.ToFolder(Path.Combine(site.Root, "themes", "default"), Path.Combine(outside.Path, "themes", "default"));

        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(("themes/default", "SG0210"), (error.Path, error.Code));
        Assert.Empty(site.Result.Files);
    }

    [SkippableFact]
    public void Serve_does_not_read_a_file_behind_a_linked_folder_when_it_is_told_the_file_changed()
    {
        using var outside = new TempFolder();
        outside.Write("rahasia.txt", Secret);
        using var site = new TestSite(Publishing.Replace("Unduh [lampiran](lampiran.txt).", "Isi."));
        var session = new BuildSession(site.Options());
        Assert.False(session.Build().Result.HasErrors);

        // The watcher reports a file under a folder that was just linked out of the site, and the bulletin that names it.
        Links.ToFolder(Path.Combine(site.Root, "content", "bulletins", "2024", "luar"), outside.Path);
        site.Write("content/bulletins/2024/rapat.md", TestSite.Parse(Publishing)["content/bulletins/2024/rapat.md"].Replace("lampiran.txt", "luar/rahasia.txt"));
        var update = session.Build(["content/bulletins/2024/luar/rahasia.txt", "content/bulletins/2024/rapat.md"]);

        Assert.Contains(update.Result.Diagnostics, d => (d.Path, d.Code) == ("content/bulletins/2024/luar", "SG0210"));
        Assert.DoesNotContain(session.Files.Values, f => Encoding.UTF8.GetString(f.Bytes).Contains(Secret));
        Assert.DoesNotContain(update.Result.Files, f => Encoding.UTF8.GetString(f.Bytes).Contains(Secret));
    }

    [SkippableFact]
    public void Import_does_not_write_through_a_linked_folder_out_of_the_site()
    {
        using var outside = new TempFolder();
        using var site = new ImportTestSite();
        Links.ToFolder(Path.Combine(site.Root, "content", "bulletins", "2023"), outside.Path);

        var run = CliRunner.Sitegen(site.Root, "import", ImportTestSite.Fixture("chat-pilkades-pasuruan.txt"));
        Assert.Equal(1, run.ExitCode);
        // The site is read as a build reads it, which refuses the linked folder before anything is written.
        Assert.Contains("content/bulletins/2023:1:1: error SG0210: this folder is a link to", run.Error);
        Assert.Contains("not imported", run.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Path));
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
}
