using SiteGen.Text;
using SiteGen.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Content;

/// <summary>Phase 2, Parse: reads a bulletin's front matter (with positions in the .md file) and renders its Markdown.</summary>
public sealed class BulletinReader(MarkdownRenderer markdown, ResourceResolver resources, ReferenceCatalog references, TimeZoneInfo timeZone)
{
    /// <summary>Most tags, and most aliases, one bulletin may have.</summary>
    public const int MaxTags = 100;

    /// <summary>The parsed bulletin, or null when its front matter has errors (all of them reported).</summary>
    public ParsedBulletin? Read(SourceText source, DiagnosticBag diagnostics)
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
            if (root is not null)
                local.Error(root.Position, DiagnosticCodes.FrontMatterInvalidValue, Say.FrontMatterNotSettings.With(root.KindName));
            else if (!local.HasErrors)
                local.Error(start, DiagnosticCodes.FrontMatterRequired, Say.FrontMatterEmpty);
            diagnostics.AddRange(local.ToSortedList());
            return null;
        }

        var fields = new MappingReader(map, local, DiagnosticCodes.FrontMatterInvalidValue, lines);
        fields.CheckKeys(FrontMatterKeys.Bulletin, DiagnosticCodes.FrontMatterUnknownKey, () => Say.UnknownFrontMatterKey);
        var title = Required(fields, "title", start, local);
        var unit = Required(fields, "unit", start, local);
        var dateText = Required(fields, "date", start, local);
        // Names written one after another with commas are the list they look like, when each is a listed election and the
        // whole is not; tags and aliases always are (neither holds a comma).
        var elections = fields.TextList("election", (whole, parts) => !references.IsElection(whole) && parts.All(references.IsElection));
        if (elections.Count == 0)
            MissingError(fields, "election", start, local);
        var date = ReadDate("date", dateText, lines, local);
        var resolvedUnit = unit is { } u ? references.Unit(u, local, lines) : null;
        var resolvedElections = references.Elections(elections, local, lines);
        var expires = ReadDate("expires", fields.Text("expires"), lines, local);
        DateTimeOffset? updated = null;
        if (fields.Text("updated") is { } updatedText && ReadDate("updated", updatedText, lines, local) is { } changed)
        {
            if (date is { } published && changed < published)
                local.Error(updatedText.Position, DiagnosticCodes.InvalidDate, Say.UpdatedBeforeDate.With(updatedText.Value, dateText!.Value.Value));
            else
                updated = changed;
        }
        var slug = fields.Text("slug");
        if (slug is { } s && !Slug.IsValid(s.Value))
            local.Error(s.Position, DiagnosticCodes.InvalidSlug, Slug.IsTooLong(s.Value)
                ? Say.SlugTooLong.With(s.Value.Length, Slug.MaxLength)
                : Say.SlugInvalid.With(s.Value, Slug.From(s.Value)));
        if (slug is null) CheckAddress(path, start, local);
        var tags = fields.TextList("tags", (_, _) => true);
        // Each tag is a page that shows the bulletin's card with all its tags: tens of thousands of tags on one bulletin made
        // a build of hours and hundreds of MB. No release needs more than this; the first one over is the error.
        if (tags.Count > MaxTags)
            local.Error(tags[MaxTags].Position, DiagnosticCodes.FrontMatterInvalidValue, Say.TooManyTags.With(tags.Count, MaxTags));
        foreach (var tag in tags.Take(MaxTags))
        {
            var tagSlug = Slug.From(tag.Value);
            if (tagSlug.Length == 0)
                local.Error(tag.Position, DiagnosticCodes.FrontMatterInvalidValue, Say.TagNoLetters.With(tag.Value));
            else if (Slug.IsTooLong(tagSlug))
                local.Error(tag.Position, DiagnosticCodes.FrontMatterInvalidValue, Say.TagTooLong.With(tag.Value, tagSlug.Length, Slug.MaxLength));
        }

        var image = fields.Text("image");
        var imageAlt = fields.Text("image_alt");
        Resource? imageResource = null;
        if (image is { } img)
        {
            if (imageAlt is null)
                local.Error(img.Position, DiagnosticCodes.ImageAltMissing, Say.ImageAltMissing);
            if (!UrlSafety.IsRelativeFile(img.Value))
                local.Error(img.Position, DiagnosticCodes.PathOutsideSource, Say.ImageNotBeside.With(img.Value));
            else
                imageResource = resources.ResolveImage(img.Value, path, img.Position, local);
        }
        var aliases = fields.TextList("aliases", (_, parts) => parts.All(p => SitePath.FromAlias(p) is not null));
        if (aliases.Count > MaxTags)
            local.Error(aliases[MaxTags].Position, DiagnosticCodes.InvalidAlias, Say.TooManyAliases.With(aliases.Count, MaxTags));
        foreach (var alias in aliases)
            if (SitePath.FromAlias(alias.Value) is null)
                local.Error(alias.Position, DiagnosticCodes.InvalidAlias, Say.AliasInvalid.With(alias.Value, SitePath.MaxNameLength));

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
                            FileClash.Message(size, Say.FileClashOneOfItsSizes.With(imageResource.SourcePath), name, Say.FileClashInTheText.With(used.SourcePath)));
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

    /// <summary>The bulletin's address name comes from its file's name (<see cref="Slug.FromFileName"/>): it must give one, whole.</summary>
    private static void CheckAddress(string path, SourcePosition start, DiagnosticBag diagnostics)
    {
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        var name = Slug.FromFileName(path);
        if (name.Length == 0)
            diagnostics.Error(start, DiagnosticCodes.InvalidSlug, Say.AddressNoLetters.With(fileName));
        else if (Slug.IsTooLong(name))
            diagnostics.Error(start, DiagnosticCodes.InvalidSlug, Say.AddressTooLong.With(fileName, name.Length, Slug.MaxLength));
    }

    /// <summary>
    /// A date of <paramref name="key"/>; null (reported) when it is not one. A date in a form people write
    /// ("20/09/2024", "20 September 2024") is an error too, as it decides where and when the bulletin is published,
    /// but its message gives the corrected line and <c>sitegen check --fix</c> writes it.
    /// </summary>
    private DateTimeOffset? ReadDate(string key, Located<string>? text, SourceLines lines, DiagnosticBag diagnostics) =>
        DateField.Read(key, text, timeZone, lines, diagnostics);

    private static Located<string>? Required(MappingReader fields, string key, SourcePosition start, DiagnosticBag diagnostics)
    {
        var value = fields.Text(key);
        if (value is null) MissingError(fields, key, start, diagnostics);
        return value;
    }

    private static void MissingError(MappingReader fields, string key, SourcePosition start, DiagnosticBag diagnostics)
    {
        var what = key switch
        {
            "title" => Say.WhatTitle,
            "unit" => Say.WhatUnit,
            "date" => Say.WhatDate,
            _ => Say.WhatElection,
        };
        var entry = fields.Mapping.Find(key);
        if (entry is null)
            diagnostics.Error(start, DiagnosticCodes.FrontMatterRequired, Say.KeyMissing.With(key, what));
        else if (entry.Value is YamlScalar)
            diagnostics.Error(entry.Value.Position, DiagnosticCodes.FrontMatterRequired, Say.KeyEmpty.With(key, what));
    }
}
