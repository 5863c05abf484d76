using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Each kind of clutter a news page or chat adds is left out, and the paragraphs around it are kept word for word.</summary>
public sealed class BoilerplateTests
{
    private const string Headline = "Polres Blitar Gelar Patroli Dialogis Jelang Pilkada Serentak 2024";
    private const string First = "BLITAR – Polres Blitar menggelar patroli dialogis di sejumlah desa menjelang Pilkada Serentak 2024, Senin (23/9/2024). Patroli menyasar titik yang dinilai rawan.";
    private const string Second = "Kapolres Blitar meminta warga menjaga kerukunan. \"Silakan berbeda pilihan, tetapi tetap bersaudara,\" katanya.";
    private const string Third = "Patroli serupa akan digelar setiap pekan hingga hari pemungutan suara.";

    private static ImportTestSite.Imported Import(ImportTestSite site, string between = "", string after = "", string before = "") =>
        site.ImportText($"{before}\n{Headline}\n\n{First}\n\n{between}\n\n{Second}\n\n{Third}{after}\n");

    private static void AssertBodyIntact(ImportTestSite.Imported imported) =>
        Assert.Equal($"{First}\n\n{Second}\n\n{Third}\n", imported.Body);

    [Theory]
    [InlineData("Baca Juga: Kapolres Blitar Cek Kesiapan Gudang Logistik KPU", "'Baca Juga' line")]
    [InlineData("BACA JUGA : Ratusan Personel Siap Amankan Kampanye", "'Baca Juga' line")]
    [InlineData("Baca juga:\nKapolres Blitar Cek Kesiapan Gudang Logistik KPU", "'Baca Juga' line")]
    [InlineData("share news", "share buttons")]
    [InlineData("URL berhasil dicopy", "share buttons")]
    [InlineData("Sebarkan artikel ini", "share buttons")]
    [InlineData("Listen to this article", "share buttons")]
    [InlineData("Facebook Twitter WhatsApp Telegram Copy Link", "share buttons")]
    [InlineData("Dibaca 1.245 kali", "view counter")]
    [InlineData("👁 532", "view counter")]
    [InlineData("2,1 rb dilihat", "view counter")]
    [InlineData("Konten ini dilindungi. Dilarang menyalin tanpa izin.", "copy-protection notice")]
    [InlineData("Warning: Content is protected !!", "copy-protection notice")]
    [InlineData("- Advertisement -", "advertisement")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT", "advertisement")]
    [InlineData("Ikuti berita terkini lainnya di Google News", "'follow us' notice")]
    [InlineData("* * *", "separator line")]
    public void A_clutter_line_inside_the_text_is_left_out(string line, string what)
    {
        using var site = new ImportTestSite();
        var imported = Import(site, between: line);
        AssertBodyIntact(imported);
        Assert.Contains(imported.Bulletin.Removed, r => r.What == what);
    }

    [Theory]
    [InlineData("\n\nBERITA TERBARU\nWarga Antusias Ikuti Jalan Sehat\nHarga Cabai Turun di Pasar Kota", "list of other news at the end")]
    [InlineData("\n\nBerita Terkait:\nPolres Blitar Gelar Apel Pasukan", "list of other news at the end")]
    [InlineData("\n\nTinggalkan Balasan\nAlamat email Anda tidak akan dipublikasikan.\nKomentar *\nNama *", "comment form")]
    public void Lists_of_other_news_and_comment_forms_end_the_text(string tail, string what)
    {
        using var site = new ImportTestSite();
        var imported = Import(site, after: tail);
        AssertBodyIntact(imported);
        Assert.All(tail.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(imported.Bulletin.Removed, r => r.What == what && r.Text == line));
    }

    [Theory]
    [InlineData(" (*)", "(*)")]
    [InlineData(" (NN/IE)", "(NN/IE)")]
    [InlineData(" (hms)", "(hms)")]
    [InlineData("\nMl-01/ham", "Ml-01/ham")]
    [InlineData("\n(*)", "(*)")]
    public void A_closing_code_after_the_last_paragraph_is_left_out(string after, string code)
    {
        using var site = new ImportTestSite();
        var imported = Import(site, after: after);
        AssertBodyIntact(imported);
        Assert.Contains(imported.Bulletin.Removed, r => r.What == "closing code" && r.Text == code);
    }

    [Fact]
    public void Brackets_that_belong_to_the_sentence_are_not_closing_codes()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportText($"{Headline}\n\n{First}\n\nPersonel berjaga di tempat pemungutan suara (TPS)\n");
        Assert.EndsWith("Personel berjaga di tempat pemungutan suara (TPS)\n", imported.Body);
    }

    [Fact]
    public void Site_name_navigation_category_byline_and_publication_time_at_the_top_are_left_out()
    {
        using var site = new ImportTestSite();
        var imported = Import(site, before: "WARTA BHAYANGKARA\nBeranda » Berita » Daerah\nHUKUM & KRIMINAL\n");
        AssertBodyIntact(imported);
        Assert.Equal(Headline, imported.Front("title"));
        Assert.Contains(imported.Bulletin.Removed, r => r.Text == "WARTA BHAYANGKARA");
        Assert.Contains(imported.Bulletin.Removed, r => r.What == "site navigation");
    }

    [Theory]
    [InlineData("Reporter: Andi Pratama | Editor: Rina Wulandari", "Andi Pratama; editor: Rina Wulandari")]
    [InlineData("Pewarta: Sri Hartini", "Sri Hartini")]
    [InlineData("Penulis : Bagus Setiawan  Editor : Dewi", "Bagus Setiawan; editor: Dewi")]
    [InlineData("Redaksi", "Redaksi")]
    [InlineData("Editor : Rina Wulandari", "Humas Polres Blitar; editor: Rina Wulandari")]
    [InlineData("Sumber: Humas Polres Blitar", "Humas Polres Blitar")]
    public void Credit_lines_go_to_the_author_not_the_body(string line, string author)
    {
        using var site = new ImportTestSite();
        foreach (var imported in new[] { Import(site, before: line + "\n"), Import(site, after: "\n" + line) })
        {
            AssertBodyIntact(imported);
            Assert.Equal(author, imported.Bulletin.Author!.Value);
        }
    }

    [Fact]
    public void A_photo_caption_with_its_credit_goes_to_the_front_matter()
    {
        using var site = new ImportTestSite();
        var imported = Import(site, before: "", between: "Personel Polres Blitar berdialog dengan warga di pos kamling. (SP/Dimas Saputra)");
        AssertBodyIntact(imported);
        Assert.Equal("Personel Polres Blitar berdialog dengan warga di pos kamling.", imported.Front("image_caption"));
        Assert.Equal("SP/Dimas Saputra", imported.Front("image_credit"));

        var photo = Import(site, between: "Foto: Humas Polres Blitar");
        AssertBodyIntact(photo);
        Assert.Equal("Humas Polres Blitar", photo.Front("image_credit"));
    }
}
