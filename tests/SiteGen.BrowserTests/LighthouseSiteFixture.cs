using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>The repository's sample site built for the address it is served at, as a site is for its own (canonical links, sitemap, robots.txt).</summary>
public sealed class LighthouseSiteFixture() : ServedSite("", "/", builtForItsAddress: true);
