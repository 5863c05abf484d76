using System.Text.RegularExpressions;

namespace SiteGen.Model;

/// <summary>Shortens text for summaries and excerpts: after the last whole sentence that fits, or else at a word with "…".</summary>
public static partial class TextCut
{
    public static string AtWord(string text, int length)
    {
        if (text.Length <= length) return text;
        // A whole sentence reads best, and ends as the writer ended it: "… Rabu (4/12/2024)." rather than "… (4/12/2024).…".
        if (LastSentenceEnd(text, length) is var sentence && sentence >= length / 2) return text[..sentence];
        var cut = text.LastIndexOf(' ', length);
        if (cut < length / 2) cut = length;
        return Tidy(text[..cut]) + "…";
    }

    /// <summary>
    /// The text before a cut without what would dangle before the "…": punctuation that ended a sentence or opened a clause,
    /// a bracket left open, or the date a dateline ends with (", Rabu (4/12/2024)"), which says nothing without its sentence.
    /// </summary>
    private static string Tidy(string kept)
    {
        for (var before = ""; before != kept;)
        {
            before = kept;
            kept = kept.TrimEnd(' ', ',', ';', ':', '-', '–', '—', '(', '.', '!', '?', '/');
            var open = kept.LastIndexOf('(');
            if (open >= 0 && kept.IndexOf(')', open) < 0) kept = kept[..open];
            if (TrailingDate().Match(kept) is { Success: true, Index: > 0 } date) kept = kept[..date.Index];
        }
        return kept;
    }

    /// <summary>The index just after the last sentence end (". " before a capital or digit) at or before <paramref name="length"/>; 0 when there is none.</summary>
    private static int LastSentenceEnd(string text, int length)
    {
        for (var i = Math.Min(length, text.Length) - 1; i > 0; i--)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && end <= length && text[end] is '"' or '\'' or '”' or '’' or ')') end++;
            if (end > length || end >= text.Length || text[end] != ' ') continue;
            var next = end;
            while (next < text.Length && text[next] == ' ') next++;
            if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '(')) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            return end;
        }
        return 0;
    }

    /// <summary>"Kab." "Jl." "No." "S.H.": a short capitalised word or initials before the full stop, which do not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = text.LastIndexOf(' ', dot - 1) + 1;
        var word = text[start..dot];
        if (word.Length == 0) return false;
        if (word.Contains('.')) return true;
        return word.Length <= 3 && char.IsUpper(word[0]) && word.All(char.IsLetter);
    }

    // ", Rabu (4/12/2024)", " (4/12)", " Senin, 12/2/2024": a dateline's date at the end of what is kept.
    [GeneratedRegex(@"[,\s]*(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s*)?\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();
}
