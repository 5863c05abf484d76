using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>A list written as text with commas, no brackets: read as the list it plainly is, with a warning giving the bracket form.</summary>
public sealed class CommaListTests
{
    private static TestSite Site(string lines) =>
        new($"-- content/bulletins/a.md --\n---\ntitle: Rapat\nunit: Polres Blitar\ndate: 2024-09-20\n{lines}\n---\nIsi.\n");

    [Fact]
    public void Two_listed_elections_with_a_comma_are_two_elections()
    {
        using var site = Site("election: Pemilu 2024, Pilkada Serentak 2024");
        var result = site.Build();
        Assert.False(result.HasErrors);
        Assert.Equal(["Pemilu 2024", "Pilkada Serentak 2024"], Assert.Single(result.Site!.Bulletins).Elections.Select(e => e.Name));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("content/bulletins/a.md:5:11: warning SG0204: 'election' is written without brackets; it is read as 2 items, but write: election: [Pemilu 2024, Pilkada Serentak 2024]", warning.ToString());
        Assert.Equal("election: [Pemilu 2024, Pilkada Serentak 2024]", warning.Fix!.After);
    }

    [Fact]
    public void An_election_name_not_listed_is_not_split_at_its_commas()
    {
        using var site = Site("election: Pemilu 2024, putaran kedua");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("SG0207", error.Code);
        Assert.StartsWith("election 'Pemilu 2024, putaran kedua' is not in content/elections.yaml yet", error.Message);
    }

    [Fact]
    public void Two_old_addresses_with_a_comma_are_two_aliases()
    {
        using var site = Site("election: Pemilu 2024\naliases: /lama/rapat/, /2024/09/rapat-lama/");
        var result = site.Build();
        Assert.False(result.HasErrors);
        Assert.True(site.Has("lama/rapat/index.html"));
        Assert.True(site.Has("2024/09/rapat-lama/index.html"));
        Assert.Equal("aliases: [/lama/rapat/, /2024/09/rapat-lama/]", Assert.Single(result.Diagnostics).Fix!.After);
    }

    [Fact]
    public void A_quoted_text_with_a_comma_is_taken_as_written()
    {
        using var site = Site("election: Pemilu 2024\ntags: \"Jawa Timur, Indonesia\"");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Jawa Timur, Indonesia"], Assert.Single(result.Site!.Bulletins).Tags.Select(t => t.Name));
    }
}
