using System.CommandLine;
using System.CommandLine.Parsing;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using SiteGen.Messages;

namespace SiteGen.Cli;

/// <summary>
/// <c>--help</c>, in the language SiteGen speaks (System.CommandLine's own help has no Indonesian): what the command does,
/// how to call it, its arguments, options and sub-commands.
/// </summary>
internal sealed class HelpPrinter : SynchronousCommandLineAction
{
    private const int Indent = 2;

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        Console.Out.Write(Text(command, Ancestors(parseResult.CommandResult)));
        return CommandLine.Success;
    }

    /// <summary>The whole help of <paramref name="command"/>; <paramref name="path"/> is how it is called ("sitegen build").</summary>
    public static string Text(Command command, string path)
    {
        var text = new System.Text.StringBuilder();
        if (!string.IsNullOrEmpty(command.Description))
            text.Append(Say.HelpDescriptionTitle).Append('\n').Append(' ', Indent).Append(command.Description).Append("\n\n");

        var arguments = command.Arguments.Where(a => !a.Hidden).ToArray();
        var options = VisibleOptions(command);
        var commands = command.Subcommands.Where(c => !c.Hidden).ToArray();
        var usage = new List<string> { path };
        usage.AddRange(arguments.Select(a => $"<{a.HelpName ?? a.Name}>"));
        if (options.Length > 0) usage.Add(Say.HelpUsageOptions);
        if (commands.Length > 0) usage.Add(Say.HelpUsageCommand);
        text.Append(Say.HelpUsageTitle).Append('\n').Append(' ', Indent).Append(string.Join(' ', usage)).Append("\n\n");

        if (arguments.Length > 0)
            Section(text, Say.HelpArgumentsTitle, arguments.Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? "")));
        if (options.Length > 0)
            Section(text, Say.HelpOptionsTitle, options.Select(o => (OptionName(o), OptionDescription(o))));
        if (commands.Length > 0)
        {
            Section(text, Say.HelpCommandsTitle, commands.Select(c => (c.Name, c.Description ?? "")));
            text.Append(Say.HelpMore).Append('\n');
        }
        return text.ToString();
    }

    private static Option[] VisibleOptions(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        var inherited = command.Parents.OfType<Command>().SelectMany(Lineage).SelectMany(c => c.Options).Where(o => o.Recursive && !o.Hidden);
        return own.Concat(inherited).Distinct().ToArray();
    }

    private static IEnumerable<Command> Lineage(Command command)
    {
        yield return command;
        foreach (var parent in command.Parents.OfType<Command>())
            foreach (var above in Lineage(parent)) yield return above;
    }

    private static string OptionName(Option option)
    {
        // "-?", "/?" and "/h" are accepted for help, but a person reads "-h, --help" best.
        var names = option.Aliases.Append(option.Name).Where(n => n.StartsWith('-') && n != "-?").Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var value = option.ValueType == typeof(bool) || option is HelpOption or VersionOption ? "" : $" <{option.HelpName ?? option.Name.TrimStart('-')}>";
        return string.Join(", ", names) + value;
    }

    private static string OptionDescription(Option option)
    {
        var description = option.Description ?? "";
        return option.Required ? $"{description} {Say.HelpRequired}" : description;
    }

    private static void Section(System.Text.StringBuilder text, string title, IEnumerable<(string Name, string Description)> rows)
    {
        var list = rows.ToArray();
        var width = list.Max(r => r.Name.Length) + Indent;
        text.Append(title).Append('\n');
        foreach (var (name, description) in list)
            text.Append(' ', Indent).Append(name.PadRight(width)).Append(description).Append('\n');
        text.Append('\n');
    }

    private static string Ancestors(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is CommandResult c) names.Insert(0, c.Command.Name);
        return string.Join(' ', names);
    }
}
