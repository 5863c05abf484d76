using System.CommandLine;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Cli;

/// <summary><c>sitegen check</c>: builds in memory (nothing is written) and checks the content rules and every link, anchor and image.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var source = SharedOptions.Source();
        var drafts = new Option<bool>("--drafts") { Description = "Also check bulletins marked 'draft: true'" };
        var future = new Option<bool>("--future") { Description = "Also check bulletins dated in the future" };
        var external = new Option<bool>("--external") { Description = "Also check links to other sites over the network (slower; off by default)" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors" };
        // The address the site will be published at: links are checked against the base path build will give them.
        var baseUrl = new Option<string?>("--base-url") { Description = Say.BuildBaseUrlOption, HelpName = "url" };
        var command = new Command("check", "Check content and every internal link, anchor and image of a fresh build, without writing anything")
            { source, drafts, future, external, strict, baseUrl };
        command.SetAction((parse, cancel) => RunAsync(new BuildOptions
        {
            SourceRoot = parse.GetValue(source)!,
            BaseUrl = parse.GetValue(baseUrl),
            IncludeDrafts = parse.GetValue(drafts),
            IncludeFuture = parse.GetValue(future),
            Strict = parse.GetValue(strict),
            Now = DateTimeOffset.Now,
        }, parse.GetValue(external), null, cancel));
        return command;
    }

    /// <param name="externalChecker">The checker for --external; null for the default one.</param>
    internal static async Task<int> RunAsync(BuildOptions options, bool external, ExternalLinkChecker? externalChecker, CancellationToken cancel)
    {
        if (!Directory.Exists(options.SourceRoot))
        {
            Console.Error.WriteLine($"sitegen: the source folder '{options.SourceRoot}' does not exist; pass --source with the folder that holds sitegen.yaml");
            return CommandLine.WrongUsage;
        }
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
        var all = diagnostics.ToSortedList();
        DiagnosticPrinter.Print(all, options.SourceRoot);
        var errors = all.Count(d => d.IsError);
        var warnings = all.Count - errors;
        var counts = DiagnosticFormatter.Count(errors, warnings);
        if (errors > 0 || (options.Strict && warnings > 0))
        {
            var why = result.HasErrors ? "; links were not checked because the site does not build" : options.Strict && errors == 0 ? " (--strict treats warnings as errors)" : "";
            Console.Error.WriteLine($"check failed: {counts}{why}");
            return CommandLine.ContentErrors;
        }
        var pages = result.Output.Pages;
        var outside = external ? $"{links} links to other sites checked" : $"{links} links to other sites not checked (add --external)";
        Console.Error.WriteLine($"check passed: {result.Site?.Bulletins.Count ?? 0} bulletins, {pages} pages, every internal link, anchor and image; {outside}; {counts}");
        if (ScheduleNote.For(result.Site) is { } scheduled) Console.Error.WriteLine(scheduled);
        return CommandLine.Success;
    }
}
