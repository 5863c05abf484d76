namespace SiteGen.Import;

/// <summary>A line left out of the bulletin, and what kind of clutter it was ("share buttons", "'Baca Juga' line", …).</summary>
public sealed record RemovedText(string What, string Text);
