using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using SiteGen.Configuration;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Site;

/// <summary>
/// The weight budget of the sample site, for readers on slow phone connections: every page, with the stylesheets and
/// scripts it loads, transfers at most 60 kB as a compressing host sends it (gzip), pictures not counted.
/// </summary>
public sealed class PageWeightTests(ITestOutputHelper output)
{
    /// <summary>The budget in bytes: 60 kB.</summary>
    public const int Budget = 60_000;

    [Fact]
    public void Every_page_of_the_sample_site_with_its_css_and_js_transfers_at_most_60_kB_gzipped()
    {
        var result = SiteBuilder.Build(new BuildOptions { SourceRoot = RepoPaths.Root, Now = TestSite.Now });
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var basePath = result.Site!.Config.BasePath;
        var gzipped = new Dictionary<string, int>(StringComparer.Ordinal);
        int Gzipped(string path) => gzipped.TryGetValue(path, out var size) ? size : gzipped[path] = Gzip(files[path].Bytes);

        var parser = new HtmlParser();
        var heaviest = new Dictionary<string, (string Page, int Html, int Assets)>(StringComparer.Ordinal);
        var over = new List<string>();
        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(Encoding.UTF8.GetString(page.Bytes));
            var loads = document.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(url => url.StartsWith(basePath, StringComparison.Ordinal))
                .Select(url => url[basePath.Length..]).Distinct().ToArray();
            Assert.All(loads, path => Assert.True(files.ContainsKey(path), $"{page.Path} loads {path}, which the build did not write"));
            var html = Gzipped(page.Path);
            var assets = loads.Sum(Gzipped);
            if (html + assets > Budget) over.Add($"{page.Path}: {Kb(html + assets)} (HTML {Kb(html)}, CSS and JS {Kb(assets)})");
            var kind = Kind(page.Path);
            if (!heaviest.TryGetValue(kind, out var known) || html + assets > known.Html + known.Assets) heaviest[kind] = (page.Path, html, assets);
        }
        foreach (var (kind, (path, html, assets)) in heaviest.OrderBy(k => k.Key, StringComparer.Ordinal))
            output.WriteLine($"{kind,-9} {Kb(html + assets),9}  (HTML {Kb(html)}, CSS and JS {Kb(assets)})  heaviest: {path}");
        Assert.True(over.Count == 0, $"pages over the {Kb(Budget)} budget:\n" + string.Join('\n', over));
    }

    private static string Kind(string path) => path switch
    {
        "index.html" => "home",
        "404.html" => "404",
        _ when path.StartsWith("halaman/", StringComparison.Ordinal) => "home",
        _ when char.IsAsciiDigit(path[0]) => "bulletin",
        _ when path.StartsWith("cari/", StringComparison.Ordinal) => "search",
        _ when path.Count(c => c == '/') == 1 && path.Split('/')[0] is "satuan" or "pemilihan" or "tag" or "arsip" => "overview",
        _ when path.StartsWith("satuan/", StringComparison.Ordinal) => "unit",
        _ when path.StartsWith("polda/", StringComparison.Ordinal) => "polda",
        _ when path.StartsWith("pemilihan/", StringComparison.Ordinal) => "election",
        _ when path.StartsWith("tag/", StringComparison.Ordinal) => "tag",
        _ when path.StartsWith("arsip/", StringComparison.Ordinal) => "year",
        _ => "page",
    };

    private static string Kb(int bytes) => (bytes / 1000.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " kB";

    private static int Gzip(byte[] bytes)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return (int)memory.Length;
    }
}
