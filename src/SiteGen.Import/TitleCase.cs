using System.Text;

namespace SiteGen.Import;

/// <summary>
/// Writes a headline typed in capitals ("POLRES MALANG AMANKAN TPS JELANG PILKADA") the way Indonesian headlines are written:
/// every word capitalised but the function words (di, ke, dari, dan, yang, untuk, …) after the first, acronyms kept in
/// capitals (TPS, KPU), and names as the site writes them (Polres, Pilkada, Sultra, the units' and elections' own names).
/// </summary>
public static class TitleCase
{
    /// <summary>Function words written small inside a headline (PUEBI: kata tugas not at the start).</summary>
    private static readonly HashSet<string> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        "di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan", "atau", "bagi", "oleh", "dalam", "tentang", "kepada",
        "terhadap", "sebagai", "serta", "agar", "karena", "hingga", "sampai", "per", "pun", "lah", "kah", "nya", "si", "sang",
    };

    /// <summary>Acronyms said letter by letter, kept in capitals even where they hold a vowel.</summary>
    private static readonly HashSet<string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "TPS", "KPU", "KPUD", "KPPS", "PPK", "PPS", "PPDP", "DPT", "DPS", "DPTB", "TNI", "FGD", "DPR", "DPRD", "DPD", "RI", "NKRI",
        "ASN", "BKO", "SOP", "APK", "OTT", "HP", "UU", "NRP", "BIN", "BNPB", "BPBD", "BMKG", "LSM", "PAM", "OPD", "PNS", "PPPK",
        "SDM", "CCTV", "GPS", "PLN", "BUMN", "RT", "RW", "SMA", "SMK", "SMP", "SD", "UMKM", "KTP", "KK", "DIY", "NTB", "NTT",
        "PHP", "MK", "MA", "PN", "PTUN", "TKP", "SPKT", "SIM", "STNK", "PPKM", "HUT", "IKN", "OTG", "AKBP", "AKP", "IPTU",
        "IPDA", "AIPTU", "AIPDA", "SH", "SIK", "MH", "MSI", "SE", "SAR", "POM", "ITE", "WNA", "WNI", "PKS", "PDIP", "PKB",
        "PAN", "PPP", "PSI", "PBB", "PKN", "DKPP", "PPWP",
    };

    /// <summary>Short forms read as words, written with one capital (Polres, Pilkada, Sultra).</summary>
    private static readonly Dictionary<string, string> Written = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SATGAS"] = "Satgas", ["OPS"] = "Ops", ["POLRI"] = "Polri", ["POLDA"] = "Polda", ["POLRES"] = "Polres", ["POLRESTA"] = "Polresta",
        ["POLRESTABES"] = "Polrestabes", ["POLSEK"] = "Polsek", ["MAPOLRES"] = "Mapolres", ["MAPOLDA"] = "Mapolda",
        ["MAPOLRESTA"] = "Mapolresta", ["MAPOLSEK"] = "Mapolsek", ["KAPOLRES"] = "Kapolres", ["KAPOLDA"] = "Kapolda",
        ["KAPOLRESTA"] = "Kapolresta", ["KAPOLSEK"] = "Kapolsek", ["WAKAPOLRES"] = "Wakapolres", ["KAPOLRI"] = "Kapolri",
        ["PILKADA"] = "Pilkada", ["PEMILU"] = "Pemilu", ["PILKADES"] = "Pilkades", ["PILPRES"] = "Pilpres", ["PILEG"] = "Pileg",
        ["PILGUB"] = "Pilgub", ["PILBUP"] = "Pilbup", ["PILWALI"] = "Pilwali", ["BAWASLU"] = "Bawaslu", ["PANWASLU"] = "Panwaslu",
        ["PANWASCAM"] = "Panwascam", ["KAMTIBMAS"] = "Kamtibmas", ["BHABINKAMTIBMAS"] = "Bhabinkamtibmas", ["BABINSA"] = "Babinsa",
        ["BRIMOB"] = "Brimob", ["SATBRIMOB"] = "Satbrimob", ["SATLANTAS"] = "Satlantas", ["SATSAMAPTA"] = "Satsamapta",
        ["SABHARA"] = "Sabhara", ["SATINTELKAM"] = "Satintelkam", ["SATRESKRIM"] = "Satreskrim", ["HUMAS"] = "Humas",
        ["BIDHUMAS"] = "Bidhumas", ["SIHUMAS"] = "Sihumas", ["KASI"] = "Kasi", ["KABID"] = "Kabid", ["SULTRA"] = "Sultra",
        ["SULSEL"] = "Sulsel", ["SULTENG"] = "Sulteng", ["SULUT"] = "Sulut", ["SULBAR"] = "Sulbar", ["JATIM"] = "Jatim",
        ["JATENG"] = "Jateng", ["JABAR"] = "Jabar", ["KALTIM"] = "Kaltim", ["KALSEL"] = "Kalsel", ["KALTENG"] = "Kalteng",
        ["KALBAR"] = "Kalbar", ["SUMUT"] = "Sumut", ["SUMBAR"] = "Sumbar", ["SUMSEL"] = "Sumsel", ["JAKSEL"] = "Jaksel",
        ["OPSNAL"] = "Opsnal", ["ORMAS"] = "Ormas", ["FORKOPIMDA"] = "Forkopimda", ["FORKOPIMCAM"] = "Forkopimcam",
        ["MUSPIKA"] = "Muspika", ["PEMKAB"] = "Pemkab", ["PEMKOT"] = "Pemkot", ["PEMPROV"] = "Pemprov", ["SATPOL"] = "Satpol",
        ["LINMAS"] = "Linmas", ["KORLANTAS"] = "Korlantas", ["MABES"] = "Mabes", ["RAKOR"] = "Rakor", ["SISKAMLING"] = "Siskamling",
        ["PUSKESMAS"] = "Puskesmas", ["DIRLANTAS"] = "Dirlantas", ["DITLANTAS"] = "Ditlantas", ["DITSAMAPTA"] = "Ditsamapta",
    };

    /// <summary>True when the headline is typed in capitals: no word of three letters or more holds a small letter.</summary>
    public static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) letters++;
        }
        return letters >= 6;
    }

    /// <summary>The headline in title case; <paramref name="names"/> are names as the site writes them ("Polres Kota Malang", "Pilkada Serentak 2024"), whose words keep that form.</summary>
    public static string Of(string text, IEnumerable<string> names)
    {
        var known = new Dictionary<string, string>(Written, StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
            foreach (var word in name.Split([' ', '-', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries))
                if (word.Any(char.IsLower)) known.TryAdd(word, word);
        var result = new StringBuilder(text.Length);
        var first = true;
        var i = 0;
        // Words are runs of letters and digits; everything between them (spaces, hyphens, quotes, punctuation) is kept as it is.
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                result.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var word = text[start..i];
            var afterHyphen = start > 0 && text[start - 1] == '-';
            result.Append(Word(word, first, afterHyphen, known));
            first = false;
        }
        return result.ToString();
    }

    private static string Word(string word, bool first, bool afterHyphen, Dictionary<string, string> known)
    {
        if (!word.Any(char.IsLetter)) return word;
        if (known.TryGetValue(word, out var written)) return written;
        if (Acronyms.Contains(word) || IsRoman(word)) return word.ToUpperInvariant();
        var lower = word.ToLowerInvariant();
        if (!first && !afterHyphen && Small.Contains(word)) return lower;
        // "KE-2", "PASCA-PEMILU": after a hyphen the word goes on in small letters unless it is a name.
        if (afterHyphen) return lower;
        // A word without a vowel is an acronym said letter by letter (PPK, KPPS, DPRD).
        if (word.Length >= 2 && !lower.Any(c => "aeiouy".Contains(c)) && word.All(char.IsLetter)) return word.ToUpperInvariant();
        return char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    private static bool IsRoman(string word) =>
        word.ToUpperInvariant() is "II" or "III" or "IV" or "VI" or "VII" or "VIII" or "IX" or "XI" or "XII" or "XIII";
}
