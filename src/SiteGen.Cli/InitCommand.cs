using System.CommandLine;
using System.Reflection;
using System.Text;
using SiteGen.Messages;
using SiteGen.Starter;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen init [DIR]</c>: writes a new office's site repository (see <see cref="NewSite"/>), asking in the terminal for
/// what the options did not give. It writes only into a new or empty folder, so nothing is ever overwritten.
/// </summary>
internal static class InitCommand
{
    /// <summary>The answers given as options; null for the ones not given.</summary>
    internal sealed record Given(string? Title, string? Unit, string? Polda, string? Region, string? BaseUrl, string? TimeZone);

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = Say.InitFolderArgument, DefaultValueFactory = _ => "." };
        var title = new Option<string?>("--title") { Description = Say.InitTitleOption, HelpName = Say.HelpValueText };
        var unit = new Option<string?>("--unit") { Description = Say.InitUnitOption, HelpName = Say.HelpValueName };
        var polda = new Option<string?>("--polda") { Description = Say.InitPoldaOption, HelpName = Say.HelpValueName };
        var region = new Option<string?>("--region") { Description = Say.InitRegionOption, HelpName = Say.HelpValueName };
        var baseUrl = new Option<string?>("--base-url") { Description = Say.InitBaseUrlOption, HelpName = "url" };
        var timeZone = new Option<string?>("--time-zone") { Description = Say.InitTimeZoneOption, HelpName = Say.HelpValueZone };
        var command = new Command("init", Say.InitDescription) { folder, title, unit, polda, region, baseUrl, timeZone };
        command.SetAction(parse => Run(
            parse.GetValue(folder)!,
            new Given(parse.GetValue(title), parse.GetValue(unit), parse.GetValue(polda), parse.GetValue(region), parse.GetValue(baseUrl), parse.GetValue(timeZone)),
            Console.In, interactive: !Console.IsInputRedirected, DateTimeOffset.Now, ToolVersion(), Repository()));
        return command;
    }

    /// <param name="interactive">True when <paramref name="input"/> is a person at a terminal, who can be asked for what is missing.</param>
    /// <param name="version">SiteGen's version, pinned in the new site's workflow and README.</param>
    /// <param name="repository">SiteGen's GitHub repository, whose action the workflow uses.</param>
    internal static int Run(string folder, Given given, TextReader input, bool interactive, DateTimeOffset now, string version, string repository)
    {
        var root = Path.GetFullPath(folder);
        if (File.Exists(root))
            return Usage(Say.InitFolderIsFile.With(folder));
        var existed = Directory.Exists(root);
        if (existed && Contents(root) is { Length: > 0 } present)
            return Usage(Say.InitFolderNotEmpty.With(folder, string.Join(", ", present.Take(3)) + (present.Length > 3 ? ", …" : "")));

        // Options given are checked before anything is asked: a script learns of a wrong value at once.
        var questions = Questions(given);
        foreach (var q in questions.Where(q => q.Given is not null))
            if (q.Problem(q.Given!) is { } problem)
                return Usage($"{q.Option}: {problem}");
        var missing = questions.Where(q => q.Given is null && q.Required).Select(q => q.Option).ToArray();
        if (missing.Length > 0 && !interactive)
            return Usage(Say.InitOptionsMissing.With(string.Join(", ", missing)));

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (interactive && questions.Any(q => q.Given is null))
            Console.Error.WriteLine(Say.InitIntro.With(folder));
        foreach (var q in questions)
        {
            if (q.Given is { } value)
            {
                answers[q.Option] = value.Trim();
                continue;
            }
            var suggestion = q.Suggest(answers);
            if (!interactive)
            {
                answers[q.Option] = suggestion!; // only optional questions are left here, and they always have a suggestion
                continue;
            }
            var answer = Ask(q, suggestion, input);
            if (answer is null) return Usage(Say.InitInputEnded);
            answers[q.Option] = answer;
        }

        var site = new SiteAnswers(answers["--title"], answers["--unit"], answers["--polda"], answers["--region"], answers["--base-url"], answers["--time-zone"]);
        var files = NewSite.Files(site, now, version, repository);
        if (Write(root, existed, files) is { } failure)
        {
            Console.Error.WriteLine("sitegen init: " + failure);
            return CommandLine.ContentErrors;
        }
        foreach (var (path, _) in files) Console.WriteLine(Path.Combine(folder, path).Replace('\\', '/'));
        Console.Error.WriteLine(Say.InitDone.With(folder, files.Count));
        Console.Error.WriteLine(Say.InitNextSteps.With(folder, NewSite.Shell(site.Unit.Trim())));
        return CommandLine.Success;
    }

    private sealed record Question(string Option, string? Given, bool Required, string Label, Func<string, string?> Problem, Func<IReadOnlyDictionary<string, string>, string?> Suggest);

    /// <summary>The questions in the order they are asked: the unit first, so the title and time zone can be suggested from it.</summary>
    private static Question[] Questions(Given given) =>
    [
        new("--unit", given.Unit, true, Say.InitAskUnit, NewSite.NameProblem, _ => null),
        new("--polda", given.Polda, true, Say.InitAskPolda, NewSite.NameProblem,
            a => a["--unit"].StartsWith("Polda ", StringComparison.OrdinalIgnoreCase) ? a["--unit"] : null),
        new("--region", given.Region, true, Say.InitAskRegion, NewSite.TextProblem, _ => null),
        new("--title", given.Title, true, Say.InitAskTitle, NewSite.TextProblem, a => "Buletin Humas " + a["--unit"]),
        new("--base-url", given.BaseUrl, true, Say.InitAskBaseUrl, NewSite.BaseUrlProblem, _ => null),
        new("--time-zone", given.TimeZone, false, Say.InitAskTimeZone, NewSite.TimeZoneProblem, a => PoldaTimeZone.For(a["--polda"])),
    ];

    /// <summary>Asks until the answer will do; Enter takes the suggestion. Null when the input ends first.</summary>
    private static string? Ask(Question question, string? suggestion, TextReader input)
    {
        while (true)
        {
            Console.Error.Write(suggestion is null ? $"{question.Label}: " : $"{question.Label} [{suggestion}]: ");
            var line = input.ReadLine();
            if (line is null)
            {
                Console.Error.WriteLine();
                return null;
            }
            var answer = line.Trim().Length == 0 && suggestion is not null ? suggestion : line.Trim();
            if (question.Problem(answer) is not { } problem) return answer;
            Console.Error.WriteLine("  " + problem);
        }
    }

    /// <summary>What a folder holds, by name; a Git repository's own .git folder does not count, so a fresh clone of an empty repository can be started in.</summary>
    private static string[] Contents(string root) =>
        Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).OfType<string>()
            .Where(name => name != ".git").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Writes every file, never replacing one; on a failure removes what it wrote, so no half-made site is left. Returns the failure, or null.</summary>
    private static string? Write(string root, bool existed, IReadOnlyList<(string Path, string Text)> files)
    {
        var written = new List<string>();
        var folders = new List<string>();
        var utf8 = new UTF8Encoding(false);
        try
        {
            if (!existed) Directory.CreateDirectory(root);
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(root, path);
                for (var dir = Path.GetDirectoryName(full)!; !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!) folders.Add(dir);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                written.Add(full);
                stream.Write(utf8.GetBytes(text));
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var file in written) File.Delete(file);
            foreach (var dir in folders.OrderByDescending(d => d.Length)) if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
            if (!existed && Directory.Exists(root) && !Directory.EnumerateFileSystemEntries(root).Any()) Directory.Delete(root);
            return Say.InitWriteFailed.With(root, e.Message);
        }
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine("sitegen init: " + message);
        return CommandLine.WrongUsage;
    }

    /// <summary>The version this sitegen was packed with (<c>dotnet pack -p:Version=…</c>), as <c>--version</c> prints it.</summary>
    internal static string ToolVersion()
    {
        var version = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return version.Split('+')[0];
    }

    /// <summary>SiteGen's GitHub repository, set when the tool is packed (the SiteGenRepository property).</summary>
    internal static string Repository() =>
        typeof(InitCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "SiteGenRepository")?.Value
        ?? throw new InvalidOperationException("SiteGen was built without its repository name (SiteGenRepository)");
}
