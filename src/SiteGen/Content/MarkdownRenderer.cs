using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Messages;
using SiteGen.Text;

namespace SiteGen.Content;

/// <summary>
/// Turns Markdown bodies into safe HTML with one Markdig pipeline for the whole build (Markdig pipelines are
/// immutable and thread-safe): CommonMark, pipe tables, footnotes, autolinks, heading ids, raw HTML off.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly RawHtmlSanitizer? _sanitizer;
    private readonly ResourceResolver _resources;
    private readonly string _basePath;

    private readonly bool _listLinks;

    /// <param name="basePath">The site's base path ("/" or "/buletin/"): links written from the site root ("/satuan/") get it in front.</param>
    /// <param name="listLinks">List every link of a body (<see cref="RenderedMarkdown.Links"/>) for <c>sitegen check</c>; a build that only writes the site needs none.</param>
    public MarkdownRenderer(bool unsafeHtml, ResourceResolver resources, string basePath, bool listLinks = true)
    {
        _listLinks = listLinks;
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoLinks()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough);
        // In place of Markdig's own heading ids, links and paragraphs, each of which has a part whose time grows with the
        // square of the text's length.
        builder.Extensions.Add(new HeadingIdExtension());
        builder.InlineParsers.Replace<LinkInlineParser>(new BoundedLinkInlineParser());
        builder.BlockParsers.Replace<ParagraphBlockParser>(new LinkDefinitionParagraphParser());
        builder.InlineParsers.Replace<AutolinkInlineParser>(new BoundedAutolinkInlineParser());
        builder.InlineParsers.Replace<CodeInlineParser>(new BoundedCodeInlineParser());
        if (unsafeHtml) _sanitizer = new RawHtmlSanitizer();
        else builder.DisableHtml();
        _pipeline = builder.Build();
        _resources = resources;
        _basePath = basePath;
    }

    /// <param name="path">The Markdown file, relative to the source folder.</param>
    /// <param name="firstLine">The file line the body starts on, so positions point into the file.</param>
    public RenderedMarkdown Render(string markdown, string path, int firstLine, DiagnosticBag diagnostics)
    {
        if (DeepLine(markdown) is { } deep)
        {
            diagnostics.Error(new SourcePosition(path, firstLine + deep, 1), DiagnosticCodes.MarkdownTooDeep,
                Say.MarkdownLineTooDeep.With(MaxPrefix));
            return Empty;
        }
        if (FootnoteBeyondLimit(markdown) is { } footnote)
        {
            diagnostics.Error(new SourcePosition(path, firstLine + footnote, 1), DiagnosticCodes.MarkdownTooDeep,
                Say.MarkdownTooManyFootnotes.With(MaxFootnotes));
            return Empty;
        }
        try
        {
            return RenderDocument(markdown, path, firstLine, diagnostics);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own guard, while parsing or writing, against input nested beyond reason (emphasis, brackets, tables).
            diagnostics.Error(new SourcePosition(path, firstLine, 1), DiagnosticCodes.MarkdownTooDeep,
                Say.MarkdownTooDeep);
            return Empty;
        }
    }

    private RenderedMarkdown RenderDocument(string markdown, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var resources = new List<Resource>();
        var links = new List<MarkdownLink>();
        var pageLinks = new List<PageLink>();
        // Files the text uses are copied next to the page under their own names, which must differ even where letter case does not count.
        // A picture is written in its sizes ("foto-480.jpg"), so those names count too.
        void Keep(Resource resource, SourcePosition at)
        {
            foreach (var other in resources)
            {
                if (other.SourcePath == resource.SourcePath) continue;
                foreach (var name in resource.OutputNames)
                    if (other.OutputNames.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } taken)
                    {
                        diagnostics.Error(at, DiagnosticCodes.UrlCollision, FileClash.Message(taken, other.SourcePath, name, resource.SourcePath));
                        return;
                    }
            }
            if (!resources.Contains(resource)) resources.Add(resource);
        }
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            var at = new SourcePosition(path, firstLine + inline.Line, inline.Column + 1);
            var written = inline is LinkInline { Url: { } before } ? before : null;
            PageLink? toPage = null;
            if (inline is LinkInline { IsImage: true } pictured && UrlSafety.IsAllowed(pictured.Url) && AltText(pictured).Length == 0)
                diagnostics.Warning(at, DiagnosticCodes.ImageAltMissing,
                    Say.MarkdownImageNoAlt.With(Shorten(pictured.Url)));
            switch (inline)
            {
                case LinkInline link when !UrlSafety.IsAllowed(link.Url):
                    diagnostics.Warning(at, DiagnosticCodes.UnsafeLinkDropped,
                        (link.IsImage ? Say.MarkdownImageAddressRemoved : Say.MarkdownLinkRemoved).With(Shorten(link.Url)));
                    Unwrap(link);
                    break;
                case LinkInline { IsImage: true } image when image.Url is { } url && UrlSafety.IsRelativeFile(url):
                    if (_resources.ResolveImage(url, path, at, diagnostics) is { } found)
                    {
                        var resource = found with { Alt = AltText(image) };
                        Keep(resource, at);
                        // Written in the sizes of a bulletin picture, for the browser to choose from as it does for the main one.
                        var sizes = ImageResizer.Plan(resource.FileName, resource.Image!);
                        var shown = ResponsiveImage.DefaultOf(sizes);
                        image.Url = Uri.EscapeDataString(shown.FileName);
                        // Size known up front means no layout shift; pictures in the text are below the fold, so they load lazily.
                        var attributes = image.GetAttributes();
                        if (sizes.Count > 1)
                        {
                            attributes.AddPropertyIfNotExist("srcset", string.Join(", ", sizes.Select(s => $"{Uri.EscapeDataString(s.FileName)} {Number(s.Width)}w")));
                            attributes.AddPropertyIfNotExist("sizes", ResponsiveImage.ColumnSizes);
                        }
                        attributes.AddPropertyIfNotExist("width", Number(shown.Width));
                        attributes.AddPropertyIfNotExist("height", Number(shown.Height));
                        attributes.AddPropertyIfNotExist("loading", "lazy");
                        attributes.AddPropertyIfNotExist("decoding", "async");
                    }
                    break;
                case LinkInline { IsImage: false } pageLink when pageLink.Url is { } url && UrlSafety.IsRelativeFile(url) && _resources.FindPageSource(url, path) is { } source:
                    // Another bulletin's or page's Markdown file: it leads to that page, whose address the Model phase finds.
                    pageLink.Url = RenderedMarkdown.Placeholder(pageLinks.Count);
                    pageLinks.Add(toPage = new PageLink(source.SourcePath, source.Fragment, url));
                    break;
                case LinkInline { IsImage: false } fileLink when fileLink.Url is { } url && UrlSafety.IsRelativeFile(url) && _resources.FindFile(url, path, at, diagnostics) is { } file:
                    // A document next to the bulletin (a schedule as PDF, say) is copied beside its page, as pictures are.
                {
                    Keep(file, at);
                    var cut = url.IndexOfAny(['#', '?']);
                    fileLink.Url = Uri.EscapeDataString(file.FileName) + (cut >= 0 ? url[cut..] : "");
                    break;
                }
                case LinkInline link when link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && _basePath != "/":
                    link.Url = _basePath + url[1..];
                    break;
                case AutolinkInline autolink when !UrlSafety.IsAllowed(autolink.Url):
                    diagnostics.Warning(at, DiagnosticCodes.UnsafeLinkDropped,
                        Say.MarkdownLinkRemoved.With(Shorten(autolink.Url)));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
            // Links that stay (unsafe ones were just unwrapped or replaced, leaving them without a parent).
            if (!_listLinks) continue;
            if (inline is LinkInline { Parent: not null, Url: { } kept })
                links.Add(toPage is not null
                    ? new MarkdownLink(toPage.Written, toPage.Written, at) { Page = toPage }
                    : new MarkdownLink(kept, written ?? kept, at));
            else if (inline is AutolinkInline { Parent: not null, IsEmail: false } auto) links.Add(new MarkdownLink(auto.Url, auto.Url, at));
        }

        if (_sanitizer is not null && _listLinks) links.AddRange(RawHtmlLinks(document, path, firstLine));
        var html = ToHtml(document);
        if (_sanitizer is not null) html = _sanitizer.Sanitize(html, HeadingIds(document));
        return new RenderedMarkdown(html, FirstParagraph(document), PlainText(document), resources, pageLinks) { Links = links };
    }

    // An address in a raw HTML tag: href="…", src='…' or src=… (what HtmlSanitizer keeps of it is matched against the page later).
    private static readonly Regex RawAddress = new(
        """\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""",
        // Linear in the text's length whatever it holds, so a huge or hostile body cannot stall the build.
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
        | RegexOptions.NonBacktracking);

    /// <summary>
    /// The link and image addresses of raw HTML in the text (allowed by <c>unsafe_html</c>), with their lines, so that
    /// <c>sitegen check</c> names the bulletin's line for a broken one rather than blaming the theme.
    /// </summary>
    private static IEnumerable<MarkdownLink> RawHtmlLinks(MarkdownDocument document, string path, int firstLine)
    {
        var raw = new List<(string Text, int Line, int Column)>();
        foreach (var block in document.Descendants<HtmlBlock>())
            raw.Add((block.Lines.ToString(), block.Line, block.Column));
        foreach (var inline in document.Descendants<HtmlInline>())
            raw.Add((inline.Tag, inline.Line, inline.Column));
        foreach (var (text, line, column) in raw)
        {
            var (lineInText, lineStart, counted) = (0, 0, 0);
            foreach (Match match in RawAddress.Matches(text))
            {
                // Matches come in order: only the line ends since the last one are counted, so a block of many tags is read once.
                for (; counted < match.Index; counted++)
                    if (text[counted] == '\n') (lineInText, lineStart) = (lineInText + 1, counted + 1);
                var at = new SourcePosition(path, firstLine + line + lineInText, (lineInText == 0 ? column : 0) + match.Index - lineStart + 1);
                var value = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value;
                var url = System.Net.WebUtility.HtmlDecode(value);
                yield return new MarkdownLink(url, url, at);
            }
        }
    }

    private static HashSet<string> HeadingIds(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>Longest run of indentation and list or quote markers a line may start with; beyond it parsing time grows too fast.</summary>
    public const int MaxPrefix = 400;

    private static readonly RenderedMarkdown Empty = new("", "", "", []);

    /// <summary>The 0-based line whose leading indentation and markers exceed <see cref="MaxPrefix"/>, or null.</summary>
    private static int? DeepLine(string markdown)
    {
        var line = 0;
        var run = 0;
        var inPrefix = true;
        foreach (var c in markdown)
        {
            if (c == '\n')
            {
                line++;
                run = 0;
                inPrefix = true;
                continue;
            }
            if (!inPrefix) continue;
            if (c is ' ' or '\t' or '>' or '-' or '*' or '+' or '.' or ')' || char.IsAsciiDigit(c))
            {
                if (++run > MaxPrefix) return line;
            }
            else
            {
                inPrefix = false;
            }
        }
        return null;
    }

    // Markdig files each footnote definition after checking, one by one, that it is not among those already filed: time
    // growing with the square of their number (30,000 notes in 1 MB took seconds, 150,000 in 5 MB minutes). No release
    // needs more notes than this, so more is an error at the first one over, found in one pass.
    private const int MaxFootnotes = 1000;

    /// <summary>The line (from 0) of the first footnote definition ("[^1]: …") beyond <see cref="MaxFootnotes"/>; null when there are not that many.</summary>
    private static int? FootnoteBeyondLimit(string markdown)
    {
        var count = 0;
        var line = 0;
        for (var start = 0; start < markdown.Length; line++)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0) end = markdown.Length;
            var text = markdown.AsSpan(start, end - start);
            var indent = 0;
            while (indent < 4 && indent < text.Length && text[indent] == ' ') indent++;
            if (indent < 4 && IsFootnoteDefinition(text[indent..]) && ++count > MaxFootnotes) return line;
            start = end + 1;
        }
        return null;
    }

    private static bool IsFootnoteDefinition(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("[^")) return false;
        var close = line.IndexOf(']');
        return close > 2 && close + 1 < line.Length && line[close + 1] == ':';
    }

    private string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return IPv6Host.Replace(writer.ToString(), "$1[$2]");
    }

    // Markdig percent-encodes '[' and ']' anywhere in an address, which breaks an IPv6 host (http://[2001:db8::1]/ became
    // http://%5B2001:db8::1%5D/, an address no browser opens): the brackets around a host that can only be IPv6 are put back.
    private static readonly Regex IPv6Host = new(
        """\b((?:href|src)="https?://)%5B([0-9A-Fa-f:.]+)%5D""",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Replaces a link by its content, so its text stays but the address goes.</summary>
    private static void Unwrap(LinkInline link)
    {
        var children = new List<Inline>();
        for (var child = link.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }

    /// <summary>The text a picture's brackets hold (its alt text), white space trimmed.</summary>
    private static string AltText(LinkInline image)
    {
        var builder = new StringBuilder();
        AppendInlines(image, builder);
        return builder.ToString().Trim();
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Shorten(string? url) => url is null ? "" : url.Length <= 60 ? url : url[..57] + "...";

    private static string FirstParagraph(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<ParagraphBlock>())
        {
            var builder = new StringBuilder();
            AppendInlines(block.Inline, builder);
            var text = Collapse(builder.ToString());
            if (text.Length > 0) return text;
        }
        return "";
    }

    /// <summary>The body's text, one line per block: a heading and the paragraph after it stay apart in search excerpts.</summary>
    private static string PlainText(MarkdownDocument document)
    {
        var text = new StringBuilder();
        var block = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            block.Clear();
            if (leaf.Inline is not null) AppendInlines(leaf.Inline, block);
            else if (leaf is CodeBlock code) block.Append(code.Lines.ToString());
            var line = Collapse(block.ToString());
            if (line.Length == 0) continue;
            if (text.Length > 0) text.Append('\n');
            text.Append(line);
        }
        return text.ToString();
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder builder)
    {
        if (container is null) return;
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case AutolinkInline autolink: builder.Append(autolink.Url); break;
                case LineBreakInline: builder.Append(' '); break;
                case HtmlEntityInline entity: builder.Append(entity.Transcoded.AsSpan()); break;
            }
        }
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
