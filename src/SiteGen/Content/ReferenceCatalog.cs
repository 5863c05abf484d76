using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Content;

/// <summary>
/// The units and elections a bulletin may name, looked up by exact name. A name written in other letter case is taken
/// with a warning; a slip of the keyboard gets "did you mean"; a name not listed at all gets the lines to add to the data file.
/// </summary>
public sealed class ReferenceCatalog(IReadOnlyList<Unit> units, IReadOnlyList<Election> elections)
{
    private readonly Dictionary<string, Unit> _units = units.ToDictionary(u => u.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, Election> _elections = elections.ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a listed election, letter case and spacing aside.</summary>
    public bool IsElection(string name) => _elections.ContainsKey(name) || SameName(name, _elections.Keys) is not null;

    /// <summary>The unit <paramref name="name"/> names; null (reported) when none is listed under that name.</summary>
    /// <param name="lines">The file's lines, for the fix that writes a listed name in its own letter case.</param>
    public Unit? Unit(Located<string> name, DiagnosticBag diagnostics, SourceLines? lines = null)
    {
        if (_units.TryGetValue(name.Value, out var unit)) return unit;
        if (SameName(name.Value, _units.Keys) is { } listed)
        {
            diagnostics.Warning(name.Position, DiagnosticCodes.UnknownUnit, Say.UnitLetterCase.With(name.Value, listed),
                lines?.Replace(name.Position, name.Value, listed));
            return _units[listed];
        }
        if (UnitName.Near(name.Value, _units.Keys) is { } near)
        {
            diagnostics.Error(name.Position, DiagnosticCodes.UnknownUnit, Say.UnknownUnitNear.With(name.Value, near));
            return null;
        }
        // The lines to add only for what reads as a unit's name ("Polres Kediri"); for anything else, the names there are.
        diagnostics.Error(name.Position, DiagnosticCodes.UnknownUnit, UnitName.HasKind(name.Value)
            ? Say.UnitNotListed.With(name.Value, UnitLines(name.Value))
            : Say.UnknownUnitKnown.With(name.Value, Listed(_units.Keys)));
        return null;
    }

    /// <summary>The named elections, each once; null when any name is unknown (each reported).</summary>
    public IReadOnlyList<Election>? Elections(IReadOnlyList<Located<string>> names, DiagnosticBag diagnostics, SourceLines? lines = null)
    {
        var found = new List<Election>(names.Count);
        var ok = true;
        foreach (var name in names)
        {
            if (!_elections.TryGetValue(name.Value, out var election) && SameName(name.Value, _elections.Keys) is { } listed)
            {
                diagnostics.Warning(name.Position, DiagnosticCodes.UnknownElection, Say.ElectionLetterCase.With(name.Value, listed),
                    lines?.Replace(name.Position, name.Value, listed));
                election = _elections[listed];
            }
            if (election is not null)
            {
                if (!found.Contains(election)) found.Add(election);
                continue;
            }
            var message = NearElection(name.Value) is { } near
                ? Say.UnknownElectionNear.With(name.Value, near)
                : Say.ElectionNotListed.With(name.Value, ElectionLines(name.Value));
            diagnostics.Error(name.Position, DiagnosticCodes.UnknownElection, message);
            ok = false;
        }
        return ok ? found : null;
    }

    /// <summary>Up to eight listed names, quoted, for a message.</summary>
    private static string Listed(IReadOnlyCollection<string> names) =>
        names.Count == 0 ? "–" : string.Join(", ", names.Order(StringComparer.Ordinal).Take(8).Select(n => $"'{n}'")) + (names.Count > 8 ? ", …" : "");

    /// <summary>The listed name that <paramref name="written"/> is, but for letter case and spacing.</summary>
    private static string? SameName(string written, IEnumerable<string> listed)
    {
        var folded = Fold(written);
        return listed.Order(StringComparer.Ordinal).FirstOrDefault(n => Fold(n) == folded);
    }

    private static string Fold(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>The three lines of units.yaml for a unit not yet listed; its Polda when every listed unit has one and the same.</summary>
    private string UnitLines(string name)
    {
        var poldas = units.Select(u => u.Polda).Distinct(StringComparer.Ordinal).ToArray();
        var polda = poldas.Length == 1 ? poldas[0] : Say.PoldaPlaceholder;
        var region = UnitName.Region(name) ?? Say.RegionPlaceholder;
        return $"- name: {Yaml.YamlText.Scalar(name)}\n  polda: {polda}\n  region: {region}";
    }

    /// <summary>The lines of elections.yaml for an election not yet listed; its kind when the name starts with one.</summary>
    private static string ElectionLines(string name)
    {
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        var kind = first is not null && DataFileReader.KnownElectionKinds.Contains(first) ? first : Say.ElectionKindPlaceholder;
        return $"- name: {Yaml.YamlText.Scalar(name)}\n  kind: {kind}";
    }

    /// <summary>A listed election a slip of the keyboard away, of the same kind ("Pilkada" is not "Pilkades") and the same year.</summary>
    private string? NearElection(string written)
    {
        static string Kind(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? "";
        static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
        var kind = Kind(written);
        return _elections.Keys.Order(StringComparer.Ordinal).FirstOrDefault(e =>
            UnitName.SameNumbers(Digits(e), Digits(written))
            && (Kind(e) == kind || !DataFileReader.KnownElectionKinds.Contains(Kind(e)) || !DataFileReader.KnownElectionKinds.Contains(kind))
            && NearMatch.IsSlip(e, written));
    }
}
