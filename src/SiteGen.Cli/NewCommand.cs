using System.CommandLine;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Cli;

/// <summary><c>sitegen new</c>: writes a new bulletin file with its front matter filled in, and prints its path.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var source = SharedOptions.Source();
        var title = new Argument<string>("title") { Description = Say.NewTitleArgument, HelpName = Say.HelpValueTitle };
        var unit = new Option<string?>("--unit", "-u") { Description = Say.NewUnitOption, HelpName = Say.HelpValueName };
        var election = new Option<string[]>("--election", "-e") { Description = Say.NewElectionOption, HelpName = Say.HelpValueName };
        var tags = new Option<string?>("--tags", "-t") { Description = Say.NewTagsOption, HelpName = Say.HelpValueTags };
        var command = new Command("new", Say.NewDescription) { title, unit, election, tags, source };
        command.SetAction(parse => Run(
            parse.GetValue(source)!, parse.GetValue(title)!, parse.GetValue(unit), parse.GetValue(election) ?? [],
            (parse.GetValue(tags) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            DateTimeOffset.Now));
        return command;
    }

    internal static int Run(string sourceRoot, string title, string? unit, string[] elections, string[] tags, DateTimeOffset now)
    {
        if (!Directory.Exists(sourceRoot))
        {
            Console.Error.WriteLine(SharedOptions.SourceMissing(sourceRoot));
            return CommandLine.WrongUsage;
        }
        var diagnostics = new DiagnosticBag();
        var plan = NewBulletin.Plan(sourceRoot, title, unit, elections, tags, now, diagnostics);
        var all = diagnostics.ToSortedList();
        // Problems with what was typed on the command line are wrong usage; problems in the site's own files are content errors.
        var (arguments, files) = (all.Where(IsArgument).ToArray(), all.Where(d => !IsArgument(d)).ToArray());
        foreach (var problem in arguments) Console.Error.WriteLine($"sitegen new: {problem.Path}: {problem.Message}");
        DiagnosticPrinter.Print(files, sourceRoot);
        if (files.Any(d => d.IsError)) return CommandLine.ContentErrors;
        if (plan is not { } file) return CommandLine.WrongUsage;

        // A folder on the way may be a link: the file is written only where it would be read from, inside content/.
        var refused = new DiagnosticBag();
        if (new Loading.SiteFolder(sourceRoot).RealFile(file.Path, refused) is not { } full)
        {
            DiagnosticPrinter.Print(refused.ToSortedList(), sourceRoot);
            return CommandLine.ContentErrors;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new System.Text.UTF8Encoding(false).GetBytes(file.Text));
        }
        catch (IOException) when (File.Exists(full))
        {
            Console.Error.WriteLine("sitegen new: " + Say.NewFileExists.With(file.Path));
            return CommandLine.WrongUsage;
        }
        Console.WriteLine(file.Path);
        return CommandLine.Success;
    }

    private static bool IsArgument(Diagnostic d) => d.Path is NewBulletin.TitleArgument || d.Path.StartsWith('-');
}
