using System.CommandLine;
using SiteGen.Messages;

namespace SiteGen.Cli;

/// <summary>Options several commands share.</summary>
internal static class SharedOptions
{
    public static Option<string> Source() => new("--source", "-s")
    {
        Description = Say.SourceOptionDescription,
        HelpName = "folder",
        DefaultValueFactory = _ => ".",
    };

    /// <summary>The line to print when the folder given with --source does not exist.</summary>
    public static string SourceMissing(string folder) => "sitegen: " + Say.SourceFolderMissing.With(folder);
}
