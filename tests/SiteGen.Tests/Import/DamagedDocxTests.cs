using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Word files that are damaged, or made to look like Word files: each is refused with the message that says to save it
/// again in Word, or imported with a warning about what was left out; never an exception, a hang, or a file read from elsewhere.
/// </summary>
public sealed class DamagedDocxTests
{
    /// <summary>Long enough for any of these small files on a loaded machine; it only catches a hang.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private const string Refused = "'rilis.docx' is not a Word document SiteGen can read (";
    private const string SaveAgain = "; open it in Word and save it again as .docx";

    internal static byte[] Release() => DocxReaderTests.MakeRelease([(TestImages.Make(300, 200), "Peserta FGD di Aula Polres Blitar")]);

    private static DocxPackage Package() => DocxPackage.Of(Release());

    private const string Main = "word/document.xml";
    private const string MainRelationships = "word/_rels/document.xml.rels";

    /// <summary>The main document's relationships with the picture's target replaced.</summary>
    private static DocxPackage PictureTarget(string target, string mode = "") =>
        Package().Edit(MainRelationships, rels => Regex.Replace(rels, "Target=\"[^\"]*media/[^\"]*\"", $"Target=\"{target}\"{mode}"));

    public static TheoryData<string, string> RefusedShapes => new()
    {
        { "a picture part the file does not hold", "a relationship names the part 'media/image.jpg', which the file does not hold" },
        { "a relationship to a file outside the package", "a relationship names '../../../../etc/passwd', outside the file" },
        { "an internal relationship that is an address", "a relationship names 'file:///etc/passwd', which is not a part of the file" },
        { "not a ZIP file", "it is not a ZIP package, as every .docx is" },
        { "a ZIP file cut short", "it is not a ZIP package, as every .docx is" },
        { "a Word 97-2003 file", "it is a Word 97–2003 document, not a .docx" },
        { "a text part that is not XML", "its part 'word/document.xml' is not well-formed XML" },
        { "a text part with a DTD (billion laughs)", "its part 'word/document.xml' is not well-formed XML" },
        { "a text part nested 100,000 deep", "its part 'word/document.xml' nests more than 256 levels deep" },
        { "a spreadsheet where the text should be", "its part 'word/document.xml' holds 'workbook' where Word keeps its document" },
        { "one part twice", "it holds two parts named 'word/document.xml'" },
        { "one part twice in other letter case", "it holds two parts named 'WORD/DOCUMENT.XML'" },
        { "two relationships with one id", "two relationships in 'word/_rels/document.xml.rels' have the id" },
        { "a relationship of an unknown target mode", "a relationship in 'word/_rels/document.xml.rels' has the unknown target mode 'Elsewhere'" },
        { "relationships that are not XML", "its part 'word/_rels/document.xml.rels' is not well-formed XML" },
        { "a part that states a size larger than it holds", "" },
        { "a text part that states a size smaller than it holds", "its part 'word/document.xml' is not well-formed XML" },
    };

    private static byte[] Damaged(string shape) => shape switch
    {
        "a picture part the file does not hold" => Package().Without("media/image.jpg").ToBytes(),
        "a relationship to a file outside the package" => PictureTarget("../../../../etc/passwd").ToBytes(),
        "an internal relationship that is an address" => PictureTarget("file:///etc/passwd").ToBytes(),
        "not a ZIP file" => "bukan dokumen Word, hanya teks"u8.ToArray(),
        "a ZIP file cut short" => Release()[..(Release().Length / 2)],
        "a Word 97-2003 file" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]],
        "a text part that is not XML" => Package().With(Main, "<w:document><w:body><w:p>Polres Blitar").ToBytes(),
        "a text part with a DTD (billion laughs)" => Package().With(Main, """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>
            """).ToBytes(),
        "a text part nested 100,000 deep" => Package().Edit(Main, xml => xml.Replace("<w:body>",
            "<w:body>" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 100_000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 100_000)),
            StringComparison.Ordinal)).ToBytes(),
        "a spreadsheet where the text should be" => Package().With(Main,
            """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""").ToBytes(),
        "one part twice" => Twice(Main, Main),
        "one part twice in other letter case" => Twice(Main, Main.ToUpperInvariant()),
        "two relationships with one id" => Package().Edit(MainRelationships, rels =>
            rels.Replace("</Relationships>", Regex.Match(rels, "<Relationship [^>]*image[^>]*/>").Value + "</Relationships>", StringComparison.Ordinal)).ToBytes(),
        "a relationship of an unknown target mode" => PictureTarget("/media/image.jpg", " TargetMode=\"Elsewhere\"").ToBytes(),
        "relationships that are not XML" => Package().With(MainRelationships, "<Relationships><Relationship").ToBytes(),
        "a part that states a size larger than it holds" => DocxPackage.WithStatedSize(Release(), Main, 100_000),
        "a text part that states a size smaller than it holds" => DocxPackage.WithStatedSize(Release(), Main, 100),
        _ => throw new ArgumentException(shape),
    };

    private static byte[] Twice(string name, string again)
    {
        var package = Package();
        package.Parts.Add((again, Encoding.UTF8.GetBytes(package.Text(name))));
        return package.ToBytes();
    }

    [Theory]
    [MemberData(nameof(RefusedShapes))]
    public async Task A_damaged_Word_file_is_refused_with_the_reason_and_what_to_do(string shape, string reason)
    {
        var bytes = Damaged(shape);
        var (blocks, problem) = await Read(bytes);
        Assert.Null(blocks);
        Assert.StartsWith(Refused, problem);
        Assert.Contains(reason, problem);
        Assert.EndsWith(SaveAgain, problem);
    }

    [Fact]
    public async Task A_linked_picture_or_one_that_is_not_a_picture_is_left_out_with_a_warning_and_the_text_imported()
    {
        using var site = new ImportTestSite();
        var linked = await Import(site, PictureTarget("file:///etc/passwd", " TargetMode=\"External\"").ToBytes());
        Assert.Null(linked.Bulletin.Picture);
        Assert.Contains(linked.Bulletin.Warnings, w => w.StartsWith("1 picture of the document is linked to a file outside the document rather than held in it, and not imported", StringComparison.Ordinal));
        Assert.StartsWith("BLITAR – Polres Blitar menggelar **FGD netralitas**", linked.Body);

        var text = await Import(site, Package().With("media/image.jpg", "bukan gambar"u8.ToArray()).ToBytes());
        Assert.Null(text.Bulletin.Picture);
        Assert.Contains(text.Bulletin.Warnings, w => w.StartsWith("1 picture of the document is in a format the site cannot show", StringComparison.Ordinal));
        Assert.Empty(text.Diagnostics);
    }

    [Fact]
    public async Task Settings_Word_would_never_write_are_read_as_plain_text_not_thrown()
    {
        // Values that are not numbers or not on/off, where Word writes numbers and on/off.
        var release = Package().Edit(Main, xml => new Regex("<w:p>").Replace(xml,
                """<w:p><w:pPr><w:outlineLvl w:val="tinggi"/><w:numPr><w:ilvl w:val="x"/><w:numId w:val="99999999999"/></w:numPr></w:pPr>""", 1)
            .Replace("<w:r><w:t xml:space=\"preserve\">BLITAR", "<w:r><w:rPr><w:b w:val=\"mungkin\"/><w:i w:val=\"2\"/></w:rPr><w:t xml:space=\"preserve\">BLITAR", StringComparison.Ordinal))
            .Edit("word/numbering.xml", xml => xml.Replace("w:val=\"decimal\"", "w:val=\"angka\"", StringComparison.Ordinal).Replace("w:ilvl=\"0\"", "w:ilvl=\"nol\"", StringComparison.Ordinal))
            .ToBytes();
        using var site = new ImportTestSite();
        var imported = await Import(site, release);
        Assert.Equal("Polres Blitar", imported.Front("unit"));
        Assert.Contains("FGD netralitas", imported.Body);
    }

    [Fact]
    public async Task Styles_based_on_each_other_in_a_loop_do_not_hang_the_import()
    {
        var release = Package()
            .Edit("word/styles.xml", xml => xml.Replace("</w:styles>",
                """<w:style w:type="paragraph" w:styleId="A"><w:name w:val="Gaya A"/><w:basedOn w:val="B"/></w:style><w:style w:type="paragraph" w:styleId="B"><w:name w:val="Gaya B"/><w:basedOn w:val="A"/></w:style></w:styles>""",
                StringComparison.Ordinal))
            .Edit(Main, xml => new Regex("<w:p>").Replace(xml, """<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr>""", 1))
            .ToBytes();
        using var site = new ImportTestSite();
        var imported = await Import(site, release);
        Assert.Equal("Polres Blitar Gelar FGD Netralitas Polri Jelang Pilkada Serentak 2024", imported.Front("title"));
    }

    [Fact]
    public async Task A_Strict_Open_XML_document_imports_like_a_Transitional_one()
    {
        var package = Package();
        foreach (var (name, _) in package.Parts.ToArray())
        {
            if (!name.EndsWith(".xml", StringComparison.Ordinal) && !name.EndsWith(".rels", StringComparison.Ordinal)) continue;
            package.Edit(name, xml => Regex.Replace(xml, "http://schemas.openxmlformats.org/(officeDocument|wordprocessingml|drawingml)/2006/",
                "http://purl.oclc.org/ooxml/$1/"));
        }
        using var site = new ImportTestSite();
        var strict = await Import(site, package.ToBytes());
        var transitional = site.Import("rilis.docx", Release());
        Assert.Equal(transitional.Text, strict.Text);
        Assert.Equal("Peserta FGD di Aula Polres Blitar", strict.Front("image_alt"));
    }

    [Fact]
    public async Task A_picture_shown_twice_is_one_picture()
    {
        var release = Package().Edit(Main, xml =>
        {
            var drawing = Regex.Match(xml, "<w:p><w:r><w:drawing>.*?</w:drawing></w:r></w:p>").Value;
            return xml.Replace("</w:body>", drawing + "</w:body>", StringComparison.Ordinal);
        }).ToBytes();
        using var site = new ImportTestSite();
        var imported = await Import(site, release);
        Assert.NotNull(imported.Bulletin.Picture);
        Assert.DoesNotContain(imported.Bulletin.Warnings, w => w.Contains("more picture", StringComparison.Ordinal));
    }

    private static async Task<(IReadOnlyList<ReleaseBlock>? Blocks, string? Problem)> Read(byte[] bytes) =>
        await Task.Run(() => (ReleaseReader.Read("rilis.docx", bytes, out _, out var problem), problem)).WaitAsync(HangBound);

    private static async Task<ImportTestSite.Imported> Import(ImportTestSite site, byte[] bytes) =>
        await Task.Run(() => site.Import("rilis.docx", bytes)).WaitAsync(HangBound);
}
