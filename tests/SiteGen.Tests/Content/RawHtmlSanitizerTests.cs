using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// With <c>markdown.unsafe_html: true</c>, raw HTML cannot clobber the page's DOM (a <c>name</c> or id standing in for a
/// property of document or window) and cannot ask readers for anything: forms and their controls are removed, in the
/// page and in the feed alike.
/// </summary>
public sealed class RawHtmlSanitizerTests
{
    private const string Head = "---\ntitle: Mentah\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\n";

    private static TestSite Site(string body) =>
        new TestSite(TestSite.UnsafeHtmlSettings + "-- content/bulletins/x.md --\n" + Head + body).BuildOk();

    [Fact]
    public void Names_are_removed_and_ids_a_script_could_read_are_renamed_but_heading_and_footnote_ids_stay()
    {
        using var site = Site("""
            ## Body

            <img name="body" src="https://example.org/a.png" alt="Apel"> <img id="images" name="images" src="https://example.org/b.png" alt="Apel">
            <a name="cookie">jangkar</a> <div id="forms">isi</div> <div id="SiteGenSearch">isi</div>
            <p id="jadwal">Jadwal</p> <p id="jadwal-2024">Jadwal 2024</p>

            Lihat [jadwal](#jadwal), [2024](#jadwal-2024) dan [judul](#body).[^1]

            [^1]: Catatan.
            """);
        var prose = site.Html(site.Result.Site!.Bulletins[0].Path + "index.html").QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("[name]"));
        Assert.Equal(["body", "user-content-images", "user-content-forms", "user-content-SiteGenSearch", "user-content-jadwal", "jadwal-2024", "fn:1"],
            prose.QuerySelectorAll("[id]").Select(e => e.Id!).Where(id => !id.StartsWith("fnref", StringComparison.Ordinal)));
        Assert.Equal(["#user-content-jadwal", "#jadwal-2024", "#body", "#fn:1", "#fnref:1"],
            prose.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")!));
        Assert.Equal("h2", prose.QuerySelector("#body")!.LocalName);
    }

    [Fact]
    public void Forms_and_their_controls_are_removed_from_the_page_and_the_feed()
    {
        using var site = Site("""
            Isi formulir berikut.

            <form action="https://pengumpul.example/kirim" method="post"><label>Sandi <input type="password"></label><button formaction="https://pengumpul.example/b">Kirim</button></form>
            <input type="text" value="lepas"> <textarea>teks</textarea> <select><option>satu</option></select> <button>Tombol</button>
            <fieldset><legend>Kelompok</legend><label>Label</label></fieldset>
            """);
        // The theme's own search form is not the bulletin's: only the text is looked at.
        var prose = site.Html(site.Result.Site!.Bulletins[0].Path + "index.html").QuerySelector(".prose")!;
        var feed = site.Text("feed.xml");
        foreach (var output in new[] { prose.OuterHtml, feed })
        {
            foreach (var tag in new[] { "<form", "<input", "<button", "<textarea", "<select", "<option" })
                Assert.DoesNotContain(tag, output.Replace("&lt;", "<", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("pengumpul.example", output, StringComparison.Ordinal);
            Assert.Contains("Isi formulir berikut.", output, StringComparison.Ordinal);
        }
        Assert.NotNull(prose.QuerySelector("fieldset legend"));
    }

    [Fact]
    public void Remote_pictures_stay()
    {
        using var site = Site("""<img src="https://gambar.example/foto.jpg" alt="Apel di halaman">""");
        var prose = site.Html(site.Result.Site!.Bulletins[0].Path + "index.html").QuerySelector(".prose")!;
        Assert.Equal("https://gambar.example/foto.jpg", prose.QuerySelector("img")!.GetAttribute("src"));
    }
}
