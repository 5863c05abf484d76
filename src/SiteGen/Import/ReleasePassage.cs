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

    /// <summary>"in the title", "in the dateline", … for the printout.</summary>
    public static string Describe(TextPlace place) => place switch
    {
        TextPlace.Title => "in the title",
        TextPlace.Dateline => "in the dateline",
        TextPlace.Lead => "in the first paragraph",
        TextPlace.Body => "in the text",
        _ => "at the top, near the byline",
    };
}
