using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>A release pasted from WhatsApp: its bold headline is the title, its marks become Markdown, its chat clutter goes.</summary>
public sealed class WhatsAppTests
{
    [Fact]
    public void A_bold_headline_in_capitals_with_emoji_is_the_title_in_title_case()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("wa-kendari-logistik.txt");
        Assert.Equal("Polresta Kendari Kawal Distribusi Logistik Pilkada ke 65 Kelurahan", imported.Front("title"));
        Assert.Equal("the heading at the top; written in capitals, here in title case", imported.Bulletin.Title.From);
        Assert.Equal("Polresta Kendari", imported.Front("unit"));
        Assert.Equal("2024-11-25", imported.Front("date"));
        Assert.Equal("Pilkada Serentak 2024", imported.Front("election"));
        Assert.Equal("Humas Polresta Kendari", imported.Front("author"));
        Assert.Empty(imported.Diagnostics);
    }

    [Fact]
    public void Marks_become_Markdown_and_forwarded_markers_emoji_and_hashtags_go()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("wa-kendari-logistik.txt");
        Assert.Contains("*\"Setiap kotak suara kami kawal sampai diterima petugas dengan berita acara,\"* ujarnya.", imported.Body);
        Assert.Contains("- pengawalan melekat oleh personel bersenjata\n- patroli di rute distribusi\n- penjagaan gudang selama **24 jam**", imported.Body);
        foreach (var clutter in new[] { "Diteruskan", "🚨", "✅", "#PilkadaDamai", "Humas Polresta" })
            Assert.DoesNotContain(clutter, imported.Body);
        Assert.Contains(imported.Release.Removed, r => r.What == "WhatsApp's forwarded marker");
        Assert.Contains(imported.Release.Removed, r => r.What == "hashtag line");
    }

    [Fact]
    public void Struck_words_stay_struck_through_on_the_published_page()
    {
        // Struck words are often a correction: the reader sees them struck through, as the sender wrote them.
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("wa-kendari-logistik.txt");
        Assert.Contains("ditargetkan selesai ~~Selasa~~ Rabu (27/11/2024)", imported.Body);
        site.Write(imported);
        site.Site.BuildOk();
        var page = site.Site.Html("2024/11/polresta-kendari-kawal-distribusi-logistik-pilkada-ke-65-kelurahan/index.html");
        Assert.Equal("Selasa", Assert.Single(page.QuerySelectorAll("article del")).TextContent);
        Assert.Contains("ditargetkan selesai Selasa Rabu", MarkdownText.ToPlain(imported.Body));
    }

    [Fact]
    public void A_chat_export_s_prefixes_are_left_out()
    {
        var blocks = ReleaseReader.FromWhatsApp("[25/11/24 09.12] Humas Polresta Kendari: *PATROLI MALAM JELANG PILKADA*\n[25/11/24 09.13] Humas Polresta Kendari: KENDARI – Personel Polresta Kendari berpatroli.");
        Assert.Equal(["**PATROLI MALAM JELANG PILKADA**", "KENDARI – Personel Polresta Kendari berpatroli."], blocks.Select(b => b.Markdown));
    }

    [Theory]
    [InlineData("skor 3*4 dan 5*6 tetap", "skor 3\\*4 dan 5\\*6 tetap")]
    [InlineData("file_nama_baru tetap", "file\\_nama\\_baru tetap")]
    [InlineData("*tebal* dan _miring_", "**tebal** dan *miring*")]
    public void Marks_inside_words_are_text_not_formatting(string line, string markdown) =>
        Assert.Equal(markdown, ReleaseReader.FromWhatsApp("*JUDUL*\n\n" + line)[1].Markdown);
}
