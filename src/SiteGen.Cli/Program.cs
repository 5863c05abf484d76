using System.CommandLine;
using System.CommandLine.Help;
using SiteGen.Cli;
using SiteGen.Messages;

// The language is chosen before the commands are made: their help texts are written in it.
var language = LanguageChoice.From(args, Environment.GetEnvironmentVariable(Language.EnvironmentVariable), out var warning);
using var speaking = Language.Use(language);
if (warning is not null) Console.Error.WriteLine(warning);

// A plain command named 'sitegen' (not RootCommand, which takes its name from the assembly) so help reads "sitegen build".
var root = new Command("sitegen", Say.CliDescription)
{
    new HelpOption { Description = Say.HelpOptionDescription, Action = new HelpPrinter() },
    new VersionOption { Description = Say.VersionOptionDescription },
    LanguageChoice.Option(),
};
root.Subcommands.Add(InitCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ListCommand.Create());
return CommandLine.Run(root, args);
