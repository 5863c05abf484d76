using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>
/// Guesses the unit the release is about: the unit of units.yaml it names as the actor — "Polres Blitar", "Kapolres Pasuruan",
/// "Mapolresta Kendari" — counting the title and the dateline most; failing a name, the unit whose region the dateline names.
/// </summary>
public static partial class UnitGuess
{
    public static Guess From(IReadOnlyList<ReleasePassage> passages, IReadOnlyList<Unit> units)
    {
        var variants = Variants(units);
        if (variants.Count == 0) return Guess.Unknown(Say.ImportNoUnitsListed);
        var known = new Regex(@"(?<![\p{L}\p{N}])(?<prefix>Waka|Ka|Ma|Mako\s+)?(?<name>" + string.Join('|', variants.Keys.OrderByDescending(k => k.Length).Select(Pattern)) + @")(?![\p{L}\p{N}])(?<kota>\s+Kota\b)?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var scores = new Dictionary<Unit, Score>();
        var unknown = new Dictionary<string, Score>(StringComparer.OrdinalIgnoreCase);
        foreach (var passage in passages.Where(p => p.Place != TextPlace.Header))
        {
            // The characters a known unit's name took, checked per character so that many names in one paragraph stay linear.
            var claimed = new bool[passage.Text.Length];
            foreach (Match match in known.Matches(passage.Text))
            {
                claimed.AsSpan(match.Index, match.Length).Fill(true);
                if (match.Groups["kota"].Success)
                {
                    // "Polres Blitar Kota" is another unit than "Polres Blitar".
                    Add(unknown, Collapse(match.Groups["name"].Value + match.Groups["kota"].Value), passage, Collapse(match.Value));
                    continue;
                }
                // Letters that match without regard to case but lower-case apart (Greek final sigma) name no unit of the list.
                if (!variants.TryGetValue(Collapse(match.Groups["name"].Value).ToLowerInvariant(), out var unit)) continue;
                Add(scores, unit, passage, Collapse(match.Value));
            }
            foreach (Match match in AnyUnit().Matches(passage.Text))
                if (!claimed.AsSpan(match.Index, match.Length).Contains(true))
                    Add(unknown, Collapse(match.Groups["name"].Value), passage, Collapse(match.Value));
        }

        var topKnown = scores.Count == 0 ? 0 : scores.Values.Max(s => s.Points);
        if (unknown.Count > 0 && unknown.Values.Max(s => s.Points) > topKnown)
        {
            // The actor is a unit the site does not list; a listed unit named in passing is not it.
            var name = unknown.OrderByDescending(u => u.Value.Points).ThenBy(u => u.Value.FirstSeen).First().Key;
            return Guess.Unknown(Say.ImportUnitNotListed.With(name, NearMatch.Hint(name, units.Select(u => u.Name).ToArray(), Say.ImportKindUnit)));
        }
        if (scores.Count == 0) return ByRegion(passages, units);
        return Best(scores);
    }

    /// <summary>The highest score wins; two equal ones are a doubt naming both.</summary>
    private static Guess Best(Dictionary<Unit, Score> scores)
    {
        var ranked = scores.OrderByDescending(s => s.Value.Points).ThenBy(s => s.Value.FirstSeen).ToList();
        var top = ranked[0];
        var tied = ranked.Where(s => s.Value.Points == top.Value.Points).Select(s => s.Key.Name).ToList();
        if (tied.Count > 1)
            return Guess.Unknown(tied.Count == 2 ? Say.ImportUnitsTiedTwo.With(string.Join(", ", tied)) : Say.ImportUnitsTied.With(tied.Count, string.Join(", ", tied)));
        var times = top.Value.Count > 1 ? Say.ImportNamedTimes.With(top.Value.Count) : "";
        return Guess.Of(top.Key.Name, $"'{top.Value.FirstWords}' {ReleasePassage.Describe(top.Value.FirstPlace)}{times}");
    }

    private static Guess ByRegion(IReadOnlyList<ReleasePassage> passages, IReadOnlyList<Unit> units)
    {
        // The region in full ("Kabupaten Konawe"), or its place name as a dateline writes it ("KONAWE –"); made once per unit,
        // not once per passage and unit.
        var regions = units.Select(unit => (Unit: unit,
            Full: new Regex(@"(?<![\p{L}])" + Pattern(unit.Region) + @"(?![\p{L}])", RegexOptions.IgnoreCase),
            Place: new Regex(@"^" + Pattern(Regex.Replace(unit.Region, @"^(Kabupaten|Kab\.|Kota)\s+", "", RegexOptions.IgnoreCase)) + @"\b", RegexOptions.IgnoreCase))).ToArray();
        var scores = new Dictionary<Unit, Score>();
        foreach (var passage in passages.Where(p => p.Place is TextPlace.Title or TextPlace.Dateline or TextPlace.Lead))
        {
            var prefix = passage.Place == TextPlace.Dateline ? HeadlineGuess.DatelinePrefix(passage.Text) : "";
            foreach (var (unit, region, place) in regions)
            {
                var full = region.Match(passage.Text);
                if (full.Success)
                {
                    Add(scores, unit, passage, full.Value);
                    continue;
                }
                if (prefix.Length > 0 && place.IsMatch(prefix))
                    Add(scores, unit, passage, prefix.TrimEnd(' ', '–', '—', '-'));
            }
        }
        if (scores.Count == 0) return Guess.Unknown(Say.ImportUnitNone);
        var guess = Best(scores);
        return guess.Found ? guess with { From = guess.From + Say.ImportUnitByRegion } : guess;
    }

    private static void Add<T>(Dictionary<T, Score> scores, T key, ReleasePassage passage, string words) where T : notnull
    {
        if (scores.TryGetValue(key, out var score))
        {
            var better = passage.Weight > new ReleasePassage(score.FirstPlace, "").Weight;
            scores[key] = score with
            {
                Points = score.Points + passage.Weight,
                Count = score.Count + 1,
                FirstWords = better ? words : score.FirstWords,
                FirstPlace = better ? passage.Place : score.FirstPlace,
            };
        }
        else
        {
            scores[key] = new Score(passage.Weight, 1, words, passage.Place, scores.Count);
        }
    }

    internal static void Count<T>(Dictionary<T, Score> scores, T key, ReleasePassage passage, string words) where T : notnull =>
        Add(scores, key, passage, words);

    /// <summary>Every way a text writes each unit: its name, and for "Polres Kota Malang" also "Polresta Malang (Kota)" and "Polres Malang Kota".</summary>
    private static Dictionary<string, Unit> Variants(IReadOnlyList<Unit> units)
    {
        var variants = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var unit in units) variants.TryAdd(Collapse(unit.Name).ToLowerInvariant(), unit);
        foreach (var unit in units)
        {
            var words = Collapse(unit.Name).Split(' ');
            if (words.Length < 2) continue;
            var kind = words[0];
            if (words.Length >= 3 && words[1].Equals("Kota", StringComparison.OrdinalIgnoreCase))
            {
                var place = string.Join(' ', words[2..]);
                foreach (var variant in new[] { $"{kind} {place} Kota", $"Polresta {place} Kota", $"Polresta {place}" })
                    variants.TryAdd(variant.ToLowerInvariant(), unit);
            }
            else if (kind.Equals("Polresta", StringComparison.OrdinalIgnoreCase))
            {
                variants.TryAdd($"polres kota {string.Join(' ', words[1..])}".ToLowerInvariant(), unit);
            }
        }
        return variants;
    }

    private static string Pattern(string name) => string.Join(@"\s+", Collapse(name).Split(' ').Select(Regex.Escape));

    private static string Collapse(string text) => Regex.Replace(text.Trim(), @"\s+", " ");

    /// <summary>Points (mentions weighted by place), how often, the words of the best-placed mention, and the order first seen.</summary>
    internal sealed record Score(int Points, int Count, string FirstWords, TextPlace FirstPlace, int FirstSeen);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:Waka|Ka|Ma)?(?<name>Polres(?:ta|tabes)?\s+(?:Kota\s+)?[A-Z][\p{L}]+(?:\s+Kota\b)?)")]
    private static partial Regex AnyUnit();
}
