using System.Globalization;

namespace SiteGen.Content;

/// <summary>Reads front-matter dates: <c>YYYY-MM-DD</c> or ISO 8601 date-time; a time without offset is in the site's time zone.</summary>
public static class DateReader
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    private static readonly string[] Local =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    // Far enough either way for any bulletin, and far from the ends of the calendar .NET can hold in any time zone.
    private const int FirstYear = 1900;
    private const int LastYear = 2999;

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        text = text.Trim();
        if (text.Length is < 10 or > 40 || !char.IsAsciiDigit(text[0]))
        {
            value = default;
            return false;
        }
        if (DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (local.Year is < FirstYear or > LastYear)
            {
                value = default;
                return false;
            }
            // A wall-clock time that does not exist in the zone cannot occur in Indonesian zones (no daylight saving), but other zones may be configured.
            var offset = zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
            value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
            return true;
        }
        if ((text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            return value.Year is >= FirstYear and <= LastYear;
        value = default;
        return false;
    }
}
