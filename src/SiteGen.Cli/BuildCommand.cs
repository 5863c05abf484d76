using System.CommandLine;
using System.Diagnostics;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary><c>sitegen build</c>: builds the site into the output folder, replacing it only when the build succeeds.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var source = SharedOptions.Source();
        var output = new Option<string?>("--output", "-o") { Description = Say.BuildOutputOption, HelpName = "folder" };
        var baseUrl = new Option<string?>("--base-url") { Description = Say.BuildBaseUrlOption, HelpName = "url" };
        var drafts = new Option<bool>("--drafts") { Description = Say.BuildDraftsOption };
        var future = new Option<bool>("--future") { Description = Say.BuildFutureOption };
        var strict = new Option<bool>("--strict") { Description = Say.BuildStrictOption };
        var verbose = new Option<bool>("--verbose", "-v") { Description = Say.BuildVerboseOption };
        var changes = new Option<string?>("--changes") { Description = Say.BuildChangesOption, HelpName = "file" };
        var noCache = new Option<bool>("--no-cache") { Description = Say.BuildNoCacheOption };
        var command = new Command("build", Say.BuildDescription) { source, output, baseUrl, drafts, future, strict, verbose, changes, noCache };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                SourceRoot = parse.GetValue(source)!,
                OutputRoot = parse.GetValue(output),
                ChangesFile = parse.GetValue(changes),
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                IncludeFuture = parse.GetValue(future),
                Strict = parse.GetValue(strict),
                ReuseLastBuild = !parse.GetValue(noCache),
                Now = DateTimeOffset.Now,
            };
            return Run(options, parse.GetValue(verbose));
        });
        return command;
    }

    internal static int Run(BuildOptions options, bool verbose)
    {
        if (!Directory.Exists(options.SourceRoot))
        {
            Console.Error.WriteLine(SharedOptions.SourceMissing(options.SourceRoot));
            return CommandLine.WrongUsage;
        }
        var clock = Stopwatch.StartNew();
        if (options.ReuseLastBuild && CommittedCache.In(options.SourceRoot, options.ResolvedOutputRoot))
        {
            Console.Error.WriteLine(Say.BuildCacheCommitted.With(Path.GetRelativePath(Path.GetFullPath(options.SourceRoot), options.ResolvedOutputRoot)));
            options = options with { ReuseLastBuild = false };
        }
        var result = SiteBuilder.BuildAndWrite(options);
        DiagnosticPrinter.Print(result.Diagnostics, options.SourceRoot);
        if (verbose)
            foreach (var timing in result.Timings)
                Console.Error.WriteLine($"  {PhaseName(timing.Phase),-9} {timing.Elapsed.TotalMilliseconds,8:F0} ms {timing.PeakMemory / 1048576,6} MiB  {timing.Detail}");
        foreach (var note in result.Notes) Console.Error.WriteLine(note);
        var counts = DiagnosticFormatter.Count(result.ErrorCount, result.WarningCount);
        if (result.HasErrors || (options.Strict && result.WarningCount > 0))
        {
            var failed = result.HasErrors ? Say.BuildFailed : Say.BuildFailedStrict;
            Console.Error.WriteLine(failed.With(counts, Relative(options.ResolvedOutputRoot)));
            return CommandLine.ContentErrors;
        }
        var pages = result.Output.Pages;
        var bulletins = result.Site?.Bulletins.Count ?? 0;
        Console.Error.WriteLine(Say.BuildDone.With(pages, bulletins, Relative(options.ResolvedOutputRoot), clock.Elapsed.TotalSeconds, counts));
        if (result.Changes is { } list)
            Console.Error.WriteLine(Say.BuildChanges.With(
                list.Count(c => c.Kind == ChangeKind.Added), list.Count(c => c.Kind == ChangeKind.Changed), list.Count(c => c.Kind == ChangeKind.Removed),
                RelativeFile(options.ChangesFile!)));
        if (ScheduleNote.For(result.Site) is { } scheduled) Console.Error.WriteLine(scheduled);
        return CommandLine.Success;
    }

    /// <summary>A phase's name as --verbose prints it; the names in <see cref="PhaseTiming"/> are the code's.</summary>
    private static string PhaseName(string phase) => phase switch
    {
        "load" => Say.PhaseLoad,
        "parse" => Say.PhaseParse,
        "model" => Say.PhaseModel,
        "search" => Say.PhaseSearch,
        "render" => Say.PhaseRender,
        "write" => Say.PhaseWrite,
        _ => phase,
    };

    private static string RelativeFile(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative + "/";
    }
}
