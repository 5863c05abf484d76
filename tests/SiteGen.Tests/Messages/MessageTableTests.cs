using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using SiteGen.Messages;

namespace SiteGen.Tests.Messages;

/// <summary>Every message SiteGen prints exists in Indonesian and English, with the same values to fill in.</summary>
public sealed partial class MessageTableTests
{
    private static readonly ResourceManager Table = Say.ResourceManager;

    private static Dictionary<string, string> Messages(string language)
    {
        var set = Table.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no messages in '{language}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Fact]
    public void Every_message_exists_in_both_languages()
    {
        var indonesian = Messages(Language.Indonesian);
        var english = Messages(Language.English);
        Assert.NotEmpty(indonesian);
        Assert.Empty(indonesian.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(indonesian.Keys));
    }

    [Fact]
    public void Both_languages_fill_in_the_same_values_and_every_message_can_be_filled()
    {
        var indonesian = Messages(Language.Indonesian);
        var english = Messages(Language.English);
        var wrong = new List<string>();
        foreach (var (key, text) in indonesian)
        {
            if (Placeholders(text) != Placeholders(english[key]))
                wrong.Add($"{key}: id has {{{Placeholders(text)}}}, en has {{{Placeholders(english[key])}}}");
            var values = Enumerable.Range(0, 10).Select(i => (object)i).ToArray();
            foreach (var template in new[] { text, english[key] })
            {
                try { _ = string.Format(CultureInfo.InvariantCulture, template, values); }
                catch (FormatException e) { wrong.Add($"{key}: '{template}' cannot be filled ({e.Message})"); }
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Indonesian_messages_do_not_fall_back_to_english()
    {
        var indonesian = Messages(Language.Indonesian);
        var english = Messages(Language.English);
        // A message left in English in the Indonesian table reads the same in both; short technical ones (a file name, a code) may.
        var same = indonesian.Where(e => e.Value == english[e.Key] && Regex.Matches(e.Value, @"\p{L}{4,}").Count > 3).Select(e => e.Key).ToArray();
        Assert.Empty(same);
    }

    [Fact]
    public void The_language_in_use_picks_the_table()
    {
        using (Language.Use(Language.Indonesian)) Assert.Equal("kesalahan", Say.SeverityError);
        using (Language.Use(Language.English)) Assert.Equal("error", Say.SeverityError);
    }

    /// <summary>The numbers of the placeholders a message fills, in order, e.g. "0,1".</summary>
    private static string Placeholders(string template) =>
        string.Join(',', PlaceholderPattern().Matches(template).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order());

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
