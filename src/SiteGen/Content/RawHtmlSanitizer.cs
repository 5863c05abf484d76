using AngleSharp;
using AngleSharp.Dom;
using Ganss.Xss;

namespace SiteGen.Content;

/// <summary>
/// Cleans rendered Markdown that may hold raw HTML (<c>markdown.unsafe_html</c>): HtmlSanitizer removes scripts, event
/// handlers, frames and unsafe addresses; this also removes forms and their controls, every <c>name</c> attribute,
/// and renames ids that a script could take for a property of <c>window</c> or <c>document</c>.
/// </summary>
public sealed class RawHtmlSanitizer
{
    /// <summary>
    /// A form would send what readers type to the address its author chose, from a page under the site's name, and
    /// feed readers show it without the site's Content-Security-Policy; the controls alone can still imitate a login.
    /// Labels, fieldsets, meters and progress bars only show text, so they stay.
    /// </summary>
    private static readonly string[] FormTags = ["form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "output", "keygen"];

    /// <summary>What a raw HTML id that could be read as a script name (<c>window.judul</c>) is written with in front.</summary>
    public const string IdPrefix = "user-content-";

    private readonly HtmlSanitizer _sanitizer = new();

    public RawHtmlSanitizer()
    {
        _sanitizer.AllowedSchemes.Add("mailto");
        // Markdown's own output uses these (heading ids, footnote classes); they cannot run anything.
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("id");
        // <img name="body"> makes document.body that picture (DOM clobbering), and so on for any property of
        // document; an <img> with both a name and an id does it with its id too. Nothing in a bulletin needs a name.
        _sanitizer.AllowedAttributes.Remove("name");
        foreach (var tag in FormTags) _sanitizer.AllowedTags.Remove(tag);
    }

    /// <param name="headingIds">The ids SiteGen gave the text's headings: kept as they are, since links lead to them.</param>
    public string Sanitize(string html, IReadOnlySet<string> headingIds)
    {
        using var document = _sanitizer.SanitizeDom(html);
        if (document.Body is not { } body) return "";
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            var id = element.Id ?? "";
            if (headingIds.Contains(id) || !CouldBeScriptName(id)) continue;
            element.Id = renamed[id] = IdPrefix + id;
        }
        // Links within the text to a renamed id follow it (links from other pages would need the new name).
        if (renamed.Count > 0)
            foreach (var link in body.QuerySelectorAll("a[href^='#']"))
                if (renamed.TryGetValue(Uri.UnescapeDataString(link.GetAttribute("href")![1..]), out var target))
                    link.SetAttribute("href", "#" + target);
        return Serialize(body, _sanitizer.OutputFormatter);
    }

    /// <summary>
    /// The HTML of <paramref name="parent"/>'s children, as AngleSharp's own ToHtml writes it. AngleSharp finds a node's
    /// next sibling by looking through its parent's children from the first, once per node, so 60,000 pictures in a row
    /// took seconds for each further thousand; this walks each element's children by their index.
    /// </summary>
    private static string Serialize(INode parent, IMarkupFormatter formatter)
    {
        using var writer = new StringWriter();
        // The elements being written, each with the index of its next child; an explicit stack, as raw HTML may nest deep.
        var open = new Stack<(INode Node, int Next)>();
        open.Push((parent, 0));
        while (open.TryPop(out var top))
        {
            var (node, next) = top;
            if (next == node.ChildNodes.Length)
            {
                if (node is IElement done && node != parent) writer.Write(formatter.CloseTag(done, done.Flags.HasFlag(NodeFlags.SelfClosing)));
                continue;
            }
            open.Push((node, next + 1));
            switch (node.ChildNodes[next])
            {
                case IComment comment:
                    writer.Write(formatter.Comment(comment));
                    break;
                case IProcessingInstruction instruction:
                    writer.Write(formatter.Processing(instruction));
                    break;
                case ICharacterData text:
                    writer.Write(node.Flags.HasFlag(NodeFlags.LiteralText) ? formatter.LiteralText(text) : formatter.Text(text));
                    break;
                case IDocumentType type:
                    writer.Write(formatter.Doctype(type));
                    break;
                case IElement element:
                    var selfClosing = element.Flags.HasFlag(NodeFlags.SelfClosing);
                    writer.Write(formatter.OpenTag(element, selfClosing));
                    if (!selfClosing && element.Flags.HasFlag(NodeFlags.LineTolerance) && element.FirstChild is IText first && first.Data.StartsWith('\n'))
                        writer.Write('\n');
                    open.Push((element, 0));
                    break;
            }
        }
        return writer.ToString();
    }

    /// <summary>
    /// Whether a script could read an element with this id as <c>window.id</c> or <c>document.id</c> and take it for a
    /// value of its own: a name of letters, digits, '_' and '$' not starting with a digit. A browser looks up a page's
    /// ids only after the properties window and document have, but a script may test for a name of its own that is
    /// not set yet ("if (window.SiteGenSearch)"). Markdown's footnote ids ("fn:1") and ids with '-' cannot be read so.
    /// </summary>
    private static bool CouldBeScriptName(string id) =>
        id.Length > 0 && !char.IsAsciiDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');
}
