namespace SiteGen.Content;

/// <summary>Names of the days as Indonesian and English texts write them ("Senin", "Jum'at", "Minggu", "Ahad", "Monday").</summary>
public static class WeekdayNames
{
    /// <summary>The names as a regular-expression alternation, for patterns that read dates.</summary>
    public const string Pattern = @"Senin|Selasa|Rabu|Kamis|Jum['’`]?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>The day <paramref name="word"/> names, its letters only counted ("Jum'at" is Friday); Sunday for "Minggu", "Ahad" or "Sunday".</summary>
    public static DayOfWeek Of(string word) => new string([.. word.Where(char.IsLetter)]).ToLowerInvariant() switch
    {
        "senin" or "monday" => DayOfWeek.Monday,
        "selasa" or "tuesday" => DayOfWeek.Tuesday,
        "rabu" or "wednesday" => DayOfWeek.Wednesday,
        "kamis" or "thursday" => DayOfWeek.Thursday,
        "jumat" or "friday" => DayOfWeek.Friday,
        "sabtu" or "saturday" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };
}
