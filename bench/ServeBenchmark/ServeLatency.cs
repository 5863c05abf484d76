using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SiteGen.Bench;

/// <summary>
/// Starts <c>sitegen serve</c> on a site, edits bulletins one at a time as an editor saves them, and measures the time
/// from the save to the reload event an open page receives.
/// </summary>
internal static class ServeLatency
{
    public static int Run(string cli, string site, int edits)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        // The lines waited for below ("serving …", "rebuilt …") are serve's English ones.
        start.Environment["SITEGEN_LANG"] = "en";
        foreach (var arg in new[] { cli, "serve", "--source", site, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        using var server = Process.Start(start)!;
        var serverLines = new System.Collections.Concurrent.BlockingCollection<string>();
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) serverLines.Add(e.Data); };
        server.BeginErrorReadLine();
        server.BeginOutputReadLine();
        var files = Directory.EnumerateFiles(Path.Combine(site, "content", "bulletins"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var originals = new Dictionary<string, string>();
        try
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                if (!serverLines.TryTake(out var line, TimeSpan.FromMinutes(5))) throw new TimeoutException("sitegen serve did not start within 5 minutes");
                Console.WriteLine($"serve: {line}");
                if (line.StartsWith("serving ", StringComparison.Ordinal)) break;
                if (server.HasExited) throw new InvalidOperationException("sitegen serve stopped");
            }
            Console.WriteLine($"first build and start: {clock.Elapsed.TotalSeconds:F1} s");

            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            using var events = http.GetAsync($"http://127.0.0.1:{port}/__sitegen/events", HttpCompletionOption.ResponseHeadersRead).Result;
            using var reader = new StreamReader(events.Content.ReadAsStream());
            reader.ReadLine(); // ": connected"
            var latencies = new List<double>();
            for (var i = 0; i < edits; i++)
            {
                // Spread over the site: newest, oldest and everything between, so feeds and index pages are touched too.
                var file = files[(int)((long)i * (files.Length - 1) / Math.Max(1, edits - 1))];
                originals.TryAdd(file, File.ReadAllText(file));
                var text = originals[file] + $"\nParagraf suntingan nomor {i}.\n";
                Thread.Sleep(1000); // let the previous rebuild and the reloads settle, as between two saves by a person
                var saved = Stopwatch.StartNew();
                File.WriteAllText(file, text);
                string? eventLine;
                // "search" events (the index of the whole site brought up to date in the background) are not the reload.
                while ((eventLine = reader.ReadLine()) is not null && (!eventLine.StartsWith("event: ", StringComparison.Ordinal) || eventLine == "event: search")) { }
                var elapsed = saved.Elapsed.TotalMilliseconds;
                if (eventLine != "event: reload") throw new InvalidOperationException($"expected a reload event, got '{eventLine}'");
                latencies.Add(elapsed);
                Thread.Sleep(200);
                var rebuilt = Drain(serverLines).LastOrDefault(l => l.StartsWith("rebuilt", StringComparison.Ordinal)) ?? "";
                Console.WriteLine($"edit {i + 1,2}: {elapsed,6:F0} ms save → reload event   ({Path.GetRelativePath(site, file)}; server: {rebuilt})");
            }
            latencies.Sort();
            var median = latencies.Count % 2 == 1 ? latencies[latencies.Count / 2] : (latencies[latencies.Count / 2 - 1] + latencies[latencies.Count / 2]) / 2;
            Console.WriteLine($"save → reload event over {latencies.Count} edits of a {files.Length}-bulletin site: median {median:F0} ms, min {latencies[0]:F0} ms, max {latencies[^1]:F0} ms");
            return 0;
        }
        finally
        {
            foreach (var (file, text) in originals) File.WriteAllText(file, text);
            if (!server.HasExited)
            {
                using var stop = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                stop.WaitForExit();
                if (!server.WaitForExit(10_000)) server.Kill(entireProcessTree: true);
            }
        }
    }

    private static List<string> Drain(System.Collections.Concurrent.BlockingCollection<string> lines)
    {
        var taken = new List<string>();
        while (lines.TryTake(out var line)) taken.Add(line);
        return taken;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
