using System.Text;
using AngleSharp.Dom;

namespace SiteGen.Import;

/// <summary>Writes an article's HTML as Markdown blocks: headings, paragraphs, lists, tables, quotations, captions; bold, italics and web links.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _out = new();

    public bool IsEmpty => _out.Length == 0;

    public override string ToString() => _out.ToString().TrimEnd() + "\n";

    /// <summary>The block elements under <paramref name="parent"/>, in reading order, walked with a stack of its own (no recursion).</summary>
    public void Blocks(IElement parent)
    {
        var stack = new Stack<INode>(parent.ChildNodes.Reverse());
        var loose = new StringBuilder();
        void FlushLoose()
        {
            var text = loose.ToString().Trim();
            if (text.Length > 0) Paragraph(text);
            loose.Clear();
        }
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is not IElement element)
            {
                if (node.NodeType == NodeType.Text) loose.Append(MarkdownText.Escape(Collapse(node.TextContent)));
                continue;
            }
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    FlushLoose();
                    var level = Math.Min(element.LocalName[1] - '0' + 1, 6);
                    var heading = Collapse(element.TextContent);
                    if (heading.Length > 0) Block(new string('#', level) + " " + MarkdownText.Escape(heading));
                    break;
                case "p":
                    FlushLoose();
                    Paragraph(Inline(element));
                    break;
                case "ul" or "ol":
                    FlushLoose();
                    var items = element.Children.Where(c => c.LocalName == "li").Select(li => Inline(li)).Where(t => t.Length > 0).ToArray();
                    if (items.Length > 0) Block(string.Join('\n', items.Select(t => (element.LocalName == "ol" ? "1. " : "- ") + t)));
                    break;
                case "table":
                    FlushLoose();
                    Table(element);
                    break;
                case "blockquote":
                    FlushLoose();
                    var quote = Collapse(Inline(element));
                    if (quote.Length > 0) Block("> " + quote);
                    break;
                case "figcaption":
                    FlushLoose();
                    Paragraph(Inline(element));
                    break;
                case "img" or "picture" or "br" or "hr":
                    FlushLoose();
                    break;
                case "strong" or "b" or "em" or "i" or "s" or "del" or "strike" or "a" or "span" or "small" or "sup" or "sub" or "u" or "mark" or "abbr" or "time" or "cite" or "q":
                    loose.Append(Inline(element));
                    break;
                default:
                    // div, section, article, figure: their children are blocks (or loose text) of their own.
                    FlushLoose();
                    foreach (var child in element.ChildNodes.Reverse()) stack.Push(child);
                    break;
            }
        }
        FlushLoose();
    }

    private void Paragraph(string markdown)
    {
        var text = markdown.Trim();
        if (text.Length > 0) Block(text);
    }

    private void Block(string markdown) => _out.Append(markdown).Append("\n\n");

    private void Table(IElement table)
    {
        var rows = table.QuerySelectorAll("tr")
            .Select(tr => tr.Children.Where(c => c.LocalName is "td" or "th").Select(c => Collapse(Inline(c)).Replace("|", "\\|", StringComparison.Ordinal)).ToList())
            .Where(r => r.Count > 0).ToList();
        if (rows.Count == 0) return;
        var columns = rows.Max(r => r.Count);
        foreach (var row in rows) while (row.Count < columns) row.Add("");
        var lines = new List<string> { "| " + string.Join(" | ", rows[0]) + " |", "| " + string.Join(" | ", Enumerable.Repeat("---", columns)) + " |" };
        lines.AddRange(rows.Skip(1).Select(r => "| " + string.Join(" | ", r) + " |"));
        Block(string.Join('\n', lines));
    }

    /// <summary>An element's text as one line of Markdown: bold, italics and web links kept, everything else as plain words.</summary>
    private static string Inline(IElement element)
    {
        var text = new StringBuilder();
        // Walked with a stack of its own; a marker closes bold, italics or a link once its element's children are written.
        var stack = new Stack<object>();
        foreach (var child in element.ChildNodes.Reverse()) stack.Push(child);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item is string close)
            {
                text.Append(close);
                continue;
            }
            var node = (INode)item;
            if (node is not IElement child)
            {
                if (node.NodeType == NodeType.Text) text.Append(MarkdownText.Escape(Collapse(node.TextContent, keepEdges: true)));
                continue;
            }
            var inner = Collapse(child.TextContent);
            switch (child.LocalName)
            {
                case "br":
                    text.Append(' ');
                    continue;
                case "img" or "script" or "style":
                    continue;
                case "strong" or "b" when inner.Length > 0:
                    text.Append("**");
                    stack.Push("**");
                    break;
                case "em" or "i" when inner.Length > 0:
                    text.Append('*');
                    stack.Push("*");
                    break;
                case "s" or "del" or "strike" when inner.Length > 0:
                    text.Append("~~");
                    stack.Push("~~");
                    break;
                case "a" when child.GetAttribute("href") is { } href && (href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) && !href.Contains(')') && !href.Contains(' '):
                    text.Append('[');
                    stack.Push("](" + href + ")");
                    break;
            }
            foreach (var grandchild in child.ChildNodes.Reverse()) stack.Push(grandchild);
        }
        return Collapse(text.ToString());
    }

    private static string Collapse(string text, bool keepEdges = false)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && (collapsed.Length > 0 || keepEdges)) collapsed.Append(' ');
            space = false;
            collapsed.Append(c);
        }
        if (space && keepEdges) collapsed.Append(' ');
        return collapsed.ToString();
    }
}
