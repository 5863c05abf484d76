using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>
/// Recognises dates written the way Indonesian texts write them — <c>20/09/2024</c> (day first), <c>20 September 2024</c>,
/// <c>Jumat, 20 Sept 2024</c>, <c>2024-9-20</c>, with a time such as <c>pukul 09.30 WIB</c> — and gives the same moment
/// in the form <see cref="DateReader"/> reads (<c>2024-09-20</c>, <c>2024-09-20T09:30</c>). Such a date is still an error
/// (it decides where and when a bulletin is published), but its message and fix can give the corrected value.
/// </summary>
public static partial class DateCorrection
{
    /// <summary>The value to write instead of <paramref name="written"/>; null when it is not a date in a recognised form.</summary>
    /// <param name="zone">The site's time zone: a zone written with the time (WIB) that is the site's own is left out.</param>
    /// <param name="weekdayClash">True when the weekday written is not that date's: then it is unclear which one is right.</param>
    public static string? Correct(string written, TimeZoneInfo zone, out bool weekdayClash)
    {
        weekdayClash = false;
        var text = written.Trim();
        if (text.Length > 60) return null;
        var match = Written().Match(text);
        if (!match.Success) return null;
        var g = match.Groups;
        var year = Number(First(g["y"], g["y2"], g["y3"], g["y4"]));
        var monthName = First(g["mon"], g["mon2"]);
        var month = monthName.Success ? MonthNames.Number(monthName.Value) ?? 0 : Number(First(g["m"], g["m2"]));
        var day = Number(First(g["d"], g["d2"], g["d3"], g["d4"]));
        if (year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        weekdayClash = g["wd"].Success && WeekdayNames.Of(g["wd"].Value) != date.DayOfWeek;
        var corrected = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!g["h"].Success) return corrected;

        var (hour, minute) = (Number(g["h"]), Number(g["min"]));
        var second = g["s"].Success ? Number(g["s"]) : 0;
        if (hour > 23 || minute > 59 || second > 59) return null;
        var local = date.AddHours(hour).AddMinutes(minute).AddSeconds(second);
        corrected += "T" + local.ToString(second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
        if (!g["zone"].Success && !g["sign"].Success) return corrected;
        var offset = g["zone"].Success
            ? g["zone"].Value.ToUpperInvariant() switch { "WIB" => TimeSpan.FromHours(7), "WITA" => TimeSpan.FromHours(8), "WIT" => TimeSpan.FromHours(9), _ => TimeSpan.Zero }
            : (g["sign"].Value == "-" ? -1 : 1) * new TimeSpan(Number(g["oh"]), Number(g["om"]), 0);
        if (offset.Duration() > TimeSpan.FromHours(14)) return null;
        var siteOffset = zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
        return offset == siteOffset ? corrected : corrected + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    private static Group First(params Group[] groups) => groups.FirstOrDefault(g => g.Success) ?? groups[0];

    private static int Number(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    // One date, whole: an optional weekday, the date (day/month/year with one separator, day and month name, month name and
    // day, or year-month-day), then an optional time (09.30, 09:30, "pukul 09.30") and zone (WIB, WITA, WIT, +07:00).
    [GeneratedRegex(
        @"^(?:(?<wd>" + WeekdayNames.Pattern + @")\s*,?\s*)?\(?\s*"
        + @"(?:(?<d>\d{1,2})\s*(?<sep>[/.\-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})"
        + @"|(?<d2>\d{1,2})\s*(?<mon>[\p{L}]+)\.?\s*,?\s*(?<y2>\d{4})"
        + @"|(?<mon2>[\p{L}]+)\.?\s+(?<d3>\d{1,2})\s*,?\s*(?<y3>\d{4})"
        + @"|(?<y4>\d{4})(?<sep2>[/.\-])(?<m2>\d{1,2})\k<sep2>(?<d4>\d{1,2}))"
        + @"\s*\)?"
        + @"(?:\s*(?:[,T]|-|\s)\s*(?:(?:pukul|pkl\.?|jam)\s*)?(?<h>\d{1,2})[.:](?<min>\d{2})(?:[.:](?<s>\d{2}))?(?:\s*(?:(?<zone>WITA|WIB|WIT|UTC|GMT|Z)|(?<sign>[+\-])(?<oh>\d{2}):?(?<om>\d{2})?))?)?"
        + @"\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Written();
}
