using SiteGen.Text;
using SiteGen.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

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
        var lines = new SourceLines(source.Text);
        var root = YamlDocumentReader.Read(block.Yaml, path, block.YamlFirstLine - 1, local);
        if (root is not YamlMapping map)
        {
            if (!local.HasErrors)
                local.Error(root?.Position ?? start, DiagnosticCodes.FrontMatterRequired, Say.PageNeedsTitle);
            diagnostics.AddRange(local.ToSortedList());
            return null;
        }
        var fields = new MappingReader(map, local, DiagnosticCodes.FrontMatterInvalidValue, lines);
        fields.CheckKeys(FrontMatterKeys.Page, DiagnosticCodes.FrontMatterUnknownKey, () => Say.UnknownPageKey);
        var title = fields.Text("title");
        if (title is null) local.Error(start, DiagnosticCodes.FrontMatterRequired, Say.KeyMissing.With("title", Say.WhatPageTitle));
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        var slugText = fields.Text("slug");
        var slug = slugText?.Value ?? Slug.From(Path.GetFileNameWithoutExtension(fileName));
        if (slugText is null && Slug.IsTooLong(slug))
            local.Error(start, DiagnosticCodes.InvalidSlug, Say.AddressTooLong.With(fileName, slug.Length, Slug.MaxLength));
        else if (slugText is not null && Slug.IsTooLong(slug))
            local.Error(slugText.Value.Position, DiagnosticCodes.InvalidSlug, Say.SlugTooLong.With(slug.Length, Slug.MaxLength));
        else if (!Slug.IsValid(slug))
            local.Error(slugText?.Position ?? start, DiagnosticCodes.InvalidSlug, Say.PageAddressInvalid.With(slug));
        var draft = fields.Bool("draft") ?? false;
        var summary = fields.Text("summary");
        var updated = DateField.Read("updated", fields.Text("updated"), timeZone, lines, local);
        var body = markdown.Render(block.Body, path, block.BodyFirstLine, local);
        var failed = local.HasErrors;
        diagnostics.AddRange(local.ToSortedList());
        return failed || title is null ? null : new ParsedPage(path, title.Value.Value, summary?.Value, slug, draft, updated, body, start);
    }
}
