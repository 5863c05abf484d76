using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>The messages for a unit or election name that is not in the data files, with the near-miss hint; one wording for build, check and new.</summary>
public static class References
{
    public static string UnknownUnit(string name, IReadOnlyCollection<string> known) =>
        $"unknown unit '{name}'; {NearMatch.Hint(name, known, "unit")} (units are listed in content/units.yaml)";

    public static string UnknownElection(string name, IReadOnlyCollection<string> known) =>
        $"unknown election '{name}'; {NearMatch.Hint(name, known, "election")} (elections are listed in content/elections.yaml)";
}
