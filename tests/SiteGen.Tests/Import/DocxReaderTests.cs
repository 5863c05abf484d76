using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>A release written in Word: a .docx made here with DocumentFormat.OpenXml becomes Markdown and then a bulletin.</summary>
public sealed class DocxReaderTests
{
    /// <summary>A release as a Humas office writes it in Word: title style, byline, bold and italics, a link, a heading, lists, a table.</summary>
    private static byte[] MakeRelease()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            // Word in Indonesian names the styles' ids in Indonesian; their names stay the built-in English ones.
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Judul" },
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Judul1" });
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
            var link = main.AddHyperlinkRelationship(new Uri("https://example.org/polres-blitar/fgd"), true);

            var body = new Body(
                Plain("SUARA BHAYANGKARA"),
                Styled("Judul", "Polres Blitar Gelar FGD Netralitas Polri Jelang Pilkada Serentak 2024"),
                Plain("Reporter: Andi Pratama | Editor: Rina Wulandari"),
                new Paragraph(
                    Run("BLITAR – Polres Blitar menggelar "), Run("FGD netralitas", bold: true),
                    Run(" di Aula Polres Blitar, Jumat (20/9/2024). Kegiatan "), Run("focus group discussion", italic: true),
                    Run(" ini dihadiri Bawaslu dan KPU Kabupaten Blitar, dengan skor kesiapan 3*4 dari "),
                    new Hyperlink(Run("laman resmi")) { Id = link.Id }, Run(".")),
                Plain("Baca Juga: Polres Blitar Siapkan Personel Pengamanan Kampanye"),
                Styled("Judul1", "Pokok bahasan"),
                Item(1, "Aturan netralitas anggota Polri"),
                Item(1, "Peran Bawaslu dalam pengawasan"),
                Plain("Kesepakatan peserta FGD:"),
                Item(2, "Rapat koordinasi rutin"),
                Item(2, "Berbagi data kerawanan TPS"),
                new Table(
                    new TableRow(Cell("Instansi"), Cell("Peserta")),
                    new TableRow(Cell("Bawaslu"), Cell("5")),
                    new TableRow(Cell("KPU"), Cell("4"))),
                Plain("FGD ditutup dengan kesepakatan menjaga netralitas hingga seluruh tahapan Pilkada Serentak 2024 selesai."));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            run.PrependChild(properties);
        }
        return run;
    }

    private static Paragraph Plain(string text) => new(Run(text));

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text));

    private static Paragraph Item(int numberId, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberId })), Run(text));

    private static TableCell Cell(string text) => new(Plain(text));

    [Fact]
    public void Headings_bold_italics_links_lists_and_tables_become_Markdown()
    {
        var markdown = DocxReader.ToMarkdown(MakeRelease(), out var problem);
        Assert.Null(problem);
        Assert.Contains("# Polres Blitar Gelar FGD Netralitas Polri Jelang Pilkada Serentak 2024\n", markdown);
        Assert.Contains("BLITAR – Polres Blitar menggelar **FGD netralitas** di Aula Polres Blitar, Jumat (20/9/2024). Kegiatan *focus group discussion* ini", markdown);
        Assert.Contains("skor kesiapan 3\\*4 dari [laman resmi](https://example.org/polres-blitar/fgd).", markdown);
        Assert.Contains("## Pokok bahasan\n", markdown);
        Assert.Contains("- Aturan netralitas anggota Polri\n- Peran Bawaslu dalam pengawasan\n", markdown);
        Assert.Contains("1. Rapat koordinasi rutin\n1. Berbagi data kerawanan TPS\n", markdown);
        Assert.Contains("| Instansi | Peserta |\n| --- | --- |\n| Bawaslu | 5 |\n| KPU | 4 |\n", markdown);
    }

    [Fact]
    public void A_Word_release_imports_into_a_bulletin_that_builds()
    {
        using var site = new ImportTestSite();
        var imported = site.Import("rilis-fgd.docx", MakeRelease());
        Assert.Equal("Polres Blitar Gelar FGD Netralitas Polri Jelang Pilkada Serentak 2024", imported.Front("title"));
        Assert.Equal("the heading at the top", imported.Bulletin.Title.From);
        Assert.Equal("Polres Blitar", imported.Front("unit"));
        Assert.Equal("2024-09-20", imported.Front("date"));
        Assert.Equal("Pilkada Serentak 2024", imported.Front("election"));
        Assert.Equal("Aula Polres Blitar", imported.Front("location"));
        Assert.Equal("\"Andi Pratama; editor: Rina Wulandari\"", imported.Front("author"));
        Assert.StartsWith("BLITAR – Polres Blitar menggelar **FGD netralitas**", imported.Body);
        Assert.DoesNotContain("SUARA BHAYANGKARA", imported.Body);
        Assert.DoesNotContain("Baca Juga", imported.Body);
        Assert.Contains("\n\n## Pokok bahasan\n\n- Aturan netralitas", imported.Body);
        Assert.Empty(imported.Diagnostics);

        site.Write(imported);
        site.Site.BuildOk();
        Assert.Empty(site.Site.Diagnostics);
        var page = site.Site.Html("2024/09/polres-blitar-gelar-fgd-netralitas-polri-jelang-pilkada-serentak-2024/index.html");
        Assert.Equal("FGD netralitas", page.QuerySelector("article strong")?.TextContent);
        Assert.Equal("focus group discussion", page.QuerySelector("article em")?.TextContent);
        Assert.NotNull(page.QuerySelector("article table"));
        Assert.Equal(2, page.QuerySelectorAll("article ol li").Length);
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_is_refused_with_a_reason()
    {
        var blocks = ReleaseReader.Read("rilis.docx", "bukan dokumen Word"u8.ToArray(), out var problem);
        Assert.Null(blocks);
        Assert.Contains("not a Word document", problem);
    }
}
