using AngleSharp.Html.Parser;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Text;

namespace SiteGen.Checking;

/// <summary>
/// <c>sitegen check</c>'s link pass over a build in memory: every link, #anchor and image (each size of a srcset) of every HTML page must lead to a
/// file of the site (and an element with that id). A broken link from a bulletin is reported at its line in the Markdown
/// file; one from the theme once, with the pages it appears on. Returns the links that leave the site, for an external check.
/// </summary>
public static class LinkChecker
{
    private static readonly (string Selector, string Attribute)[] LinkAttributes =
        [("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"),
         ("source[src]", "src"), ("iframe[src]", "src"), ("video[src]", "src"), ("audio[src]", "src")];

    public static IReadOnlyList<FoundLink> Check(Site site, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, bool parallel = true)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        var scanned = new PageScan[pages.Length];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 },
            i => scanned[i] = Scan(pages[i]));
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++) ids[pages[i].Path] = scanned[i].Ids;

        var bodies = new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
            if ((page.Bulletin?.Body ?? page.FreePage?.Body) is { } body) bodies[SitePath.ToFile(page.Path)] = body;

        var baseUrl = site.Config.BaseUrl;
        var near = new NearPages(byPath.Keys.Select(FileToPage));
        var external = new List<FoundLink>();
        var fromTheme = new Dictionary<(string Url, string Problem), List<string>>();
        for (var i = 0; i < pages.Length; i++)
        {
            var file = pages[i].Path;
            var pageUrl = new Uri(baseUrl, FileToPage(file));
            var pageLabel = baseUrl.AbsolutePath + FileToPage(file);
            // The body's links with the addresses the page holds for them (a link to a .md file holds its page's).
            var bodyLinks = bodies.TryGetValue(file, out var body) ? body.Links.Select(l => (Link: l, Url: l.UrlIn(site.PageAddresses))).ToArray() : [];
            foreach (var (href, what) in scanned[i].Links)
            {
                var problem = Problem(href, pageUrl, baseUrl, byPath, ids, near, out var leavesSite);
                var written = bodyLinks.Where(l => SameAddress(l.Url, href)).Select(l => l.Link).ToArray();
                if (leavesSite)
                {
                    // A link marked rel="nofollow" (the theme's share links: one address per bulletin, to a form of another
                    // site) is not a page to confirm; asking each would send thousands of requests to those sites.
                    if (scanned[i].Unfollowed.Contains(href)) continue;
                    if (written.Length == 0) external.Add(new FoundLink(href, pageLabel, null));
                    foreach (var link in written) external.Add(new FoundLink(href, pageLabel, link.Position));
                    continue;
                }
                if (problem is null) continue;
                if (written.Length == 0)
                {
                    var key = (what + " '" + href + "'", problem.Value.Message);
                    if (!fromTheme.TryGetValue(key, out var list)) fromTheme.Add(key, list = []);
                    list.Add(pageLabel);
                }
                foreach (var link in written)
                {
                    var message = link.Page is { } toPage && site.PageAddresses.AddressOf(toPage) is null
                        ? Say.CheckLinkUnpublished.With(toPage.SourcePath)
                        : problem.Value.Message;
                    diagnostics.Error(link.Position, problem.Value.Code, Say.CheckLinkBroken.With(what, link.Written, pageLabel, message));
                }
            }
        }
        foreach (var ((link, message), onPages) in fromTheme)
        {
            var where = onPages.Count == 1 ? Say.CheckOnPage.With(onPages[0]) : Say.CheckOnPages.With(onPages.Count, onPages[0]);
            diagnostics.Error(SourcePosition.File("themes/" + site.Config.Theme), DiagnosticCodes.BrokenLink,
                Say.CheckThemeLinkBroken.With(link, where, message));
        }
        return external;
    }

    /// <summary>Why the link at <paramref name="href"/> on the page at <paramref name="pageUrl"/> is broken; null when it is fine or leaves the site.</summary>
    private static (string Code, string Message)? Problem(
        string href, Uri pageUrl, Uri baseUrl, Dictionary<string, OutputFile> files, Dictionary<string, HashSet<string>> ids, NearPages nearPages, out bool leavesSite)
    {
        leavesSite = false;
        if (href.Length == 0 || href == "#") return null;
        if (!Uri.TryCreate(pageUrl, href, out var target))
            return (DiagnosticCodes.BrokenLink, Say.CheckAddressInvalid);
        if (target.Scheme is not ("http" or "https")) return null; // mailto:, tel: and the like are not checked
        if (target.GetLeftPart(UriPartial.Authority) != baseUrl.GetLeftPart(UriPartial.Authority))
        {
            leavesSite = true;
            return null;
        }
        if (!target.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal))
            return (DiagnosticCodes.BrokenLink, Say.CheckOutsideBasePath.With(baseUrl.AbsolutePath));
        var path = Uri.UnescapeDataString(target.AbsolutePath[baseUrl.AbsolutePath.Length..]);
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!files.ContainsKey(file))
        {
            if (files.ContainsKey(file + "/index.html")) file += "/index.html"; // hosts answer "/satuan" with "/satuan/"
            else
            {
                var near = nearPages.Of(path);
                var hint = near is null ? Say.CheckFixAddress : Say.DidYouMean.With("/" + near);
                return (DiagnosticCodes.BrokenLink, Say.CheckNoSuchPage.With(baseUrl.AbsolutePath + path, hint));
            }
        }
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        if (fragment.Length == 0 || !ids.TryGetValue(file, out var targets) || targets.Contains(fragment)) return null;
        var nearId = NearMatch.Find(fragment, targets);
        return (DiagnosticCodes.BrokenAnchor,
            Say.CheckNoSuchAnchor.With(baseUrl.AbsolutePath + FileToPage(file), fragment, nearId is null ? "" : "; " + Say.DidYouMean.With("#" + nearId)));
    }

    /// <summary>
    /// The page a missing address was most likely meant to be: only a near miss of about the same length is a useful hint
    /// ("/satuan/polres-blitarr/"), not any page containing the words. The pages are prepared once and each address is
    /// looked up once, so thousands of links to one missing page cost one search.
    /// </summary>
    private sealed class NearPages(IEnumerable<string> pages)
    {
        private readonly NearMatch.Prepared _pages = new(pages);
        private readonly Dictionary<string, string?> _found = new(StringComparer.Ordinal);

        public string? Of(string path)
        {
            if (_found.TryGetValue(path, out var known)) return known;
            var near = _pages.Find(path) is { } n && Math.Abs(n.Length - path.Length) <= Math.Max(2, path.Length / 4) ? n : null;
            _found[path] = near;
            return near;
        }
    }

    private static PageScan Scan(OutputFile page)
    {
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Bytes));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id) ids.Add(id);
            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name) ids.Add(name);
        }
        var links = new List<(string, string)>();
        var unfollowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("a[href][rel~=nofollow]"))
            unfollowed.Add(element.GetAttribute("href")!.Trim());
        foreach (var (selector, attribute) in LinkAttributes)
            foreach (var element in document.QuerySelectorAll(selector))
                links.Add((element.GetAttribute(attribute)!.Trim(), element.LocalName is "img" or "source" ? Say.CheckWordImage : Say.CheckWordLink));
        // The browser may pick any size of a srcset, so every one must exist, not only the plain src.
        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
            foreach (var url in SrcsetUrls(element.GetAttribute("srcset")!))
                links.Add((url, Say.CheckWordImage));
        return new PageScan(ids, links, unfollowed);
    }

    /// <summary>The addresses of a srcset ("a.jpg 480w, b.jpg 960w"), read as HTML does: an address runs to white space, and a comma ends a candidate outside parentheses.</summary>
    private static IEnumerable<string> SrcsetUrls(string srcset)
    {
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ',')) i++;
            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i])) i++;
            var url = srcset[start..i];
            var endsCandidate = url.EndsWith(',');
            url = url.TrimEnd(',');
            if (url.Length > 0) yield return url;
            if (endsCandidate) continue;
            // Skip the descriptors ("480w", "2x") up to the comma that ends the candidate.
            var depth = 0;
            for (; i < srcset.Length; i++)
            {
                if (srcset[i] == '(') depth++;
                else if (srcset[i] == ')' && depth > 0) depth--;
                else if (srcset[i] == ',' && depth == 0) break;
            }
        }
    }

    /// <summary>"satuan/index.html" → "satuan/"; "404.html" stays.</summary>
    private static string FileToPage(string file) =>
        file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    private static bool SameAddress(string a, string b) =>
        a == b || Unescape(a) == Unescape(b);

    private static string Unescape(string url)
    {
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }

    /// <summary>A page's ids, and its links with what each is ("link" or "image").</summary>
    private sealed record PageScan(HashSet<string> Ids, List<(string Url, string What)> Links, HashSet<string> Unfollowed);
}
