using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Files as editors and copy-paste really leave them, and files far beyond the usual: each builds or gets a clear diagnostic.</summary>
public sealed class MalformedInputTests
{
    private const string Bulletin = "---\ntitle: Patroli Malam\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\nsummary: Ringkasan.\n---\nParagraf satu.\n\nParagraf dua.\n";

    [Theory]
    [InlineData("crlf")]
    [InlineData("cr")]
    [InlineData("bom")]
    public void Windows_and_old_mac_line_ends_and_a_bom_read_like_plain_text(string variant)
    {
        using var plain = new TestSite("-- content/bulletins/a.md --\n" + Bulletin).BuildOk();
        using var site = new TestSite("");
        var text = variant switch
        {
            "crlf" => Bulletin.Replace("\n", "\r\n"),
            "cr" => Bulletin.Replace("\n", "\r"),
            _ => Bulletin,
        };
        var bytes = Encoding.UTF8.GetBytes(text);
        if (variant == "bom") bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "bulletins"));
        File.WriteAllBytes(Path.Combine(site.Root, "content", "bulletins", "a.md"), bytes);
        site.BuildOk();
        Assert.Equal(plain.Text("2024/09/a/index.html"), site.Text("2024/09/a/index.html"));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line()
    {
        using var site = new TestSite("");
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "bulletins"));
        byte[] bytes = [.. Encoding.UTF8.GetBytes("---\ntitle: Rusak\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\nKata "), 0xC3, 0x28, .. "ok\n"u8.ToArray()];
        File.WriteAllBytes(Path.Combine(site.Root, "content", "bulletins", "a.md"), bytes);
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("content/bulletins/a.md", 7, 6, "SG0101"), (error.Path, error.Line, error.Column, error.Code));
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void A_ten_megabyte_bulletin_builds()
    {
        var body = string.Concat(Enumerable.Repeat("Kalimat panjang tentang pengamanan pemilihan umum di kabupaten. ", 160_000));
        Assert.True(body.Length > 10_000_000);
        using var site = new TestSite("-- content/bulletins/a.md --\n" + Bulletin.Replace("Paragraf satu.", body)).BuildOk();
        var page = site.Html("2024/09/a/index.html");
        Assert.True(page.QuerySelector(".prose")!.TextContent.Length > 10_000_000, "the text was cut");
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
    }

    [Fact]
    public void Ten_thousand_tags_are_one_error_at_the_first_past_the_limit_and_a_hundred_are_published()
    {
        // Each tag is a page showing the bulletin's card with every tag: 10,000 tags made 10,000 pages of 10,000 links.
        var tags = string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"tag{i}"));
        using var refused = new TestSite("-- content/bulletins/a.md --\n" + Bulletin.Replace("summary:", $"tags: [{tags}]\nsummary:"));
        var error = Assert.Single(refused.Build().Diagnostics);
        Assert.Equal("SG0204", error.Code);
        var line = File.ReadAllLines(Path.Combine(refused.Root, "content/bulletins/a.md"))[error.Line - 1];
        Assert.StartsWith("tag100,", line[(error.Column - 1)..]);

        var hundred = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"tag{i}"));
        using var site = new TestSite("-- content/bulletins/a.md --\n" + Bulletin.Replace("summary:", $"tags: [{hundred}]\nsummary:")).BuildOk();
        Assert.True(site.Has("tag/tag99/index.html"));
        Assert.Equal(100, site.Html("2024/09/a/index.html").QuerySelectorAll("ul.tags li").Length);
    }

    [Fact]
    public void A_file_linked_from_outside_the_site_is_refused()
    {
        using var outside = new TempFolder();
        outside.Write("rahasia.md", Bulletin);
        using var site = new TestSite("-- content/bulletins/b.md --\n" + Bulletin.Replace("Patroli Malam", "Lain"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "bulletins", "a.md"), outside.Combine("rahasia.md"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "bulletins", "luar"), outside.Path);
        var errors = site.Build().Diagnostics.Where(d => d.IsError).Select(d => (d.Path, d.Code)).ToArray();
        Assert.Equal([("content/bulletins/a.md", "SG0210"), ("content/bulletins/luar", "SG0210")], errors);
    }
}
