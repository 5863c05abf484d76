using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Output;

namespace SiteGen.Cli.Serving;

/// <summary>
/// <c>sitegen serve</c>'s engine: builds the site into memory, serves it with Kestrel on 127.0.0.1, rebuilds what a
/// change affects and tells open pages to reload (or shows them the errors, while the last good site stays served).
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>How long the sources must stay quiet before a rebuild starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(15);

    /// <summary>
    /// How long the sources must stay quiet after a rebuild that failed before the open pages are shown its errors. An
    /// editor saves by emptying the file and then writing it (most do, and a busy computer can pause between the two): a
    /// rebuild that read the file in between fails, and the rest of the save, coming within this time, is built instead.
    /// </summary>
    public static readonly TimeSpan ErrorSettle = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long after a rebuild the search index of the whole site waits before it is brought up to date: a writer who
    /// saves again within it gets the reload without the indexing taking a core (and the rebuild's memory headroom).
    /// </summary>
    public static readonly TimeSpan SearchDelay = TimeSpan.FromMilliseconds(1500);

    /// <summary>
    /// How long after a reload event the heap is made ready for the next rebuild: that collection stops every thread
    /// for a moment, so it waits until the event has gone out and the open pages have fetched what changed.
    /// </summary>
    private static readonly TimeSpan HeadroomDelay = TimeSpan.FromMilliseconds(300);

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Marks the page served before the first good build, and its event stream: "?waiting" asks for a reload once the site is built.</summary>
    private const string Waiting = "waiting";

    private readonly BuildOptions _options;
    private readonly int _requestedPort;
    private readonly TimeSpan _quiet;
    private readonly TextWriter _log;
    private readonly ReloadHub _hub = new();
    private readonly CancellationTokenSource _stopping = new();
    private BuildSession? _session;
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task? _rebuilding;
    private volatile IReadOnlyDictionary<string, OutputFile> _files = new Dictionary<string, OutputFile>();
    private volatile IReadOnlyList<Diagnostic> _errors = [];
    private string _basePath = "/";
    // Every message, page and overlay is in the language serve was made in (Kestrel's threads do not inherit it).
    private readonly string _language = Language.Current;

    /// <param name="options">The build's options; serve shows drafts and future bulletins, and "now" is the clock's.</param>
    /// <param name="port">The port on 127.0.0.1; 0 for any free one (see <see cref="Address"/>).</param>
    /// <param name="quiet">How long the sources must stay quiet before a rebuild starts; <see cref="Quiet"/> by default.</param>
    public PreviewServer(BuildOptions options, int port, TextWriter log, TimeSpan? quiet = null)
    {
        _options = options;
        _requestedPort = port;
        _log = log;
        _quiet = quiet ?? Quiet;
    }

    /// <summary>The address the site is served at, once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>Ends only if rebuilding stopped by itself, with the exception that stopped it; until then, serve keeps watching.</summary>
    public Task Rebuilding => _rebuilding ?? Task.CompletedTask;

    /// <summary>Raised after every rebuild the watcher started whose outcome the open pages were given, with that outcome (for tests and the benchmark).</summary>
    public event Action<BuildUpdate>? Rebuilt;

    /// <summary>Raised, on the watcher's thread, for each change to the sources the watcher notices, with its path relative to the source folder (for tests).</summary>
    internal event Action<string>? Noticed;

    /// <summary>Raised when the first build starts, once the port is open and pages can be asked for (for tests).</summary>
    internal event Action? FirstBuildStarting;

    /// <summary>Binds the port, builds the site, starts watching. Throws <see cref="AddressInUseException"/> when the port is taken.</summary>
    public async Task StartAsync(CancellationToken cancel)
    {
        // The builds, here and in the rebuild loop started below, report in the language serve was made in.
        using var speaking = Language.Use(_language);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _requestedPort));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancel);
        var bound = _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound).Port;

        // Links and permalinks point at this server, under the site's own base path, so every link stays in the preview.
        var config = Configuration.SiteConfigReader.Read(ReadConfig(), null, new DiagnosticBag());
        _basePath = config.BasePath;
        Address = new Uri($"http://127.0.0.1:{port}{_basePath}");
        _session = new BuildSession(_options with { BaseUrl = Address.AbsoluteUri, IncludeDrafts = true, IncludeFuture = true }, TimeProvider.System)
        {
            DeferSearch = true,
        };
        _watcher = new SiteWatcher(_options.SourceRoot, _quiet);
        _watcher.Noticed += path => Noticed?.Invoke(path);
        var clock = Stopwatch.StartNew();
        FirstBuildStarting?.Invoke();
        Apply(_session.Build(), clock, initial: true);
        // Two rebuilds with nothing changed run the incremental path once the code is compiled for speed, so the first save is as quick as the rest.
        for (var i = 0; i < 2; i++) _session.Build([]);
        RebuildHeadroom.Prepare();
        _rebuilding = Task.Run(() => RebuildLoopAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        RebuildHeadroom.Release();
        if (_rebuilding is not null)
        {
            try
            {
                await _rebuilding;
            }
            catch (OperationCanceledException)
            {
                // Stopping while waiting for changes is the normal way out.
            }
        }
        if (_app is not null) await _app.StopAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_app is not null) await _app.DisposeAsync();
        _stopping.Dispose();
    }

    /// <summary>The settings' text, read as a build reads it (a link out of the site is refused; the build reports it).</summary>
    private string? ReadConfig() =>
        new Loading.SiteFolder(_options.SourceRoot).ReadText(Configuration.SiteConfig.FileName, new DiagnosticBag())?.Text;

    private async Task RebuildLoopAsync(CancellationToken cancel)
    {
        Task<IReadOnlyCollection<string>?>? next = null;
        while (!cancel.IsCancellationRequested)
        {
            next ??= _watcher!.NextBatchAsync(cancel);
            // The search index of the whole site takes a while: it is brought up to date in the background once the
            // writer pauses, so an edit reaches the open page first. A newer edit makes a running refresh outdated.
            if (_session!.SearchIsStale && await Task.WhenAny(next, Task.Delay(SearchDelay, cancel)) != next)
            {
                using var outdated = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                var search = _session.RefreshSearchAsync(outdated.Token);
                if (await Task.WhenAny(next, search) != search) outdated.Cancel();
                if (await Finished(search) is { } refresh && _session.ApplySearch(refresh) is { } refreshed)
                {
                    ApplySearch(refreshed);
                    // The refresh used up the room made for the next rebuild: make it again, now that serve is idle.
                    RebuildHeadroom.Prepare();
                }
                if (!next.IsCompleted) continue;
            }
            var changed = await next;
            next = null;
            var clock = Stopwatch.StartNew();
            var update = _session!.Build(changed);
            if (update.Result.HasErrors)
            {
                // Errors that a change within ErrorSettle may undo (the rest of a save) are not shown: that change is built instead.
                next = _watcher!.NextBatchAsync(cancel);
                if (await Task.WhenAny(next, Task.Delay(ErrorSettle, cancel)) == next) continue;
            }
            Apply(update, clock, initial: false);
            Rebuilt?.Invoke(update);
            next ??= _watcher!.NextBatchAsync(cancel);
            if (await Task.WhenAny(next, Task.Delay(HeadroomDelay, cancel)) != next) RebuildHeadroom.Prepare();
        }
    }

    /// <summary>The refresh's index, or null when it was stopped because a newer edit came.</summary>
    private static async Task<SearchRefresh?> Finished(Task<SearchRefresh> search)
    {
        try
        {
            return await search;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private void ApplySearch(BuildUpdate update)
    {
        _files = _session!.Files;
        if (update.ChangedFiles.Count == 0) return;
        _hub.Send("search", JsonSerializer.Serialize(new { Changed = update.ChangedFiles.Select(f => _basePath + f) }, Json));
        _log.WriteLine(Say.ServeSearchUpdated.With(update.ChangedFiles.Count));
    }

    private void Apply(BuildUpdate update, Stopwatch clock, bool initial)
    {
        var result = update.Result;
        DiagnosticPrinter.Print(result.Diagnostics, _options.SourceRoot);
        var hadErrors = _errors.Count > 0;
        if (result.HasErrors)
        {
            _errors = result.Diagnostics;
            // The overlay's words come with the errors, in the language serve speaks.
            var json = JsonSerializer.Serialize(new
            {
                Title = _files.Count > 0 ? Say.ServeOverlayTitle : Say.ServeOverlayTitleFirst,
                Note = _files.Count > 0 ? Say.ServeOverlayNote : "",
                Problems = result.Diagnostics.Select(d => new
                {
                    File = d.Path, d.Line, d.Column, Severity = d.IsError ? "error" : "warning",
                    Label = d.IsError ? Say.SeverityError : Say.SeverityWarning, d.Code, d.Message,
                }),
            }, Json);
            _hub.SetCurrent(ReloadHub.Format("errors", json));
            _hub.Send("errors", json);
            var serving = _files.Count > 0 ? Say.ServeStillServing : Say.ServeErrorsInBrowser;
            _log.WriteLine(Say.ServeBuildFailed.With(DiagnosticFormatter.Count(result.ErrorCount, result.WarningCount), serving));
            return;
        }
        _files = _session!.Files;
        _errors = [];
        _hub.SetCurrent(null);
        if (initial)
        {
            // Pages opened while the first build ran show "building the site": now they can load the site.
            _hub.Send("reload", "{}");
            _log.WriteLine(Say.ServeBuilt.With(result.Site?.Bulletins.Count ?? 0, update.RenderedPages, clock.Elapsed.TotalSeconds));
            return;
        }
        if (update.ChangedFiles.Count > 0 || hadErrors)
        {
            var json = JsonSerializer.Serialize(new { Changed = update.ChangedFiles.Select(f => _basePath + f) }, Json);
            _hub.Send("reload", json);
        }
        _log.WriteLine(Say.ServeRebuilt.With(clock.Elapsed.TotalMilliseconds, update.RenderedPages, update.ChangedFiles.Count));
    }

    private static bool IsLocalHost(HostString host) =>
        host.Host.Equals("127.0.0.1", StringComparison.Ordinal) || host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.Host.Equals("[::1]", StringComparison.Ordinal);

    private async Task HandleAsync(HttpContext context)
    {
        using var speaking = Language.Use(_language);
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!IsLocalHost(request.Host))
        {
            // A web page elsewhere could point its own name at 127.0.0.1 (DNS rebinding) and read the preview, drafts included.
            await Send(response, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8",
                System.Text.Encoding.UTF8.GetBytes(Say.ServeOtherHost.With(Address?.Port, request.Host) + "\n"));
            return;
        }
        var path = request.Path.Value ?? "/";
        if (path == ReloadHub.EventsPath)
        {
            // A page that showed "building the site" reloads at once if the build finished before it connected.
            await _hub.ServeAsync(context, _stopping.Token, reloadAtOnce: request.Query.ContainsKey(Waiting) ? () => _files.Count > 0 : null);
            return;
        }
        if (path == LiveReloadScript.Path)
        {
            await Send(response, 200, "text/javascript; charset=utf-8", LiveReloadScript.Source);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var files = _files;
        if (files.Count == 0)
        {
            // No good build yet: a page that only carries the script, which reloads once the site is built, or shows the
            // errors of a first build that failed and reloads once they are fixed.
            var text = _errors.Count > 0 ? Say.ServeNotBuilt : Say.ServeBuilding + " " + Say.ServeBuildingNote;
            await Send(response, 503, "text/html; charset=utf-8", LiveReloadScript.Inject(Encoding.UTF8.GetBytes(
                $"<!DOCTYPE html><html lang=\"{_language}\" data-sitegen-{Waiting}><head><meta charset=\"utf-8\"><title>sitegen serve</title></head>" +
                $"<body><p>{WebUtility.HtmlEncode(text)}</p></body></html>")));
            return;
        }
        if (!path.StartsWith(_basePath, StringComparison.Ordinal) && path + "/" != _basePath)
        {
            await NotFound(response, files);
            return;
        }
        var relative = path.Length < _basePath.Length ? "" : path[_basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (files.TryGetValue(relative, out var file))
        {
            await Send(response, 200, ContentType(file.Path), Body(file));
            return;
        }
        if (files.ContainsKey(relative + "/index.html"))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + request.QueryString;
            return;
        }
        await NotFound(response, files);
    }

    private static Task NotFound(HttpResponse response, IReadOnlyDictionary<string, OutputFile> files) =>
        files.TryGetValue(Model.UrlScheme.NotFound, out var page)
            ? Send(response, 404, "text/html; charset=utf-8", Body(page))
            : Send(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(Say.ServeNotFound));

    private static byte[] Body(OutputFile file) =>
        file.Path.EndsWith(".html", StringComparison.Ordinal) ? LiveReloadScript.Inject(file.Bytes) : file.Bytes;

    private static string ContentType(string path)
    {
        if (!ContentTypes.TryGetContentType(path, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/xml" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static async Task Send(HttpResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method)) await response.Body.WriteAsync(body);
    }
}
