using System.CommandLine;
using System.Diagnostics;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary><c>sitegen build</c>: builds the site into the output folder, replacing it only when the build succeeds.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var source = SharedOptions.Source();
        var output = new Option<string?>("--output", "-o") { Description = "Folder to write the site to (default: output/ in the source folder)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Address the site is published at, overriding base_url in sitegen.yaml" };
        var drafts = new Option<bool>("--drafts") { Description = "Include bulletins marked 'draft: true'" };
        var future = new Option<bool>("--future") { Description = "Include bulletins dated in the future" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print how long each phase took" };
        var command = new Command("build", "Build the site from content/ into output/") { source, output, baseUrl, drafts, future, strict, verbose };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                SourceRoot = parse.GetValue(source)!,
                OutputRoot = parse.GetValue(output),
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                IncludeFuture = parse.GetValue(future),
                Strict = parse.GetValue(strict),
                Now = DateTimeOffset.Now,
            };
            return Run(options, parse.GetValue(verbose));
        });
        return command;
    }

    private static int Run(BuildOptions options, bool verbose)
    {
        if (!Directory.Exists(options.SourceRoot))
        {
            Console.Error.WriteLine($"sitegen: the source folder '{options.SourceRoot}' does not exist; pass --source with the folder that holds sitegen.yaml");
            return CommandLine.WrongUsage;
        }
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.BuildAndWrite(options);
        DiagnosticPrinter.Print(result.Diagnostics, options.SourceRoot);
        if (verbose)
            foreach (var timing in result.Timings)
                Console.Error.WriteLine($"  {timing.Phase,-7} {timing.Elapsed.TotalMilliseconds,8:F0} ms  {timing.Detail}");
        var counts = DiagnosticFormatter.Count(result.ErrorCount, result.WarningCount);
        if (result.HasErrors || (options.Strict && result.WarningCount > 0))
        {
            var why = result.HasErrors ? "" : " (--strict treats warnings as errors)";
            Console.Error.WriteLine($"build failed: {counts}{why}; {Relative(options.ResolvedOutputRoot)} was left unchanged");
            return CommandLine.ContentErrors;
        }
        var pages = result.Output.Pages;
        var bulletins = result.Site?.Bulletins.Count ?? 0;
        Console.Error.WriteLine($"built {pages} pages ({bulletins} bulletins) into {Relative(options.ResolvedOutputRoot)} in {clock.Elapsed.TotalSeconds:F2} s; {counts}");
        return CommandLine.Success;
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative + "/";
    }
}
