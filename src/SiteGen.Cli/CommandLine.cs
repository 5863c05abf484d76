using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Cli;

/// <summary>Runs the command line: wrong usage exits with 2 (SPEC §5), everything else with the command's own code.</summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int WrongUsage = 2;

    public static int Run(Command root, string[] args)
    {
        var result = root.Parse(args);
        // Help is shown even when what else was typed is incomplete: "sitegen new --help" is how one learns what new needs.
        if (result.Errors.Count > 0 && result.Action is not HelpPrinter)
        {
            // "Name a command" says nothing more when the word typed as a command is reported as unknown.
            var errors = result.UnmatchedTokens.Count > 0 ? result.Errors.Where(e => !IsLibraryMessage("RequiredCommandWasNotProvided", e)) : result.Errors;
            foreach (var error in errors) Console.Error.WriteLine($"sitegen: {UsageError(error, result)}");
            Console.Error.WriteLine(Say.UsageHint);
            return WrongUsage;
        }
        return result.Invoke();
    }

    /// <summary>
    /// System.CommandLine's messages exist in English and a few other languages but not Indonesian: each kind of message it
    /// gives is recognised by its English wording (from its own resources) and said again in SiteGen's words.
    /// </summary>
    private static string UsageError(ParseError error, ParseResult result)
    {
        foreach (var (key, retell) in Retellings)
        {
            if (LibraryPattern(key) is not { } pattern || pattern.Match(error.Message) is not { Success: true } match) continue;
            var values = match.Groups.Cast<Group>().Skip(1).Select(g => g.Value).ToArray();
            return retell(values, result);
        }
        return error.Message; // SiteGen's own validators already speak the chosen language
    }

    private static readonly (string Key, Func<string[], ParseResult, string> Retell)[] Retellings =
    [
        ("UnrecognizedCommandOrArgument", (v, r) => Near(v[0], r) is { } near ? Say.UsageUnknownTokenNear.With(v[0], near) : Say.UsageUnknownToken.With(v[0])),
        ("OptionRequiredArgumentMissing", (v, r) => Say.UsageOptionNeedsValue.With(v[0], Example(v[0], r))),
        ("RequiredOptionWasNotProvided", (v, _) => Say.UsageOptionRequired.With(v[0])),
        ("CommandRequiredArgumentMissing", (v, r) => Say.UsageArgumentRequired.With(v[0], string.Join(' ', r.CommandResult.Command.Arguments.Select(a => $"<{a.HelpName ?? a.Name}>")))),
        ("ArgumentConversionCannotParseForOption", (v, _) => Say.UsageValueInvalid.With(v[0], v[1])),
        ("ArgumentConversionCannotParseForCommand", (v, _) => Say.UsageValueInvalid.With(v[0], v[1])),
        ("OptionExpectsOneArgument", (v, _) => Say.UsageOptionOnce.With(v[0])),
        ("RequiredCommandWasNotProvided", (_, _) => Say.UsageCommandMissing),
    ];

    private static bool IsLibraryMessage(string key, ParseError error) => LibraryPattern(key)?.IsMatch(error.Message) == true;

    private static readonly ResourceManager LibraryMessages = new("System.CommandLine.Properties.Resources", typeof(Command).Assembly);

    private static Regex? LibraryPattern(string key)
    {
        if (LibraryMessages.GetString(key, CultureInfo.InvariantCulture) is not { } template) return null;
        var pattern = Regex.Replace(Regex.Escape(template), @"\\\{\d+}|\{\d+}", "(.*?)");
        return new Regex("^" + pattern + "$", RegexOptions.Singleline);
    }

    /// <summary>The command or option of the command being parsed that a mistyped word was most likely meant to be.</summary>
    private static string? Near(string token, ParseResult result)
    {
        var command = result.CommandResult.Command;
        var names = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.SelectMany(o => o.Aliases.Append(o.Name)))
            .Where(n => n != token);
        return NearMatch.Find(token, names);
    }

    private static string Example(string optionName, ParseResult result)
    {
        var option = result.CommandResult.Command.Options.Concat(result.RootCommandResult.Command.Options)
            .FirstOrDefault(o => o.Name == optionName || o.Aliases.Contains(optionName));
        return option is null ? "…" : $"<{option.HelpName ?? option.Name.TrimStart('-')}>";
    }
}
