using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// Runs a program (a step script of the action, git, the packed sitegen) as GitHub's runner would: with only the
/// GITHUB_* and RUNNER_* variables the test gives, so a test run inside a real workflow does not write into its summary.
/// </summary>
internal static class ShellRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Run Exec(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("RUNNER_", StringComparison.Ordinal)
                     || k.StartsWith("SITEGEN_", StringComparison.Ordinal) || k.StartsWith("GIT_", StringComparison.Ordinal)).ToArray())
            start.Environment.Remove(key);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Humas Uji";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "humas@example.org";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        if (environment is not null)
            foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 5 minutes");
        }
        return new Run(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs and fails the test, with what the program printed, unless it exits with 0.</summary>
    public static Run Ok(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var run = Exec(program, workingDirectory, environment, args);
        Assert.True(run.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {run.ExitCode}:\n{run.Out}\n{run.Error}");
        return run;
    }
}
