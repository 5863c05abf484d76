using System.Collections.Frozen;
using System.Text;

namespace SiteGen.Search;

/// <summary>Turns Indonesian text into search tokens exactly as SEARCH.md steps 1–8 say, matching sitegen-text.js character for character.</summary>
/// <remarks>
/// Immutable after construction, so one instance serves every page of a build in parallel.
/// Only ordinal, culture-free operations are used: the browser must reproduce every token.
/// </remarks>
public sealed class TextAnalyzer
{
    private readonly FrozenSet<string> _protectedWords;

    /// <summary>Creates an analyzer that stems every word.</summary>
    public TextAnalyzer()
        : this([])
    {
    }

    /// <summary>Creates an analyzer that never stems <paramref name="protectedWords"/> (already normalised names of units, regions, elections).</summary>
    public TextAnalyzer(IEnumerable<string> protectedWords)
    {
        ArgumentNullException.ThrowIfNull(protectedWords);
        _protectedWords = protectedWords.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Steps 1–6: the normalised words of <paramref name="text"/>, in order, stop words included.</summary>
    public IReadOnlyList<string> Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        if (text.Length == 0)
        {
            return tokens;
        }

        char[] chars = FoldAndJoin(text);
        int n = chars.Length;
        int i = 0;
        while (i < n)
        {
            if (!IsWordChar(chars[i]))
            {
                i++;
                continue;
            }

            // A run of [a-z0-9-] that also ends where a letter meets a digit (step 4).
            int start = i;
            i++;
            while (i < n && IsWordChar(chars[i]) && !IsLetterDigitBoundary(chars[i - 1], chars[i]))
            {
                i++;
            }

            AddRun(new ReadOnlySpan<char>(chars, start, i - start), tokens);
        }

        return tokens;
    }

    /// <summary>Steps 1–8: the words of <paramref name="text"/> without stop words, each with its stem.</summary>
    /// <param name="text">Page text or a query.</param>
    /// <param name="isQuery">When true and every word is a stop word, the stop words are kept so the query still finds something.</param>
    public IReadOnlyList<AnalyzedToken> Analyze(string text, bool isQuery = false)
    {
        IReadOnlyList<string> words = Normalize(text);
        bool keepStopWords = isQuery && words.All(StopWords.Contains);

        var result = new List<AnalyzedToken>(words.Count);
        for (int position = 0; position < words.Count; position++)
        {
            string word = words[position];
            if (!keepStopWords && StopWords.Contains(word))
            {
                continue;
            }

            // Numbers and names keep their surface form: stemming would turn "kediri" into "diri".
            string stem = IsAsciiDigit(word[0]) || _protectedWords.Contains(word)
                ? word
                : IndonesianStemmer.Stem(word);
            result.Add(new AnalyzedToken(word, stem, position));
        }

        return result;
    }

    // Steps 1–3 over the whole text; step 4's splitting happens while scanning the result.
    private static char[] FoldAndJoin(string text)
    {
        string decomposed = ReplaceLoneSurrogates(text).Normalize(NormalizationForm.FormKD);

        // Step 1: drop combining marks and lower-case A–Z only; "İ" decomposes to I + U+0307 and so becomes "i".
        var folded = new char[decomposed.Length];
        int length = 0;
        foreach (char c in decomposed)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            folded[length++] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        // Step 2: an apostrophe with a letter on both sides is part of the word (jum'at, Qur’an).
        var joined = new char[length];
        int count = 0;
        for (int i = 0; i < length; i++)
        {
            char c = folded[i];
            if (IsApostrophe(c) && i > 0 && i + 1 < length && IsAsciiLetter(folded[i - 1]) && IsAsciiLetter(folded[i + 1]))
            {
                continue;
            }

            joined[count++] = c;
        }

        // Step 3: a dotted number is joined only when it is written as thousands (1.500.000), not 08.30 or 17.08.1945.
        var result = new char[count];
        int written = 0;
        int j = 0;
        while (j < count)
        {
            if (!IsAsciiDigit(joined[j]))
            {
                result[written++] = joined[j++];
                continue;
            }

            int runStart = j;
            bool thousands = true;
            int dots = 0;
            int group = 0;
            while (j < count && IsAsciiDigit(joined[j]))
            {
                j++;
                group++;
            }

            if (group > 3)
            {
                thousands = false;
            }

            while (j + 1 < count && joined[j] == '.' && IsAsciiDigit(joined[j + 1]))
            {
                j++;
                dots++;
                group = 0;
                while (j < count && IsAsciiDigit(joined[j]))
                {
                    j++;
                    group++;
                }

                if (group != 3)
                {
                    thousands = false;
                }
            }

            thousands &= dots > 0;
            for (int k = runStart; k < j; k++)
            {
                if (!(thousands && joined[k] == '.'))
                {
                    result[written++] = joined[k];
                }
            }
        }

        return written == result.Length ? result : result[..written];
    }

    // Step 5 and step 6 for one run of [a-z0-9-].
    private static void AddRun(ReadOnlySpan<char> run, List<string> tokens)
    {
        if (run.IndexOf('-') < 0)
        {
            AddWord(run, tokens);
            return;
        }

        var parts = new List<Range>();
        foreach (Range part in run.Split('-'))
        {
            if (run[part].Length > 0)
            {
                parts.Add(part);
            }
        }

        if (parts.Count == 0)
        {
            return;
        }

        bool allEqual = true;
        for (int p = 1; p < parts.Count; p++)
        {
            allEqual &= run[parts[p]].SequenceEqual(run[parts[0]]);
        }

        if (allEqual)
        {
            // Reduplication (masing-masing, anak-anak) means the single word.
            AddWord(run[parts[0]], tokens);
            return;
        }

        foreach (Range part in parts)
        {
            AddWord(run[part], tokens);
        }

        // A one- or two-letter half is usually a clipped word (e-KTP, KTP-el): readers also write it joined.
        if (parts.Count == 2)
        {
            ReadOnlySpan<char> first = run[parts[0]];
            ReadOnlySpan<char> second = run[parts[1]];
            if (IsAllLetters(first) && IsAllLetters(second) && Math.Min(first.Length, second.Length) <= 2)
            {
                tokens.Add(string.Concat(first, second));
            }
        }
    }

    // Step 6: single letters carry no meaning; numbers are compared without leading zeros (08 = 8).
    private static void AddWord(ReadOnlySpan<char> word, List<string> tokens)
    {
        if (word.Length == 1 && IsAsciiLetter(word[0]))
        {
            return;
        }

        if (IsAsciiDigit(word[0]))
        {
            int zeros = 0;
            while (zeros < word.Length - 1 && word[zeros] == '0')
            {
                zeros++;
            }

            word = word[zeros..];
        }

        tokens.Add(word.ToString());
    }

    // .NET's Normalize throws on unpaired surrogates where JavaScript's normalize keeps them; U+FFFD is a separator in both.
    private static string ReplaceLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? text : new string(copy);
    }

    private static bool IsAllLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetterDigitBoundary(char previous, char current) =>
        (IsAsciiLetter(previous) && IsAsciiDigit(current)) || (IsAsciiDigit(previous) && IsAsciiLetter(current));

    private static bool IsWordChar(char c) => IsAsciiLetter(c) || IsAsciiDigit(c) || c == '-';

    // Never char.IsDigit or \d: those accept Arabic-Indic and other digits the browser side would not.
    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z';

    // ' and the two apostrophes word processors and phones type instead: ’ (U+2019) and ʼ (U+02BC).
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
