using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>Phase 2, Parse, for free pages under content/pages (about, contact).</summary>
public sealed class PageReader(MarkdownRenderer markdown, TimeZoneInfo timeZone)
{
    public ParsedPage? Read(SourceText source, DiagnosticBag diagnostics)
    {
        var path = source.Path;
        var block = FrontMatterBlock.Split(source.Text, path, diagnostics);
        if (block is null) return null;
        var start = new SourcePosition(path, 1, 1);
        var local = new DiagnosticBag();
        var root = YamlDocumentReader.Read(block.Yaml, path, block.YamlFirstLine - 1, local);
        if (root is not YamlMapping map)
        {
            if (!local.HasErrors)
                local.Error(root?.Position ?? start, DiagnosticCodes.FrontMatterRequired, "a page's front matter needs at least 'title: …'");
            diagnostics.AddRange(local.ToSortedList());
            return null;
        }
        var fields = new MappingReader(map, local, DiagnosticCodes.FrontMatterInvalidValue);
        fields.WarnUnknownKeys(ParsedPage.Keys, DiagnosticCodes.FrontMatterUnknownKey, "page front-matter");
        var title = fields.Text("title");
        if (title is null) local.Error(start, DiagnosticCodes.FrontMatterRequired, "'title' is missing from the front matter; add the page's title");
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        var slugText = fields.Text("slug");
        var slug = slugText?.Value ?? Slug.From(Path.GetFileNameWithoutExtension(fileName));
        if (!Slug.IsValid(slug))
            local.Error(slugText?.Position ?? start, DiagnosticCodes.InvalidSlug,
                $"the page's web address '{slug}' may hold only a–z, 0–9 and single hyphens; rename the file or add a valid 'slug:'");
        var draft = fields.Bool("draft") ?? false;
        var summary = fields.Text("summary");
        DateTimeOffset? updated = null;
        if (fields.Text("updated") is { } updatedText)
        {
            if (DateReader.TryParse(updatedText.Value, timeZone, out var u)) updated = u;
            else local.Error(updatedText.Position, DiagnosticCodes.InvalidDate, $"'updated' (when the page last changed) must be {DateReader.Expected}, not '{updatedText.Value}'");
        }
        var body = markdown.Render(block.Body, path, block.BodyFirstLine, local);
        var failed = local.HasErrors;
        diagnostics.AddRange(local.ToSortedList());
        return failed || title is null ? null : new ParsedPage(path, title.Value.Value, summary?.Value, slug, draft, updated, body, start);
    }
}
