using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;

namespace SiteGen.Content;

/// <summary>Reads the data files <c>units.yaml</c> and <c>elections.yaml</c>, checking every entry.</summary>
public static class DataFileReader
{
    public static readonly string[] UnitKeys = ["name", "polda", "region", "slug", "address", "url"];
    public static readonly string[] ElectionKeys = ["name", "kind", "voting_day", "description", "slug"];

    /// <summary>Election kinds SiteGen knows; others are accepted when they are not a near miss of one of these.</summary>
    public static readonly string[] KnownElectionKinds = ["pemilu", "pilkada", "pilkades", "pilpres", "pileg", "psu"];

    public static IReadOnlyList<Unit> ReadUnits(SourceText? source, DiagnosticBag diagnostics)
    {
        var units = new List<Unit>();
        foreach (var reader in Entries(source, SourceSet.UnitsPath, "unit", "name: Polres Blitar\n  polda: Polda Jawa Timur\n  region: Kabupaten Blitar", diagnostics))
        {
            reader.WarnUnknownKeys(UnitKeys, DiagnosticCodes.DataUnknownField, "unit");
            var name = Required(reader, "name", "unit", diagnostics);
            var polda = Required(reader, "polda", "unit", diagnostics);
            var region = Required(reader, "region", "unit", diagnostics);
            var url = reader.Text("url");
            if (url is { } u && !IsWebAddress(u.Value))
                reader.Error(u.Position, TextSafety.HasHidden(u.Value)
                    ? $"'url' holds invisible or text-direction characters; write the address in plain characters, not '{u.Value}'"
                    : $"'url' must be a full http or https address, e.g. 'https://polresblitar.example.org/', not '{u.Value}'");
            if (name is null || polda is null || region is null) continue;
            var slug = SlugFor(reader, name.Value, diagnostics);
            var poldaSlug = Slug.From(polda.Value.Value);
            if (slug is null) continue;
            if (poldaSlug.Length == 0)
            {
                reader.Error(polda.Value.Position, $"the Polda name '{polda.Value.Value}' has no letters or digits to make a web address from");
                continue;
            }
            units.Add(new Unit(name.Value.Value, slug, polda.Value.Value, poldaSlug, region.Value.Value,
                reader.Text("address")?.Value, url is { } ok && IsWebAddress(ok.Value) ? ok.Value : null, reader.Mapping.Position));
        }
        ReportDuplicates(units, u => u.Name, u => u.Slug, u => u.Position, "unit", diagnostics);
        return units;
    }

    public static IReadOnlyList<Election> ReadElections(SourceText? source, DiagnosticBag diagnostics)
    {
        var elections = new List<Election>();
        foreach (var reader in Entries(source, SourceSet.ElectionsPath, "election", "name: Pilkada Serentak 2024\n  kind: pilkada\n  voting_day: 2024-11-27", diagnostics))
        {
            reader.WarnUnknownKeys(ElectionKeys, DiagnosticCodes.DataUnknownField, "election");
            var name = Required(reader, "name", "election", diagnostics);
            var kind = Required(reader, "kind", "election", diagnostics);
            if (kind is { } k)
            {
                var near = NearMatch.Find(k.Value, KnownElectionKinds);
                if (!KnownElectionKinds.Contains(k.Value) && near is not null)
                    reader.Error(k.Position, $"unknown election kind '{k.Value}'; did you mean '{near}'?");
            }
            DateOnly? votingDay = null;
            if (reader.Text("voting_day") is { } day)
            {
                if (DateOnly.TryParseExact(day.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                    votingDay = parsed;
                else
                    reader.Error(day.Position, $"'voting_day' must be a date written YYYY-MM-DD, e.g. 2024-11-27, not '{day.Value}'");
            }
            if (name is null || kind is null) continue;
            var slug = SlugFor(reader, name.Value, diagnostics);
            if (slug is null) continue;
            elections.Add(new Election(name.Value.Value, slug, kind.Value.Value.ToLowerInvariant(), votingDay,
                reader.Text("description")?.Value ?? "", reader.Mapping.Position));
        }
        ReportDuplicates(elections, e => e.Name, e => e.Slug, e => e.Position, "election", diagnostics);
        return elections;
    }

    private static IEnumerable<MappingReader> Entries(SourceText? source, string path, string what, string example, DiagnosticBag diagnostics)
    {
        if (source is null)
        {
            diagnostics.Error(SourcePosition.File(path), DiagnosticCodes.DataFileShape,
                $"{path} was not found; create it with one entry per {what}, e.g.\n- {example}");
            yield break;
        }
        var root = YamlDocumentReader.Read(source.Text, path, 0, diagnostics);
        if (root is null) yield break;
        if (root is not YamlSequence list)
        {
            diagnostics.Error(root.Position, DiagnosticCodes.DataFileShape,
                $"{path} must be a list with one entry per {what}, each starting with '- ', e.g.\n- {example}");
            yield break;
        }
        foreach (var item in list.Items)
        {
            if (item is YamlMapping map)
                yield return new MappingReader(map, diagnostics, DiagnosticCodes.DataInvalidValue);
            else
                diagnostics.Error(item.Position, DiagnosticCodes.DataFileShape,
                    $"each {what} must be a mapping with 'name:' and its other fields, not a {item.KindName}");
        }
    }

    private static Located<string>? Required(MappingReader reader, string key, string what, DiagnosticBag diagnostics)
    {
        var value = reader.Text(key);
        if (value is null && reader.Mapping.Find(key) is null)
            diagnostics.Error(reader.Mapping.Position, DiagnosticCodes.DataMissingField, $"this {what} has no '{key}'; add '{key}: …'");
        else if (value is null)
            diagnostics.Error(reader.Mapping.Find(key)!.Value.Position, DiagnosticCodes.DataMissingField, $"'{key}' of this {what} is empty");
        return value;
    }

    private static string? SlugFor(MappingReader reader, Located<string> name, DiagnosticBag diagnostics)
    {
        if (reader.Text("slug") is { } explicitSlug)
        {
            if (Slug.IsValid(explicitSlug.Value)) return explicitSlug.Value;
            diagnostics.Error(explicitSlug.Position, DiagnosticCodes.InvalidSlug,
                $"slug '{explicitSlug.Value}' may hold only a–z, 0–9 and single hyphens inside, e.g. '{Slug.From(explicitSlug.Value)}'");
            return null;
        }
        var slug = Slug.From(name.Value);
        if (slug.Length > 0) return slug;
        diagnostics.Error(name.Position, DiagnosticCodes.InvalidSlug,
            $"'{name.Value}' has no letters or digits to make a web address from; add 'slug: …'");
        return null;
    }

    private static void ReportDuplicates<T>(List<T> items, Func<T, string> name, Func<T, string> slug, Func<T, SourcePosition> at, string what, DiagnosticBag diagnostics)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, T>(StringComparer.Ordinal);
        var keep = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (byName.TryGetValue(name(item), out var first))
            {
                diagnostics.Error(at(item), DiagnosticCodes.DataDuplicate,
                    $"{what} '{name(item)}' is defined twice (first on line {at(first).Line}); keep one");
                continue;
            }
            if (bySlug.TryGetValue(slug(item), out var sameSlug))
            {
                diagnostics.Error(at(item), DiagnosticCodes.DataDuplicate,
                    $"{what} '{name(item)}' would get the same web address '{slug(item)}' as '{name(sameSlug)}' (line {at(sameSlug).Line}); give one of them 'slug: …'");
                continue;
            }
            byName.Add(name(item), item);
            bySlug.Add(slug(item), item);
            keep.Add(item);
        }
        items.Clear();
        items.AddRange(keep);
    }

    internal static bool IsWebAddress(string text) =>
        !TextSafety.HasHidden(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
