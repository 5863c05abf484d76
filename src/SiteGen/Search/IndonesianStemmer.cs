namespace SiteGen.Search;

/// <summary>The Snowball Indonesian stemmer (Tala's Porter stemmer for Bahasa Indonesia) for lower-case a–z words.</summary>
/// <remarks>
/// Every rule removes an affix from one end or swaps a first-order prefix for one letter, so the stem
/// is always an optional lead letter plus a slice of the input; the work is done on indices and only
/// the result is allocated (nothing at all when the word is its own stem).
/// Reference: snowballstem.org/algorithms/indonesian; checked line by line against Snowball's test vocabulary.
/// </remarks>
public static class IndonesianStemmer
{
    // Prefix type P, as the paper names it; it decides which suffixes may go.
    private const int NoPrefix = 0;
    private const int DiMengTer = 1;
    private const int Per = 2;
    private const int KePeng = 3;
    private const int Ber = 4;

    /// <summary>Returns the stem of <paramref name="word"/>, which must already be lower-case a–z.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        ReadOnlySpan<char> w = word;

        // The paper's measure is the vowel count; every affix holds exactly one vowel,
        // so removing any affix lowers it by one and it never needs recounting.
        int measure = 0;
        foreach (char c in w)
        {
            if (IsVowel(c))
            {
                measure++;
            }
        }

        if (measure <= 2)
        {
            return word;
        }

        int start = 0;
        int end = w.Length;
        char lead = '\0';
        int prefix = NoPrefix;

        if (EndsWith(w, start, end, "kah") || EndsWith(w, start, end, "lah") || EndsWith(w, start, end, "pun"))
        {
            end -= 3;
            measure--;
        }

        if (measure > 2)
        {
            if (EndsWith(w, start, end, "nya"))
            {
                end -= 3;
                measure--;
            }
            else if (EndsWith(w, start, end, "ku") || EndsWith(w, start, end, "mu"))
            {
                end -= 2;
                measure--;
            }
        }

        if (measure <= 2)
        {
            return Build(word, lead, start, end);
        }

        if (RemoveFirstOrderPrefix(w, ref start, end, ref lead, ref prefix))
        {
            measure--;
            // A substituted lead letter is followed by a vowel, and every second-order prefix starts
            // with b or p, so none can follow it: "memeberikan" must stem to "peberi", not "beri".
            if (measure > 2 && RemoveSuffix(w, start, ref end, prefix))
            {
                measure--;
                if (measure > 2 && lead == '\0' && RemoveSecondOrderPrefix(w, ref start, end, ref prefix))
                {
                    measure--;
                }
            }
        }
        else
        {
            if (RemoveSecondOrderPrefix(w, ref start, end, ref prefix))
            {
                measure--;
            }

            if (measure > 2 && RemoveSuffix(w, start, ref end, prefix))
            {
                measure--;
            }
        }

        return Build(word, lead, start, end);
    }

    private static bool RemoveFirstOrderPrefix(ReadOnlySpan<char> w, ref int start, int end, ref char lead, ref int prefix)
    {
        ReadOnlySpan<char> s = w[start..end];
        if (s.Length < 2)
        {
            return false;
        }

        // Longest match first, as Snowball's "among" does; meny/peny fall back to men/pen before a consonant.
        if (s.StartsWith("me"))
        {
            prefix = DiMengTer;
            if (s.StartsWith("meng"))
            {
                start += 4;
            }
            else if (s.StartsWith("meny") && s.Length > 4 && IsVowel(s[4]))
            {
                lead = 's';
                start += 4;
            }
            else if (s.StartsWith("men"))
            {
                start += 3;
            }
            else if (s.StartsWith("mem"))
            {
                if (s.Length > 3 && IsVowel(s[3]))
                {
                    lead = 'p';
                }

                start += 3;
            }
            else
            {
                start += 2;
            }

            return true;
        }

        if (s.StartsWith("pe"))
        {
            if (s.StartsWith("peng"))
            {
                start += 4;
            }
            else if (s.StartsWith("peny") && s.Length > 4 && IsVowel(s[4]))
            {
                lead = 's';
                start += 4;
            }
            else if (s.StartsWith("pen"))
            {
                start += 3;
            }
            else if (s.StartsWith("pem"))
            {
                if (s.Length > 3 && IsVowel(s[3]))
                {
                    lead = 'p';
                }

                start += 3;
            }
            else
            {
                // Bare "pe" is a second-order prefix.
                return false;
            }

            prefix = KePeng;
            return true;
        }

        if (s.StartsWith("di"))
        {
            start += 2;
            prefix = DiMengTer;
            return true;
        }

        if (s.StartsWith("ter"))
        {
            start += 3;
            prefix = DiMengTer;
            return true;
        }

        if (s.StartsWith("ke"))
        {
            start += 2;
            prefix = KePeng;
            return true;
        }

        return false;
    }

    private static bool RemoveSecondOrderPrefix(ReadOnlySpan<char> w, ref int start, int end, ref int prefix)
    {
        ReadOnlySpan<char> s = w[start..end];
        if (s.StartsWith("pelajar"))
        {
            // The paper leaves P unset here, unlike "belajar"; Snowball follows it.
            start += 3;
            return true;
        }

        if (s.StartsWith("per"))
        {
            start += 3;
            prefix = Per;
            return true;
        }

        if (s.StartsWith("pe"))
        {
            start += 2;
            prefix = Per;
            return true;
        }

        if (s.StartsWith("belajar"))
        {
            start += 3;
            prefix = Ber;
            return true;
        }

        if (s.StartsWith("ber"))
        {
            start += 3;
            prefix = Ber;
            return true;
        }

        if (s.Length >= 5 && s.StartsWith("be") && !IsVowel(s[2]) && s[3] == 'e' && s[4] == 'r')
        {
            start += 2;
            prefix = Ber;
            return true;
        }

        return false;
    }

    private static bool RemoveSuffix(ReadOnlySpan<char> w, int start, ref int end, int prefix)
    {
        // "-kan" after per-/peng-/ke- is read as "-an" with a stem ending in k.
        if (EndsWith(w, start, end, "kan") && prefix != Per && prefix != KePeng)
        {
            end -= 3;
            return true;
        }

        if (EndsWith(w, start, end, "an") && prefix != DiMengTer)
        {
            end -= 2;
            return true;
        }

        if (EndsWith(w, start, end, "i") && prefix <= Per && !(end - 2 >= start && w[end - 2] == 's'))
        {
            end -= 1;
            return true;
        }

        return false;
    }

    private static bool EndsWith(ReadOnlySpan<char> w, int start, int end, string suffix) =>
        end - start >= suffix.Length && w[(end - suffix.Length)..end].SequenceEqual(suffix);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string Build(string word, char lead, int start, int end)
    {
        if (lead == '\0')
        {
            return start == 0 && end == word.Length ? word : word.Substring(start, end - start);
        }

        return string.Create(end - start + 1, (word, lead, start), static (dest, state) =>
        {
            dest[0] = state.lead;
            state.word.AsSpan(state.start, dest.Length - 1).CopyTo(dest[1..]);
        });
    }
}
