using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SiteGen.Tests.Import;

/// <summary>A text PDF as Word saves a release, made here with PdfPig's writer: a large bold headline, wrapped paragraphs, a signature. The text is invented.</summary>
internal static class PdfReleases
{
    public static readonly string Headline = "Polres Konawe Cek Kesiapan Gudang Logistik Pemilu 2024";

    public static readonly string[] Paragraphs =
    [
        "KONAWE - Polres Konawe memeriksa kesiapan gudang logistik Pemilu 2024 milik KPU Kabupaten Konawe di Unaaha, Kamis (8/2/2024). Pemeriksaan dipimpin Kapolres Konawe AKBP Arif Nugroho bersama Ketua KPU Kabupaten Konawe.",
        "Kapolres memastikan gudang dijaga personel selama 24 jam dan dilengkapi kamera pengawas. Ia juga memeriksa kotak suara dan surat suara yang siap didistribusikan ke kecamatan.",
        "\"Logistik pemilu harus aman sampai ke tangan petugas di TPS. Kami siagakan personel di gudang dan pengawalan di setiap rute distribusi,\" kata Kapolres.",
        "Distribusi logistik ke 30 kecamatan dijadwalkan mulai pekan depan dengan pengawalan personel Polres Konawe.",
    ];

    /// <summary>The release as a PDF of one A4 page.</summary>
    public static byte[] KonaweGudang(int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in Wrap(Headline, 50))
            {
                page.AddText(line, 16, new PdfPoint(60, y), bold);
                y -= 20;
            }
            y -= 14;
            foreach (var paragraph in Paragraphs)
            {
                foreach (var line in Wrap(paragraph, 88))
                {
                    page.AddText(line, 11, new PdfPoint(60, y), regular);
                    y -= 14;
                }
                y -= 10;
            }
            page.AddText("Humas Polres Konawe", 11, new PdfPoint(60, y - 10), regular);
        }
        return builder.Build();
    }

    /// <summary>The text in lines of at most <paramref name="width"/> characters, broken between words, as a word processor lays it out.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line;
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) yield return line;
    }
}
