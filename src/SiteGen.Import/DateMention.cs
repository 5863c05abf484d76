namespace SiteGen.Import;

/// <summary>A date written in a release ("Jumat (20/09/2024)", "9 Juli 2024", "Sep 23, 2024"); the year may be missing ("Selasa (13/8)").</summary>
public sealed record DateMention(int Index, int Length, string Text, int Day, int Month, int? Year, DayOfWeek? Weekday);
