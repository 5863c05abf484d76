namespace SiteGen.Starter;

/// <summary>
/// The time zone a Polda's offices write their dates in, from its name: the provinces in WITA and WIT by their full names
/// and the short names Polda use ("Polda Sulsel"); every other Polda is in WIB. The zone decides when a bulletin dated
/// "09:00" appears, so a new site of an office in Makassar or Jayapura must not start on Jakarta time.
/// </summary>
public static class PoldaTimeZone
{
    public const string Wib = "Asia/Jakarta", Wita = "Asia/Makassar", Wit = "Asia/Jayapura";

    private static readonly string[] WitaProvinces =
    [
        "bali", "nusa tenggara barat", "ntb", "nusa tenggara timur", "ntt", "kalimantan selatan", "kalsel", "kalimantan timur", "kaltim",
        "kalimantan utara", "kaltara", "sulawesi utara", "sulut", "sulawesi tengah", "sulteng", "sulawesi selatan", "sulsel",
        "sulawesi tenggara", "sultra", "sulawesi barat", "sulbar", "gorontalo",
    ];

    private static readonly string[] WitProvinces =
    [
        "maluku", "maluku utara", "malut", "papua", "papua barat", "pabar", "papua barat daya", "papua tengah", "papua pegunungan", "papua selatan",
    ];

    /// <summary>The IANA zone for <paramref name="polda"/> ("Polda Sulawesi Selatan" → Asia/Makassar); Asia/Jakarta when the name is not one of them.</summary>
    public static string For(string polda)
    {
        var name = string.Join(' ', polda.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.StartsWith("polda ", StringComparison.Ordinal)) name = name["polda ".Length..];
        if (WitaProvinces.Contains(name)) return Wita;
        if (WitProvinces.Contains(name)) return Wit;
        return Wib;
    }
}
