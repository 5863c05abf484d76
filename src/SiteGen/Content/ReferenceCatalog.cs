using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>The units and elections a bulletin may name, looked up by exact name with near-miss hints for typos.</summary>
public sealed class ReferenceCatalog(IReadOnlyList<Unit> units, IReadOnlyList<Election> elections)
{
    private readonly Dictionary<string, Unit> _units = units.ToDictionary(u => u.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, Election> _elections = elections.ToDictionary(e => e.Name, StringComparer.Ordinal);

    public Unit? Unit(Located<string> name, DiagnosticBag diagnostics)
    {
        if (_units.TryGetValue(name.Value, out var unit)) return unit;
        diagnostics.Error(name.Position, DiagnosticCodes.UnknownUnit,
            $"unknown unit '{name.Value}'; {NearMatch.Hint(name.Value, _units.Keys, "unit")} (units are listed in content/units.yaml)");
        return null;
    }

    /// <summary>The named elections, each once; null when any name is unknown (each reported).</summary>
    public IReadOnlyList<Election>? Elections(IReadOnlyList<Located<string>> names, DiagnosticBag diagnostics)
    {
        var found = new List<Election>(names.Count);
        var ok = true;
        foreach (var name in names)
        {
            if (_elections.TryGetValue(name.Value, out var election))
            {
                if (!found.Contains(election)) found.Add(election);
                continue;
            }
            diagnostics.Error(name.Position, DiagnosticCodes.UnknownElection,
                $"unknown election '{name.Value}'; {NearMatch.Hint(name.Value, _elections.Keys, "election")} (elections are listed in content/elections.yaml)");
            ok = false;
        }
        return ok ? found : null;
    }
}
