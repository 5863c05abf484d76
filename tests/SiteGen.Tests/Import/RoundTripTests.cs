using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>An imported release is written, then the site builds with it and says nothing at all.</summary>
public sealed class RoundTripTests
{
    [Theory]
    [InlineData("berita-fgd-blitar.txt", "2024/09/polres-blitar-ajak-bawaslu-dan-kpu-bahas-netralitas-polri-jelang-pilkada-serentak-2024/index.html")]
    [InlineData("chat-pilkades-pasuruan.txt", "2023/07/ratusan-personel-gabungan-amankan-pilkada-serentak-di-24-desa-kabupaten-pasuruan/index.html")]
    [InlineData("rilis-kendari.md", "2024/07/polresta-kendari-gelar-rakor-pengamanan-tahapan-pilkada-2024/index.html")]
    [InlineData("patroli-blitar-pemilu.txt", "2023/11/patroli-skala-besar-polres-blitar-jaga-kondusivitas-jelang-pemilu-2024/index.html")]
    [InlineData("malang-selasa.txt", "2024/08/polres-malang-latih-ratusan-personel-pengamanan-tps-pilkada-2024/index.html")]
    [InlineData("kota-malang-sep.txt", "2024/09/polresta-malang-kota-ajak-mahasiswa-jaga-pilkada-damai/index.html")]
    public void Import_then_build_gives_the_bulletin_page_and_no_diagnostics(string fixture, string page)
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture(fixture);
        Assert.Empty(imported.Diagnostics);
        site.Write(imported);
        site.Site.BuildOk();
        Assert.Empty(site.Site.Diagnostics);
        var html = site.Site.Html(page);
        Assert.Equal(imported.Bulletin.Title.Value, html.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(imported.Bulletin.Unit.Value, html.QuerySelector("article")!.TextContent);
    }

    [Fact]
    public void Values_YAML_would_misread_are_quoted_and_come_back_word_for_word()
    {
        using var site = new ImportTestSite();
        const string title = "Kapolres: \"Jaga #PilkadaDamai\" — 100% Netral & Aman [Tahap 2]";
        var imported = site.ImportFixture("malang-selasa.txt", new ImportOptions
        {
            Title = title,
            Location = "- Lapangan: Mapolres Malang",
            Author = "yes",
            Tags = ["netralitas", "tps, logistik"],
            Summary = "'Kutipan' di awal: aman",
        });
        Assert.Empty(imported.Diagnostics);
        site.Write(imported);
        site.Site.BuildOk();
        Assert.Empty(site.Site.Diagnostics);
        var bulletin = site.Site.Result.Site!.Bulletins.Single();
        Assert.Equal(title, bulletin.Title);
        Assert.Equal("- Lapangan: Mapolres Malang", bulletin.Location);
        Assert.Equal("yes", bulletin.Author);
        Assert.Equal("'Kutipan' di awal: aman", bulletin.Summary);
        Assert.Equal(["netralitas", "tps, logistik"], bulletin.Tags.Select(t => t.Name));
    }

    [Fact]
    public void A_bulletin_whose_address_another_bulletin_has_would_not_build_and_says_so()
    {
        using var site = new ImportTestSite("""
            -- content/bulletins/lama/polres-malang-latih-ratusan-personel-pengamanan-tps-pilkada-2024.md --
            ---
            title: Polres Malang Latih Ratusan Personel Pengamanan TPS Pilkada 2024
            unit: Polres Malang
            date: 2024-08-20
            election: Pilkada Serentak 2024
            ---
            Teks lama.
            """);
        var imported = site.ImportFixture("malang-selasa.txt");
        Assert.Contains(imported.Diagnostics, d => d.Contains("error SG0301", StringComparison.Ordinal) && d.Contains("content/bulletins/lama/polres-malang-latih-ratusan-personel-pengamanan-tps-pilkada-2024.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_of_plain_text_Markdown_would_read_as_headings_or_links_come_back_as_written()
    {
        using var site = new ImportTestSite();
        var text = File.ReadAllText(ImportTestSite.Fixture("malang-selasa.txt"))
            .Replace("(NN/IE)", "#\n\n### Catatan: personel cadangan disiagakan\n\nLihat lampiran [1](a) dan \\[2\\].\n\n(NN/IE)", StringComparison.Ordinal);
        var imported = site.ImportText(text);
        Assert.Empty(imported.Diagnostics);
        site.Write(imported);
        site.Site.BuildOk();
        var article = site.Site.Html("2024/08/polres-malang-latih-ratusan-personel-pengamanan-tps-pilkada-2024/index.html").QuerySelector("article .prose")!;
        Assert.Empty(article.QuerySelectorAll("h2, h3, h4, a[href='a']").Select(e => e.OuterHtml));
        Assert.Contains("### Catatan: personel cadangan disiagakan", article.TextContent);
        Assert.Contains("Lihat lampiran [1](a) dan \\[2\\].", article.TextContent);
    }
}
