using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>"Did you mean" only for a slip of the keyboard; for a real unit not yet listed, the lines to add.</summary>
public sealed class UnitNameTests
{
    private static readonly string[] Listed = ["Polres Blitar", "Polres Kendal", "Polresta Kendari", "Polres Kota Malang", "Polres Sektor 2"];

    [Theory]
    [InlineData("Polres Blitarr", "Polres Blitar")]
    [InlineData("Polres Bltar", "Polres Blitar")]
    [InlineData("Blitar", "Polres Blitar")]
    [InlineData("Polres Kendari", "Polresta Kendari")]
    [InlineData("Polresta Malang Kota", null)]
    [InlineData("Polres Kediri", null)]
    [InlineData("Polres Kendali", "Polres Kendal")]
    [InlineData("Polres Sektor 3", null)]
    [InlineData("Polres Pasuruan", null)]
    public void Only_a_slip_of_the_keyboard_gets_did_you_mean(string written, string? meant) => Assert.Equal(meant, UnitName.Near(written, Listed));

    [Theory]
    [InlineData("Polres Kediri", "Kabupaten Kediri")]
    [InlineData("Polresta Kediri", "Kota Kediri")]
    [InlineData("Polres Kota Kediri", "Kota Kediri")]
    [InlineData("Polrestabes Surabaya", "Kota Surabaya")]
    [InlineData("Polda Jawa Timur", "Provinsi Jawa Timur")]
    [InlineData("Humas Kediri", null)]
    public void A_units_name_tells_its_region(string name, string? region) => Assert.Equal(region, UnitName.Region(name));

    [Fact]
    public void When_every_listed_unit_has_one_polda_the_lines_to_add_name_it()
    {
        using var site = new TestSite("""
            -- content/units.yaml --
            - name: Polres Blitar
              polda: Polda Jawa Timur
              region: Kabupaten Blitar
            -- content/bulletins/a.md --
            ---
            title: Rapat
            unit: Polres Kediri
            date: 2024-09-20
            election: Pemilu 2024
            ---
            Isi.
            """);
        var problem = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("unit 'Polres Kediri' is not in content/units.yaml yet; if the name is right, add these three lines to content/units.yaml:\n"
            + "- name: Polres Kediri\n  polda: Polda Jawa Timur\n  region: Kabupaten Kediri", problem.Message);
    }

    [Fact]
    public void Letter_case_of_a_unit_or_election_is_taken_with_a_warning_and_a_correction()
    {
        using var site = new TestSite("-- content/bulletins/a.md --\n---\ntitle: Rapat\nunit: POLRES BLITAR\ndate: 2024-09-20\nelection: pemilu 2024\n---\nIsi.\n");
        var result = site.Build();
        Assert.False(result.HasErrors);
        Assert.Equal("Polres Blitar", Assert.Single(result.Site!.Bulletins).Unit.Name);
        Assert.Equal(
        [
            "content/bulletins/a.md:3:7: warning SG0206: unit 'POLRES BLITAR' is listed as 'Polres Blitar' in content/units.yaml; write: unit: Polres Blitar",
            "content/bulletins/a.md:5:11: warning SG0207: election 'pemilu 2024' is listed as 'Pemilu 2024' in content/elections.yaml; write 'Pemilu 2024'",
        ], result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal([new LineFix(3, "unit: POLRES BLITAR", "unit: Polres Blitar"), new LineFix(5, "election: pemilu 2024", "election: Pemilu 2024")],
            result.Diagnostics.Select(d => d.Fix));
    }

    [Fact]
    public void An_election_not_yet_listed_gets_its_lines_and_another_year_is_not_a_slip()
    {
        using var site = new TestSite("-- content/bulletins/a.md --\n---\ntitle: Rapat\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pilkada Serentak 2029\n---\nIsi.\n");
        var problem = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("election 'Pilkada Serentak 2029' is not in content/elections.yaml yet; if the name is right, add these lines to content/elections.yaml:\n"
            + "- name: Pilkada Serentak 2029\n  kind: pilkada", problem.Message);
    }
}
