using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SiteGen.BrowserTests.Support;

/// <summary>
/// Google's Lighthouse (npm <c>lighthouse</c>, pinned: later majors need a newer Node) run by Node over Debian's Chromium.
/// It is installed once with npm into a cache folder: <c>SITEGEN_LIGHTHOUSE_DIR</c> (which <c>.ci/run</c> prepares, so a
/// missing install fails there), else a folder under the system's temp folder. Without Node or npm, or when npm cannot
/// install it outside CI, a test is skipped and says why.
/// </summary>
internal static class Lighthouse
{
    public const string Version = "12.2.3";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);
    private static readonly SemaphoreSlim InstallOnce = new(1, 1);

    private static string? Prepared => Environment.GetEnvironmentVariable("SITEGEN_LIGHTHOUSE_DIR") is { Length: > 0 } dir ? dir : null;

    private static string Folder => Prepared ?? Path.Combine(Path.GetTempPath(), "sitegen-lighthouse-" + Version);

    private static string Cli => Path.Combine(Folder, "node_modules", "lighthouse", "cli", "index.js");

    /// <summary>Lighthouse's report (JSON) of one page, for the given categories, as a phone (its default form factor).</summary>
    public static async Task<JsonElement> RunAsync(string url, params string[] categories)
    {
        var node = FindOnPath("node") ?? throw new SkipException("node was not found on PATH, so Lighthouse could not run (install Node.js 18.16 or later)");
        await InstallAsync();
        var report = Path.Combine(Path.GetTempPath(), $"sitegen-lighthouse-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, output) = await RunProcessAsync(node, RunTimeout, new Dictionary<string, string> { ["CHROME_PATH"] = Chromium.ExecutablePath },
                Cli, url, "--quiet", "--output=json", "--output-path=" + report, "--only-categories=" + string.Join(',', categories),
                "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run");
            if (exit != 0 || !File.Exists(report)) throw new Xunit.Sdk.XunitException($"Lighthouse failed on {url} (exit {exit}):\n{output}");
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            return json.RootElement.Clone();
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>The audits that cost <paramref name="category"/> points, each with what it found, for a failure message.</summary>
    public static IEnumerable<string> LostPoints(JsonElement report, string category)
    {
        var audits = report.GetProperty("audits");
        foreach (var reference in report.GetProperty("categories").GetProperty(category).GetProperty("auditRefs").EnumerateArray())
        {
            if (reference.GetProperty("weight").GetDouble() == 0) continue;
            var audit = audits.GetProperty(reference.GetProperty("id").GetString()!);
            if (audit.GetProperty("score").ValueKind != JsonValueKind.Number || audit.GetProperty("score").GetDouble() >= 1) continue;
            var details = audit.TryGetProperty("details", out var d) && d.TryGetProperty("items", out var items) ? items.GetRawText() : "";
            yield return $"{audit.GetProperty("id").GetString()}: {audit.GetProperty("title").GetString()} {(details.Length > 600 ? details[..600] + "…" : details)}";
        }
    }

    private static async Task InstallAsync()
    {
        await InstallOnce.WaitAsync();
        FileStream? lockFile = null;
        try
        {
            if (InstalledVersion() == Version) return;
            if (Prepared is not null)
                throw new Xunit.Sdk.XunitException($"SITEGEN_LIGHTHOUSE_DIR is {Prepared}, but lighthouse@{Version} is not installed there (npm install --prefix \"{Prepared}\" lighthouse@{Version})");
            var npm = FindOnPath("npm") ?? throw new SkipException($"npm was not found on PATH, so lighthouse@{Version} could not be installed (install npm, or set SITEGEN_LIGHTHOUSE_DIR to a folder holding it)");
            Directory.CreateDirectory(Folder);
            // Another test run may be installing into the same folder: wait for it, then look again.
            lockFile = await LockAsync(Path.Combine(Folder, ".install-lock"));
            if (InstalledVersion() == Version) return;
            var (exit, output) = await RunProcessAsync(npm, InstallTimeout, [], "install", "--prefix", Folder, "--no-audit", "--no-fund", "--no-save", "lighthouse@" + Version);
            if (exit != 0 || InstalledVersion() != Version)
                throw new SkipException($"npm could not install lighthouse@{Version} into {Folder} (exit {exit}), so Lighthouse was not run:\n{output}");
        }
        finally
        {
            lockFile?.Dispose();
            InstallOnce.Release();
        }
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        var until = DateTime.UtcNow + InstallTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(1000);
            }
        }
    }

    private static string? InstalledVersion()
    {
        var package = Path.Combine(Folder, "node_modules", "lighthouse", "package.json");
        if (!File.Exists(package) || !File.Exists(Cli)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(package));
        return json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir.Trim('"'), name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string file, TimeSpan timeout, Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new Xunit.Sdk.XunitException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{file} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
