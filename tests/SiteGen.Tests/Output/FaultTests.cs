using System.Diagnostics;
using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>Faults while writing: a killed build, a full or read-only disk, two builds at once. The published site is always whole.</summary>
public sealed class FaultTests
{
    [Fact]
    public void A_second_build_of_the_same_output_is_refused_while_the_first_writes()
    {
        using var site = new TestSite(Bulletins(3, "satu"));
        Assert.False(SiteBuilder.BuildAndWrite(site.Options()).HasErrors);
        var before = Snapshot(site.OutputRoot);
        using (OutputLock.Acquire(site.OutputRoot, new DiagnosticBag()))
        {
            var result = SiteBuilder.BuildAndWrite(site.Options());
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal("SG0005", error.Code);
            Assert.Contains("another 'sitegen build' is writing", error.Message);
        }
        Assert.Equal(before, Snapshot(site.OutputRoot));
        Assert.False(SiteBuilder.BuildAndWrite(site.Options()).HasErrors);
    }

    [Fact]
    public async Task Builds_run_at_the_same_time_leave_one_whole_site()
    {
        using var site = new TestSite(Bulletins(200, "satu"));
        var runs = Enumerable.Range(0, 3).Select(_ => Task.Run(() => CliRunner.Sitegen(site.Root, "build"))).ToArray();
        await Task.WhenAll(runs);
        Assert.Contains(runs, r => r.Result.ExitCode == 0);
        Assert.All(runs, r => Assert.True(r.Result.ExitCode == 0 || r.Result.Error.Contains("SG0005"), r.Result.Error));
        using var reference = new TestSite(Bulletins(200, "satu"));
        Assert.False(SiteBuilder.BuildAndWrite(reference.Options()).HasErrors);
        Assert.Equal(Snapshot(reference.OutputRoot), Snapshot(site.OutputRoot));
    }

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_previous_or_the_new_site_never_a_mix()
    {
        using var site = new TestSite(Bulletins(800, "satu"));
        var versions = new[] { Bulletins(800, "satu"), Bulletins(800, "dua") };
        var snapshots = new Dictionary<string, string>[2];
        for (var v = 0; v < 2; v++)
        {
            Rewrite(site, versions[v]);
            Assert.Equal(0, CliRunner.Sitegen(site.Root, "build").ExitCode);
            snapshots[v] = Snapshot(site.OutputRoot);
        }
        Assert.NotEqual(snapshots[0], snapshots[1]);

        var random = new Random(20241120);
        var current = 1;
        var killedWhileWriting = 0;
        for (var round = 0; round < 6; round++)
        {
            var next = 1 - current;
            Rewrite(site, versions[next]);
            var leftBefore = Directory.EnumerateDirectories(site.Root, ".output.staging-*").ToHashSet();
            using var process = Start(site.Root);
            // Half the rounds kill at a random moment (loading, rendering, writing or done); the others once the new site is partly written.
            if (round % 2 == 0) Thread.Sleep(random.Next(200, 2000));
            else WaitForStagedFiles(site.Root, random.Next(1, 600), process);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            // A staging folder of this build's own (an earlier kill's is cleaned up by the next build) means it was cut off while writing.
            if (Directory.EnumerateDirectories(site.Root, ".output.staging-*").Any(d => !leftBefore.Contains(d))) killedWhileWriting++;
            var now = Snapshot(site.OutputRoot);
            Assert.True(now.Count == snapshots[current].Count && !now.Except(snapshots[current]).Any()
                || now.Count == snapshots[next].Count && !now.Except(snapshots[next]).Any(),
                $"round {round}: after the kill the output is neither the previous nor the new site");
            current = now.Count == snapshots[next].Count && !now.Except(snapshots[next]).Any() ? next : current;
        }
        Assert.True(killedWhileWriting > 0, "no round killed the build while it wrote the new site");
        Assert.Equal(0, CliRunner.Sitegen(site.Root, "build").ExitCode);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    /// <summary>Waits until the build has written at least <paramref name="count"/> files of the new site into its staging folder, or has ended.</summary>
    private static void WaitForStagedFiles(string root, int count, Process build)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!build.HasExited && DateTime.UtcNow < deadline)
        {
            foreach (var staging in Directory.EnumerateDirectories(root, ".output.staging-*"))
            {
                try
                {
                    if (Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Take(count).Count() >= count) return;
                }
                catch (DirectoryNotFoundException)
                {
                    // Swapped in (or cleaned up) while being counted.
                    return;
                }
            }
            Thread.Sleep(2);
        }
    }

    [SkippableFact]
    public void A_full_disk_is_a_clear_error_and_the_previous_site_stays()
    {
        using var site = new TestSite(Bulletins(3, "satu"));
        using var disk = SmallDisk.Mount(Path.Combine(site.Root, "disk"), "1m");
        var options = site.Options(o => o with { OutputRoot = Path.Combine(disk.Path, "site") });
        Assert.False(SiteBuilder.BuildAndWrite(options).HasErrors);
        var before = Snapshot(options.ResolvedOutputRoot);

        Rewrite(site, Bulletins(400, "besar"));
        var result = SiteBuilder.BuildAndWrite(options);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0501", error.Code);
        Assert.Contains("No space left on device", error.Message);
        Assert.Contains("the previous site was left as it was", error.Message);
        Assert.Equal(before, Snapshot(options.ResolvedOutputRoot));
        Assert.Equal([options.ResolvedOutputRoot], Directory.EnumerateDirectories(disk.Path, "*", new EnumerationOptions { AttributesToSkip = 0 }).Where(d => !d.EndsWith(".lock", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void A_read_only_disk_is_a_clear_error_and_the_previous_site_stays()
    {
        using var site = new TestSite(Bulletins(3, "satu"));
        using var disk = SmallDisk.Mount(Path.Combine(site.Root, "disk"), "4m");
        var options = site.Options(o => o with { OutputRoot = Path.Combine(disk.Path, "site") });
        Assert.False(SiteBuilder.BuildAndWrite(options).HasErrors);
        var before = Snapshot(options.ResolvedOutputRoot);

        disk.MakeReadOnly();
        Rewrite(site, Bulletins(4, "dua"));
        var result = SiteBuilder.BuildAndWrite(options);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0501", error.Code);
        Assert.Contains("Read-only file system", error.Message);
        Assert.Equal(before, Snapshot(options.ResolvedOutputRoot));
    }

    [SkippableFact]
    public void A_read_only_picture_cache_is_a_warning_and_the_site_is_built_without_it()
    {
        // A read-only checkout: the cache folder exists but cannot be written (the build's output goes elsewhere).
        using var site = new TestSite(Bulletins(1, "satu") + "-- content/bulletins/foto.jpg --\n@image 1200x800\n"
            + "-- content/bulletins/foto.md --\n---\ntitle: Berfoto\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\nimage: foto.jpg\nimage_alt: Apel\n---\nIsi.\n");
        using var disk = SmallDisk.Mount(Path.Combine(site.Root, ".sitegen"), "1m");
        disk.MakeReadOnly();
        using var output = new TempFolder();
        var result = SiteBuilder.BuildAndWrite(site.Options(o => o with { OutputRoot = output.Combine("situs") }));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((".sitegen/cache", "SG0006", false), (warning.Path, warning.Code, warning.IsError));
        Assert.Contains("Read-only file system", warning.Message);
        Assert.True(File.Exists(output.Combine("situs", "2024", "09", "foto", "foto-480.jpg")));
    }

    private static string Bulletins(int count, string word) => string.Concat(Enumerable.Range(0, count).Select(i =>
        $"-- content/bulletins/b{i}.md --\n---\ntitle: Buletin {word} {i}\nunit: Polres Blitar\ndate: 2024-{1 + i % 12:00}-{1 + i % 28:00}\nelection: Pemilu 2024\ntags: [{word}, t{i % 40}]\n---\n{string.Join(' ', Enumerable.Repeat($"Paragraf {word} nomor {i}.", 60))}\n"));

    private static void Rewrite(TestSite site, string files)
    {
        var folder = Path.Combine(site.Root, "content", "bulletins");
        Directory.Delete(folder, recursive: true);
        foreach (var (path, text) in TestSite.Parse(files))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.Root, path))!);
            File.WriteAllText(Path.Combine(site.Root, path), text);
        }
    }

    private static Process Start(string root)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        start.ArgumentList.Add("build");
        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>A tiny tmpfs file system (needs root); the test is skipped where one cannot be mounted.</summary>
    private sealed class SmallDisk : IDisposable
    {
        public string Path { get; }

        private SmallDisk(string path) => Path = path;

        public static SmallDisk Mount(string path, string size)
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "tmpfs is Linux only");
            Directory.CreateDirectory(path);
            var mount = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
            Skip.If(mount != 0, "cannot mount a tmpfs here (needs root); this fault is not tested on this machine");
            return new SmallDisk(path);
        }

        public void MakeReadOnly() => Assert.Equal(0, Run("mount", "-o", "remount,ro", Path));

        /// <summary>
        /// Unmounts the disk. It was once found busy in CI, with the test's own checks passed (another test of this process
        /// starting a program may hold the process's open files for an instant): it is tried again, and at last detached
        /// (freed once no longer busy).
        /// </summary>
        public void Dispose()
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                if (Run("umount", Path) == 0) return;
                Thread.Sleep(100);
            }
            Assert.Equal(0, Run("umount", "-l", Path));
        }

        private static int Run(string command, params string[] args)
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            try
            {
                using var process = Process.Start(start)!;
                process.WaitForExit();
                return process.ExitCode;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return -1;
            }
        }
    }
}
