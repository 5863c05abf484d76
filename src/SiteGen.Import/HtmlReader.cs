using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>
/// Reads a saved web page (.html) into Markdown: the article is found the way Firefox's Reader View finds it (SmartReader,
/// a port of Readability), after menus, headers, footers, forms, share bars, comments and related lists are taken out; the
/// headline, byline and publication date go before it. Nothing the page links to is ever fetched: no network, no files.
/// </summary>
public static class HtmlReader
{
    /// <summary>Class or id words of the page's parts that are never the article.</summary>
    private static readonly string[] Clutter =
    [
        "share", "sharing", "social", "related", "terkait", "baca-juga", "bacajuga", "read-also", "comment", "komentar", "disqus",
        "newsletter", "subscribe", "popular", "populer", "terpopuler", "sidebar", "widget", "advert", "iklan", "ads", "breadcrumb",
        "menu", "navbar", "navigation", "footer", "tags", "tag-list", "author-box", "recommend", "rekomendasi", "trending",
    ];

    // Belt and braces: the article is read from the document in memory, and any request the library might make (its handler is
    // one for the whole process) is refused.
    static HtmlReader() => SmartReader.Reader.SetBaseHttpClientHandler(new NoNetwork());

    /// <summary>The page as Markdown, or null with <paramref name="problem"/> saying why it cannot be read.</summary>
    public static string? Read(string html, string fileName, out string? problem)
    {
        problem = null;
        // The HTML parser takes time in proportion to the depth for each tag (it looks up the open elements), so a page
        // nested thousands deep is refused from its tags before it is parsed.
        if (TagDepth(html) > ImportLimits.HtmlDepth)
        {
            problem = Say.ImportHtmlTooDeep.With(fileName, ImportLimits.HtmlDepth);
            return null;
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        IHtmlDocument document;
        try
        {
            document = parser.ParseDocument(html);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            problem = Say.ImportHtmlUnreadable.With(fileName, e.Message);
            return null;
        }
        // Limits are checked on the page as parsed, before the article is looked for: the search walks every element.
        var (elements, depth) = Measure(document);
        if (elements > ImportLimits.HtmlElements)
        {
            problem = Say.ImportHtmlTooManyElements.With(fileName, elements, ImportLimits.HtmlElements);
            return null;
        }
        if (depth > ImportLimits.HtmlDepth)
        {
            problem = Say.ImportHtmlTooDeep.With(fileName, ImportLimits.HtmlDepth);
            return null;
        }

        var title = Title(document);
        var byline = document.QuerySelector("meta[name=author]")?.GetAttribute("content")?.Trim();
        var published = Published(document);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, iframe, object, embed, nav, header, footer, aside, form, button, svg, canvas, video, audio, link, meta[http-equiv]").ToArray())
            element.Remove();
        foreach (var element in document.QuerySelectorAll("[class], [id], [role]").ToArray())
            if (IsClutter(element)) element.Remove();

        SmartReader.Article article;
        using (var reader = new SmartReader.Reader("https://rilis.invalid/", document))
        {
            reader.ContinueIfNotReadable = true;
            reader.MaxElemsToParse = ImportLimits.HtmlElements;
            article = reader.GetArticle();
        }
        var content = new HtmlParser().ParseDocument("<body>" + (article.Content ?? "") + "</body>").Body;
        var markdown = new StringBuilder();
        if (published is { } date) markdown.Append(date).Append("\n\n");
        if ((title ?? article.Title) is { Length: > 0 } headline) markdown.Append("# ").Append(MarkdownText.Escape(Collapse(headline))).Append("\n\n");
        if ((byline ?? article.Byline) is { Length: > 0 } by && by.Length < 80) markdown.Append("Penulis: ").Append(MarkdownText.Escape(Collapse(by))).Append("\n\n");
        var body = new MarkdownWriter();
        if (content is not null) body.Blocks(content);
        if (body.IsEmpty)
        {
            problem = Say.ImportHtmlNoArticle.With(fileName);
            return null;
        }
        return markdown + body.ToString();
    }

    /// <summary>Elements that hold nothing, or that the next of their kind closes (&lt;p&gt;, &lt;li&gt;): they add no depth when left open.</summary>
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot", "colgroup",
    };

    /// <summary>How deep the page's tags open, counted in one pass over the text: comments, scripts and styles skipped.</summary>
    internal static int TagDepth(string html)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && deepest <= ImportLimits.HtmlDepth)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var nameEnd = start;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            if (nameEnd == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }
            var name = html[start..nameEnd];
            var close = html.IndexOf('>', nameEnd);
            if (close < 0) break;
            if (closing)
            {
                if (!Flat.Contains(name)) depth = Math.Max(0, depth - 1);
            }
            else if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Their text is not HTML: it runs to their end tag.
                var end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            else if (html[close - 1] != '/' && !Flat.Contains(name))
            {
                depth++;
                deepest = Math.Max(deepest, depth);
            }
            i = close + 1;
        }
        return deepest;
    }

    private static (int Elements, int Depth) Measure(IDocument document)
    {
        // Walked with a stack of its own: a page nested a million levels deep does not overflow the call stack.
        var elements = 0;
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } root) stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            elements++;
            deepest = Math.Max(deepest, depth);
            if (elements > ImportLimits.HtmlElements || deepest > ImportLimits.HtmlDepth) break;
            foreach (var child in element.Children) stack.Push((child, depth + 1));
        }
        return (elements, deepest);
    }

    private static bool IsClutter(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main" or "article") return false;
        var words = $"{element.ClassName} {element.Id} {element.GetAttribute("role")}".ToLowerInvariant();
        if (words.Contains("navigation", StringComparison.Ordinal) || words.Contains("complementary", StringComparison.Ordinal)) return true;
        foreach (var word in words.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries))
            foreach (var clutter in Clutter)
                if (word == clutter || word.StartsWith(clutter + "-", StringComparison.Ordinal) || word.EndsWith("-" + clutter, StringComparison.Ordinal))
                    return true;
        return false;
    }

    /// <summary>The page's own headline: its first h1, else og:title, else the title without the site's name.</summary>
    private static string? Title(IDocument document)
    {
        if (document.QuerySelector("article h1, main h1, h1") is { } h1 && Collapse(h1.TextContent).Length > 0) return h1.TextContent;
        return document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? document.Title;
    }

    /// <summary>The publication date the page states (article:published_time, a time element), written as Indonesian pages write it.</summary>
    private static string? Published(IDocument document)
    {
        var stamp = document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (stamp is null || stamp.Length < 10 || !DateOnly.TryParseExact(stamp[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return null;
        string[] months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
        return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Refuses every request: reading a saved page never goes to the network.</summary>
    private sealed class NoNetwork : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a saved page is read without the network");
    }
}
