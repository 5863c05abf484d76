using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Words struck through with two tildes, as GitHub and Hugo write them, show struck through; one tilde is text.</summary>
public sealed class StrikethroughTests
{
    [Fact]
    public void Two_tildes_strike_through_and_one_tilde_is_text()
    {
        using var site = new TestSite("""
            -- content/bulletins/ralat.md --
            ---
            title: Ralat Jadwal Patroli
            unit: Polres Blitar
            date: 2024-09-20
            election: Pemilu 2024
            ---
            Patroli digelar ~~Kamis~~ Jumat dengan ~50 personel dan ~60 relawan.
            """);
        site.BuildOk();
        var prose = site.Html("2024/09/ralat/index.html").QuerySelector(".prose")!;
        Assert.Equal("Kamis", Assert.Single(prose.QuerySelectorAll("del")).TextContent);
        Assert.Contains("Jumat dengan ~50 personel dan ~60 relawan.", prose.TextContent);
    }
}
