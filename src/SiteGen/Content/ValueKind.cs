namespace SiteGen.Content;

/// <summary>What a front-matter key holds, as its reader takes it.</summary>
public enum ValueKind
{
    /// <summary>Text on one line.</summary>
    Text,
    /// <summary>A date, or a date and time (<c>2024-09-20</c>, <c>2024-09-20T09:30</c>).</summary>
    Date,
    /// <summary>A list (<c>[a, b]</c>, or one item per line); one text is taken as a list of one.</summary>
    List,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
    /// <summary>The name of a picture file next to the text.</summary>
    Picture,
}
