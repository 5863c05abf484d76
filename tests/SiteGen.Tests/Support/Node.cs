using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>Runs a Node.js script (the theme's search scripts are tested under Node) and returns its exit code and output.</summary>
internal static class Node
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Without Node the test is skipped, never passed, so `dotnet test` works with only the .NET SDK;
    /// such tests must be <c>[SkippableFact]</c>. `.ci/run` requires Node, so CI always runs them.
    /// </summary>
    public static (int ExitCode, string Output) Run(params string[] arguments) =>
        RunFrom(Environment.GetEnvironmentVariable("PATH") ?? "", arguments);

    internal static (int ExitCode, string Output) RunFrom(string searchPath, params string[] arguments)
    {
        var node = Find(searchPath) ?? throw new SkipException(
            "node was not found on PATH, so the theme's JavaScript (search) was not tested. " +
            "Install Node.js 18 or later (https://nodejs.org, or apt-get install nodejs) and run the tests again.");
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new Xunit.Sdk.XunitException($"Could not start {node}.");
        // Both streams are drained concurrently so a full stderr pipe cannot stall node.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"node {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }
        process.WaitForExit();
        return (process.ExitCode, stderr.Result.Length == 0 ? stdout.Result : stdout.Result + "\n" + stderr.Result);
    }

    private static string? Find(string searchPath)
    {
        foreach (var dir in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir.Trim('"'), OperatingSystem.IsWindows() ? "node.exe" : "node");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
