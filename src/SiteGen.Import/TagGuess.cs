using System.Text.RegularExpressions;
using SiteGen.Messages;
using SiteGen.Text;

namespace SiteGen.Import;

/// <summary>
/// Guesses tags from a glossary: the tags the site's bulletins already use, plus a small list of election-security terms
/// with the other ways texts write them ("rakor" for rapat-koordinasi, "tempat pemungutan suara" for tps).
/// </summary>
public static partial class TagGuess
{
    public const int MaxTags = 5;

    /// <summary>Built-in terms: the tag, then the words that count for it.</summary>
    public static readonly IReadOnlyList<(string Tag, string[] Forms)> Terms =
    [
        ("netralitas", ["netralitas", "netral"]),
        ("patroli", ["patroli", "berpatroli"]),
        ("pengamanan", ["pengamanan", "mengamankan", "pengamanannya"]),
        ("kampanye", ["kampanye", "berkampanye"]),
        ("logistik", ["logistik"]),
        ("rapat-koordinasi", ["rapat koordinasi", "rakor"]),
        ("kamtibmas", ["kamtibmas"]),
        ("bhabinkamtibmas", ["bhabinkamtibmas", "bhabin"]),
        ("tps", ["tps", "tempat pemungutan suara"]),
        ("kpu", ["kpu", "komisi pemilihan umum"]),
        ("bawaslu", ["bawaslu", "badan pengawas pemilu", "badan pengawas pemilihan umum"]),
        ("apel", ["apel"]),
        ("sosialisasi", ["sosialisasi", "sosialisasikan", "menyosialisasikan", "mensosialisasikan"]),
        ("pengawalan", ["pengawalan", "mengawal", "dikawal"]),
        ("rekapitulasi", ["rekapitulasi", "rekap"]),
        ("simulasi", ["simulasi"]),
        ("masa-tenang", ["masa tenang"]),
        ("fgd", ["fgd", "focus group discussion"]),
        ("cooling-system", ["cooling system"]),
        ("operasi-mantap-praja", ["operasi mantap praja", "ops mantap praja"]),
        ("operasi-mantap-brata", ["operasi mantap brata", "ops mantap brata"]),
        ("debat", ["debat"]),
        ("politik-uang", ["politik uang", "money politics"]),
        ("hoaks", ["hoaks", "hoax", "berita bohong"]),
    ];

    public static Guess? From(IReadOnlyList<ReleasePassage> passages, IEnumerable<string> siteTags)
    {
        var glossary = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(string tag, string form)
        {
            if (!glossary.TryGetValue(tag, out var forms))
            {
                glossary[tag] = forms = [];
                order.Add(tag);
            }
            var tokens = form.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length > 0 && !forms.Any(f => f.SequenceEqual(tokens))) forms.Add(tokens);
        }
        foreach (var (tag, forms) in Terms)
            foreach (var form in forms) Add(tag, form);
        foreach (var tag in siteTags.Select(Slug.From).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal))
            Add(tag, tag);

        // Longer forms first, so "tempat pemungutan suara" is one mention of tps.
        var byLength = glossary.SelectMany(g => g.Value.Select(f => (Tag: g.Key, Form: f))).OrderByDescending(x => x.Form.Length).ToArray();

        // First: where the tag is first named (passage, then word), so ties go to the earlier mention.
        var scores = new Dictionary<string, (int Points, int Count, string Words, long First)>(StringComparer.Ordinal);
        var read = 0;
        foreach (var passage in passages.Where(p => p.Place != TextPlace.Header))
        {
            read++;
            var words = new List<string>();
            foreach (var word in Word().EnumerateMatches(passage.Text)) words.Add(passage.Text.Substring(word.Index, word.Length));
            var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
            var used = new bool[words.Count];
            // Where each word stands, so a form is tried only where its first word is, not at every word of the passage.
            var at = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < lower.Length; i++)
            {
                if (!at.TryGetValue(lower[i], out var positions)) at[lower[i]] = positions = [];
                positions.Add(i);
            }
            foreach (var (tag, form) in byLength)
            {
                if (!at.TryGetValue(form[0], out var starts)) continue;
                foreach (var i in starts)
                {
                    if (i + form.Length > lower.Length) break;
                    if (used[i] || !lower.AsSpan(i, form.Length).SequenceEqual(form)) continue;
                    for (var k = 0; k < form.Length; k++) used[i + k] = true;
                    scores[tag] = scores.TryGetValue(tag, out var s)
                        ? (s.Points + passage.Weight, s.Count + 1, s.Words, s.First)
                        : (passage.Weight, 1, string.Join(' ', words.GetRange(i, form.Length)), ((long)read << 32) + i);
                }
            }
        }
        if (scores.Count == 0) return null;
        var ranked = scores.OrderByDescending(s => s.Value.Points).ThenBy(s => s.Value.First).ToList();
        var chosen = ranked.Where(s => s.Value.Points >= 2).Take(MaxTags).ToList();
        if (chosen.Count < 3) chosen.AddRange(ranked.Where(s => s.Value.Points < 2).Take(3 - chosen.Count));
        var from = string.Join(", ", chosen.Select(s => $"'{s.Value.Words}'" + (s.Value.Count > 1 ? $" {s.Value.Count}×" : "")));
        return new Guess(chosen.Select(s => s.Key).ToArray(), Say.ImportTagsFrom.With(from));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
