using SiteGen.Text;

namespace SiteGen.Tests.Text;

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
    public void A_long_text_gives_its_whole_slug_never_a_cut_one()
    {
        var text = string.Join(' ', Enumerable.Repeat("pengamanan", 30));
        var slug = Slug.From(text);
        Assert.Equal(text.Replace(' ', '-'), slug);
        Assert.True(Slug.IsTooLong(slug));
        Assert.False(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("content/bulletins/2024/apel-pengamanan.md", "apel-pengamanan")]
    [InlineData("content/bulletins/2024/2024-09-20-apel-pengamanan.md", "apel-pengamanan")]
    [InlineData("content/bulletins/2024/2024-09-20_apel.md", "apel")]
    [InlineData("content/bulletins/2024/2024-09-20.md", "2024-09-20")]
    [InlineData("content/bulletins/2024/apel/index.md", "apel")]
    [InlineData("content/bulletins/2024/2024-09-20-apel/index.md", "apel")]
    [InlineData("content/bulletins/2024/Apel Pengamanan TPS.md", "apel-pengamanan-tps")]
    [InlineData("content/bulletins/2024/2024-9-20-apel.md", "2024-9-20-apel")]
    [InlineData("content/bulletins/2024/___.md", "")]
    public void A_bulletins_slug_comes_from_its_file_name_less_a_leading_date(string path, string slug) =>
        Assert.Equal(slug, Slug.FromFileName(path));

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
