using System.CommandLine;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Listing;
using SiteGen.Messages;

namespace SiteGen.Cli;

/// <summary><c>sitegen list</c>: every bulletin and free page with its title, date and address, drafts and future ones included, as CSV or TSV.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var source = SharedOptions.Source();
        var baseUrl = new Option<string?>("--base-url") { Description = Say.BuildBaseUrlOption, HelpName = "url" };
        var format = new Option<string>("--format") { Description = Say.ListFormatOption, HelpName = "csv|tsv", DefaultValueFactory = _ => "csv" };
        format.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[^1].Value is not ("csv" or "tsv")) result.AddError(Say.ListFormatInvalid.With(result.Tokens[^1].Value));
        });
        var command = new Command("list", Say.ListDescription) { source, baseUrl, format };
        command.SetAction(parse => Run(new BuildOptions
        {
            SourceRoot = parse.GetValue(source)!,
            BaseUrl = parse.GetValue(baseUrl),
            IncludeDrafts = true,
            IncludeFuture = true,
            Now = DateTimeOffset.Now,
        }, parse.GetValue(format) == "tsv", Console.Out));
        return command;
    }

    /// <summary>Lists what the site holds; content errors are printed and make the exit code 1, but every page that could be read is still listed.</summary>
    internal static int Run(BuildOptions options, bool tabs, TextWriter output)
    {
        if (!Directory.Exists(options.SourceRoot))
        {
            Console.Error.WriteLine(SharedOptions.SourceMissing(options.SourceRoot));
            return CommandLine.WrongUsage;
        }
        var result = SiteBuilder.Plan(options);
        // Plain text only, never workflow annotations: the action lists the site beside check, which already annotates each problem.
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(DiagnosticFormatter.Text(diagnostic));
        if (result.Site is { } site) SiteListing.Write(SiteListing.Rows(site), output, tabs);
        return result.HasErrors ? CommandLine.ContentErrors : CommandLine.Success;
    }
}
