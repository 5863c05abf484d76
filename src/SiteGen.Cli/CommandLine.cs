using System.CommandLine;

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
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) Console.Error.WriteLine($"sitegen: {error.Message}");
            Console.Error.WriteLine("Run 'sitegen --help' to see the commands and their options.");
            return WrongUsage;
        }
        return result.Invoke();
    }
}
