using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Tests.Import;

/// <summary>
/// Releases in the shapes offices keep them, made here so that no binary file is committed: an official Word
/// <i>siaran pers</i> with its letterhead, number and signature block. The text is invented for these tests.
/// </summary>
internal static class OfficialReleases
{
    /// <summary>The letterhead lines of Polres Malang's releases, as Word holds them: one paragraph each, in capitals, bold.</summary>
    public static readonly string[] MalangLetterhead =
    [
        "KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH JAWA TIMUR", "RESOR MALANG",
        "Jalan Ahmad Yani No. 1 Kepanjen, Telp. (0341) 000000",
    ];

    public static readonly string[] MalangText =
    [
        "MALANG – Polres Malang menggelar simulasi sistem pengamanan kota (sispamkota) di halaman Mapolres Malang, Selasa (19/11/2024). Simulasi melibatkan 350 personel gabungan Polri, TNI dan Satpol PP untuk menghadapi pemungutan suara Pilkada Serentak 2024.",
        "Kapolres Malang AKBP Hendra Wijaya mengatakan simulasi menggambarkan pengamanan tempat pemungutan suara, pengawalan logistik hingga penanganan massa yang tidak puas dengan hasil penghitungan suara.",
        "\"Kami ingin setiap personel tahu tugasnya sebelum hari pemungutan suara, sehingga masyarakat dapat memilih dengan tenang,\" ujar Kapolres.",
        "Usai simulasi, personel kembali ke satuan masing-masing dan bersiap untuk pergeseran ke TPS sehari sebelum pemungutan suara.",
    ];

    public static readonly string[] MalangSignature =
    [
        "Malang, 19 November 2024", "Kasi Humas Polres Malang,", "", "", "IPTU Budi Santoso, S.H.", "NRP 78091234",
    ];

    /// <summary>The release: letterhead, "SIARAN PERS", number, a headline in capitals over two lines, the text, the signature.</summary>
    public static byte[] MalangDocx(string[]? letterhead = null, string[]? headline = null, string[]? signature = null)
    {
        var paragraphs = new List<Paragraph>();
        paragraphs.AddRange((letterhead ?? MalangLetterhead).Select(l => Bold(l)));
        paragraphs.Add(Bold("SIARAN PERS"));
        paragraphs.Add(Plain("Nomor: B/ 214 /XI/HUM.3.4.5./2024/Humas"));
        paragraphs.AddRange((headline ?? ["POLRES MALANG GELAR SIMULASI SISPAMKOTA", "JELANG PEMUNGUTAN SUARA PILKADA SERENTAK 2024"]).Select(l => Bold(l)));
        paragraphs.AddRange(MalangText.Select(Plain));
        paragraphs.AddRange((signature ?? MalangSignature).Select(Plain));
        return Docx(paragraphs);
    }

    public static byte[] Docx(IEnumerable<OpenXmlElement> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
        }
        return stream.ToArray();
    }

    public static Paragraph Plain(string text) => new(Run(text, bold: false));

    public static Paragraph Bold(string text) => new(Run(text, bold: true));

    private static Run Run(string text, bool bold)
    {
        var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        return run;
    }
}
