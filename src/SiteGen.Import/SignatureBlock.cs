using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// The signature at the end of an official release ("Malang, 20 September 2024 / a.n. KAPOLRES MALANG / Kasi Humas Polres
/// Malang, / IPTU Budi Santoso, S.H. / NRP 78091234"): the signing office, which becomes the bulletin's author, and the officer.
/// </summary>
public sealed partial record SignatureBlock(IReadOnlyList<ReleaseBlock> Lines, string Role, string? Officer)
{
    /// <summary>How many lines at the end a signature may take.</summary>
    private const int MaxLines = 8;

    /// <summary>Takes the signature off the end of <paramref name="body"/>; null, leaving the body as it was, when it ends without one.</summary>
    public static SignatureBlock? Take(List<ReleaseBlock> body)
    {
        var start = body.Count;
        string? role = null, officer = null, onBehalf = null;
        var roleEndsWithComma = false;
        var nrpAfter = false;
        while (start > 1 && body.Count - start < MaxLines)
        {
            var block = body[start - 1];
            if (block.Kind != ReleaseBlockKind.Paragraph || block.WordCount > 14) break;
            var text = block.Plain.Trim();
            Match match;
            if (Nrp().IsMatch(text)) nrpAfter = true;
            else if ((match = RankAndNrp().Match(text)).Success) nrpAfter = true;
            else if ((match = OfficerLine().Match(text)).Success) officer ??= text.TrimEnd(',');
            else if (nrpAfter && officer is null && TitleCase.IsCapitals(text) && block.WordCount <= 6 && NameOnly().IsMatch(text)) officer = text;
            else if ((match = RoleLine().Match(text)).Success)
            {
                var said = match.Groups["role"].Value.Trim().TrimEnd(',').Trim();
                if (match.Groups["behalf"].Success) onBehalf ??= said;
                else if (role is null)
                {
                    role = said;
                    roleEndsWithComma = text.EndsWith(',');
                }
            }
            else if (Closing().IsMatch(text) || PlaceAndDate().IsMatch(text)) { }
            else break;
            start--;
        }
        role ??= onBehalf;
        if (role is null || (officer is null && !roleEndsWithComma)) return null;
        var lines = body.GetRange(start, body.Count - start);
        body.RemoveRange(start, body.Count - start);
        return new SignatureBlock(lines, role, officer);
    }

    /// <summary>The lines of the signature as the printout quotes them: "'Kasi Humas Polres Malang, / IPTU Budi Santoso, S.H.'".</summary>
    public string Quoted => "'" + string.Join(" / ", Lines.Select(l => l.Plain.Trim())) + "'";

    [GeneratedRegex(@"^NRP\.?\s*[:.]?\s*\d{6,10}$", RegexOptions.IgnoreCase)]
    private static partial Regex Nrp();

    private const string Ranks = @"(JENDERAL|KOMJEN|IRJEN|BRIGJEN|KOMBES|AKBP|KOMPOL|AKP|IPTU|IPDA|AIPTU|AIPDA|BRIPKA|BRIGPOL|BRIGADIR|BRIPTU|BRIPDA|ABRIP|ABRIPTU|ABRIPDA|BHARAKA|BHARATU|BHARADA|PEMBINA|PENATA)(\s+POL\.?)?";

    [GeneratedRegex(@"^" + Ranks + @"\s+NRP\.?\s*[:.]?\s*\d{6,10}$", RegexOptions.IgnoreCase)]
    private static partial Regex RankAndNrp();

    [GeneratedRegex(@"^" + Ranks + @"\s+\p{L}[\p{L}.,'’ ]{2,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficerLine();

    [GeneratedRegex(@"^\p{L}[\p{L}.,'’ ]{2,80}$")]
    private static partial Regex NameOnly();

    [GeneratedRegex(@"^(?<behalf>(a\.\s?n\.?|an\.|atas nama|u\.\s?b\.?|ub\.)\s+)?(?<prefix>(plh\.?|plt\.?|ps\.?|pjs\.?)\s+)?(?<role>(KEPALA|KAPOLRES|KAPOLRESTA|KAPOLRESTABES|KAPOLDA|KAPOLSEK|WAKAPOLRES|WAKAPOLDA|KABID|KASI|KASIE|KASIHUMAS|KASUBBAG|KASUBAG|KASUBBID|KASUBSI|KAUR|KASAT|PAUR|KANIT|KAPOLSUBSEKTOR)\b[\p{L}\p{N} .]{0,80}?)\s*,?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLine();

    [GeneratedRegex(@"^(hormat\s+kami|mengetahui|tertanda|ttd|dto|cap\s+dan\s+tanda\s+tangan)\.?,?$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^\p{Lu}[\p{L} ]{2,30},\s*\d{1,2}\s+\p{L}{3,9}\s+\d{4}$")]
    private static partial Regex PlaceAndDate();
}
