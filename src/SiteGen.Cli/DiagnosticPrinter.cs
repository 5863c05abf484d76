using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics to standard error, and as workflow annotations when running under GitHub Actions.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string sourceRoot)
    {
        var github = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        var workspace = Environment.GetEnvironmentVariable("GITHUB_WORKSPACE") ?? Directory.GetCurrentDirectory();
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(DiagnosticFormatter.Text(diagnostic));
            if (github)
            {
                var path = diagnostic.Path.StartsWith('-') || diagnostic.Path.StartsWith('(')
                    ? diagnostic.Path
                    : Path.GetRelativePath(workspace, Path.Combine(Path.GetFullPath(sourceRoot), diagnostic.Path)).Replace('\\', '/');
                Console.WriteLine(DiagnosticFormatter.GitHub(diagnostic, path));
            }
        }
    }
}
