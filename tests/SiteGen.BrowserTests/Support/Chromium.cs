using Microsoft.Playwright;

namespace SiteGen.BrowserTests.Support;

/// <summary>Debian's Chromium driven by Playwright (which cannot download browsers here); a test is skipped when it is not installed.</summary>
internal static class Chromium
{
    /// <summary>Debian's Chromium; SITEGEN_CHROMIUM names another build.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Skip.IfNot(File.Exists(ExecutablePath), $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        return (playwright, browser);
    }
}
