using System.CommandLine;
using SiteGen.Cli;

var root = new RootCommand("SiteGen builds a public, searchable website of election-security bulletins from Markdown files.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
return CommandLine.Run(root, args);
