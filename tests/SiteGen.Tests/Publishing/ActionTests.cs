using System.Text.RegularExpressions;
using SiteGen.Starter;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// The action's shell steps (action/*.sh), run as GitHub's runner runs them (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
/// GITHUB_PATH, GITHUB_ACTIONS, GITHUB_WORKSPACE) against a site made by the packed tool's <c>sitegen init</c>: installing
/// SiteGen from a release and from the cache, the gate and the build, and the summary of a pull request.
/// </summary>
public sealed class ActionTests(PackedTool tool) : IClassFixture<PackedTool>
{
    private const string PagesAddress = "https://humas-uji.github.io/buletin";

    private static readonly string[] Answers =
        ["--title", "Buletin Humas Polres Blitar", "--unit", "Polres Blitar", "--polda", "Polda Jawa Timur", "--region", "Kabupaten Blitar",
         "--base-url", "https://humas-polres-blitar.example.org/"];

    /// <summary>Today where the sites are (Asia/Jakarta): the date sitegen new and init give a bulletin.</summary>
    private static DateTimeOffset Today => TimeZoneInfo.ConvertTime(DateTimeOffset.Now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"));

    private static string Year => Today.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Month => Today.ToString("MM", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_release_package_says_the_tags_version_and_installs_without_nuget()
    {
        Assert.EndsWith($"SiteGen.Tool.{PackedTool.Version}.nupkg", tool.Package);
        Assert.Equal(PackedTool.Version + "\n", ShellRunner.Ok(tool.Sitegen, Path.GetTempPath(), null, "--version").Out);
        Assert.Contains("from=release\n", tool.FirstInstall.Outputs);
        Assert.Contains($"sitegen={tool.Sitegen}\n", tool.FirstInstall.Outputs);
        Assert.Equal(tool.Tools + "\n", tool.FirstInstall.Path);
        Assert.Contains($"sitegen: SiteGen {PackedTool.Version} dipasang (release) dalam ", tool.FirstInstall.Run.Error);
    }

    [Fact]
    public void A_second_install_takes_the_tool_the_cache_restored()
    {
        var again = tool.Install();
        Assert.Contains("from=cache\n", again.Outputs);
        Assert.Equal(tool.Tools + "\n", again.Path);
    }

    [Fact]
    public void The_packed_tools_init_writes_a_site_that_checks_and_builds_and_pins_its_own_version()
    {
        using var temp = new TempFolder();
        var init = ShellRunner.Ok(tool.Sitegen, temp.Path, null, ["init", "buletin", .. Answers]);
        var site = temp.Combine("buletin");
        var written = init.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, written.Length);

        // The package carries the same starter files as the code the tests build: every file as NewSite makes it.
        var expected = NewSite.Files(new SiteAnswers("Buletin Humas Polres Blitar", "Polres Blitar", "Polda Jawa Timur", "Kabupaten Blitar",
            "https://humas-polres-blitar.example.org/", "Asia/Jakarta"), DateTimeOffset.Now, PackedTool.Version, PackedTool.Repository);
        Assert.Equal(expected.Select(f => "buletin/" + f.Path), written);
        foreach (var (path, text) in expected) Assert.Equal(text, File.ReadAllText(Path.Combine(site, path)));
        var workflow = File.ReadAllText(Path.Combine(site, NewSite.WorkflowPath));
        Assert.Contains($"uses: {PackedTool.Repository}@v{PackedTool.Version}\n", workflow);
        Assert.Contains($"version: \"{PackedTool.Version}\"\n", workflow);

        var check = ShellRunner.Ok(tool.Sitegen, site, null, "check");
        Assert.Contains("0 kesalahan, 0 peringatan", check.Error);
        ShellRunner.Ok(tool.Sitegen, site, null, "build");
        Assert.Contains("Contoh: Humas Polres Blitar Membuka Situs", File.ReadAllText(Path.Combine(site, "output", "index.html")));
    }

    [Fact]
    public void The_build_step_checks_then_builds_at_the_pages_address_and_fingerprints_the_same_site_the_same()
    {
        using var temp = new TempFolder();
        var site = InitSite(temp);
        var first = Step("build.sh", site, temp, "push", PagesAddress);
        Assert.Equal(0, first.Run.ExitCode);
        Assert.Matches(new Regex("^output=./output\ndigest=[0-9a-f]{64}\n$"), first.Outputs);
        Assert.Contains("### Pemeriksaan (sitegen check)\n\n<pre>\npemeriksaan lulus: 1 buletin", first.Summary);
        Assert.Contains("### Situs (sitegen build)\n\n<pre>\nsitus selesai dibangun: ", first.Summary);
        Assert.Contains($"{PagesAddress}/{Year}/{Month}/contoh-buletin-pertama/",
            File.ReadAllText(Path.Combine(site, "output", "feed.xml")));

        // Built again (a scheduled run with nothing new): the same bytes, so the same fingerprint, and nothing is published again.
        var second = Step("build.sh", site, temp, "schedule", PagesAddress);
        Assert.Equal(first.Outputs, second.Outputs);
    }

    [Fact]
    public void A_build_cache_committed_to_git_is_not_used_and_the_log_says_how_to_take_it_out()
    {
        using var temp = new TempFolder();
        var site = InitSite(temp);
        var first = Step("build.sh", site, temp, "push", PagesAddress);
        Assert.Equal(0, first.Run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site, ".sitegen", "cache", "pages.bin")));
        Assert.DoesNotContain("cache build tidak dipakai", first.Run.Error);

        // Committed (past .gitignore), the cache could be anyone's: the build makes everything anew, and the same site.
        Git(site, "init", "-q", "-b", "main");
        Git(site, "add", "-A");
        Git(site, "add", "-f", ".sitegen");
        Git(site, "commit", "-q", "-m", "Situs dengan cache");
        var second = Step("build.sh", site, temp, "push", PagesAddress);
        Assert.Equal(0, second.Run.ExitCode);
        Assert.Contains("cache build tidak dipakai", second.Run.Error);
        Assert.Contains("git rm -r --cached .sitegen ./output", second.Run.Error);
        Assert.Equal(first.Outputs, second.Outputs);
    }

    [Fact]
    public void The_build_step_stops_at_the_gate_with_an_annotation_on_the_bulletin_and_builds_nothing()
    {
        using var temp = new TempFolder();
        var site = InitSite(temp);
        var bulletin = ShellRunner.Ok(tool.Sitegen, site, null, "new", "Apel Siaga", "--unit", "Polres Blitar", "--election", "Pemilu 2029").Out.Trim();
        var step = Step("build.sh", site, temp, "push", PagesAddress);
        Assert.Equal(1, step.Run.ExitCode);
        Assert.Contains($"::error file={bulletin},line=1,col=1,title=SG0217::isi buletin masih memuat teks contoh dari 'sitegen new'", step.Run.Out);
        Assert.Contains($"{bulletin}:1:1: kesalahan SG0217: isi buletin masih memuat teks contoh dari 'sitegen new'", step.Summary);
        Assert.Contains("Perbaiki masalah di atas (juga ditandai pada baris buletinnya), lalu commit lagi; situs yang sudah terbit tidak berubah.", step.Summary);
        Assert.Equal("", step.Outputs);
        Assert.False(Directory.Exists(Path.Combine(site, "output")));
    }

    [Fact]
    public void Without_a_pages_address_publishing_stops_and_says_how_to_turn_pages_on_while_a_pull_request_builds_anyway()
    {
        using var temp = new TempFolder();
        var site = InitSite(temp);
        var push = Step("build.sh", site, temp, "push", "");
        Assert.Equal(1, push.Run.ExitCode);
        Assert.Contains("::error title=SiteGen::GitHub Pages belum diaktifkan di repositori ini: Settings → Pages → Source: GitHub Actions, lalu jalankan ulang", push.Run.Out);
        Assert.Contains("### GitHub Pages belum diaktifkan", push.Summary);

        var pullRequest = Step("build.sh", site, temp, "pull_request", "");
        Assert.Equal(0, pullRequest.Run.ExitCode);
        Assert.Contains("https://humas-polres-blitar.example.org/", File.ReadAllText(Path.Combine(site, "output", "feed.xml")));
    }

    [Fact]
    public void The_pull_request_summary_lists_an_added_and_a_changed_bulletin_with_titles_and_addresses()
    {
        using var temp = new TempFolder();
        var site = InitSite(temp);
        Git(site, "init", "-q", "-b", "main");
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "Situs baru");
        Git(site, "checkout", "-q", "-b", "rilis");
        var added = ShellRunner.Ok(tool.Sitegen, site, null, "new", "Apel Gelar Pasukan Pengamanan", "--unit", "Polres Blitar", "--election", "Pemilu 2029").Out.Trim();
        Replace(site, added, "Tulis isi rilis di sini.", "Personel gabungan mengikuti apel gelar pasukan.");
        var example = $"content/bulletins/{Year}/contoh-buletin-pertama.md";
        Replace(site, example, "title: \"Contoh: Humas Polres Blitar Membuka Situs Rilis Pengamanan Pemilihan\"", "title: Contoh Buletin yang Diubah");
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "Rilis apel");
        // What GitHub checks out for a pull request: the merge of its branch into the base, whose first parent is the base.
        Git(site, "checkout", "-q", "main");
        Git(site, "merge", "-q", "--no-ff", "rilis", "-m", "Merge pull request");

        var step = Step("pr-summary.sh", site, temp, "pull_request", PagesAddress);
        Assert.Equal(0, step.Run.ExitCode);
        Assert.Equal($"""
            ### Buletin dalam pull request ini

            | | Judul | Alamat | Berkas |
            | --- | --- | --- | --- |
            | Baru | Apel Gelar Pasukan Pengamanan | {PagesAddress}/{Year}/{Month}/apel-gelar-pasukan-pengamanan/ | `{added}` |
            | Diubah | Contoh Buletin yang Diubah | {PagesAddress}/{Year}/{Month}/contoh-buletin-pertama/ | `{example}` |


            """.Replace("\r\n", "\n"), step.Summary);
        Assert.Equal("bulletins=2\n", step.Outputs);
        Assert.Single(Git(site, "worktree", "list").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_pull_request_summary_names_removed_and_moved_pages_from_the_base_and_marks_a_scheduled_one()
    {
        using var temp = new TempFolder();
        var site = InitSite(temp);
        Git(site, "init", "-q", "-b", "main");
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "Situs baru");
        var baseCommit = Git(site, "rev-parse", "HEAD").Out.Trim();
        var next = Today.Year + 1;
        Git(site, "rm", "-q", $"content/bulletins/{Year}/contoh-buletin-pertama.md");
        Git(site, "mv", "content/pages/tentang.md", "content/pages/profil.md");
        Directory.CreateDirectory(Path.Combine(site, "content", "bulletins", next.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        File.WriteAllText(Path.Combine(site, "content", "bulletins", next.ToString(System.Globalization.CultureInfo.InvariantCulture), "terjadwal.md"), $"""
            ---
            title: Rilis | Terjadwal <Uji>
            unit: Polres Blitar
            date: {next}-01-05T09:00
            election: Pemilu 2029
            ---
            Isi rilis.
            """);
        File.WriteAllText(Path.Combine(site, "content", "units.yaml"), File.ReadAllText(Path.Combine(site, "content", "units.yaml")) + "  address: Kota Blitar\n");
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "Rapikan");

        var step = Step("pr-summary.sh", site, temp, "pull_request", PagesAddress, ("SITEGEN_BASE", baseCommit), ("SITEGEN_LANG", "en"));
        Assert.Equal(0, step.Run.ExitCode);
        Assert.Equal($"""
            ### Bulletins in this pull request

            | | Title | Address | File |
            | --- | --- | --- | --- |
            | Removed | Contoh: Humas Polres Blitar Membuka Situs Rilis Pengamanan Pemilihan | ~~{PagesAddress}/{Year}/{Month}/contoh-buletin-pertama/~~ | `content/bulletins/{Year}/contoh-buletin-pertama.md` |
            | Added | Rilis \| Terjadwal &lt;Uji&gt; (scheduled: {next}-01-05 09:00) | {PagesAddress}/{next}/01/terjadwal/ | `content/bulletins/{next}/terjadwal.md` |
            | Moved | Tentang Situs Ini (page) | {PagesAddress}/profil/ (was ~~{PagesAddress}/tentang/~~) | `content/pages/tentang.md` → `content/pages/profil.md` |

            Other files of the site that changed (pictures, data, settings or theme): 1.


            """.Replace("\r\n", "\n"), step.Summary);
    }

    private sealed record StepRun(ShellRunner.Run Run, string Outputs, string Summary);

    /// <summary>Runs a step script of the action in <paramref name="site"/> (the workspace) with what GitHub's runner sets for it.</summary>
    private StepRun Step(string script, string site, TempFolder temp, string eventName, string pagesAddress, params (string Key, string Value)[] more)
    {
        var outputs = temp.Combine($"output-{Guid.NewGuid():N}");
        var summary = temp.Combine($"summary-{Guid.NewGuid():N}");
        File.WriteAllText(outputs, "");
        File.WriteAllText(summary, "");
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = site,
            ["GITHUB_EVENT_NAME"] = eventName,
            ["GITHUB_OUTPUT"] = outputs,
            ["GITHUB_STEP_SUMMARY"] = summary,
            ["SITEGEN"] = tool.Sitegen,
            ["SITEGEN_SOURCE"] = ".",
            ["SITEGEN_BASE_URL"] = pagesAddress,
            ["SITEGEN_EVENT"] = eventName,
        };
        foreach (var (key, value) in more) environment[key] = value;
        var run = ShellRunner.Exec(Path.Combine(RepoPaths.Root, "action", script), site, environment);
        return new StepRun(run, File.ReadAllText(outputs), File.ReadAllText(summary));
    }

    private string InitSite(TempFolder temp)
    {
        ShellRunner.Ok(tool.Sitegen, temp.Path, null, ["init", "buletin", .. Answers]);
        return temp.Combine("buletin");
    }

    private static ShellRunner.Run Git(string site, params string[] args) => ShellRunner.Ok("git", site, null, args);

    private static void Replace(string site, string path, string old, string replacement)
    {
        var full = Path.Combine(site, path);
        var text = File.ReadAllText(full);
        Assert.Contains(old, text);
        File.WriteAllText(full, text.Replace(old, replacement, StringComparison.Ordinal));
    }
}
