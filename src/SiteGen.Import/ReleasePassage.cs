namespace SiteGen.Import;

/// <summary>Plain words from one place of a release, as the guesses read them.</summary>
public sealed record ReleasePassage(TextPlace Place, string Text)
{
    /// <summary>How much a mention here counts when two candidates compete.</summary>
    public int Weight => Place switch
    {
        TextPlace.Title or TextPlace.Dateline => 3,
        TextPlace.Lead => 2,
        _ => 1,
    };

    /// <summary>Messages.Say.ImportPlaceTitle, Messages.Say.ImportPlaceDateline, … for the printout.</summary>
    public static string Describe(TextPlace place) => place switch
    {
        TextPlace.Title => Messages.Say.ImportPlaceTitle,
        TextPlace.Dateline => Messages.Say.ImportPlaceDateline,
        TextPlace.Lead => Messages.Say.ImportPlaceLead,
        TextPlace.Body => Messages.Say.ImportPlaceBody,
        _ => Messages.Say.ImportPlaceHeader,
    };
}
