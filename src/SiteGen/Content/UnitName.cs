using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>
/// What a police unit's name says: its kind (Polres, Polresta, Polres Kota, Polrestabes, Polda, Polsek) and the place
/// that tells it apart ("Polres Kota Malang": Polres Kota, Malang).
/// </summary>
public static partial class UnitName
{
    /// <summary>True when <paramref name="name"/> starts with a unit's kind ("Polres Kediri"), so it reads as a unit's name.</summary>
    public static bool HasKind(string name) => Kind().Match(name.Trim()) is { Success: true } match && match.Length < name.Trim().Length;

    /// <summary>The place of <paramref name="name"/> without its kind ("Polresta Kendari" → "Kendari"); the name itself when no kind is written.</summary>
    public static string Place(string name)
    {
        var match = Kind().Match(name.Trim());
        return match.Success ? name.Trim()[match.Length..].Trim() : name.Trim();
    }

    /// <summary>
    /// The area a unit of this name covers, as units.yaml writes it: a Polres a regency ("Kabupaten Kediri"), a Polresta,
    /// Polres Kota or Polrestabes a city ("Kota Kediri"), a Polda a province, a Polsek a district; null for another kind.
    /// </summary>
    public static string? Region(string name)
    {
        var match = Kind().Match(name.Trim());
        if (!match.Success) return null;
        var place = Place(name);
        if (place.Length == 0) return null;
        var kind = Regex.Replace(match.Value.Trim().ToLowerInvariant(), @"\s+", " ");
        return kind switch
        {
            "polres" => "Kabupaten " + place,
            "polresta" or "polres kota" or "polrestabes" or "polres metro" => "Kota " + place,
            "polda" => "Provinsi " + place,
            "polsek" => "Kecamatan " + place,
            _ => null,
        };
    }

    /// <summary>The name of <paramref name="known"/> that <paramref name="written"/> was meant to be: the same place, or one a slip of the keyboard away, and the same numbers (<see cref="SameNumbers"/>); null when none is that close.</summary>
    public static string? Near(string written, IEnumerable<string> known)
    {
        var place = Place(written);
        var digits = Digits(written);
        return known.Order(StringComparer.Ordinal)
            .FirstOrDefault(k => SameNumbers(Digits(k), digits) && (string.Equals(Place(k), place, StringComparison.OrdinalIgnoreCase) || Diagnostics.NearMatch.IsSlip(Place(k), place)));
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    /// <summary>
    /// True when two names' digits are the same, or two neighbouring digits swapped ("2042" for "2024"), a slip of the keyboard;
    /// one digit more, less or other names another year or another sector.
    /// </summary>
    public static bool SameNumbers(string a, string b)
    {
        if (a == b) return true;
        if (a.Length != b.Length) return false;
        var first = Enumerable.Range(0, a.Length).First(i => a[i] != b[i]);
        return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..] == b[(first + 2)..];
    }

    // Longest first, so "Polres Kota" is not read as "Polres" and "Polresta" not as "Polres" followed by "ta".
    [GeneratedRegex(@"^(?:polrestabes|polresta|polres\s+kota|polres\s+metro|polres|polda|polsek)(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kind();
}
