using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>The release of each shape: text fixtures from tests/fixtures/import, binary ones (.docx, .pdf) made by code.</summary>
internal static class ShapeFiles
{
    public static readonly string[] Names = ["siaran-pers-malang.docx", "wa-kendari-logistik.txt", "halaman-sleman-patroli.html", "gudang-konawe.pdf"];

    public static byte[] Bytes(string name) => name switch
    {
        "siaran-pers-malang.docx" => OfficialReleases.MalangDocx(),
        "gudang-konawe.pdf" => PdfReleases.KonaweGudang(),
        _ => File.ReadAllBytes(ImportTestSite.Fixture(name)),
    };
}
