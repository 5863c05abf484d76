using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>
/// Guesses the election from the names in elections.yaml ("Pilkada Serentak 2024") and from the words for each kind
/// ("Pemilu 2024", "Pilkades … 2023", "pemilihan bupati"), taking the year written after them or the event's date;
/// a text that says "Pilkada" but is about electing village heads is read as a Pilkades.
/// </summary>
public static partial class ElectionGuess
{
    /// <summary>Each kind's words, in the order they are looked for, with the year written up to 40 characters after them.</summary>
    private static readonly (string Kind, Regex Pattern)[] KindPatterns =
    [
        ("pilkades", Pilkades()), ("pilkada", Pilkada()), ("pilpres", Pilpres()), ("pileg", Pileg()), ("psu", Psu()), ("pemilu", Pemilu()),
    ];

    // Generated at build time, like every other pattern here: a paragraph of many such words is read several times faster.
    private const string Before = @"(?<![\p{L}\p{N}])(?<word>";
    private const string After = @")(?![\p{L}\p{N}])(?<tail>[^.!?\n]{0,40}?(?<![\p{N}])(?<year>(?:19|20)\d\d)(?![\p{N}]))?";

    [GeneratedRegex(Before + @"pilkades|pemilihan\s+kepala\s+desa|pemilihan\s+kades" + After, RegexOptions.IgnoreCase)]
    private static partial Regex Pilkades();

    [GeneratedRegex(Before + @"pilkada|pemilukada|pilgub|pilbup|pilwalkot|pilwali|pemilihan\s+kepala\s+daerah|pemilihan\s+gubernur|pemilihan\s+bupati|pemilihan\s+wali\s*kota" + After, RegexOptions.IgnoreCase)]
    private static partial Regex Pilkada();

    [GeneratedRegex(Before + @"pilpres|pemilihan\s+presiden" + After, RegexOptions.IgnoreCase)]
    private static partial Regex Pilpres();

    [GeneratedRegex(Before + @"pileg|pemilihan\s+legislatif" + After, RegexOptions.IgnoreCase)]
    private static partial Regex Pileg();

    // Case counts here: "PSU" is the acronym only in capitals.
    [GeneratedRegex(Before + @"pemungutan\s+suara\s+ulang|PSU" + After)]
    private static partial Regex Psu();

    [GeneratedRegex(Before + @"pemilu|pemilihan\s+umum" + After, RegexOptions.IgnoreCase)]
    private static partial Regex Pemilu();

    public static Guess From(IReadOnlyList<ReleasePassage> passages, IReadOnlyList<Election> elections, DateOnly? eventDate)
    {
        if (elections.Count == 0) return Guess.Unknown(Say.ImportNoElectionsListed);
        var names = new Regex(@"(?<![\p{L}\p{N}])(" + string.Join('|', elections.Select(e => e.Name).OrderByDescending(n => n.Length).Select(Pattern)) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var byName = elections.ToDictionary(e => Regex.Replace(e.Name.Trim(), @"\s+", " ").ToLowerInvariant(), StringComparer.Ordinal);
        var text = passages.Where(p => p.Place != TextPlace.Header).ToList();
        var village = text.Sum(p => VillageHead().Count(p.Text));
        var regional = text.Sum(p => RegionalHead().Count(p.Text));
        var pilkadaIsPilkades = village > 0 && village >= regional;

        var scores = new Dictionary<Election, UnitGuess.Score>();
        string? unresolved = null;
        // What a kind and year resolve to does not change within one text: worked out once each.
        var resolved = new Dictionary<(string Kind, int? Year), Election?>();
        string? reread = null;
        foreach (var passage in text)
        {
            // Which characters a mention already took, so a kind's words inside a name ("Pilkada" in "Pilkada Serentak 2024")
            // do not count again; checked per character, so many mentions in one long paragraph stay linear.
            var claimed = new bool[passage.Text.Length];
            foreach (Match match in names.Matches(passage.Text))
            {
                claimed.AsSpan(match.Index, match.Length).Fill(true);
                // Letters that match without regard to case but lower-case apart (Greek final sigma) name no election of the list.
                if (!byName.TryGetValue(Regex.Replace(match.Value, @"\s+", " ").ToLowerInvariant(), out var election)) continue;
                if (pilkadaIsPilkades && election.Kind == "pilkada" && Resolve("pilkades", Year(match.Value), eventDate, elections) is { } village0)
                {
                    reread ??= match.Value;
                    election = village0;
                }
                UnitGuess.Count(scores, election, passage, match.Value);
            }
            foreach (var (kind0, pattern) in KindPatterns)
            {
                foreach (Match match in pattern.Matches(passage.Text))
                {
                    if (claimed.AsSpan(match.Index, match.Length).Contains(true)) continue;
                    claimed.AsSpan(match.Index, match.Groups["word"].Length).Fill(true);
                    var kind = kind0;
                    if (kind == "pilkada" && pilkadaIsPilkades)
                    {
                        reread ??= match.Groups["word"].Value;
                        kind = "pilkades";
                    }
                    int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
                    if (!resolved.TryGetValue((kind, year), out var election)) resolved[(kind, year)] = election = Resolve(kind, year, eventDate, elections);
                    var words0 = year is null ? match.Groups["word"].Value : match.Value.Trim();
                    if (election is null) unresolved ??= words0;
                    else UnitGuess.Count(scores, election, passage, words0);
                }
            }
        }

        var note = reread is null ? "" : Say.ImportElectionVillage.With(reread);
        if (scores.Count == 0)
        {
            var known = string.Join(", ", elections.Select(e => $"'{e.Name}'"));
            return unresolved is not null
                ? Guess.Unknown(Say.ImportElectionUnknown.With(unresolved, note, known))
                : Guess.Unknown(Say.ImportElectionNone);
        }
        var ranked = scores.OrderByDescending(s => s.Value.Points).ThenBy(s => s.Value.FirstSeen).ToList();
        var top = ranked.Where(s => s.Value.Points == ranked[0].Value.Points).ToList();
        var from = string.Join("; ", top.Select(s => $"'{s.Value.FirstWords}' {ReleasePassage.Describe(s.Value.FirstPlace)}" + (s.Value.Count > 1 ? Say.ImportNamedTimes.With(s.Value.Count) : ""))) + note;
        var doubt = top.Count > 1 ? Say.ImportElectionsTied.With(string.Join($" {Say.ImportAnd} ", top.Select(s => s.Key.Name))) : null;
        return new Guess(top.Select(s => s.Key.Name).ToArray(), from, doubt);
    }

    /// <summary>The election of <paramref name="kind"/> that a mention means: of the year written, else the one nearest the event's date.</summary>
    private static Election? Resolve(string kind, int? year, DateOnly? date, IReadOnlyList<Election> elections)
    {
        var candidates = elections.Where(e => e.Kind == kind).ToList();
        // The presidential and legislative votes are part of a general election.
        if (candidates.Count == 0 && kind is "pilpres" or "pileg") candidates = elections.Where(e => e.Kind == "pemilu").ToList();
        if (year is { } y)
            candidates = candidates.Where(e => e.VotingDay?.Year == y || e.Name.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
        if (candidates.Count == 1 && (year is not null || date is null || Near(candidates[0], date.Value))) return candidates[0];
        if (candidates.Count == 0 || date is not { } d) return null;
        return candidates.Where(e => Near(e, d)).OrderBy(e => Distance(e, d)).ThenBy(e => e.Name, StringComparer.Ordinal).FirstOrDefault();
    }

    private static bool Near(Election election, DateOnly date) => Distance(election, date) <= 550;

    private static int Distance(Election election, DateOnly date) =>
        election.VotingDay is { } day ? Math.Abs(day.DayNumber - date.DayNumber) : int.MaxValue;

    private static int? Year(string text)
    {
        var match = Regex.Match(text, @"(19|20)\d\d");
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    private static string Pattern(string name) => string.Join(@"\s+", name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    [GeneratedRegex(@"(?<![\p{L}])(pemilihan kepala desa|pemilihan kades|calon kepala desa|calon kades|cakades|kepala desa terpilih|kades terpilih|pilkades|panitia pemilihan desa)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex VillageHead();

    [GeneratedRegex(@"(?<![\p{L}])(gubernur|bupati|wali\s*kota|paslon|pasangan calon|cagub|cabup|cawalkot|calon gubernur|calon bupati|calon wali\s*kota)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex RegionalHead();
}
