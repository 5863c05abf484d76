using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The real <c>sitegen serve</c> process: it starts, serves, and stops cleanly on Ctrl+C (SIGINT).</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Ctrl_c_stops_the_server_cleanly()
    {
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
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, Environment = { ["SITEGEN_LANG"] = "en" } };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"), "serve", "--source", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = new System.Text.StringBuilder();
        var serving = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (error) error.AppendLine(e.Data);
            if (e.Data.StartsWith("serving ", StringComparison.Ordinal)) serving.TrySetResult();
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            await serving.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient();
            Assert.Contains("Satu", await http.GetStringAsync($"http://127.0.0.1:{port}/2024/01/a/"));

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
}
