using SiteGen.Text;
using SiteGen.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Content;

/// <summary>Reads the data files <c>units.yaml</c> and <c>elections.yaml</c>, checking every entry.</summary>
public static class DataFileReader
{
    public static readonly string[] UnitKeys = ["name", "polda", "region", "slug", "address", "url"];
    public static readonly string[] ElectionKeys = ["name", "kind", "voting_day", "description", "slug"];

    /// <summary>Election kinds SiteGen knows; others are accepted when they are not a near miss of one of these.</summary>
    public static readonly string[] KnownElectionKinds = ["pemilu", "pilkada", "pilkades", "pilpres", "pileg", "psu"];

    /// <summary>The messages that differ between the two files, each a template of <see cref="Say"/>.</summary>
    private sealed record FileKind(
        string Path, string Example, string FileMissing, string NotList, string EntryNotSettings,
        string FieldMissing, string FieldEmpty, string DefinedTwice, string SameAddress);

    private static FileKind UnitsFile => new(SourceSet.UnitsPath, "name: Polres Blitar\n  polda: Polda Jawa Timur\n  region: Kabupaten Blitar",
        Say.UnitsFileMissing, Say.UnitsFileNotList, Say.UnitNotSettings, Say.UnitFieldMissing, Say.UnitFieldEmpty, Say.UnitDefinedTwice, Say.UnitSameAddress);

    private static FileKind ElectionsFile => new(SourceSet.ElectionsPath, "name: Pilkada Serentak 2024\n  kind: pilkada\n  voting_day: 2024-11-27",
        Say.ElectionsFileMissing, Say.ElectionsFileNotList, Say.ElectionNotSettings, Say.ElectionFieldMissing, Say.ElectionFieldEmpty,
        Say.ElectionDefinedTwice, Say.ElectionSameAddress);

    public static IReadOnlyList<Unit> ReadUnits(SourceText? source, DiagnosticBag diagnostics)
    {
        var units = new List<Unit>();
        var file = UnitsFile;
        foreach (var reader in Entries(source, file, diagnostics))
        {
            reader.WarnUnknownKeys(UnitKeys, DiagnosticCodes.DataUnknownField, Say.UnknownUnitKey);
            var name = Required(reader, "name", file, diagnostics);
            var polda = Required(reader, "polda", file, diagnostics);
            var region = Required(reader, "region", file, diagnostics);
            var url = reader.Text("url");
            if (url is { } u && !UrlSafety.IsWebAddress(u.Value))
                reader.Error(u.Position, TextSafety.HasHidden(u.Value) ? Say.UnitUrlHidden.With(u.Value) : Say.UnitUrlInvalid.With(u.Value));
            if (name is null || polda is null || region is null) continue;
            var slug = SlugFor(reader, name.Value, diagnostics);
            var poldaSlug = Slug.From(polda.Value.Value);
            if (slug is null) continue;
            if (poldaSlug.Length == 0 || Slug.IsTooLong(poldaSlug))
            {
                reader.Error(polda.Value.Position, poldaSlug.Length == 0
                    ? Say.PoldaNoLetters.With(polda.Value.Value)
                    : Say.NameTooLongForAddress.With(polda.Value.Value, poldaSlug.Length, Slug.MaxLength));
                continue;
            }
            units.Add(new Unit(name.Value.Value, slug, polda.Value.Value, poldaSlug, region.Value.Value,
                reader.Text("address")?.Value, url is { } ok && UrlSafety.IsWebAddress(ok.Value) ? ok.Value : null, reader.Mapping.Position));
        }
        ReportDuplicates(units, u => u.Name, u => u.Slug, u => u.Position, file, diagnostics);
        return units;
    }

    public static IReadOnlyList<Election> ReadElections(SourceText? source, DiagnosticBag diagnostics)
    {
        var elections = new List<Election>();
        var file = ElectionsFile;
        foreach (var reader in Entries(source, file, diagnostics))
        {
            reader.WarnUnknownKeys(ElectionKeys, DiagnosticCodes.DataUnknownField, Say.UnknownElectionKey);
            var name = Required(reader, "name", file, diagnostics);
            var kind = Required(reader, "kind", file, diagnostics);
            if (kind is { } k)
            {
                var near = NearMatch.Find(k.Value, KnownElectionKinds);
                if (!KnownElectionKinds.Contains(k.Value) && near is not null)
                    reader.Error(k.Position, Say.ElectionKindUnknown.With(k.Value, near));
            }
            DateOnly? votingDay = null;
            if (reader.Text("voting_day") is { } day)
            {
                if (DateOnly.TryParseExact(day.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                    votingDay = parsed;
                else
                    reader.Error(day.Position, Say.VotingDayInvalid.With(day.Value));
            }
            if (name is null || kind is null) continue;
            var slug = SlugFor(reader, name.Value, diagnostics);
            if (slug is null) continue;
            elections.Add(new Election(name.Value.Value, slug, kind.Value.Value.ToLowerInvariant(), votingDay,
                reader.Text("description")?.Value ?? "", reader.Mapping.Position));
        }
        ReportDuplicates(elections, e => e.Name, e => e.Slug, e => e.Position, file, diagnostics);
        return elections;
    }

    private static IEnumerable<MappingReader> Entries(SourceText? source, FileKind file, DiagnosticBag diagnostics)
    {
        if (source is null)
        {
            diagnostics.Error(SourcePosition.File(file.Path), DiagnosticCodes.DataFileShape, file.FileMissing.With(file.Path, file.Example));
            yield break;
        }
        var root = YamlDocumentReader.Read(source.Text, file.Path, 0, diagnostics);
        if (root is null) yield break;
        if (root is not YamlSequence list)
        {
            diagnostics.Error(root.Position, DiagnosticCodes.DataFileShape, file.NotList.With(file.Path, file.Example));
            yield break;
        }
        foreach (var item in list.Items)
        {
            if (item is YamlMapping map)
                yield return new MappingReader(map, diagnostics, DiagnosticCodes.DataInvalidValue);
            else
                diagnostics.Error(item.Position, DiagnosticCodes.DataFileShape, file.EntryNotSettings.With(item.KindName));
        }
    }

    private static Located<string>? Required(MappingReader reader, string key, FileKind file, DiagnosticBag diagnostics)
    {
        var value = reader.Text(key);
        if (value is null && reader.Mapping.Find(key) is null)
            diagnostics.Error(reader.Mapping.Position, DiagnosticCodes.DataMissingField, file.FieldMissing.With(key));
        else if (value is null)
            diagnostics.Error(reader.Mapping.Find(key)!.Value.Position, DiagnosticCodes.DataMissingField, file.FieldEmpty.With(key));
        return value;
    }

    private static string? SlugFor(MappingReader reader, Located<string> name, DiagnosticBag diagnostics)
    {
        if (reader.Text("slug") is { } explicitSlug)
        {
            if (Slug.IsValid(explicitSlug.Value)) return explicitSlug.Value;
            diagnostics.Error(explicitSlug.Position, DiagnosticCodes.InvalidSlug, Slug.IsTooLong(explicitSlug.Value)
                ? Say.SlugTooLong.With(explicitSlug.Value.Length, Slug.MaxLength)
                : Say.SlugInvalid.With(explicitSlug.Value, Slug.From(explicitSlug.Value)));
            return null;
        }
        var slug = Slug.From(name.Value);
        if (slug.Length > 0 && !Slug.IsTooLong(slug)) return slug;
        diagnostics.Error(name.Position, DiagnosticCodes.InvalidSlug, slug.Length == 0
            ? Say.NameNoLetters.With(name.Value)
            : Say.NameTooLongForAddress.With(name.Value, slug.Length, Slug.MaxLength));
        return null;
    }

    private static void ReportDuplicates<T>(List<T> items, Func<T, string> name, Func<T, string> slug, Func<T, SourcePosition> at, FileKind file, DiagnosticBag diagnostics)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, T>(StringComparer.Ordinal);
        var keep = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (byName.TryGetValue(name(item), out var first))
            {
                diagnostics.Error(at(item), DiagnosticCodes.DataDuplicate, file.DefinedTwice.With(name(item), at(first).Line));
                continue;
            }
            if (bySlug.TryGetValue(slug(item), out var sameSlug))
            {
                diagnostics.Error(at(item), DiagnosticCodes.DataDuplicate, file.SameAddress.With(name(item), slug(item), name(sameSlug), at(sameSlug).Line));
                continue;
            }
            byName.Add(name(item), item);
            bySlug.Add(slug(item), item);
            keep.Add(item);
        }
        items.Clear();
        items.AddRange(keep);
    }
}
