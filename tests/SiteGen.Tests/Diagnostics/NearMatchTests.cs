using SiteGen.Diagnostics;

namespace SiteGen.Tests.Diagnostics;

public sealed class NearMatchTests
{
    private static readonly string[] Units = ["Polres Blitar", "Polres Malang", "Polres Kota Malang", "Polresta Kendari"];

    [Theory]
    [InlineData("Polres Blitarr", "Polres Blitar")]
    [InlineData("polres blitar", "Polres Blitar")]
    [InlineData("Polres  Malang", "Polres Malang")]
    [InlineData("Polresta Kendarri", "Polresta Kendari")]
    [InlineData("Kendari", "Polresta Kendari")]
    [InlineData("Polres Surabaya", null)]
    [InlineData("", null)]
    public void Finds_the_name_a_typo_was_meant_to_be(string input, string? expected) => Assert.Equal(expected, NearMatch.Find(input, Units));

    [Fact]
    public void Hint_lists_known_names_when_nothing_is_close()
    {
        Assert.Equal("did you mean 'Polres Blitar'?", NearMatch.Hint("Polres Blitarr", Units, "unit"));
        Assert.StartsWith("known units: 'Polres Blitar', 'Polres Kota Malang'", NearMatch.Hint("Polda Bali", Units, "unit"));
        Assert.Equal("no unit is defined yet", NearMatch.Hint("x", [], "unit"));
    }
}
