using System.CommandLine;
using SiteGen.Checking;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Text;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen check</c>: builds in memory (nothing is written) and checks the content rules and every link, anchor and image;
/// with <c>--fix</c>, first makes the corrections that are unambiguous in the site's files.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var source = SharedOptions.Source();
        var drafts = new Option<bool>("--drafts") { Description = Say.CheckDraftsOption };
        var future = new Option<bool>("--future") { Description = Say.CheckFutureOption };
        var external = new Option<bool>("--external") { Description = Say.CheckExternalOption };
        var strict = new Option<bool>("--strict") { Description = Say.BuildStrictOption };
        var fix = new Option<bool>("--fix") { Description = Say.CheckFixOption };
        var dryRun = new Option<bool>("--dry-run") { Description = Say.CheckDryRunOption };
        // The address the site will be published at: links are checked against the base path build will give them.
        var baseUrl = new Option<string?>("--base-url") { Description = Say.BuildBaseUrlOption, HelpName = "url" };
        var command = new Command("check", Say.CheckDescription) { source, drafts, future, external, strict, fix, dryRun, baseUrl };
        command.Validators.Add(result =>
        {
            if (result.GetValue(dryRun) && !result.GetValue(fix)) result.AddError(Say.CheckDryRunNeedsFix);
        });
        command.SetAction((parse, cancel) => RunAsync(new BuildOptions
        {
            SourceRoot = parse.GetValue(source)!,
            BaseUrl = parse.GetValue(baseUrl),
            IncludeDrafts = parse.GetValue(drafts),
            IncludeFuture = parse.GetValue(future),
            Strict = parse.GetValue(strict),
            Now = DateTimeOffset.Now,
        }, parse.GetValue(external), null, cancel, parse.GetValue(fix) ? new Fixing(parse.GetValue(dryRun)) : null));
        return command;
    }

    /// <summary>What <c>--fix</c> asks for: make the corrections, or (<paramref name="DryRun"/>) only show them.</summary>
    internal sealed record Fixing(bool DryRun);

    /// <param name="externalChecker">The checker for --external; null for the default one.</param>
    /// <param name="fixing">Set for --fix: correct what is unambiguous first, then check again.</param>
    internal static async Task<int> RunAsync(BuildOptions options, bool external, ExternalLinkChecker? externalChecker, CancellationToken cancel, Fixing? fixing = null)
    {
        if (!Directory.Exists(options.SourceRoot))
        {
            Console.Error.WriteLine(SharedOptions.SourceMissing(options.SourceRoot));
            return CommandLine.WrongUsage;
        }
        Inspection check;
        if (fixing is null)
            check = await Inspect(options, external, externalChecker, cancel);
        else
        {
            var (corrected, exit) = await CorrectAsync(options, fixing, externalChecker, cancel);
            if (exit is { } done) return done;
            check = external ? await Inspect(options, external, externalChecker, cancel) : corrected;
        }

        DiagnosticPrinter.Print(check.Diagnostics, options.SourceRoot);
        var errors = check.Diagnostics.Count(d => d.IsError);
        var warnings = check.Diagnostics.Count - errors;
        var counts = DiagnosticFormatter.Count(errors, warnings);
        var fixable = check.Diagnostics.Count(d => d.Fix is not null);
        if (fixable > 0 && fixing is null) Console.Error.WriteLine(Say.CheckFixable.With(fixable));
        if (ExitCode(check.Diagnostics, options.Strict) is { } failed)
        {
            var why = check.Result.HasErrors ? Say.CheckLinksNotChecked : options.Strict && errors == 0 ? Say.CheckStrictWarnings : "";
            Console.Error.WriteLine(Say.CheckFailed.With(counts, why));
            return failed;
        }
        var outside = external ? Say.CheckExternalChecked.With(check.ExternalLinks) : Say.CheckExternalNotChecked.With(check.ExternalLinks);
        Console.Error.WriteLine(Say.CheckPassed.With(check.Result.Site?.Bulletins.Count ?? 0, check.Result.Output.Pages, outside, counts));
        if (ScheduleNote.For(check.Result.Site) is { } scheduled) Console.Error.WriteLine(scheduled);
        return CommandLine.Success;
    }

    /// <summary>
    /// --fix: makes the corrections the site's diagnostics carry and prints each, then checks again. A correction can let
    /// the build read further (a tab fixed, the rest of the front matter read), so this repeats while a check finds more.
    /// Corrections come from the build's own diagnostics: links to other sites need not be asked for them. Returns the
    /// last check, or the exit code when nothing more is to be reported (a dry run, a file that could not be written).
    /// </summary>
    private static async Task<(Inspection Check, int? Exit)> CorrectAsync(BuildOptions options, Fixing fixing, ExternalLinkChecker? externalChecker, CancellationToken cancel)
    {
        var made = new List<Correction>();
        var problems = new DiagnosticBag();
        var check = await Inspect(options, external: false, externalChecker, cancel);
        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = Corrector.Apply(options.SourceRoot, Corrector.Plan(check.Diagnostics), write: !fixing.DryRun, problems);
            foreach (var change in changed)
                Console.WriteLine(Say.FixChange.With(change.Path, change.Line, Shown(change.Before), Shown(change.After)));
            made.AddRange(changed);
            if (changed.Count == 0 || fixing.DryRun) break;
            check = await Inspect(options, external: false, externalChecker, cancel);
        }
        DiagnosticPrinter.Print(problems.ToSortedList(), options.SourceRoot);
        var files = made.Select(c => c.Path).Distinct().Count();
        var summary = (made.Count, files, fixing.DryRun) switch
        {
            (0, _, _) => Say.FixNothing,
            (1, _, false) => Say.FixSummaryOneLine,
            (_, 1, false) => Say.FixSummaryOneFile,
            (_, _, false) => Say.FixSummary,
            (1, _, true) => Say.FixDryRunSummaryOneLine,
            (_, 1, true) => Say.FixDryRunSummaryOneFile,
            _ => Say.FixDryRunSummary,
        };
        Console.Error.WriteLine(summary.With(made.Count, files));
        if (fixing.DryRun) return (check, ExitCode(check.Diagnostics, options.Strict) ?? CommandLine.Success);
        return (check, problems.HasErrors ? CommandLine.ContentErrors : null);
    }

    /// <summary>Rounds of corrections at most: each lets the build read further into a file than the one before.</summary>
    private const int MaxRounds = 4;

    private sealed record Inspection(BuildResult Result, IReadOnlyList<Diagnostic> Diagnostics, int ExternalLinks);

    /// <summary>Builds the site in memory and checks it: the build's diagnostics, the content rules, and (when it builds) every link.</summary>
    private static async Task<Inspection> Inspect(BuildOptions options, bool external, ExternalLinkChecker? externalChecker, CancellationToken cancel)
    {
        var result = SiteBuilder.Build(options);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        var links = 0;
        if (!result.HasErrors && result.Site is { } site)
        {
            ContentRules.Check(site, diagnostics);
            var leaving = LinkChecker.Check(site, result.Files, diagnostics, options.Parallel);
            links = leaving.Count;
            if (external)
                await (externalChecker ?? new ExternalLinkChecker()).CheckAsync(leaving, "themes/" + site.Config.Theme, diagnostics, cancel);
        }
        return new Inspection(result, diagnostics.ToSortedList(), links);
    }

    /// <summary>The exit code of a failed check; null when it passed.</summary>
    private static int? ExitCode(IReadOnlyList<Diagnostic> diagnostics, bool strict) =>
        diagnostics.Any(d => d.IsError) || (strict && diagnostics.Count > 0) ? CommandLine.ContentErrors : null;

    /// <summary>A line as it is printed: hidden characters named, tabs shown, so a change of indentation can be seen.</summary>
    private static string Shown(string line) => TextSafety.Visible(line).Replace("\t", "<tab>", StringComparison.Ordinal);
}
