using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>Phase 2, Parse: reads a bulletin's front matter (with positions in the .md file) and renders its Markdown.</summary>
public sealed class BulletinReader(MarkdownRenderer markdown, ResourceResolver resources, ReferenceCatalog references, TimeZoneInfo timeZone)
{
    /// <summary>The parsed bulletin, or null when its front matter has errors (all of them reported).</summary>
    public ParsedBulletin? Read(SourceText source, DiagnosticBag diagnostics)
    {
        var path = source.Path;
        var block = FrontMatterBlock.Split(source.Text, path, diagnostics);
        if (block is null) return null;
        var start = new SourcePosition(path, 1, 1);
        var local = new DiagnosticBag();
        var root = YamlDocumentReader.Read(block.Yaml, path, block.YamlFirstLine - 1, local);
        if (root is not YamlMapping map)
        {
            if (root is not null)
                local.Error(root.Position, DiagnosticCodes.FrontMatterInvalidValue,
                    $"front matter must be settings written 'key: value', one per line, not a {root.KindName}");
            else if (!local.HasErrors)
                local.Error(start, DiagnosticCodes.FrontMatterRequired, "the front matter is empty; add at least title:, unit:, date: and election:");
            diagnostics.AddRange(local.ToSortedList());
            return null;
        }

        var fields = new MappingReader(map, local, DiagnosticCodes.FrontMatterInvalidValue);
        fields.WarnUnknownKeys(FrontMatter.Keys, DiagnosticCodes.FrontMatterUnknownKey, "front-matter");
        var title = Required(fields, "title", "the bulletin's headline", start, local);
        var unit = Required(fields, "unit", "the unit's name exactly as in content/units.yaml, e.g. 'unit: Polres Blitar'", start, local);
        var dateText = Required(fields, "date", "the date of the event, e.g. 'date: 2024-09-20'", start, local);
        var elections = fields.TextList("election");
        if (elections.Count == 0)
            MissingError(fields, "election", "the election's name as in content/elections.yaml, e.g. 'election: Pilkada Serentak 2024'", start, local);
        var date = ReadDate(dateText, local);
        var resolvedUnit = unit is { } u ? references.Unit(u, local) : null;
        var resolvedElections = references.Elections(elections, local);
        DateTimeOffset? expires = null;
        if (fields.Text("expires") is { } expiresText)
        {
            if (DateReader.TryParse(expiresText.Value, timeZone, out var e)) expires = e;
            else local.Error(expiresText.Position, DiagnosticCodes.InvalidDate, $"'expires' must be {DateReader.Expected}, not '{expiresText.Value}'");
        }
        DateTimeOffset? updated = null;
        if (fields.Text("updated") is { } updatedText)
        {
            if (!DateReader.TryParse(updatedText.Value, timeZone, out var changed))
                local.Error(updatedText.Position, DiagnosticCodes.InvalidDate, $"'updated' (when the bulletin was last changed) must be {DateReader.Expected}, not '{updatedText.Value}'");
            else if (date is { } published && changed < published)
                local.Error(updatedText.Position, DiagnosticCodes.InvalidDate,
                    $"'updated' ({updatedText.Value}) is before the bulletin's 'date' ({dateText!.Value.Value}); write the day the bulletin was corrected, or remove 'updated'");
            else
                updated = changed;
        }
        var slug = fields.Text("slug");
        if (slug is { } s && !Slug.IsValid(s.Value))
            local.Error(s.Position, DiagnosticCodes.InvalidSlug,
                $"slug '{s.Value}' may hold only a–z, 0–9 and single hyphens inside; try '{Slug.From(s.Value)}'");
        if (title is { } t && slug is null && Slug.From(t.Value).Length == 0)
            local.Error(t.Position, DiagnosticCodes.InvalidSlug, "the title has no letters or digits to make a web address from; add 'slug: …'");
        var tags = fields.TextList("tags");
        foreach (var tag in tags)
            if (Slug.From(tag.Value).Length == 0)
                local.Error(tag.Position, DiagnosticCodes.FrontMatterInvalidValue, $"tag '{tag.Value}' has no letters or digits; remove it or write it in words");

        var image = fields.Text("image");
        var imageAlt = fields.Text("image_alt");
        Resource? imageResource = null;
        if (image is { } img)
        {
            if (imageAlt is null)
                local.Error(img.Position, DiagnosticCodes.ImageAltMissing,
                    "'image' needs 'image_alt': a short description of what the picture shows, for readers who cannot see it");
            if (!UrlSafety.IsRelativeFile(img.Value))
                local.Error(img.Position, DiagnosticCodes.PathOutsideSource,
                    $"'image' must be the name of a file next to the bulletin (e.g. 'image: foto-kegiatan.jpg'), not '{img.Value}'");
            else
                imageResource = resources.ResolveImage(img.Value, path, img.Position, local);
        }
        var aliases = fields.TextList("aliases");
        foreach (var alias in aliases)
            if (SitePath.FromAlias(alias.Value) is null)
                local.Error(alias.Position, DiagnosticCodes.InvalidAlias,
                    $"alias '{alias.Value}' must be a path on this site such as '/2024/09/old-name/': letters, digits, '-', '_', '.' and '~' between slashes (at most {Model.SitePath.MaxNameLength} between two), no '..', no address of another site");

        // Every field is read before the errors are counted, so a wrong value in any of them is reported.
        var summary = fields.Text("summary");
        var location = fields.Text("location");
        var author = fields.Text("author");
        var imageCaption = fields.Text("image_caption");
        var imageCredit = fields.Text("image_credit");
        var draft = fields.Bool("draft");

        var body = markdown.Render(block.Body, path, block.BodyFirstLine, local);
        if (image is { } picture && imageResource?.Image is { } info)
        {
            var sizes = Images.ImageResizer.FileNames(imageResource.FileName, info);
            foreach (var used in body.Resources.Where(r => r.SourcePath != imageResource.SourcePath))
                foreach (var name in used.OutputNames)
                    if (sizes.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } size)
                    {
                        // Once for the two files: their JPEG sizes clash, and so would their WebP sizes.
                        local.Error(picture.Position, DiagnosticCodes.UrlCollision,
                            FileClash.Message(size, $"{imageResource.SourcePath} (one of its sizes)", name, $"{used.SourcePath} (in the text)"));
                        break;
                    }
        }
        var hasErrors = local.HasErrors;
        diagnostics.AddRange(local.ToSortedList());
        if (hasErrors || title is null || unit is null || date is null || resolvedUnit is null || resolvedElections is null) return null;

        var meta = new FrontMatter
        {
            Title = title.Value.Value,
            Unit = unit.Value,
            Date = date.Value,
            DatePosition = dateText?.Position,
            Elections = elections,
            Tags = tags,
            Summary = summary?.Value,
            Location = location?.Value,
            Author = author?.Value,
            Image = image,
            ImageAlt = imageAlt?.Value,
            ImageCaption = imageCaption?.Value,
            ImageCredit = imageCredit?.Value,
            Draft = draft ?? false,
            Expires = expires,
            Updated = updated,
            Slug = slug,
            Aliases = aliases,
            Position = start,
        };
        return new ParsedBulletin(path, meta, resolvedUnit, resolvedElections, body, imageResource);
    }

    private DateTimeOffset? ReadDate(Located<string>? text, DiagnosticBag diagnostics)
    {
        if (text is not { } d) return null;
        if (DateReader.TryParse(d.Value, timeZone, out var date)) return date;
        diagnostics.Error(d.Position, DiagnosticCodes.InvalidDate, $"'date' must be {DateReader.Expected}, not '{d.Value}'");
        return null;
    }

    private static Located<string>? Required(MappingReader fields, string key, string what, SourcePosition start, DiagnosticBag diagnostics)
    {
        var value = fields.Text(key);
        if (value is null) MissingError(fields, key, what, start, diagnostics);
        return value;
    }

    private static void MissingError(MappingReader fields, string key, string what, SourcePosition start, DiagnosticBag diagnostics)
    {
        var entry = fields.Mapping.Find(key);
        if (entry is null)
            diagnostics.Error(start, DiagnosticCodes.FrontMatterRequired, $"'{key}' is missing from the front matter; add {what}");
        else if (entry.Value is YamlScalar)
            diagnostics.Error(entry.Value.Position, DiagnosticCodes.FrontMatterRequired, $"'{key}' is empty; write {what}");
    }
}
