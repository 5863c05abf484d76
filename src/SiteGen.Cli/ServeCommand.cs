using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using SiteGen.Cli.Serving;
using SiteGen.Configuration;
using SiteGen.Messages;

namespace SiteGen.Cli;

/// <summary><c>sitegen serve</c>: builds the site into memory, serves it on 127.0.0.1, rebuilds on change and reloads open pages.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Command Create()
    {
        var source = SharedOptions.Source();
        var port = new Option<int>("--port", "-p") { Description = Say.ServePortOption.With(DefaultPort), HelpName = "port", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(r =>
        {
            // A value that is not a number is reported by the parser; here only numbers out of range.
            if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, out var number) && number is < 0 or > 65535) r.AddError(Say.ServePortRange);
        });
        var command = new Command("serve", Say.ServeDescription) { source, port };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(source)!, parse.GetValue(port), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string sourceRoot, int port, CancellationToken cancel)
    {
        if (!Directory.Exists(sourceRoot))
        {
            Console.Error.WriteLine(SharedOptions.SourceMissing(sourceRoot));
            return CommandLine.WrongUsage;
        }
        var options = new BuildOptions { SourceRoot = sourceRoot, Now = DateTimeOffset.Now };
        await using var server = new PreviewServer(options, port, Console.Error);
        try
        {
            await server.StartAsync(cancel);
        }
        catch (Exception e) when (e is AddressInUseException || e.InnerException is AddressInUseException)
        {
            Console.Error.WriteLine("sitegen: " + Say.ServePortInUse.With(port, port + 1));
            return CommandLine.WrongUsage;
        }
        Console.Error.WriteLine(Say.ServeReady.With(server.Address));
        var stopped = await Task.WhenAny(Task.Delay(Timeout.Infinite, cancel), server.Rebuilding);
        // Rebuilding ends only with an internal error: rethrow it rather than go on serving a site that no longer follows the files.
        if (stopped == server.Rebuilding) await server.Rebuilding;
        Console.Error.WriteLine(Say.ServeStopping);
        return CommandLine.Success;
    }
}
