using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The real <c>sitegen serve</c> process: it starts, serves, and stops cleanly on Ctrl+C (SIGINT).</summary>
public sealed class ServeCommandTests
{
    [SkippableFact]
    public async Task Ctrl_c_stops_the_server_cleanly()
    {
        // A program started in the background by a shell without job control (`dotnet test &` in a script) ignores
        // SIGINT, and so does every process it starts: .NET keeps it ignored, as Unix intends. There is no Ctrl+C to test then.
        Skip.If(SigIntIgnored(), "this test process ignores SIGINT (it was started in the background without job control), so the server it starts would too; run the tests in the foreground");
        using var site = new TestSite("""
            -- content/bulletins/a.md --
            ---
            title: Satu
            unit: Polres Blitar
            date: 2024-01-02
            election: Pemilu 2024
            ---
            Isi.
            """);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, Environment = { ["SITEGEN_LANG"] = "en" } };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"), "serve", "--source", site.Root, "--port", "0" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = new System.Text.StringBuilder();
        // Any free port, named in the "serving" line: a port chosen beforehand could be taken by another program meanwhile.
        var serving = new TaskCompletionSource<Uri>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (error) error.AppendLine(e.Data);
            if (e.Data.StartsWith("serving ", StringComparison.Ordinal)) serving.TrySetResult(new Uri(e.Data.Split(' ')[1]));
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var address = await serving.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal("127.0.0.1", address.Host);
            using var http = new HttpClient();
            Assert.Contains("Satu", await http.GetStringAsync(new Uri(address, "2024/01/a/")));

            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await interrupt.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            lock (error) Assert.Contains("stopping…", error.ToString());
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Whether SIGINT is ignored here (Linux's /proc tells; elsewhere it is assumed not).</summary>
    private static bool SigIntIgnored()
    {
        const string status = "/proc/self/status";
        const int sigInt = 2; // bit sigInt - 1 of the "SigIgn:" mask
        if (!File.Exists(status)) return false;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        if (line is null) return false;
        var mask = ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        return (mask & (1UL << (sigInt - 1))) != 0;
    }
}
