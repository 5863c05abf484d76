namespace SiteGen.Model;

/// <summary>An index kind's overview page, which lists its terms: its <c>page.kind</c> ("units") and the theme's keys for its title and its menu entry.</summary>
public sealed record IndexOverview(string Name, string TitleKey, string NavKey);
