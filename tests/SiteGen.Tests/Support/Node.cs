using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>Runs a Node.js script (the theme's search scripts are tested under Node) and returns its exit code and output.</summary>
internal static class Node
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var node = Find() ?? throw new Xunit.Sdk.XunitException(
            "node was not found on PATH. Node.js is part of every development and CI machine for SiteGen; install Node.js 18 or later.");
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

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir.Trim('"'), OperatingSystem.IsWindows() ? "node.exe" : "node");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
