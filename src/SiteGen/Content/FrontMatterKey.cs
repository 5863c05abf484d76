namespace SiteGen.Content;

/// <summary>
/// One key a bulletin's or page's front matter may hold: its name, whether it must be there, what it holds, and the names
/// writers naturally give it instead (Indonesian words, other spellings), which are reported with the right name.
/// </summary>
public sealed record FrontMatterKey(string Name, bool Required, ValueKind Holds, params string[] WrongNames)
{
    /// <summary>
    /// What the key holds, in the words of the language in use, for a writer told the key is missing or empty
    /// ("the bulletin's headline"); null for a key no message explains.
    /// </summary>
    public Func<string>? Help { get; init; }

    /// <summary>A value <c>sitegen new</c> writes commented out for the writer to fill in (Indonesian, as the file is); null for keys it does not offer.</summary>
    public string? Example { get; init; }

    /// <summary>Most items a list key may hold; null when there is no limit.</summary>
    public int? MaxItems { get; init; }

    /// <summary>
    /// True when <paramref name="written"/> is one of the names that mean this key but are not it: a wrong name, or the
    /// key itself in other letter case or with other separators ("Title", "image-alt", "kata kunci").
    /// </summary>
    public bool IsMeantBy(string written) => written != Name && _meaning.Contains(Fold(written));

    // Folded once: every unknown key of every bulletin is looked up here.
    private readonly HashSet<string> _meaning = [Fold(Name), .. WrongNames.Select(Fold)];

    /// <summary>Letters and digits only, lower case: "Kata-Kunci", "kata_kunci" and "kata kunci" are one name.</summary>
    private static string Fold(string name)
    {
        Span<char> folded = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
            if (char.IsLetterOrDigit(c)) folded[length++] = char.ToLowerInvariant(c);
        return new string(folded[..length]);
    }
}
