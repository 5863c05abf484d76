using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>An official Word release: its letterhead names the unit and is left out, the headline is the first line after it, the signature becomes the author.</summary>
public sealed class LetterheadTests
{
    [Fact]
    public void The_headline_after_the_letterhead_is_the_title_in_title_case_and_the_signature_is_the_author()
    {
        using var site = new ImportTestSite();
        var imported = site.Import("siaran-pers-malang.docx", OfficialReleases.MalangDocx());

        Assert.Equal("Polres Malang Gelar Simulasi Sispamkota Jelang Pemungutan Suara Pilkada Serentak 2024", imported.Front("title"));
        Assert.Equal("the first line after the letterhead; written in capitals, here in title case", imported.Bulletin.Title.From);
        Assert.Equal("Polres Malang", imported.Front("unit"));
        Assert.Equal("'RESOR MALANG' in the letterhead", imported.Bulletin.Unit.From);
        Assert.Equal("2024-11-19", imported.Front("date"));
        Assert.Equal("Pilkada Serentak 2024", imported.Front("election"));
        Assert.Equal("Kasi Humas Polres Malang", imported.Front("author"));
        Assert.Equal("the signature 'Malang, 19 November 2024 / Kasi Humas Polres Malang, / IPTU Budi Santoso, S.H. / NRP 78091234'", imported.Bulletin.Author!.From);
        Assert.StartsWith("MALANG – Polres Malang menggelar simulasi", imported.Body);
        Assert.EndsWith("sehari sebelum pemungutan suara.\n", imported.Body);
        foreach (var clutter in new[] { "KEPOLISIAN", "RESOR", "SIARAN PERS", "Nomor", "Kasi Humas", "IPTU", "NRP", "Jalan Ahmad Yani" })
            Assert.DoesNotContain(clutter, imported.Body);
        Assert.DoesNotContain(imported.Release.Removed, r => r.Text.Contains("SISPAMKOTA", StringComparison.Ordinal));
        Assert.Empty(imported.Diagnostics);
    }

    [Fact]
    public void A_city_resort_is_the_unit_units_yaml_names_Polres_Kota_Malang()
    {
        using var site = new ImportTestSite();
        var imported = site.Import("siaran-pers.docx", OfficialReleases.MalangDocx(
            letterhead: ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH JAWA TIMUR", "RESOR KOTA MALANG"]));
        Assert.Equal("Polres Kota Malang", imported.Front("unit"));
        Assert.Equal("'RESOR KOTA MALANG' in the letterhead", imported.Bulletin.Unit.From);
    }

    [Fact]
    public void A_letterhead_unit_the_site_does_not_list_writes_nothing_and_says_what_to_pass()
    {
        using var site = new ImportTestSite();
        var imported = site.Import("siaran-pers.docx", OfficialReleases.MalangDocx(
            letterhead: ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH JAWA TIMUR", "RESOR LUMAJANG"]));
        Assert.Equal(["unit"], imported.Bulletin.Missing);
        Assert.Contains("the letterhead names 'RESOR LUMAJANG' (Polres Lumajang), which is not in content/units.yaml — pass --unit, or add the unit to content/units.yaml", imported.Bulletin.Warnings);
        Assert.Null(imported.Text);
    }

    [Fact]
    public void An_office_signed_without_its_unit_gets_the_unit_of_the_letterhead()
    {
        using var site = new ImportTestSite();
        var imported = site.Import("siaran-pers.docx", OfficialReleases.MalangDocx(
            signature: ["a.n. KEPALA KEPOLISIAN RESOR MALANG", "KASI HUMAS", "", "BUDI SANTOSO, S.H.", "IPTU NRP 78091234"]));
        Assert.Equal("Kasi Humas Polres Malang", imported.Front("author"));
        Assert.DoesNotContain("BUDI", imported.Body);
        Assert.DoesNotContain("KEPALA", imported.Body);
    }

    [Fact]
    public void A_plain_text_release_with_a_letterhead_is_read_the_same_way()
    {
        using var site = new ImportTestSite();
        var text = string.Join("\n", OfficialReleases.MalangLetterhead) + "\n\nSIARAN PERS\nNomor: B/214/XI/2024\n\nPOLRES MALANG GELAR SIMULASI SISPAMKOTA\n\n"
            + string.Join("\n\n", OfficialReleases.MalangText) + "\n\n" + string.Join("\n", OfficialReleases.MalangSignature) + "\n";
        var imported = site.ImportText(text);
        Assert.Equal("Polres Malang Gelar Simulasi Sispamkota", imported.Front("title"));
        Assert.Equal("Polres Malang", imported.Front("unit"));
        Assert.Equal("Kasi Humas Polres Malang", imported.Front("author"));
        Assert.Empty(imported.Diagnostics);
    }

    [Theory]
    [InlineData("POLRES KONAWE DAN KPU SULTRA GELAR RAKOR PENGAMANAN TPS DI KENDARI", "Polres Konawe dan KPU Sultra Gelar Rakor Pengamanan TPS di Kendari")]
    [InlineData("PILKADA DAMAI: KAPOLRES AJAK WARGA KE TPS", "Pilkada Damai: Kapolres Ajak Warga ke TPS")]
    [InlineData("PPK DAN KPPS IKUTI BIMTEK PENGAMANAN PEMILU 2024 YANG DIGELAR POLRESTA KENDARI", "PPK dan KPPS Ikuti Bimtek Pengamanan Pemilu 2024 yang Digelar Polresta Kendari")]
    [InlineData("DI BALIK PENGAMANAN PILKADES SERENTAK 2025", "Di Balik Pengamanan Pilkades Serentak 2025")]
    public void A_headline_in_capitals_is_written_the_Indonesian_way(string capitals, string expected) =>
        Assert.Equal(expected, TitleCase.Of(capitals, ["Polres Konawe", "Polresta Kendari", "Pilkades Serentak 2025"]));
}
