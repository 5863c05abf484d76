using SiteGen.Messages;

namespace SiteGen.Diagnostics;

/// <summary>Finds the known name a mistyped one was most likely meant to be, for "did you mean" hints.</summary>
public static class NearMatch
{
    /// <summary>The candidate closest to <paramref name="input"/> (case and spacing ignored), or null when none is close.</summary>
    public static string? Find(string input, IEnumerable<string> candidates) =>
        Best(Fold(input), candidates.Order(StringComparer.Ordinal).Select(c => (c, Fold(c))));

    /// <summary>Candidates folded and ordered once, for many lookups (a site's pages, for each broken link).</summary>
    public sealed class Prepared(IEnumerable<string> candidates)
    {
        private readonly (string Name, string Folded)[] _all = candidates.Order(StringComparer.Ordinal).Select(c => (c, Fold(c))).ToArray();

        /// <summary>As <see cref="NearMatch.Find"/> over these candidates.</summary>
        public string? Find(string input) => Best(Fold(input), _all);
    }

    private static string? Best(string wanted, IEnumerable<(string Name, string Folded)> candidates)
    {
        if (wanted.Length == 0 || wanted.Length > 200) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (candidate, folded) in candidates)
        {
            var allowed = Math.Max(2, Math.Min(wanted.Length, folded.Length) / 3);
            // The lengths alone may rule a candidate out: the distance is at least their difference.
            var distance = folded == wanted ? 0 : Math.Abs(folded.Length - wanted.Length) > allowed ? int.MaxValue : Distance(wanted, folded);
            // A candidate that contains the input whole ("Blitar" in "Polres Blitar") is also a near miss.
            if (distance > allowed && wanted.Length >= 4 && folded.Contains(wanted, StringComparison.Ordinal))
                distance = allowed;
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>" — did you mean 'X'?" or, with no near miss, a list of up to <paramref name="listUpTo"/> known names.</summary>
    public static string Hint(string input, IReadOnlyCollection<string> candidates, string kind, int listUpTo = 8)
    {
        var near = Find(input, candidates);
        if (near is not null) return Say.DidYouMean.With(near);
        if (candidates.Count == 0) return Say.NearMatchNoneYet.With(kind);
        var known = candidates.Order(StringComparer.Ordinal).Take(listUpTo).Select(c => $"'{c}'");
        var more = candidates.Count > listUpTo ? ", …" : "";
        return Say.NearMatchKnown.With(kind, string.Join(", ", known), more);
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> differ by a slip of the keyboard only (case and spacing
    /// ignored): one letter wrong, missing, added or swapped, or two in names of eight letters or more. Stricter than
    /// <see cref="Find"/>, for names where a looser match would name a different real place ("Kediri" is not "Kendal").
    /// </summary>
    public static bool IsSlip(string a, string b)
    {
        var (x, y) = (Fold(a), Fold(b));
        if (x.Length == 0 || y.Length == 0 || x.Length > 200 || y.Length > 200) return false;
        return Distance(x, y) <= (Math.Min(x.Length, y.Length) >= 8 ? 2 : 1);
    }

    private static string Fold(string s) =>
        new(s.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_').ToArray());

    private static int Distance(string a, string b)
    {
        // Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
