using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Import;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// PDFs and saved pages made to break the reader — damaged, cut short, huge, of thousands of pages or elements, nested
/// without end, mutated at random, or pointing at the network — each end in a bulletin or a message that says what to do:
/// never an exception, a hang or a request.
/// </summary>
public sealed class HostilePdfAndHtmlTests
{
    private static string? Problem(string fileName, byte[] bytes)
    {
        var blocks = ReleaseReader.Read(fileName, bytes, out _, out var problem);
        Assert.True(blocks is null == problem is not null);
        return problem;
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF")]
    [InlineData("%PDF-1.4\nthis is not a PDF at all")]
    [InlineData("not even a header")]
    public void A_damaged_PDF_is_refused_with_the_fix(string text)
    {
        var problem = Problem("rilis.pdf", Encoding.ASCII.GetBytes(text));
        Assert.NotNull(problem);
        Assert.Matches("^'rilis.pdf' (is not a PDF SiteGen can read|holds no text)", problem);
    }

    [Fact]
    public void A_PDF_cut_short_is_refused_or_read_as_far_as_it_goes()
    {
        var whole = PdfReleases.KonaweGudang();
        foreach (var length in new[] { whole.Length / 4, whole.Length / 2, whole.Length - 40 })
        {
            var blocks = ReleaseReader.Read("rilis.pdf", whole[..length], out _, out var problem);
            Assert.True(blocks is not null || problem!.StartsWith("'rilis.pdf' ", StringComparison.Ordinal), problem);
        }
    }

    [Fact]
    public void A_PDF_of_more_pages_than_the_limit_is_refused_before_its_pages_are_read()
    {
        var problem = Problem("arsip.pdf", PdfReleases.KonaweGudang(pages: ImportLimits.PdfPages + 1));
        Assert.Equal($"'arsip.pdf' has {ImportLimits.PdfPages + 1} pages, more than the {ImportLimits.PdfPages} SiteGen imports from a PDF; check that this is the right file", problem);
    }

    [Theory]
    [InlineData("rilis.pdf", ImportLimits.PdfFile, "'rilis.pdf' is 64 MB, more than the 64 MB SiteGen imports from a .pdf file")]
    [InlineData("halaman.html", ImportLimits.HtmlFile, "'halaman.html' is 16 MB, more than the 16 MB SiteGen imports from a .html file")]
    public void A_file_over_its_size_limit_is_refused_before_a_byte_is_read(string fileName, long limit, string message)
    {
        using var file = new HugeStream(limit + 1);
        Assert.Null(ReleaseReader.Read(fileName, file, out _, out var problem));
        Assert.StartsWith(message, problem);
        Assert.Equal(0, file.BytesRead);
    }

    [Fact]
    public void A_page_nested_a_hundred_thousand_levels_deep_is_refused()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Polres Blitar" + "</body></html>";
        Assert.Equal("the HTML elements of 'dalam.html' nest more than 256 levels deep; no news page does — copy the release's text into a .txt file",
            Problem("dalam.html", Encoding.UTF8.GetBytes(html)));
    }

    [Theory]
    [InlineData("<b>", 100_000)]
    [InlineData("<span><i>", 50_000)]
    [InlineData("<table><tr><td>", 30_000)]
    public void Unclosed_tags_by_the_hundred_thousand_are_refused_before_the_page_is_parsed(string open, int times)
    {
        // Parsed, each took the parser time in proportion to the depth: minutes for the page.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, times)) + "Polres Blitar</body></html>";
        Assert.Contains("nest more than 256 levels deep", Problem("dalam.html", Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void A_page_of_more_elements_than_the_limit_is_refused()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>a</p>", ImportLimits.HtmlElements)) + "</body></html>";
        Assert.StartsWith("'banyak.html' holds more than the 200,000 HTML elements", Problem("banyak.html", Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void A_PDF_nested_without_end_ends_in_a_message_in_the_command_too()
    {
        using var site = new ImportTestSite();
        var nested = Path.Combine(site.Root, "bersarang.pdf");
        File.WriteAllText(nested, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages " + new string('[', 200_000) + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        var run = CliRunner.Sitegen(site.Root, "import", nested);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("sitegen: not imported: 'bersarang.pdf' ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Mutated_PDFs_and_pages_end_in_a_bulletin_or_a_message()
    {
        var random = new Random(19);
        var pdf = PdfReleases.KonaweGudang();
        var html = File.ReadAllBytes(ImportTestSite.Fixture("halaman-sleman-patroli.html"));
        for (var i = 0; i < 150; i++)
        {
            foreach (var (name, original) in new[] { ("rilis.pdf", pdf), ("rilis.html", html) })
            {
                var bytes = (byte[])original.Clone();
                for (var flips = random.Next(1, 20); flips > 0; flips--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                if (random.Next(4) == 0) bytes = bytes[..random.Next(bytes.Length)];
                var blocks = ReleaseReader.Read(name, bytes, out _, out var problem);
                Assert.True(blocks is not null || problem is { Length: > 0 }, $"{name} #{i}");
            }
        }
    }

    [Fact]
    public void A_saved_page_s_pictures_scripts_and_styles_are_never_fetched()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var page = File.ReadAllText(ImportTestSite.Fixture("halaman-sleman-patroli.html"))
                .Replace("https://cdn.example.net", $"http://127.0.0.1:{port}", StringComparison.Ordinal)
                .Replace("</head>", $"<link rel=\"preload\" href=\"http://127.0.0.1:{port}/a\"><base href=\"http://127.0.0.1:{port}/\"></head>", StringComparison.Ordinal);
            using var site = new ImportTestSite();
            var imported = site.Import("halaman.html", Encoding.UTF8.GetBytes(page));
            Assert.Equal("Polres Sleman", imported.Front("unit"));
            Assert.False(listener.Pending(), "the reader connected to an address the page names");
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>A stream that says it is huge and counts what is read from it.</summary>
    private sealed class HugeStream(long length) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            BytesRead += count;
            return 0;
        }
        public override long Seek(long offset, SeekOrigin origin) => Position = offset;
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
