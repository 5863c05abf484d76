using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>The repository's own sample site, served at the root.</summary>
public sealed class SampleSiteFixture() : ServedSite("", "/");
