using System.Diagnostics;

namespace SiteGen.Tests.Cli;

/// <summary>Runs the real <c>sitegen</c> program (the CLI assembly built beside the tests) and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Run Sitegen(string workingDirectory, params string[] args) => Sitegen(workingDirectory, null, args);

    public static Run Sitegen(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GITHUB_ACTIONS"] = "false";
        // English, as the tests' assertions are written (see TestLanguage); a test of the default language sets SITEGEN_LANG to "".
        start.Environment[SiteGen.Messages.Language.EnvironmentVariable] = SiteGen.Messages.Language.English;
        if (environment is not null)
            foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sitegen {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new Run(process.ExitCode, output.Result, error.Result);
    }
}
