using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Files a text uses, pictures and documents alike, are copied next to its page, for bulletins and free pages.</summary>
public sealed class CopiedFilesTests
{
    private const string Files = """
        -- content/bulletins/2024/jadwal-patroli.md --
        ---
        title: Jadwal Patroli Masa Tenang
        unit: Polres Blitar
        date: 2024-11-20
        election: Pilkada Serentak 2024
        ---
        Jadwal lengkap ada di [berkas jadwal](jadwal%20patroli.pdf#halaman-2) dan [daftar pos](pos/daftar.csv).
        Rapat sebelumnya: [rapat](../rapat-lain/).
        -- content/bulletins/2024/jadwal patroli.pdf --
        %PDF-1.4 jadwal
        -- content/bulletins/2024/pos/daftar.csv --
        pos,lokasi
        -- content/pages/tentang.md --
        ---
        title: Tentang Kami
        ---
        Wilayah hukum kami: ![Peta wilayah](peta.png)
        -- content/pages/peta.png --
        @image 640x480
        """;

    [Fact]
    public void A_document_linked_from_a_bulletin_is_copied_beside_its_page_and_the_link_leads_to_it()
    {
        using var site = new TestSite(Files).BuildOk();
        const string page = "2024/11/jadwal-patroli/";
        var links = site.Html(page + "index.html").QuerySelectorAll(".bulletin__body a, article a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("jadwal%20patroli.pdf#halaman-2", links);
        Assert.Contains("daftar.csv", links);
        Assert.Equal("%PDF-1.4 jadwal", site.Text(page + "jadwal patroli.pdf").Trim());
        Assert.Equal("pos,lokasi", site.Text(page + "daftar.csv").Trim());
        // A relative link to a page is left as it is written, for sitegen check to judge.
        Assert.Contains("../rapat-lain/", links);
    }

    [Fact]
    public void A_picture_in_a_free_page_is_published_beside_it_in_sizes()
    {
        using var site = new TestSite(Files).BuildOk();
        var img = site.Html("tentang/index.html").QuerySelector("main img")!;
        Assert.Equal("peta-640.png", img.GetAttribute("src"));
        Assert.Equal("peta-480.png 480w, peta-640.png 640w", img.GetAttribute("srcset"));
        Assert.Equal("640", img.GetAttribute("width"));
        Assert.True(site.Has("tentang/peta-480.png"));
        Assert.True(site.Has("tentang/peta-640.png"));
    }

    [Fact]
    public void Check_finds_the_copied_files_and_only_the_broken_page_link()
    {
        using var site = new TestSite(Files);
        var result = site.Build();
        var diagnostics = new DiagnosticBag();
        LinkChecker.Check(result.Site!, result.Files, diagnostics, parallel: false);
        var broken = diagnostics.ToSortedList().Select(d => d.ToString()).ToArray();
        var only = Assert.Single(broken);
        Assert.Contains("../rapat-lain/", only);
    }

    [Fact]
    public void A_text_cannot_publish_html_svg_xml_or_its_own_page_beside_itself_nor_a_picture_under_another_kind_of_name()
    {
        using var site = new TestSite("""
            -- content/bulletins/2024/uji.md --
            ---
            title: Uji Berkas
            unit: Polres Blitar
            date: 2024-11-20
            election: Pilkada Serentak 2024
            ---
            Lihat [halaman](index.html), [berkas](catatan.htm) dan [gambar](bagan.svg).
            Juga [data](data.xml), [skrip](alat.js) dan ![foto](foto.html).
            -- content/bulletins/2024/index.html --
            <script>alert('page')</script>
            -- content/bulletins/2024/catatan.htm --
            <script>alert('htm')</script>
            -- content/bulletins/2024/bagan.svg --
            <svg xmlns="http://www.w3.org/2000/svg" onload="alert('svg')"/>
            -- content/bulletins/2024/data.xml --
            <x/>
            -- content/bulletins/2024/alat.js --
            alert('js')
            -- content/bulletins/2024/foto.html --
            @image 300x200 png
            """);
        var errors = site.Build().Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToArray();
        Assert.Equal(6, errors.Length);
        Assert.All(errors, e => Assert.Contains("error SG0219:", e));
        Assert.StartsWith("content/bulletins/2024/uji.md:7:7: error SG0219: the link 'index.html' leads to content/bulletins/2024/index.html, a kind of file (.html) SiteGen does not publish beside a page (it could run script on the site)", errors[0]);
        Assert.Contains(errors, e => e.StartsWith("content/bulletins/2024/uji.md:8:", StringComparison.Ordinal) && e.Contains("'alat.js'") && e.EndsWith("; link to a document (.pdf, .doc, .docx, .xls, .xlsx, .ppt, …) or to a page by its address", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("image 'foto.html' must be a picture file ending in .jpg"));
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public void Names_too_long_for_a_file_system_are_errors_at_their_place_not_write_failures()
    {
        var longName = new string('f', 240);
        using var site = new TestSite($"""
            -- content/bulletins/2024/panjang.md --
            ---
            title: Nama Panjang
            unit: Polres Blitar
            date: 2024-11-20
            election: Pilkada Serentak 2024
            aliases: [/lama/{new string('a', 201)}/]
            ---
            ![Foto apel]({longName}.jpg) dan [jadwal]({longName}.pdf).
            -- content/bulletins/2024/{longName}.jpg --
            @image 2000x1000
            -- content/bulletins/2024/{longName}.pdf --
            %PDF-1.4
            """);
        var errors = site.Build().Diagnostics.Where(d => d.IsError).Select(d => $"{d.Line}:{d.Column} {d.Code}").ToArray();
        Assert.Equal(["6:11 SG0212", "8:1 SG0219", "8:264 SG0219"], errors);
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public void A_link_to_the_markdown_file_of_a_bulletin_or_page_leads_to_its_page_in_pages_and_feeds()
    {
        using var site = new TestSite("""
            -- sitegen.yaml --
            title: Situs
            base_url: https://example.org/buletin/
            -- content/bulletins/2023/patroli.md --
            ---
            title: Patroli Lama
            unit: Polres Blitar
            date: 2023-05-01
            election: Pemilu 2024
            ---
            ## Jadwal

            Lihat juga [tentang kami](../../pages/tentang.md).
            -- content/bulletins/2024/baru.md --
            ---
            title: Patroli Baru
            unit: Polres Blitar
            date: 2024-05-01
            election: Pemilu 2024
            ---
            Lanjutan [patroli lama](../2023/patroli.md#jadwal); rencana [yang belum terbit](rencana.md).
            -- content/bulletins/2024/rencana.md --
            ---
            title: Rencana
            unit: Polres Blitar
            date: 2024-05-02
            election: Pemilu 2024
            draft: true
            ---
            Isi.
            -- content/pages/tentang.md --
            ---
            title: Tentang Kami
            ---
            Baca [buletin terbaru](../bulletins/2024/baru.md).
            """).BuildOk();
        string Href(string page, string text) =>
            site.Html(page).QuerySelectorAll("main a").Single(a => a.TextContent == text).GetAttribute("href")!;
        Assert.Equal("/buletin/2023/05/patroli/#jadwal", Href("2024/05/baru/index.html", "patroli lama"));
        Assert.Equal("/buletin/tentang/", Href("2023/05/patroli/index.html", "tentang kami"));
        Assert.Equal("/buletin/2024/05/baru/", Href("tentang/index.html", "buletin terbaru"));
        // A draft is not on the site: the link stays as written, and sitegen check says why it is broken.
        Assert.Equal("rencana.md", Href("2024/05/baru/index.html", "yang belum terbit"));
        var diagnostics = new DiagnosticBag();
        LinkChecker.Check(site.Result.Site!, site.Result.Files, diagnostics, parallel: false);
        var broken = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("content/bulletins/2024/baru.md:7:61: error SG0601: the link 'rencana.md' on /buletin/2024/05/baru/ is broken: it names content/bulletins/2024/rencana.md, which is not on the site (a draft, dated in the future, or expired); publish it first or remove the link", broken.ToString());
        Assert.Contains("href=\"/buletin/2023/05/patroli/#jadwal\"", System.Xml.Linq.XDocument.Parse(site.Text("feed.xml")).ToString().Replace("&amp;", "&").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\""));
        Assert.DoesNotContain("sitegen-page-link", string.Concat(site.Result.Files.Where(f => f.Path.EndsWith(".html") || f.Path.EndsWith(".xml")).Select(f => System.Text.Encoding.UTF8.GetString(f.Bytes))));
    }
    [Fact]
    public void With_raw_html_allowed_links_to_markdown_files_lead_to_their_pages_from_raw_html_footnotes_and_twice_over()
    {
        using var site = new TestSite(TestSite.UnsafeHtmlSettings + """
            -- content/bulletins/2024/apel.md --
            ---
            title: Apel
            unit: Polres Blitar
            date: 2024-05-02
            election: Pemilu 2024
            ---
            <span class="catatan">Lihat [rakor](rakor.md).</span> Lagi [hasil rakor](rakor.md#hasil)[^1] dan [sekali lagi](rakor.md#hasil).

            [^1]: Sumber: [catatan rakor](rakor.md).
            -- content/bulletins/2024/rakor.md --
            ---
            title: Rakor
            unit: Polres Blitar
            date: 2024-05-01
            election: Pemilu 2024
            ---
            ## Hasil

            Sepakat.
            """).BuildOk();
        var links = site.Html("2024/05/apel/index.html").QuerySelectorAll("main a")
            .Where(a => a.TextContent is "rakor" or "hasil rakor" or "sekali lagi" or "catatan rakor")
            .Select(a => $"{a.TextContent} {a.GetAttribute("href")}").ToArray();
        Assert.Equal(["rakor /2024/05/rakor/", "hasil rakor /2024/05/rakor/#hasil", "sekali lagi /2024/05/rakor/#hasil", "catatan rakor /2024/05/rakor/"], links);
        var diagnostics = new DiagnosticBag();
        LinkChecker.Check(site.Result.Site!, site.Result.Files, diagnostics, parallel: false);
        Assert.Empty(diagnostics.ToSortedList());
    }
}
