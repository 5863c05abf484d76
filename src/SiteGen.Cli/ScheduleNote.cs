using SiteGen.Messages;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Cli;

/// <summary>
/// The line build and check print about bulletins dated in the future ("2 buletin terjadwal; berikutnya 5 Januari 2027
/// 09.00 WIB"), so a bulletin left out for its date is never left out without a word.
/// </summary>
internal static class ScheduleNote
{
    /// <summary>The line for <paramref name="site"/>, in the language SiteGen speaks and the site's time zone; null when nothing is scheduled.</summary>
    public static string? For(Site? site)
    {
        if (site?.Scheduled is not { Count: > 0, Next: { } next } scheduled) return null;
        var when = new DateFormatter(Language.Current).Moment(next, site.Config.TimeZoneId);
        return scheduled.Count == 1 ? Say.ScheduledOne.With(when) : Say.ScheduledMany.With(scheduled.Count, when);
    }
}
