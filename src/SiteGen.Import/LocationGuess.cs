using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>Guesses where the event took place from "di Aula Polres Blitar", "bertempat di Balai Desa …" in the dateline, the first paragraph or the title.</summary>
public static partial class LocationGuess
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pada", "yang", "dengan", "untuk", "sejak", "mulai", "saat", "ketika", "sekitar", "hari", "pukul", "serta", "dan", "guna",
        "dalam", "bersama", "oleh", "sebagai", "selama", "hingga", "sampai", "jelang", "menjelang", "usai", "setelah", "sebelum", "tersebut",
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "kemarin", "tadi",
    };

    public static Guess? From(IReadOnlyList<ReleasePassage> passages)
    {
        foreach (var place in new[] { TextPlace.Dateline, TextPlace.Lead, TextPlace.Title, TextPlace.Body })
        {
            foreach (var passage in passages.Where(p => p.Place == place).Take(place == TextPlace.Body ? 2 : int.MaxValue))
            {
                foreach (Match match in Venue().Matches(passage.Text))
                {
                    var words = match.Groups["place"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var kept = new List<string>();
                    foreach (var word in words)
                    {
                        if (StopWords.Contains(word) || kept.Count >= 8) break;
                        kept.Add(word);
                    }
                    // A venue is named with capitals ("Aula Polres Blitar"), not described ("aula yang luas").
                    while (kept.Count > 1 && !char.IsUpper(kept[^1][0]) && !char.IsDigit(kept[^1][0])) kept.RemoveAt(kept.Count - 1);
                    if (kept.Count < 2) continue;
                    var location = string.Join(' ', kept);
                    return Guess.Of(location, $"'{match.Groups["lead"].Value.Trim()} {location}' {ReleasePassage.Describe(place)}");
                }
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<lead>(?:bertempat|berlangsung|digelar|dilaksanakan|diselenggarakan|dipusatkan)?\s*\b(?:di|ke|dari)\b)\s+(?<place>(?:Aula|Gedung|Lapangan|Mapolres\p{L}*|Mapolsek|Mako\p{L}*|Markas|Kantor|Balai|Hotel|Pendopo|Pendapa|Gudang|Ruang|Halaman|Alun-alun|Alun-Alun|Masjid|Taman|Desa|Kelurahan|Kecamatan|GOR|Stadion|Rupatama|Posko|Kampus|Universitas|Pasar|Terminal|Jalan|Lobi|Lobby|Graha|Wisma|Auditorium|Pos|TPS)\b[^,.;:()!?\n""“”]{0,80})")]
    private static partial Regex Venue();
}
