using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Builds tests/fixtures/search-site once, serves it on 127.0.0.1 (under its base path /buletin/), and starts
/// Debian's Chromium through Playwright. When Chromium is not installed, <see cref="Missing"/> says why and every
/// test is reported as skipped.
/// </summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; SITEGEN_CHROMIUM names another build.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    public const string BasePath = "/buletin/";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-browser-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _server;
    private IPlaywright? _playwright;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Missing { get; private set; }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The served site's address, e.g. http://127.0.0.1:41234/buletin/.</summary>
    public string Root { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Missing = $"{ChromiumPath} is not installed (apt-get install -y chromium)";
            return;
        }
        CopyFixture(Path.Combine(RepoRoot(), "tests", "fixtures", "search-site"), _folder);
        var output = Path.Combine(_folder, "output");
        var result = SiteBuilder.BuildAndWrite(new BuildOptions { SourceRoot = _folder, OutputRoot = output, Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        if (result.HasErrors) throw new InvalidOperationException("the fixture site did not build:\n" + string.Join('\n', result.Diagnostics));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        var files = new PhysicalFileProvider(output);
        _server.UsePathBase(BasePath.TrimEnd('/'));
        _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = new FileExtensionContentTypeProvider() });
        await _server.StartAsync();
        Root = _server.Urls.First().TrimEnd('/') + BasePath;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static void CopyFixture(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds SiteGen.sln.");
    }
}
