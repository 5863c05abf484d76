using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>Options several commands share.</summary>
internal static class SharedOptions
{
    public static Option<string> Source() => new("--source", "-s")
    {
        Description = "The site's folder, holding sitegen.yaml, content/ and themes/",
        DefaultValueFactory = _ => ".",
    };
}
