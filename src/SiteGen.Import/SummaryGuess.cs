using SiteGen.Model;
using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>Makes the summary from the first paragraph: without its dateline ("BLITAR – "), cut after a sentence near 200 characters.</summary>
public static class SummaryGuess
{
    public static Guess? From(ReleaseText release)
    {
        if (release.Lead is not { } lead) return null;
        var text = lead.Plain;
        var prefix = HeadlineGuess.DatelinePrefix(text);
        text = text[prefix.Length..].Trim();
        if (text.Length == 0) return null;
        if (text.Length > SiteModelBuilder.SummaryLength)
        {
            var sentence = release.Dateline[Math.Min(prefix.Length, release.Dateline.Length)..].Trim();
            text = sentence.Length is >= 60 and <= 240 ? sentence : TextCut.AtWord(text, SiteModelBuilder.SummaryLength);
        }
        return Guess.Of(text, prefix.Length > 0 ? Say.ImportSummaryWithoutDateline.With(prefix.Trim()) : Say.ImportSummaryFromLead);
    }
}
