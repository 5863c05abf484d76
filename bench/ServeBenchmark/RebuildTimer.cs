using System.Diagnostics;

namespace SiteGen.Bench;

/// <summary>Times a full build against incremental rebuilds after editing one bulletin, in one process (no server).</summary>
internal static class RebuildTimer
{
    public static void Run(string site, int edits)
    {
        var options = new BuildOptions { SourceRoot = site, Now = DateTimeOffset.Now, IncludeDrafts = true, IncludeFuture = true };
        var clock = Stopwatch.StartNew();
        var session = new BuildSession(options);
        var first = session.Build();
        Console.WriteLine($"full build (session, cold): {clock.ElapsedMilliseconds} ms, {first.Result.Files.Count} files");
        Print(first);
        var file = Directory.EnumerateFiles(Path.Combine(site, "content", "bulletins"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var relative = Path.GetRelativePath(site, file).Replace('\\', '/');
        var original = File.ReadAllText(file);
        var times = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            File.WriteAllText(file, original + $"\nSuntingan {i}.\n");
            clock.Restart();
            var update = session.Build([relative]);
            times.Add(clock.Elapsed.TotalMilliseconds);
            Print(update);
            Console.WriteLine($"edit {i}: {clock.Elapsed.TotalMilliseconds:F0} ms, {update.RenderedPages} pages rendered, {update.ChangedFiles.Count} files changed");
        }
        File.WriteAllText(file, original);
        times.Sort();
        Console.WriteLine($"incremental rebuild: median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms");
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
