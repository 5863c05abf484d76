namespace SiteGen.Import;

/// <summary>Where in a release some words stand; guesses trust the title, the dateline and the first paragraph most.</summary>
public enum TextPlace
{
    /// <summary>The headline.</summary>
    Title,
    /// <summary>The opening sentence of the first paragraph ("BLITAR – Kapolres Blitar …, Jumat (20/9/2024).").</summary>
    Dateline,
    /// <summary>The rest of the first paragraph.</summary>
    Lead,
    /// <summary>The paragraphs after the first.</summary>
    Body,
    /// <summary>Lines around the headline that are not the text: site name, byline, publication time.</summary>
    Header,
}
