using System.Diagnostics;
using SiteGen.Configuration;

namespace SiteGen.Bench;

/// <summary>
/// Times a full build against incremental rebuilds after editing one bulletin, in one process (no server); with
/// <c>deferSearch</c> the search index waits, as under sitegen serve, so the figure is what an edit costs before its reload.
/// </summary>
internal static class RebuildTimer
{
    public static void Run(string site, int edits, bool deferSearch)
    {
        var options = new BuildOptions { SourceRoot = site, Now = DateTimeOffset.Now, IncludeDrafts = true, IncludeFuture = true };
        var clock = Stopwatch.StartNew();
        var session = new BuildSession(options) { DeferSearch = deferSearch };
        var first = session.Build();
        Console.WriteLine($"full build (session, cold): {clock.ElapsedMilliseconds} ms, {first.Result.Files.Count} files");
        Print(first);
        var file = Directory.EnumerateFiles(Path.Combine(site, "content", "bulletins"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var relative = Path.GetRelativePath(site, file).Replace('\\', '/');
        var original = File.ReadAllText(file);
        var times = new List<double>();
        var cpuTimes = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            File.WriteAllText(file, original + $"\nSuntingan {i}.\n");
            clock.Restart();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(false);
            var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pause = GC.GetTotalPauseDuration();
            var update = session.Build([relative]);
            times.Add(clock.Elapsed.TotalMilliseconds);
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            Print(update);
            Console.WriteLine($"edit {i}: {clock.Elapsed.TotalMilliseconds:F0} ms, {update.RenderedPages} pages rendered, {update.ChangedFiles.Count} files changed; " +
                $"{(GC.GetTotalAllocatedBytes(false) - allocated) >> 20} MiB allocated, GCs {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}, paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms");
        }
        File.WriteAllText(file, original);
        times.Sort();
        Console.WriteLine($"incremental rebuild: median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms");
        cpuTimes.Sort();
        Console.WriteLine($"incremental rebuild, processor time (all threads): median {cpuTimes[cpuTimes.Count / 2]:F0} ms, min {cpuTimes[0]:F0} ms");
        clock.Restart();
        var full = SiteBuilder.Build(options);
        Console.WriteLine($"full build (warm, SiteBuilder.Build): {clock.ElapsedMilliseconds} ms");
        foreach (var t in full.Timings) Console.WriteLine($"  {t.Phase,-7} {t.Elapsed.TotalMilliseconds,8:F0} ms  {t.Detail}");
    }

    private static void Print(BuildUpdate update)
    {
        foreach (var t in update.Result.Timings) Console.WriteLine($"  {t.Phase,-7} {t.Elapsed.TotalMilliseconds,8:F0} ms  {t.Detail}");
    }
}
