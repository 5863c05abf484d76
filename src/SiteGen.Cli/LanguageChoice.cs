using System.CommandLine;
using SiteGen.Messages;

namespace SiteGen.Cli;

/// <summary>
/// <c>--lang id|en</c> on every command, or <c>SITEGEN_LANG</c>: read before the commands are made, since their help
/// texts are already in the chosen language.
/// </summary>
internal static class LanguageChoice
{
    public const string Name = "--lang";

    /// <summary>The language asked for by <c>--lang</c> (the last one given) or else <c>SITEGEN_LANG</c>; Indonesian otherwise.</summary>
    /// <param name="warning">A line to print when <c>SITEGEN_LANG</c> names a language SiteGen does not speak.</param>
    public static string From(string[] args, string? variable, out string? warning)
    {
        warning = null;
        string? given = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--") break;
            if (args[i] == Name && i + 1 < args.Length) given = args[i + 1];
            else if (args[i].StartsWith(Name + "=", StringComparison.Ordinal)) given = args[i][(Name.Length + 1)..];
        }
        // A wrong --lang is reported by the option itself, as wrong usage; until then speak the default.
        if (given is not null) return Language.IsSupported(given) ? given.Trim().ToLowerInvariant() : Language.Indonesian;
        if (string.IsNullOrWhiteSpace(variable)) return Language.Indonesian;
        if (Language.IsSupported(variable)) return variable.Trim().ToLowerInvariant();
        using (Language.Use(Language.Indonesian)) warning = Say.LangVariableInvalid.With(variable);
        return Language.Indonesian;
    }

    /// <summary>The option itself, so that <c>--lang</c> is accepted on every command and shown in its help.</summary>
    public static Option<string> Option()
    {
        var option = new Option<string>(Name)
        {
            Description = Say.LangOptionDescription,
            HelpName = "id|en",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !Language.IsSupported(result.Tokens[^1].Value))
                result.AddError(Say.LangOptionInvalid.With(result.Tokens[^1].Value));
        });
        return option;
    }
}
