using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Content;

/// <summary>
/// Gives every heading the id GitHub would ("judul", then "judul-1", "judul-2" for the same text again), as Markdig's
/// AutoIdentifiers extension does in GitHub mode, but in time linear in the number of headings: Markdig tries
/// "-1", "-2", … from the start for each repeated heading, so 40,000 headings "# Judul" took over a minute.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    private static readonly object Key = typeof(HeadingIdExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // The same hooks as Markdig's extension, so ids come out in the same order: a setext heading is closed as a paragraph
        // (Find, not FindExact: SiteGen's paragraph parser is a subclass).
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings) headings.Closed += OnClosed;
        if (pipeline.BlockParsers.Find<ParagraphBlockParser>() is { } paragraphs) paragraphs.Closed += OnClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += AssignId;
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock { Inline: { } content } heading) return;
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null) return;
        if (processor.Document.GetData(Key) is not TakenIds taken)
        {
            taken = new TakenIds();
            processor.Document.SetData(Key, taken);
        }
        var id = LinkHelper.UrilizeAsGfm(taken.PlainText(content));
        attributes.Id = taken.Claim(id.Length == 0 ? "section" : id);
    }

    /// <summary>The ids given so far in one document, and for each text the last number added to it.</summary>
    private sealed class TakenIds
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lastNumber = new(StringComparer.Ordinal);
        private readonly StringWriter _text = new();
        private readonly HtmlRenderer _plain;

        public TakenIds() => _plain = new HtmlRenderer(_text) { EnableHtmlForInline = false, EnableHtmlEscape = false };

        /// <summary>A heading's text without markup (a link keeps its words), as Markdig's extension takes it.</summary>
        public string PlainText(ContainerInline content)
        {
            // One renderer for the document's headings: making one costs more than rendering a short heading.
            _text.GetStringBuilder().Clear();
            _plain.Render(content);
            return _text.ToString();
        }

        /// <summary>
        /// <paramref name="id"/> itself when it is free, else the first free "id-N" (the same result as trying N = 1, 2, …,
        /// since ids are never given back). Every number skipped is an id already given, and each is skipped once.
        /// </summary>
        public string Claim(string id)
        {
            if (_ids.Add(id)) return id;
            var number = _lastNumber.GetValueOrDefault(id);
            string numbered;
            do
            {
                number++;
                numbered = id + "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            } while (!_ids.Add(numbered));
            _lastNumber[id] = number;
            return numbered;
        }
    }
}
