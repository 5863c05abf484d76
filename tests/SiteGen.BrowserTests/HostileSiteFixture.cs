using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>tests/fixtures/hostile: payloads in every field of every file, served at the root.</summary>
public sealed class HostileSiteFixture() : ServedSite(Path.Combine("tests", "fixtures", "hostile"), "/");
