using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>
/// Guesses the date of the event from Indonesian and English date forms, preferring a date in the first paragraph
/// (above all one after a weekday, "Jumat (20/09/2024)") over a publication time near the byline.
/// </summary>
public static partial class DateGuess
{
    private const string Weekdays = WeekdayNames.Pattern;
    private const string Months = @"Januari|January|Februari|Pebruari|February|Maret|March|April|Mei|May|Juni|June|Juli|July|Agustus|August|September|Oktober|October|November|Nopember|Desember|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Aug|Sep|Okt|Oct|Nov|Nop|Des|Dec";

    private static readonly Dictionary<string, int> MonthNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1,
        ["februari"] = 2, ["pebruari"] = 2, ["february"] = 2, ["feb"] = 2,
        ["maret"] = 3, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["agustus"] = 8, ["august"] = 8, ["agu"] = 8, ["agt"] = 8, ["ags"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nopember"] = 11, ["nov"] = 11, ["nop"] = 11,
        ["desember"] = 12, ["december"] = 12, ["des"] = 12, ["dec"] = 12,
    };

    /// <summary>Every date written in <paramref name="text"/>, in order; impossible ones (31/02) are left out.</summary>
    public static IReadOnlyList<DateMention> FindAll(string text)
    {
        var found = new List<DateMention>();
        // The characters a date already took (a later pattern may not read part of it again), checked per character so
        // that a text with many dates stays linear.
        var taken = new bool[text.Length];
        foreach (var pattern in new[] { WeekdayNumeric(), DayMonthName(), MonthNameDay(), Numeric(), Iso() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (taken.AsSpan(m.Index, m.Length).Contains(true)) continue;
                var month = m.Groups["mon"].Success ? MonthNumbers[m.Groups["mon"].Value] : int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
                if (year < 100) year += 2000;
                if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month)) continue;
                if (year is < 1990 or > 2100) continue;
                var text0 = m.Value.Trim();
                if (text0.EndsWith(')') && !text0.Contains('(')) text0 = text0[..^1].TrimEnd();
                if (text0.EndsWith(']') && !text0.Contains('[')) text0 = text0[..^1].TrimEnd();
                found.Add(new DateMention(m.Index, m.Length, text0, day, month, year, WeekdayOf(m.Groups["wd"])));
                taken.AsSpan(m.Index, m.Length).Fill(true);
            }
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>The event's date as YYYY-MM-DD, from the release's passages; <paramref name="today"/> bounds a year read from a weekday.</summary>
    public static Guess From(IReadOnlyList<ReleasePassage> passages, DateOnly today)
    {
        var mentions = passages.SelectMany(p => FindAll(p.Text).Select(m => (p.Place, Mention: m))).ToList();
        var publication = mentions.Where(m => m.Place == TextPlace.Header && m.Mention.Year is not null).Select(m => (DateOnly?)ToDate(m.Mention, m.Mention.Year!.Value)).FirstOrDefault();
        int? contextYear = publication?.Year
            ?? mentions.Where(m => m.Place != TextPlace.Header && m.Mention.Year is not null).Select(m => m.Mention.Year).FirstOrDefault();

        var order = new (Func<TextPlace, bool> Where, bool NeedsWeekday)[]
        {
            (p => p is TextPlace.Dateline or TextPlace.Lead, true),
            (p => p is TextPlace.Dateline or TextPlace.Lead, false),
            (p => p is TextPlace.Title, false),
            (p => p is TextPlace.Body, true),
            (p => p is TextPlace.Body, false),
        };
        var undated = new List<string>();
        foreach (var (where, needsWeekday) in order)
        {
            foreach (var (place, mention) in mentions)
            {
                if (!where(place) || (needsWeekday && mention.Weekday is null)) continue;
                var resolved = Resolve(mention, contextYear, publication, today);
                if (resolved is null)
                {
                    undated.Add(mention.Text);
                    continue;
                }
                var (date, yearFrom) = resolved.Value;
                var from = $"'{mention.Text}' {ReleasePassage.Describe(place)}{yearFrom}";
                return Guess.Of(Format(date), from, WeekdayDoubt(mention, date));
            }
        }
        if (publication is { } published)
        {
            var stamp = mentions.First(m => m.Place == TextPlace.Header && m.Mention.Year is not null).Mention.Text;
            return Guess.Of(Format(published), Say.ImportDateFromPublication.With(stamp));
        }
        return undated.Count > 0
            ? Guess.Unknown(Say.ImportDateNoYear.With(undated[0]))
            : Guess.Unknown(Say.ImportDateNone);
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (DateOnly Date, string YearFrom)? Resolve(DateMention mention, int? contextYear, DateOnly? publication, DateOnly today)
    {
        if (mention.Year is { } year) return (ToDate(mention, year), "");
        if (contextYear is { } y && IsValid(y, mention))
        {
            var date = ToDate(mention, y);
            // A release published on 2 January about "Sabtu (30/12)" speaks of the year before.
            if (publication is { } p && date > p.AddDays(1) && IsValid(y - 1, mention)) return (ToDate(mention, y - 1), Say.ImportYearFromText.With(y - 1));
            return (date, (publication is null ? Say.ImportYearFromText : Say.ImportYearFromPublication).With(y));
        }
        if (mention.Weekday is { } weekday)
        {
            for (var candidate = today.Year; candidate >= today.Year - 10; candidate--)
            {
                if (!IsValid(candidate, mention)) continue;
                var date = ToDate(mention, candidate);
                if (date <= today && date.DayOfWeek == weekday) return (date, Say.ImportYearFromWeekday.With(candidate));
            }
        }
        return null;
    }

    private static string? WeekdayDoubt(DateMention mention, DateOnly date)
    {
        if (mention.Weekday is not { } weekday || date.DayOfWeek == weekday) return null;
        // Day and month in the language of the message: "Jumat", "20 September 2024".
        var names = CultureInfo.CurrentUICulture.DateTimeFormat;
        var spelled = date.ToString("d MMMM yyyy", CultureInfo.CurrentUICulture);
        return Say.ImportWeekdayMismatch.With(mention.Text, spelled, names.GetDayName(date.DayOfWeek), names.GetDayName(weekday));
    }

    private static bool IsValid(int year, DateMention mention) => mention.Day <= DateTime.DaysInMonth(year, mention.Month);

    private static DateOnly ToDate(DateMention mention, int year) => new(year, mention.Month, mention.Day);

    private static DayOfWeek? WeekdayOf(Group group) => group.Success ? WeekdayNames.Of(group.Value) : null;

    // Each run of spaces has one place in a pattern ("\s*(?:,\s*)?", not "\s*,?\s*", which can split a run of n spaces in
    // n² ways): a weekday followed by many spaces is read in one pass.
    [GeneratedRegex(@"\b(?<wd>" + Weekdays + @")\s*(?:,\s*)?(?:[(\[]\s*)?(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})(?:\s*[/.\-]\s*(?<y>\d{4}|\d{2}))?(?![\d.:])\s*[)\]]?", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayNumeric();

    [GeneratedRegex(@"(?:\b(?<wd>" + Weekdays + @")\s*(?:,\s*)?(?:[(\[]\s*)?)?\b(?<d>\d{1,2})\s+(?<mon>" + Months + @")\.?(?:(?:\s*,)?\s+(?<y>\d{4}))?(?![\p{L}\d])\s*[)\]]?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"(?:\b(?<wd>" + Weekdays + @")\s*,\s*)?\b(?<mon>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*,)?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"(?<![\d/.\-])(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4})(?![\d/.\-]\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\d\-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)")]
    private static partial Regex Iso();
}
