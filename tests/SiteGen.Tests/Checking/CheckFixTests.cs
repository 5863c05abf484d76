using System.Text;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checking;

/// <summary>
/// <c>sitegen check --fix</c>: each case of tests/fixtures/fix (a bulletin as a writer left it) is corrected in place through
/// the real command, and the file afterwards (*.fixed.md) and what the command printed (*.out.txt) match their goldens.
/// </summary>
public sealed class CheckFixTests
{
    private static string Folder => Path.Combine(RepoPaths.Fixtures, "fix");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.md").Order(StringComparer.Ordinal))
            if (!file.EndsWith(".fixed.md", StringComparison.Ordinal)) data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    private static string Place(TestSite site, string name)
    {
        var relative = $"content/bulletins/2024/{name}.md";
        Directory.CreateDirectory(Path.Combine(site.Root, "content/bulletins/2024"));
        File.Copy(Path.Combine(Folder, name + ".md"), Path.Combine(site.Root, relative));
        return Path.Combine(site.Root, relative);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_fix_corrects_what_is_certain_and_reports_what_is_left(string name)
    {
        using var site = new TestSite("");
        var file = Place(site, name);
        var run = CliRunner.Sitegen(site.Root, "check", "--fix");
        Golden.Check(Path.Combine(Folder, name + ".fixed.md"), File.ReadAllText(file));
        Golden.Check(Path.Combine(Folder, name + ".out.txt"), $"exit {run.ExitCode}\n-- stdout --\n{run.Out}-- stderr --\n{run.Error}");
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public void Dry_run_prints_the_same_changes_and_changes_no_file()
    {
        using var site = new TestSite("");
        var file = Place(site, "keys");
        var before = File.ReadAllBytes(file);
        var run = CliRunner.Sitegen(site.Root, "check", "--fix", "--dry-run");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.Contains("content/bulletins/2024/keys.md:2: judul: Rapat Koordinasi Pengamanan → title: Rapat Koordinasi Pengamanan\n", run.Out);
        Assert.Contains("content/bulletins/2024/keys.md:4: tanggal: 20 Sept 2024 → date: 2024-09-20\n", run.Out);
        Assert.Contains("no file was changed", run.Error);
        Assert.DoesNotContain("SG0", run.Error);
    }

    [Fact]
    public void Dry_run_without_fix_is_wrong_usage()
    {
        using var site = new TestSite("");
        var run = CliRunner.Sitegen(site.Root, "check", "--dry-run");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--dry-run works only with --fix", run.Error);
    }

    [Fact]
    public void A_correct_site_is_left_byte_for_byte()
    {
        using var copy = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.Root, "sitegen.yaml"), copy.Combine("sitegen.yaml"));
        foreach (var source in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content"), "*", SearchOption.AllDirectories))
        {
            var target = copy.Combine(Path.GetRelativePath(RepoPaths.Root, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
        var before = Snapshot(copy.Path);
        var run = CliRunner.Sitegen(copy.Path, "check", "--fix");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Out);
        Assert.Contains("check --fix: nothing to correct automatically", run.Error);
        Assert.Contains("check passed:", run.Error);
        var after = Snapshot(copy.Path);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, (bytes, written)) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path].Bytes), $"{path} changed");
            Assert.Equal(written, after[path].Written);
        }
    }

    private static SortedDictionary<string, (byte[] Bytes, DateTime Written)> Snapshot(string root) =>
        new(Directory.EnumerateFiles(Path.Combine(root, "content"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f))), StringComparer.Ordinal);

    [Fact]
    public void Line_ends_a_byte_order_mark_and_every_other_line_stay_byte_for_byte()
    {
        using var site = new TestSite("");
        var lines = new[] { "---", "title: Rapat", "unit: Polres Blitar", "date: 20/09/2024", "election: Pilkada Serentak 2024", "---", "Isi, tanpa akhir baris" };
        var endings = new[] { "\r\n", "\r\n", "\n", "\r\n", "\r", "\r\n", "" };
        string Text(string[] l) => string.Concat(l.Zip(endings, (a, b) => a + b));
        byte[] Bytes(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
        var path = Path.Combine(site.Root, "content/bulletins/2024/rapat.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Bytes(Text(lines)));

        var run = CliRunner.Sitegen(site.Root, "check", "--fix");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("content/bulletins/2024/rapat.md:4: date: 20/09/2024 → date: 2024-09-20\n", run.Out);
        lines[3] = "date: 2024-09-20";
        Assert.Equal(Bytes(Text(lines)), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_correction_that_makes_the_rest_readable_is_followed_by_the_ones_that_then_show()
    {
        // The tab stops the whole front matter from being read; once it is corrected, the date is seen and corrected too.
        using var site = new TestSite("");
        var path = Path.Combine(site.Root, "content/bulletins/2024/rapat.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "---\ntitle: Rapat\nunit: Polres Blitar\ndate: 20 September 2024\nelection: Pilkada Serentak 2024\ntags:\n\t- rakor\n---\nIsi.\n");
        var run = CliRunner.Sitegen(site.Root, "check", "--fix");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("---\ntitle: Rapat\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pilkada Serentak 2024\ntags:\n  - rakor\n---\nIsi.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Check_without_fix_says_how_many_problems_fix_would_correct()
    {
        using var site = new TestSite("");
        Place(site, "dates");
        var run = CliRunner.Sitegen(site.Root, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("sitegen check --fix can correct 3 of these\n", run.Error);
    }
}
