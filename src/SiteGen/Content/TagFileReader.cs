using SiteGen.Text;
using SiteGen.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Content;

/// <summary>
/// Reads <c>content/tags.yaml</c>, an optional list of tags with the name to show for each and a description:
/// <c>- tag: operasi-mantap-praja</c>, <c>name: Operasi Mantap Praja</c>, <c>description: …</c>.
/// </summary>
public static class TagFileReader
{
    public static readonly string[] Keys = ["tag", "name", "description"];

    /// <summary>The entries of the file, in its order; none when the site has no such file. Problems are reported with their lines.</summary>
    public static IReadOnlyList<TagDetails> Read(SourceText? source, DiagnosticBag diagnostics)
    {
        if (source is null) return [];
        var root = YamlDocumentReader.Read(source.Text, SourceSet.TagsPath, 0, diagnostics);
        if (root is null or YamlScalar { IsNull: true }) return [];
        if (root is not YamlSequence list)
        {
            diagnostics.Error(root.Position, DiagnosticCodes.DataFileShape, Say.TagsFileShape);
            return [];
        }
        var tags = new List<TagDetails>();
        var bySlug = new Dictionary<string, TagDetails>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is not YamlMapping map)
            {
                diagnostics.Error(item.Position, DiagnosticCodes.DataFileShape, Say.TagsEntryShape);
                continue;
            }
            var reader = new MappingReader(map, diagnostics, DiagnosticCodes.DataInvalidValue);
            reader.WarnUnknownKeys(Keys, DiagnosticCodes.DataUnknownField, Say.UnknownTagKey);
            var tag = reader.Text("tag");
            var name = reader.Text("name");
            var description = reader.Text("description");
            if (tag is not { } written)
            {
                diagnostics.Error(map.Find("tag")?.Value.Position ?? map.Position, DiagnosticCodes.DataMissingField, Say.TagsMissingTag);
                continue;
            }
            var slug = Slug.From(written.Value);
            if (slug.Length == 0)
            {
                diagnostics.Error(written.Position, DiagnosticCodes.InvalidSlug, Say.TagsNoLetters.With(written.Value));
                continue;
            }
            if (name is null && description is null)
            {
                diagnostics.Warning(written.Position, DiagnosticCodes.DataMissingField, Say.TagsNothingToSay.With(written.Value));
                continue;
            }
            if (bySlug.TryGetValue(slug, out var first))
            {
                diagnostics.Error(written.Position, DiagnosticCodes.DataDuplicate, Say.TagsDuplicate.With(written.Value, first.Position.Line));
                continue;
            }
            var details = new TagDetails(written.Value, slug, name?.Value, description?.Value, written.Position);
            bySlug.Add(slug, details);
            tags.Add(details);
        }
        return tags;
    }
}
