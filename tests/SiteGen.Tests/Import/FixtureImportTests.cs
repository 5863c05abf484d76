using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Releases shaped like real copy-pastes (tests/fixtures/import) become the bulletins a writer would have written by hand.</summary>
public sealed class FixtureImportTests
{
    [Fact]
    public void A_news_page_copy_becomes_a_clean_bulletin_with_every_guess_right()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("berita-fgd-blitar.txt");

        Assert.Equal("Polres Blitar Ajak Bawaslu dan KPU Bahas Netralitas Polri Jelang Pilkada Serentak 2024", imported.Front("title"));
        Assert.Equal("Polres Blitar", imported.Front("unit"));
        Assert.Equal("2024-09-20", imported.Front("date"));
        Assert.Equal("Pilkada Serentak 2024", imported.Front("election"));
        Assert.Equal("Aula Polres Blitar", imported.Front("location"));
        Assert.Equal("[netralitas, fgd, bawaslu, kpu]", imported.Front("tags"));
        Assert.Equal("\"Andi Pratama; editor: Rina Wulandari\"", imported.Front("author"));
        Assert.Equal("Kapolres Blitar membuka diskusi netralitas bersama Bawaslu dan KPU Kabupaten Blitar.", imported.Front("image_caption"));
        Assert.Equal("SP/Dimas Saputra", imported.Front("image_credit"));
        Assert.StartsWith("Polres Blitar menggelar focus group discussion (FGD)", imported.Front("summary"));

        // The body starts at the dateline and keeps the quotation word for word.
        Assert.StartsWith("BLITAR – Polres Blitar menggelar focus group discussion (FGD)", imported.Body);
        Assert.Contains("\"Anggota Polri tidak boleh berpihak. Netralitas adalah harga mati bagi kami,\" ujarnya.", imported.Body);
        Assert.EndsWith("FGD ditutup dengan kesepakatan untuk menggelar pertemuan koordinasi secara rutin.\n", imported.Body);
        foreach (var clutter in new[]
                 {
                     "SUARA BHAYANGKARA", "Beranda", "DAERAH", "Reporter", "Editor", "10:15 WIB", "Listen to this article", "SP/Dimas",
                     "Baca Juga", "Ratusan Personel", "share news", "URL berhasil dicopy", "Dibaca", "(*)", "Sebarkan artikel ini",
                     "BERITA TERBARU", "Festival Kuliner", "Tinggalkan Balasan", "email",
                 })
            Assert.DoesNotContain(clutter, imported.Body);
        Assert.Empty(imported.Diagnostics);
        Assert.DoesNotContain(imported.Bulletin.Warnings, w => !w.Contains("image:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_guess_says_which_words_it_came_from()
    {
        using var site = new ImportTestSite();
        var bulletin = site.ImportFixture("berita-fgd-blitar.txt").Bulletin;
        Assert.Equal("'Jumat (20/09/2024)' in the dateline", bulletin.Date.From);
        Assert.StartsWith("'Polres Blitar' in the title", bulletin.Unit.From);
        Assert.StartsWith("'Pilkada Serentak 2024' in the title", bulletin.Election.From);
        Assert.Equal("'di Aula Polres Blitar' in the dateline", bulletin.Location!.From);
        Assert.Equal("'Reporter: Andi Pratama | Editor: Rina Wulandari'", bulletin.Author!.From);
        Assert.Contains("'Netralitas' 4×", bulletin.Tags!.From);
    }

    [Fact]
    public void A_chat_paste_that_says_Pilkada_about_village_heads_is_filed_under_the_Pilkades()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("chat-pilkades-pasuruan.txt");
        Assert.Equal("Ratusan Personel Gabungan Amankan Pilkada Serentak di 24 Desa Kabupaten Pasuruan", imported.Front("title"));
        Assert.Equal("Polres Pasuruan", imported.Front("unit"));
        Assert.Equal("'Kapolres Pasuruan' in the dateline", imported.Bulletin.Unit.From);
        // "Minggu (16/7)" takes its year from the dateline "PASURUAN, 17 Juli 2023".
        Assert.Equal("2023-07-16", imported.Front("date"));
        Assert.Equal("Pilkades Serentak 2023", imported.Front("election"));
        Assert.Contains("village heads", imported.Bulletin.Election.From);
        Assert.Equal("Humas Polres Pasuruan", imported.Front("author"));
        Assert.DoesNotContain("RILIS HUMAS", imported.Body);
        Assert.DoesNotContain("Ml-01/ham", imported.Body);
        Assert.EndsWith("diserahkan kepada panitia pemilihan kepala desa.\n", imported.Body);
        Assert.Empty(imported.Diagnostics);
    }

    [Fact]
    public void A_markdown_release_keeps_its_heading_table_list_and_link_and_loses_its_credits()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("rilis-kendari.md");
        Assert.Equal("Polresta Kendari Gelar Rakor Pengamanan Tahapan Pilkada 2024", imported.Front("title"));
        Assert.Equal("Polresta Kendari", imported.Front("unit"));
        Assert.Equal("2024-07-09", imported.Front("date"));
        Assert.Equal("Pilkada Serentak 2024", imported.Front("election"));
        Assert.Equal("Aula Wira Pratama Polresta Kendari", imported.Front("location"));
        Assert.StartsWith("[rapat-koordinasi,", imported.Front("tags"));
        Assert.Equal("\"Redaksi; editor: Sari Lestari\"", imported.Front("author"));
        Assert.Contains("## Pembagian personel", imported.Body);
        Assert.Contains("| Wilayah | Personel |\n| --- | --- |\n| Kecamatan Kadia | 45 |", imported.Body);
        Assert.Contains("- Patroli dialogis di wilayah rawan\n- Pengawalan petugas pemutakhiran data\n", imported.Body);
        Assert.Contains("[kantor KPU](https://example.org/kpu-kendari)", imported.Body);
        Assert.Contains("*terbuka dan tertutup*", imported.Body);
        Assert.DoesNotContain("# Polresta Kendari Gelar", imported.Body);
        foreach (var clutter in new[] { "Baca juga", "Jalan Sehat", "Editor", "Sari Lestari", "Redaksi" })
            Assert.DoesNotContain(clutter, imported.Body);
        Assert.Empty(imported.Diagnostics);
    }

    [Fact]
    public void Protection_notices_counters_follow_notices_and_related_news_are_left_out()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("patroli-blitar-pemilu.txt");
        Assert.Equal("Patroli Skala Besar Polres Blitar Jaga Kondusivitas Jelang Pemilu 2024", imported.Front("title"));
        Assert.Equal("Polres Blitar", imported.Front("unit"));
        Assert.Equal("2023-11-12", imported.Front("date"));
        Assert.Equal("Pemilu 2024", imported.Front("election"));
        Assert.Equal("Bagus Setiawan", imported.Front("author"));
        Assert.Equal("Lapangan Mapolres Blitar", imported.Front("location"));
        foreach (var clutter in new[] { "Kabar Polisi Blitar Raya", "532", "Penulis", "dilindungi", "Google News", "Ml-01/ham", "Berita Terkait", "Apel Pasukan" })
            Assert.DoesNotContain(clutter, imported.Body);
        Assert.Equal(3, imported.Body.Split("\n\n").Length);
        Assert.Empty(imported.Diagnostics);
    }

    [Fact]
    public void A_date_without_its_year_takes_the_year_of_the_dateline()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("malang-selasa.txt");
        Assert.Equal("2024-08-13", imported.Front("date"));
        Assert.Contains("'Selasa (13/8)' in the dateline", imported.Bulletin.Date.From);
        // Kapolres Malang and Polres Malang three times outweigh Polres Kota Malang once in the last paragraph.
        Assert.Equal("Polres Malang", imported.Front("unit"));
        Assert.Equal("Pilkada Serentak 2024", imported.Front("election"));
        Assert.Equal("Mapolres Malang", imported.Front("location"));
        Assert.DoesNotContain("(NN/IE)", imported.Body);
        Assert.Empty(imported.Diagnostics);
    }

    [Fact]
    public void With_only_a_publication_date_that_date_is_used_and_the_city_unit_is_known_by_its_other_name()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("kota-malang-sep.txt");
        Assert.Equal("2024-09-23", imported.Front("date"));
        Assert.Contains("publication date", imported.Bulletin.Date.From);
        Assert.Equal("Polres Kota Malang", imported.Front("unit"));
        Assert.Equal("'Polresta Malang Kota' in the title, named 3 times", imported.Bulletin.Unit.From);
        Assert.Equal("Gedung Kesenian Kota Malang", imported.Front("location"));
        Assert.DoesNotContain("Tags:", imported.Body);
        Assert.DoesNotContain("Warta Kota Apel", imported.Body);
        Assert.Empty(imported.Diagnostics);
    }

    [Fact]
    public void Two_units_named_equally_and_no_date_are_doubts_that_name_the_options_and_nothing_is_written()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("dua-satuan.txt");
        Assert.Equal(["unit", "date"], imported.Bulletin.Missing);
        Assert.Contains("two units are named equally often: Polres Blitar, Polres Malang — pass --unit", imported.Bulletin.Warnings);
        Assert.Contains("no date found in the text — pass --date YYYY-MM-DD", imported.Bulletin.Warnings);
        Assert.Null(imported.Text);
    }

    [Fact]
    public void Options_replace_the_guesses()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportFixture("dua-satuan.txt", new SiteGen.Import.ImportOptions
        {
            Unit = "Polres Malang",
            Date = new DateOnly(2024, 11, 20),
            Title = "Patroli Perbatasan Blitar–Malang",
            Elections = ["Pilkada Serentak 2024"],
            Tags = ["patroli", "logistik"],
            Location = "Perbatasan Blitar–Malang",
            Author = "Humas Polres Malang",
        });
        Assert.Equal("Polres Malang", imported.Front("unit"));
        Assert.Equal("given with --unit", imported.Bulletin.Unit.From);
        Assert.Equal("2024-11-20", imported.Front("date"));
        Assert.Equal("Patroli Perbatasan Blitar–Malang", imported.Front("title"));
        Assert.Equal("[patroli, logistik]", imported.Front("tags"));
        Assert.Equal("Perbatasan Blitar–Malang", imported.Front("location"));
        Assert.Equal("content/bulletins/2024/patroli-perbatasan-blitar-malang.md", imported.Bulletin.Path);
        Assert.Empty(imported.Diagnostics);
    }
}
