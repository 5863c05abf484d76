using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Configuration;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// The sample site built for https://example.org/buletin/ (a GitHub Pages project site), written to disk: every
/// address in its pages, feeds, sitemap, robots.txt and search index that points at the site carries the path and
/// leads to a file the build wrote (a folder to its index.html, an #anchor to an element with that id).
/// </summary>
public sealed class BasePathTests(BasePathTests.SubPathSite site) : IClassFixture<BasePathTests.SubPathSite>
{
    private const string BaseUrl = "https://example.org/buletin/";
    private const string BasePath = "/buletin/";
    private static readonly Uri Base = new(BaseUrl);
    private static readonly Regex Scheme = new("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);

    /// <summary>Builds the sample site once for the tests of this class.</summary>
    public sealed class SubPathSite : IDisposable
    {
        private readonly TempFolder _folder = new();

        public SubPathSite()
        {
            Output = _folder.Combine("site");
            var result = SiteBuilder.BuildAndWrite(new BuildOptions
            {
                SourceRoot = RepoPaths.Root,
                OutputRoot = Output,
                CacheRoot = _folder.Combine("cache"),
                BaseUrl = BaseUrl,
                Now = TestSite.Now,
            });
            Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
            Files = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal);
            var parser = new HtmlParser();
            Pages = Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                .ToDictionary(f => f, f => (IDocument)parser.ParseDocument(File.ReadAllText(Path.Combine(Output, f))), StringComparer.Ordinal);
        }

        public string Output { get; }

        /// <summary>Every file written, as paths relative to the output folder with '/'.</summary>
        public HashSet<string> Files { get; }

        public Dictionary<string, IDocument> Pages { get; }

        public string Text(string path) => File.ReadAllText(Path.Combine(Output, path));

        public void Dispose() => _folder.Dispose();
    }

    /// <summary>Checks addresses, collecting every problem and the kinds of address it saw pointing at the site.</summary>
    private sealed class Links(SubPathSite site)
    {
        public List<string> Problems { get; } = [];

        public SortedSet<string> Seen { get; } = new(StringComparer.Ordinal);

        /// <param name="context">The address the URL is read against (the page, or an element's xml:base).</param>
        /// <param name="anywhere">The page is served at any missing address (404.html), so a relative URL would break.</param>
        public void Check(string kind, string url, Uri context, string where, bool anywhere = false)
        {
            url = url.Trim();
            Uri target;
            if (url.StartsWith("//", StringComparison.Ordinal)) url = "https:" + url;
            if (Scheme.IsMatch(url))
            {
                var absolute = new Uri(url);
                if (absolute.Scheme is "mailto" or "tel") return;
                if (!string.Equals(absolute.Host, Base.Host, StringComparison.OrdinalIgnoreCase)) return;
                Seen.Add(kind);
                if (!url.StartsWith(BaseUrl, StringComparison.Ordinal))
                {
                    Problems.Add($"{where}: {kind} '{url}' does not start with {BaseUrl}");
                    return;
                }
                target = absolute;
            }
            else if (url.StartsWith('/'))
            {
                Seen.Add(kind);
                if (!url.StartsWith(BasePath, StringComparison.Ordinal))
                {
                    Problems.Add($"{where}: {kind} '{url}' does not start with {BasePath}");
                    return;
                }
                target = new Uri(Base, url);
            }
            else
            {
                Seen.Add(kind);
                if (anywhere && !url.StartsWith('#'))
                {
                    Problems.Add($"{where}: {kind} '{url}' is relative, but this page is served at any missing address");
                    return;
                }
                target = new Uri(context, url);
                if (!target.AbsoluteUri.StartsWith(BaseUrl, StringComparison.Ordinal))
                {
                    Problems.Add($"{where}: {kind} '{url}' leads to {target.AbsoluteUri}, outside {BaseUrl}");
                    return;
                }
            }

            var path = Uri.UnescapeDataString(target.AbsolutePath[BasePath.Length..]);
            if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
            if (!site.Files.Contains(path))
            {
                Problems.Add($"{where}: {kind} '{url}' leads to {target.AbsolutePath}, but the build wrote no {path}");
                return;
            }

            var id = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
            if (id.Length > 0 && site.Pages.TryGetValue(path, out var page) && page.GetElementById(id) is null)
                Problems.Add($"{where}: {kind} '{url}' leads to {path}, which has no element with id '{id}'");
        }

        public void CheckHtml(IParentNode root, Uri context, string where, bool anywhere = false)
        {
            foreach (var element in root.QuerySelectorAll("*"))
            {
                foreach (var attribute in new[] { "href", "src", "action", "poster", "cite", "data-search-manifest" })
                {
                    var value = element.GetAttribute(attribute);
                    if (value is null) continue;
                    var kind = element.LocalName == "link" && element.GetAttribute("rel") == "canonical" ? "canonical" : attribute;
                    Check(kind, value, context, where, anywhere);
                }

                foreach (var candidate in (element.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    Check("srcset", candidate.Split(' ')[0], context, where, anywhere);

                if (element.LocalName == "meta")
                {
                    var content = element.GetAttribute("content") ?? "";
                    if (string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
                    {
                        var refresh = Regex.Match(content, @"^\s*\d+\s*;\s*url\s*=\s*(?<url>.+)$", RegexOptions.IgnoreCase);
                        if (refresh.Success) Check("meta refresh", refresh.Groups["url"].Value.Trim('\'', '"'), context, where, anywhere);
                        else Problems.Add($"{where}: meta refresh '{content}' has no url");
                    }
                    else if (content.StartsWith("http", StringComparison.Ordinal) || content.StartsWith('/'))
                    {
                        Check(element.GetAttribute("property") ?? element.GetAttribute("name") ?? "meta", content, context, where, anywhere);
                    }
                }

                if (element.LocalName == "script" && element.GetAttribute("type") == "application/ld+json")
                {
                    using var json = JsonDocument.Parse(element.TextContent);
                    CheckJson(json.RootElement, context, where, anywhere);
                }
            }
        }

        private void CheckJson(JsonElement value, Uri context, string where, bool anywhere)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject()) CheckJson(property.Value, context, where, anywhere);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray()) CheckJson(item, context, where, anywhere);
                    break;
                case JsonValueKind.String when value.GetString() is { } text && (text.StartsWith("http", StringComparison.Ordinal) || text.StartsWith('/')):
                    Check("json-ld", text, context, where, anywhere);
                    break;
            }
        }

        public void AssertNone()
        {
            Assert.True(Problems.Count == 0, $"{Problems.Count} broken addresses; first 30:\n{string.Join('\n', Problems.Take(30))}");
        }

        /// <summary>Each kind was seen pointing at the site, so a check cannot pass by finding nothing to check.</summary>
        public void AssertSeen(params string[] kinds)
        {
            var missing = kinds.Where(k => !Seen.Contains(k)).ToList();
            Assert.True(missing.Count == 0, $"no address of kind {string.Join(", ", missing)} was found (saw {string.Join(", ", Seen)})");
        }
    }

    [Fact]
    public void Every_address_in_every_page_carries_the_path_and_leads_to_a_file_of_the_site()
    {
        var links = new Links(site);
        foreach (var (path, page) in site.Pages)
            links.CheckHtml(page, new Uri(Base, path), path, anywhere: path == "404.html");

        // CSS can point at fonts and pictures; they resolve against the stylesheet's own address.
        foreach (var css in site.Files.Where(f => f.EndsWith(".css", StringComparison.Ordinal)))
            foreach (Match url in Regex.Matches(site.Text(css), @"url\(\s*['""]?(?<u>[^'"")]+)['""]?\s*\)"))
                if (!url.Groups["u"].Value.StartsWith("data:", StringComparison.Ordinal))
                    links.Check("css url()", url.Groups["u"].Value, new Uri(Base, css), css);

        links.AssertNone();
        links.AssertSeen("href", "src", "srcset", "action", "canonical", "meta refresh", "og:url", "og:image", "twitter:image", "json-ld", "data-search-manifest");
    }

    [Fact]
    public void Feeds_link_to_pages_of_the_site_and_their_ids_carry_the_path()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feeds = site.Files.Where(f => f.EndsWith(".xml", StringComparison.Ordinal) && f != "sitemap.xml").Order(StringComparer.Ordinal).ToList();
        Assert.Contains("feed.xml", feeds);
        Assert.Contains(feeds, f => f.StartsWith("satuan/", StringComparison.Ordinal));
        Assert.Contains(feeds, f => f.StartsWith("pemilihan/", StringComparison.Ordinal));

        var links = new Links(site);
        var parser = new HtmlParser();
        foreach (var path in feeds)
        {
            var feed = XDocument.Parse(site.Text(path)).Root!;
            var self = new Uri(Base, path);
            links.Check("feed id", feed.Element(atom + "id")!.Value, self, path);
            foreach (var link in feed.Descendants(atom + "link")) links.Check("feed link", link.Attribute("href")!.Value, self, path);
            foreach (var entry in feed.Elements(atom + "entry"))
            {
                var id = entry.Element(atom + "id")!.Value;
                var tag = Regex.Match(id, @"^tag:example\.org,\d{4}-\d{2}-\d{2}:(?<path>/.*)$");
                if (tag.Success) links.Check("entry id", tag.Groups["path"].Value, self, $"{path} {id}");
                else links.Problems.Add($"{path}: entry id '{id}' is not a tag URI of example.org with the bulletin's path");

                // Readers resolve the addresses in the content against its xml:base.
                foreach (var content in entry.Elements(atom + "content"))
                {
                    var xmlBase = content.Attribute(XNamespace.Xml + "base")?.Value;
                    if (xmlBase is not null) links.Check("content xml:base", xmlBase, self, $"{path} {id}");
                    var context = xmlBase is null ? self : new Uri(xmlBase);
                    links.CheckHtml(parser.ParseDocument(content.Value), context, $"{path} {id} content");
                }
            }
        }

        links.AssertNone();
        links.AssertSeen("feed id", "feed link", "entry id", "content xml:base", "href");
    }

    [Fact]
    public void Sitemap_and_robots_list_addresses_under_the_path()
    {
        var links = new Links(site);
        var sitemap = XDocument.Parse(site.Text("sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        foreach (var location in locations) links.Check("sitemap loc", location, Base, "sitemap.xml");
        // Every bulletin page is listed.
        Assert.All(site.Pages.Keys.Where(p => Regex.IsMatch(p, @"^\d{4}/\d{2}/[^/]+/index\.html$") && site.Pages[p].QuerySelector("meta[http-equiv=refresh]") is null),
            page => Assert.Contains(BaseUrl + page[..^"index.html".Length], locations));

        var robots = site.Text("robots.txt").Split('\n').Where(l => l.StartsWith("Sitemap:", StringComparison.Ordinal)).ToList();
        Assert.Single(robots);
        links.Check("robots sitemap", robots[0]["Sitemap:".Length..], Base, "robots.txt");

        links.AssertNone();
    }

    [Fact]
    public void Search_index_leads_to_the_bulletins_under_the_path()
    {
        var links = new Links(site);
        var search = site.Pages["cari/index.html"].QuerySelector("[data-search-manifest]")!.GetAttribute("data-search-manifest")!;
        links.Check("data-search-manifest", search, new Uri(Base, "cari/"), "cari/index.html");
        var manifestUri = new Uri(Base, search);
        using var manifest = JsonDocument.Parse(site.Text(manifestUri.AbsolutePath[BasePath.Length..]));
        // The search script fetches these relative to the manifest.
        foreach (var chunk in manifest.RootElement.GetProperty("chunks").EnumerateArray())
            links.Check("index chunk", $"i/{chunk.GetString()}.json", manifestUri, search);
        foreach (var block in manifest.RootElement.GetProperty("blocks").EnumerateArray())
            links.Check("index block", $"d/{block.GetString()}.json", manifestUri, search);

        var records = site.Files.Where(f => f.StartsWith("search/r/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(manifest.RootElement.GetProperty("count").GetInt32(), records.Count);
        foreach (var record in records)
        {
            using var json = JsonDocument.Parse(site.Text(record));
            links.Check("record url", json.RootElement.GetProperty("u").GetString()!, Base, record);
        }

        links.AssertNone();
    }
}
