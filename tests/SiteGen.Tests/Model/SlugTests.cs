using SiteGen.Model;

namespace SiteGen.Tests.Model;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Polres Kota Malang", "polres-kota-malang")]
    [InlineData("Pilkada Serentak 2024", "pilkada-serentak-2024")]
    [InlineData("  FGD: Netralitas — Polri!  ", "fgd-netralitas-polri")]
    [InlineData("Jum'at Bersih", "jumat-bersih")]
    [InlineData("Pengamanan TPS Désa Çibodas", "pengamanan-tps-desa-cibodas")]
    [InlineData("Rp1.500.000 untuk 12 TPS", "rp1-500-000-untuk-12-tps")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("???", "")]
    public void Slug_is_lower_case_ascii_with_single_hyphens(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Theory]
    [InlineData("Rapat\u200BKoordinasi", "rapatkoordinasi")]
    [InlineData("Rapat\u200D \u200CKoordinasi", "rapat-koordinasi")]
    [InlineData("\uFEFFtanda", "tanda")]
    [InlineData("Ke\u00ADamanan", "keamanan")]
    [InlineData("Polres \u202Esilop\u202C", "polres-silop")]
    [InlineData("\u2066isolasi\u2069 \u2067kanan\u2069", "isolasi-kanan")]
    [InlineData("arah\u200E\u200Fbaca", "arahbaca")]
    public void Invisible_and_bidi_characters_join_the_letters_around_them_as_they_look(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void Long_titles_are_cut_at_a_hyphen_within_the_limit()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("pengamanan", 30)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("pengamanan", slug);
    }

    [Theory]
    [InlineData("polres-blitar", true)]
    [InlineData("Polres-Blitar", false)]
    [InlineData("polres--blitar", false)]
    [InlineData("-polres", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    [InlineData("rapat\u200Bkoordinasi", false)]
    [InlineData("rapat\u202Ekoordinasi", false)]
    public void Explicit_slugs_must_already_be_slugs(string slug, bool valid) => Assert.Equal(valid, Slug.IsValid(slug));
}
