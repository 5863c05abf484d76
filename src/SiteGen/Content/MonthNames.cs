namespace SiteGen.Content;

/// <summary>Names of the months as Indonesian and English texts write them, full and short ("September", "Sept", "Agt", "Nopember").</summary>
public static class MonthNames
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1,
        ["februari"] = 2, ["pebruari"] = 2, ["february"] = 2, ["feb"] = 2, ["peb"] = 2,
        ["maret"] = 3, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["agustus"] = 8, ["august"] = 8, ["agu"] = 8, ["agt"] = 8, ["ags"] = 8, ["aug"] = 8, ["agust"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nopember"] = 11, ["nov"] = 11, ["nop"] = 11,
        ["desember"] = 12, ["december"] = 12, ["des"] = 12, ["dec"] = 12,
    };

    /// <summary>A regular-expression alternation of every name, longest first so "Sept" is not read as "Sep".</summary>
    public static readonly string Pattern = string.Join('|', Numbers.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal));

    /// <summary>The month (1–12) <paramref name="name"/> names, letter case ignored; null for a word that is no month.</summary>
    public static int? Number(string name) => Numbers.TryGetValue(name, out var month) ? month : null;
}
