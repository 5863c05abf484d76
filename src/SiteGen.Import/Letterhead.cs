using System.Text.RegularExpressions;
using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>
/// The letterhead of an official release ("KEPOLISIAN NEGARA REPUBLIK INDONESIA / DAERAH JAWA TIMUR / RESOR MALANG /
/// SIARAN PERS / Nomor: …"): the unit that issued it, its number, and the lines it took at the top of the release.
/// </summary>
public sealed partial record Letterhead(IReadOnlyList<ReleaseBlock> Lines, string? UnitLine, UnitKind Kind, string? Place, string? Number)
{
    /// <summary>How many blocks at the top may be the letterhead (institution, Polda, unit, office, address, kind, number, date).</summary>
    private const int MaxLines = 12;

    /// <summary>The letterhead at the top of <paramref name="blocks"/>, or null when the release has none.</summary>
    public static Letterhead? Read(IReadOnlyList<ReleaseBlock> blocks)
    {
        var lines = new List<ReleaseBlock>();
        string? unitLine = null, place = null, number = null, poldaLine = null, poldaPlace = null;
        var kind = UnitKind.None;
        var issuer = false;
        var release = false;
        for (var i = 0; i < blocks.Count && lines.Count < MaxLines; i++)
        {
            var block = blocks[i];
            if (block.Kind is not (ReleaseBlockKind.Paragraph or ReleaseBlockKind.Heading)) break;
            var text = block.Plain.Trim().TrimEnd(':', '.', ',').Trim();
            if (text.Length == 0 || Separator().IsMatch(text))
            {
                lines.Add(block);
                continue;
            }
            Match match;
            if (Institution().IsMatch(text) && TitleCase.IsCapitals(text)) issuer = true;
            else if ((match = Resor().Match(text)).Success && TitleCase.IsCapitals(text))
            {
                issuer = true;
                unitLine = block.Plain.Trim();
                place = match.Groups["name"].Value;
                kind = match.Groups["besar"].Success ? UnitKind.ResorKotaBesar : match.Groups["kota"].Success ? UnitKind.ResorKota
                    : match.Groups["sektor"].Success ? UnitKind.Sektor : UnitKind.Resor;
            }
            else if ((match = Daerah().Match(text)).Success && TitleCase.IsCapitals(text))
            {
                issuer = true;
                poldaLine = block.Plain.Trim();
                poldaPlace = match.Groups["name"].Value;
            }
            else if (Office().IsMatch(text) && TitleCase.IsCapitals(text)) { }
            else if (KindLine().IsMatch(text)) release = true;
            else if ((match = NumberLine().Match(text)).Success) number = match.Groups["number"].Value.Trim();
            else if (issuer && !release && Address().IsMatch(text)) { }
            else if ((issuer || release) && PlaceAndDate().IsMatch(text)) { }
            else break;
            lines.Add(block);
        }
        // A release that only says "SIARAN PERS" has no letterhead; the issuer's lines, or the kind with its number, make one.
        if (!issuer && !(release && number is not null)) return null;
        while (lines.Count > 0 && lines[^1].Plain.Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
        if (unitLine is null && poldaLine is not null)
        {
            unitLine = poldaLine;
            place = poldaPlace;
            kind = UnitKind.Daerah;
        }
        return new Letterhead(lines, unitLine, kind, place, number);
    }

    /// <summary>The names the unit of the letterhead goes by ("RESOR KOTA MALANG" → Polresta Malang, Polres Kota Malang, Polres Malang Kota).</summary>
    public IReadOnlyList<string> UnitNames(IEnumerable<string> knownNames)
    {
        if (Place is null) return [];
        var place = TitleCase.Of(Place, knownNames);
        return Kind switch
        {
            UnitKind.ResorKotaBesar => [$"Polrestabes {place}"],
            UnitKind.ResorKota => [$"Polresta {place}", $"Polres Kota {place}", $"Polres {place} Kota"],
            UnitKind.Resor => [$"Polres {place}"],
            UnitKind.Sektor => [$"Polsek {place}"],
            UnitKind.Daerah => [$"Polda {place}"],
            _ => [],
        };
    }

    /// <summary>The unit of units.yaml the letterhead names, or null with the name it would have (for the message).</summary>
    public Unit? Unit(IReadOnlyList<Unit> units, out string spoken)
    {
        var names = UnitNames(units.SelectMany(u => new[] { u.Name, u.Region, u.Polda }));
        spoken = names.Count > 0 ? names[0] : "";
        foreach (var name in names)
            foreach (var unit in units)
                if (string.Equals(Collapse(unit.Name), name, StringComparison.OrdinalIgnoreCase)) return unit;
        return null;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^([-_=*•~.·#+]\s*){3,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(MARKAS BESAR\s+)?KEPOLISIAN\s+NEGARA\s+REPUBLIK\s+INDONESIA$", RegexOptions.IgnoreCase)]
    private static partial Regex Institution();

    [GeneratedRegex(@"^(KEPOLISIAN\s+)?(RESOR\s+(?:(?<besar>KOTA\s+BESAR)\s+|(?<kota>KOTA)\s+)?|(?<sektor>SEKTOR)\s+)(?<name>\p{L}[\p{L} ]{1,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex Resor();

    [GeneratedRegex(@"^(KEPOLISIAN\s+)?DAERAH\s+(?<name>\p{L}[\p{L} ]{2,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex Daerah();

    [GeneratedRegex(@"^(BIDANG|SEKSI|SUB\s*BAGIAN|SUBBAGIAN|SUBBAG|SI|SIE|BID)\s+HUMAS\b.{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex Office();

    [GeneratedRegex(@"^(SIARAN\s+PERS|RILIS(\s+(PERS|BERITA|MEDIA|HUMAS))?|PRESS\s+RELEASE|KETERANGAN\s+PERS|BERITA\s+PERS|RELEASE)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindLine();

    [GeneratedRegex(@"^(Nomor|No)\s*\.?\s*[:：]\s*(?<number>\S.{0,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(Jl\.?|Jalan)\s.{0,150}$|\b(Telp|Telepon|Fax|Faks|E-?mail|Website|Kode\s+Pos)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"^\p{Lu}[\p{L} ]{2,30},\s*\d{1,2}\s+\p{L}{3,9}\s+\d{4}$")]
    private static partial Regex PlaceAndDate();
}
