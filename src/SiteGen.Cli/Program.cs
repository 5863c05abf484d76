using System.CommandLine;
using System.CommandLine.Help;
using SiteGen.Cli;

// A plain command named 'sitegen' (not RootCommand, which takes its name from the assembly) so help reads "sitegen build".
var root = new Command("sitegen", "SiteGen builds a public, searchable website of election-security bulletins from Markdown files.")
{
    new HelpOption(),
    new VersionOption(),
};
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
return CommandLine.Run(root, args);
