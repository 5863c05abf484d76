using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using SiteGen.Cli.Serving;

namespace SiteGen.Cli;

/// <summary><c>sitegen serve</c>: builds the site into memory, serves it on 127.0.0.1, rebuilds on change and reloads open pages.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Command Create()
    {
        var source = SharedOptions.Source();
        var port = new Option<int>("--port", "-p") { Description = $"Port to serve on at 127.0.0.1 (default: {DefaultPort}; 0 for any free port)", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(r =>
        {
            if (r.GetValue(port) is < 0 or > 65535) r.AddError("--port must be a number from 1 to 65535, or 0 for any free port");
        });
        var command = new Command("serve", "Build and serve the site on 127.0.0.1, with drafts and future bulletins; rebuild and reload the browser on every change") { source, port };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(source)!, parse.GetValue(port), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string sourceRoot, int port, CancellationToken cancel)
    {
        if (!Directory.Exists(sourceRoot))
        {
            Console.Error.WriteLine($"sitegen: the source folder '{sourceRoot}' does not exist; pass --source with the folder that holds sitegen.yaml");
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
            Console.Error.WriteLine($"sitegen: port {port} on 127.0.0.1 is already in use (is another 'sitegen serve' running?); stop that program or choose another port, e.g. --port {port + 1}");
            return CommandLine.WrongUsage;
        }
        Console.Error.WriteLine($"serving {server.Address} — open it in your browser; pages reload when you save. Press Ctrl+C to stop.");
        var stopped = await Task.WhenAny(Task.Delay(Timeout.Infinite, cancel), server.Rebuilding);
        // Rebuilding ends only with an internal error: rethrow it rather than go on serving a site that no longer follows the files.
        if (stopped == server.Rebuilding) await server.Rebuilding;
        Console.Error.WriteLine("stopping…");
        return CommandLine.Success;
    }
}
