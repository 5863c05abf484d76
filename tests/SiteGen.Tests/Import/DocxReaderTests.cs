using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>A release written in Word: a .docx made here with DocumentFormat.OpenXml becomes Markdown and then a bulletin.</summary>
public sealed class DocxReaderTests
{
    /// <summary>
    /// A release as a Humas office writes it in Word: title style, byline, bold and italics, a link, a heading, lists, a
    /// table; and the photos given, under the title, each with its alt text, and a caption line when one is given.
    /// </summary>
    internal static byte[] MakeRelease(IReadOnlyList<(byte[] Bytes, string? Alt)>? photos = null, string? caption = null)
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
            var title = body.Elements<Paragraph>().ElementAt(1);
            foreach (var (bytes, alt) in (photos ?? []).Reverse()) title.InsertAfterSelf(Photo(main, bytes, alt));
            if (caption is not null) body.Elements<Paragraph>().ElementAt(1 + (photos?.Count ?? 0)).InsertAfterSelf(Plain(caption));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>A picture as Word puts one in the text: an inline drawing whose properties hold the alt text, its bytes in an image part.</summary>
    private static Paragraph Photo(MainDocumentPart main, byte[] bytes, string? alt)
    {
        var part = main.AddImagePart(bytes.Length > 3 && bytes[1] == (byte)'P' ? ImagePartType.Png : ImagePartType.Jpeg);
        using (var data = new MemoryStream(bytes)) part.FeedData(data);
        var id = main.GetIdOfPart(part);
        const long cx = 990000L, cy = 660000L;
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "foto.jpg" }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var properties = new DW.DocProperties { Id = 1U, Name = "Gambar 1" };
        if (alt is not null) properties.Description = alt;
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy }, properties,
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })));
        return new Paragraph(new Run(drawing));
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
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
        using var file = new MemoryStream(MakeRelease());
        var markdown = DocxReader.Read(file, "rilis-fgd.docx", out _, out var problem);
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
    public void Struck_through_words_stay_struck_through_and_a_lone_tilde_stays_text()
    {
        using var stream = new MemoryStream();
        stream.Write(MakeRelease());
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var struck = new Run(new RunProperties(new Strike()), new DocumentFormat.OpenXml.Wordprocessing.Text("Kamis") { Space = SpaceProcessingModeValues.Preserve });
            var twice = new Run(new RunProperties(new DoubleStrike()), new DocumentFormat.OpenXml.Wordprocessing.Text("pukul 08.00") { Space = SpaceProcessingModeValues.Preserve });
            document.MainDocumentPart!.Document!.Body!.Append(new Paragraph(Run("Ralat: FGD digelar "), struck, Run(" Jumat, "), twice, Run(" pukul 09.00, dengan ~50 peserta.")));
        }
        stream.Position = 0;
        var markdown = DocxReader.Read(stream, "rilis-fgd.docx", out _, out var problem);
        Assert.Null(problem);
        Assert.Contains("Ralat: FGD digelar ~~Kamis~~ Jumat, ~~pukul 08.00~~ pukul 09.00, dengan ~50 peserta.", markdown);
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
        var blocks = ReleaseReader.Read("rilis.docx", "bukan dokumen Word"u8.ToArray(), out _, out var problem);
        Assert.Null(blocks);
        Assert.Contains("not a Word document", problem);
    }

    private const string Slug = "polres-blitar-gelar-fgd-netralitas-polri-jelang-pilkada-serentak-2024";

    [Fact]
    public void The_first_photo_of_a_Word_release_becomes_the_bulletin_s_picture_with_Word_s_alt_text()
    {
        using var site = new ImportTestSite();
        var photo = TestImages.Make(1200, 800);
        var imported = site.Import("rilis-fgd.docx", MakeRelease([
            (photo, "Peserta FGD duduk mengelilingi meja panjang di Aula Polres Blitar\n\nDescription automatically generated"),
            (TestImages.Make(600, 400, SKEncodedImageFormat.Png), "Spanduk kegiatan")]));
        Assert.Equal(Slug + ".jpg", imported.Front("image"));
        Assert.Equal("Peserta FGD duduk mengelilingi meja panjang di Aula Polres Blitar", imported.Front("image_alt"));
        Assert.Equal("the document's first picture (1200×800)", imported.Bulletin.Picture!.Image.From);
        Assert.Equal("the picture's alt text in the Word document", imported.Bulletin.Picture.Alt.From);
        Assert.Equal($"content/bulletins/2024/{Slug}.jpg", imported.Bulletin.PicturePath);
        Assert.Equal([$"content/bulletins/2024/{Slug}.jpg", $"content/bulletins/2024/{Slug}-2.png"], imported.Bulletin.Files.Select(f => f.Path));
        Assert.StartsWith($"![Spanduk kegiatan]({Slug}-2.png)\n\nSpanduk kegiatan\n\nBLITAR – Polres Blitar", imported.Body);
        Assert.Empty(imported.Bulletin.Warnings);
        Assert.Empty(imported.Diagnostics);

        site.Write(imported);
        Assert.Equal(photo, File.ReadAllBytes(Path.Combine(site.Root, imported.Bulletin.PicturePath!)));
        site.Site.BuildOk();
        Assert.Empty(site.Site.Diagnostics);
        var figure = site.Site.Html($"2024/09/{Slug}/index.html").QuerySelector("figure img")!;
        Assert.Equal("Peserta FGD duduk mengelilingi meja panjang di Aula Polres Blitar", figure.GetAttribute("alt"));
        Assert.True(site.Site.Has($"2024/09/{Slug}/{Slug}-960.jpg"));
    }

    /// <summary>
    /// A release with three photos as Word keeps them: under the headline with a caption in Word's caption style, after the
    /// first paragraph with a short caption line, and after the second with only its alt text.
    /// </summary>
    internal static byte[] MakeThreePhotoRelease(byte[] first, byte[] second, byte[] third)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Judul" },
                new Style(new StyleName { Val = "caption" }) { Type = StyleValues.Paragraph, StyleId = "Keterangan" });
            main.Document = new Document(new Body(
                Styled("Judul", "Polres Blitar Gelar FGD Netralitas Polri Jelang Pilkada Serentak 2024"),
                Photo(main, first, "Peserta FGD duduk mengelilingi meja panjang di Aula Polres Blitar"),
                Styled("Keterangan", "Kapolres Blitar membuka FGD netralitas di Aula Polres Blitar."),
                Plain("BLITAR – Polres Blitar menggelar FGD netralitas Polri di Aula Polres Blitar, Jumat (20/9/2024), bersama Bawaslu dan KPU Kabupaten Blitar menjelang Pilkada Serentak 2024."),
                Photo(main, second, null),
                Plain("Peserta dari Bawaslu dan KPU mengikuti pemaparan materi FGD."),
                Plain("Kapolres Blitar menegaskan bahwa setiap anggota Polri wajib bersikap netral dan tidak memihak pasangan calon mana pun selama tahapan Pilkada Serentak 2024 berlangsung."),
                Photo(main, third, "Kapolres Blitar berfoto bersama peserta FGD"),
                Plain("Kegiatan ditutup dengan penandatanganan pakta integritas netralitas oleh perwakilan setiap satuan kerja di lingkungan Polres Blitar dan Polsek jajaran, disaksikan langsung oleh Ketua Bawaslu dan Ketua KPU Kabupaten Blitar beserta jajaran.")));
        }
        return stream.ToArray();
    }

    [Fact]
    public void Every_photo_of_a_Word_release_is_kept_where_it_stands_with_its_caption_and_the_site_builds_clean()
    {
        using var site = new ImportTestSite();
        byte[] first = TestImages.Make(1200, 800), second = TestImages.Make(900, 600), third = TestImages.Make(800, 600, SKEncodedImageFormat.Png);
        var imported = site.Import("rilis-fgd.docx", MakeThreePhotoRelease(first, second, third));

        Assert.Equal(Slug + ".jpg", imported.Front("image"));
        Assert.Equal("Peserta FGD duduk mengelilingi meja panjang di Aula Polres Blitar", imported.Front("image_alt"));
        Assert.Equal("Kapolres Blitar membuka FGD netralitas di Aula Polres Blitar.", imported.Front("image_caption"));
        Assert.Equal([$"content/bulletins/2024/{Slug}.jpg", $"content/bulletins/2024/{Slug}-2.jpg", $"content/bulletins/2024/{Slug}-3.png"],
            imported.Bulletin.Files.Select(f => f.Path));
        var body = imported.Body;
        var lead = body.IndexOf("BLITAR – Polres Blitar menggelar", StringComparison.Ordinal);
        var secondAt = body.IndexOf($"![Peserta dari Bawaslu dan KPU mengikuti pemaparan materi FGD.]({Slug}-2.jpg)\n\nPeserta dari Bawaslu dan KPU mengikuti pemaparan materi FGD.\n\nKapolres Blitar menegaskan", StringComparison.Ordinal);
        var thirdAt = body.IndexOf($"![Kapolres Blitar berfoto bersama peserta FGD]({Slug}-3.png)\n\nKapolres Blitar berfoto bersama peserta FGD\n\nKegiatan ditutup", StringComparison.Ordinal);
        Assert.True(lead == 0 && secondAt > lead && thirdAt > secondAt, body);
        Assert.DoesNotContain("Kapolres Blitar membuka FGD", body);
        Assert.Empty(imported.Bulletin.Warnings);
        Assert.Empty(imported.Diagnostics);

        site.Write(imported);
        Assert.Equal(third, File.ReadAllBytes(Path.Combine(site.Root, $"content/bulletins/2024/{Slug}-3.png")));
        site.Site.BuildOk();
        Assert.Empty(site.Site.Diagnostics);
        var page = site.Site.Html($"2024/09/{Slug}/index.html");
        Assert.Equal("Peserta FGD duduk mengelilingi meja panjang di Aula Polres Blitar", page.QuerySelector("figure img")!.GetAttribute("alt"));
        var inText = page.QuerySelectorAll("article img").Select(i => i.GetAttribute("alt")).ToArray();
        Assert.Contains("Peserta dari Bawaslu dan KPU mengikuti pemaparan materi FGD.", inText);
        Assert.Contains("Kapolres Blitar berfoto bersama peserta FGD", inText);
    }

    /// <summary>
    /// Eight thousand drawings of one photo (7 MB of Word XML, near the 8 MB limit), each in its own paragraph between empty ones, as a pasted gallery leaves them:
    /// the photo is kept once and the text around each drawing is found without reading the document again per drawing
    /// (that was quadratic in the number of drawings).
    /// </summary>
    [Fact]
    public void Eight_thousand_drawings_of_one_photo_between_empty_paragraphs_keep_one_photo()
    {
        using var site = new ImportTestSite();
        var release = MakeRelease([(TestImages.Make(800, 600), "Kapolres Blitar membuka FGD netralitas")]);
        using var stream = new MemoryStream();
        stream.Write(release);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var photo = body.Elements<Paragraph>().First(p => p.Descendants<Drawing>().Any());
            for (var i = 0; i < 8_000; i++)
            {
                photo.InsertAfterSelf(new Paragraph());
                photo.InsertAfterSelf((Paragraph)photo.CloneNode(true));
            }
        }
        var imported = site.Import("rilis-fgd.docx", stream.ToArray());
        Assert.Equal("Kapolres Blitar membuka FGD netralitas", imported.Front("image_alt"));
        Assert.Single(imported.Bulletin.Files);
        Assert.Empty(imported.Diagnostics);
    }

    [Fact]
    public void A_photo_without_alt_text_is_described_by_its_caption_with_a_doubt_or_by_the_option()
    {
        using var site = new ImportTestSite();
        var release = MakeRelease([(TestImages.Make(800, 600), null)], caption: "Kapolres Blitar membuka FGD netralitas bersama Bawaslu dan KPU. (SP/Dimas Saputra)");
        var captioned = site.Import("rilis-fgd.docx", release);
        Assert.Equal("Kapolres Blitar membuka FGD netralitas bersama Bawaslu dan KPU.", captioned.Front("image_alt"));
        Assert.Contains(captioned.Bulletin.Warnings, w => w.Contains("pass --image-alt", StringComparison.Ordinal));
        Assert.Empty(captioned.Diagnostics);

        var described = site.Import("rilis-fgd.docx", release, new SiteGen.Import.ImportOptions { ImageAlt = "Kapolres berdiri di podium, peserta duduk di depannya" });
        Assert.Equal("Kapolres berdiri di podium, peserta duduk di depannya", described.Front("image_alt"));
        Assert.DoesNotContain(described.Bulletin.Warnings, w => w.Contains("--image-alt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_photo_with_no_description_at_all_or_in_a_format_the_site_cannot_show_is_not_imported_and_the_writer_is_told()
    {
        using var site = new ImportTestSite();
        var bare = site.Import("rilis-fgd.docx", MakeRelease([(TestImages.Make(800, 600), null)]));
        Assert.Null(bare.Bulletin.Picture);
        Assert.Null(bare.Front("image"));
        Assert.Contains(bare.Bulletin.Warnings, w => w.StartsWith("the document's picture was not imported: it has no description", StringComparison.Ordinal));
        Assert.Empty(bare.Diagnostics);

        // A picture too large to resize (a header that declares 20,000 × 20,000 pixels).
        var huge = site.Import("rilis-fgd.docx", MakeRelease([(TestImages.PngHeader(20_000, 20_000), "Panorama")]));
        Assert.Null(huge.Bulletin.Picture);
        Assert.Contains(huge.Bulletin.Warnings, w => w.StartsWith("1 picture of the document is larger than the site resizes (20000×20000 pixels", StringComparison.Ordinal));
        Assert.Empty(huge.Diagnostics);

        // A Windows metafile, as Word keeps drawings and some pasted pictures.
        var metafile = site.Import("rilis-fgd.docx", MakeRelease([([0xD7, 0xCD, 0xC6, 0x9A, 0, 0, 0, 0], "Bagan pengamanan")]));
        Assert.Null(metafile.Bulletin.Picture);
        Assert.Contains(metafile.Bulletin.Warnings, w => w.StartsWith("1 picture of the document is in a format the site cannot show", StringComparison.Ordinal));
        Assert.Empty(metafile.Diagnostics);
    }
}
