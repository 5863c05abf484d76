using System.Text;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Releases kept for years as .txt or saved pages are often in the old Windows encoding (Notepad's "ANSI"), not UTF-8:
/// they are read as Windows-1252, quotes and dashes right, with a note; bytes no text holds are still refused.
/// </summary>
public sealed class WindowsTextTests
{
    private const string Release =
        "Polres Blitar Gelar Patroli Jelang Pemilu 2024\r\n\r\n" +
        "BLITAR – Polres Blitar menggelar patroli di Alun-alun Blitar, Senin (12/2/2024), menjelang Pemilu 2024. " +
        "“Kami siap menjaga suasana tetap aman,” kata Kapolres.\r\n";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void A_release_saved_as_ANSI_is_read_as_Windows_1252_with_a_note_and_builds()
    {
        using var site = new ImportTestSite();
        var bytes = Windows1252.GetBytes(Release);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var imported = site.Import("rilis-lama.txt", bytes);
        Assert.Equal("Polres Blitar Gelar Patroli Jelang Pemilu 2024", imported.Front("title"));
        Assert.Equal("2024-02-12", imported.Front("date"));
        Assert.StartsWith("BLITAR – Polres Blitar menggelar patroli", imported.Body);
        Assert.Contains("“Kami siap menjaga suasana tetap aman,” kata Kapolres.", imported.Body);
        Assert.Contains(imported.Bulletin.Warnings, w => w.Contains("'rilis-lama.txt' is not UTF-8 text, so it was read as old Windows text (Windows-1252)", StringComparison.Ordinal));
        Assert.Empty(imported.Diagnostics);
        site.Write(imported);
        site.Site.BuildOk();
    }

    [Fact]
    public void A_UTF_8_release_has_no_note()
    {
        using var site = new ImportTestSite();
        var imported = site.Import("rilis.txt", Encoding.UTF8.GetBytes(Release));
        Assert.DoesNotContain(imported.Bulletin.Warnings, w => w.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void A_saved_page_in_Windows_1252_is_read_with_a_note()
    {
        var page = File.ReadAllText(ImportTestSite.Fixture("halaman-sleman-patroli.html")).Replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">", StringComparison.Ordinal);
        using var file = new MemoryStream(Windows1252.GetBytes(page));
        var blocks = ReleaseReader.Read("halaman.html", file, out _, out var problem, out var note);
        Assert.Null(problem);
        Assert.NotNull(note);
        Assert.Contains(blocks!, b => b.Plain.Contains("SLEMAN – Polres Sleman menggelar patroli gabungan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x6F, 0x6C, 0x72, 0x65, 0x73, 0x81, 0x0A })]
    [InlineData(new byte[] { 0x50, 0x6F, 0x6C, 0x72, 0x65, 0x73, 0x00, 0xFF, 0xFE, 0x0A })]
    public void Bytes_no_text_holds_are_still_refused_naming_the_line(byte[] bytes)
    {
        using var file = new MemoryStream(bytes);
        Assert.Null(ReleaseReader.Read("rilis.txt", file, out _, out var problem, out _));
        Assert.Contains("'rilis.txt' is not UTF-8 text (line 1)", problem);
    }
}
