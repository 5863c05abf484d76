using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using SiteGen.Configuration;

namespace SiteGen.BrowserTests.Support;

/// <summary>
/// A site of the repository built once into a temporary folder, served on 127.0.0.1 under its base path, with Debian's
/// Chromium started through Playwright. When Chromium is not installed, <see cref="Missing"/> says why and every test
/// using it is reported as skipped.
/// </summary>
public abstract class ServedSite : IAsyncLifetime
{
    private readonly string _source;
    private readonly string _basePath;
    private readonly bool _builtForItsAddress;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-browser-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _server;
    private IPlaywright? _playwright;

    /// <param name="source">The site's folder, relative to the repository (the repository itself for "").</param>
    /// <param name="basePath">The path the site is served under, as its base_url says ("/" or "/buletin/").</param>
    /// <param name="builtForItsAddress">Build with the address it is served at as base URL (as <c>build --base-url</c>), so canonical links and the sitemap point at it.</param>
    protected ServedSite(string source, string basePath, bool builtForItsAddress = false)
    {
        _source = Path.Combine(RepoRoot, source);
        _basePath = basePath;
        _builtForItsAddress = builtForItsAddress;
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Missing { get; private set; }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The served site's address, e.g. http://127.0.0.1:41234/buletin/.</summary>
    public string Root { get; private set; } = "";

    /// <summary>The site as built, for tests that walk its pages.</summary>
    public BuildResult Built { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            Missing = $"{Chromium.ExecutablePath} is not installed (apt-get install -y chromium)";
            return;
        }
        var output = Path.Combine(_folder, "output");
        var port = _builtForItsAddress ? FreePort() : 0;
        var options = new BuildOptions
        {
            SourceRoot = _source,
            OutputRoot = output,
            CacheRoot = Path.Combine(_folder, "cache"),
            Now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            BaseUrl = _builtForItsAddress ? $"http://127.0.0.1:{port}{_basePath}" : null,
        };
        var written = SiteBuilder.BuildAndWrite(options);
        if (written.HasErrors) throw new InvalidOperationException("the site did not build:\n" + string.Join('\n', written.Diagnostics));
        Built = SiteBuilder.Build(options);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _server = builder.Build();
        var files = new PhysicalFileProvider(output);
        if (_basePath != "/") _server.UsePathBase(_basePath.TrimEnd('/'));
        _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = new FileExtensionContentTypeProvider() });
        await _server.StartAsync();
        Root = _server.Urls.First().TrimEnd('/') + _basePath;

        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A port no one listens on now (the site is built for it before the server starts).</summary>
    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds SiteGen.sln.");
    }
}
