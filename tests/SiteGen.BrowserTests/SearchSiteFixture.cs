using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>tests/fixtures/search-site, served under its base path /buletin/.</summary>
public sealed class SearchSiteFixture() : ServedSite(Path.Combine("tests", "fixtures", "search-site"), BasePath)
{
    public const string BasePath = "/buletin/";
}
