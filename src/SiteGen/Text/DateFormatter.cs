using System.Globalization;

namespace SiteGen.Text;

/// <summary>Shows dates the way readers of the site's language write them ("Jumat, 20 September 2024"); names are spelled out here so output never depends on the machine's ICU data.</summary>
public sealed class DateFormatter
{
    private static readonly string[] IdDays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
    private static readonly string[] IdMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    private static readonly string[] IdShortMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
    private static readonly string[] EnDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] EnMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] EnShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private readonly bool _english;

    public DateFormatter(string language) => _english = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Jumat, 20 September 2024" or "Friday, 20 September 2024".</summary>
    public string Long(DateTime date) =>
        $"{(_english ? EnDays : IdDays)[(int)date.DayOfWeek]}, {date.Day.ToString(CultureInfo.InvariantCulture)} {(_english ? EnMonths : IdMonths)[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"20 Sep 2024".</summary>
    public string Short(DateTime date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {(_english ? EnShortMonths : IdShortMonths)[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"September 2024".</summary>
    public string MonthYear(DateTime date) =>
        $"{(_english ? EnMonths : IdMonths)[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A moment with its time and zone, as a message names it: "5 Januari 2027 09.00 WIB" or "5 January 2027 09:00 WIB".
    /// <paramref name="local"/> is in the zone <paramref name="timeZoneId"/> names.
    /// </summary>
    public string Moment(DateTimeOffset local, string timeZoneId)
    {
        var time = local.ToString(_english ? "HH':'mm" : "HH'.'mm", CultureInfo.InvariantCulture);
        return $"{local.Day.ToString(CultureInfo.InvariantCulture)} {(_english ? EnMonths : IdMonths)[local.Month - 1]} {local.Year.ToString(CultureInfo.InvariantCulture)} {time} {Zone(local, timeZoneId)}";
    }

    /// <summary>Indonesia's zones by the names people use (WIB, WITA, WIT); any other zone by its offset ("UTC+9", "UTC+5.30").</summary>
    public string Zone(DateTimeOffset local, string timeZoneId) => timeZoneId switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        _ => "UTC" + (local.Offset < TimeSpan.Zero ? "-" : "+") + local.Offset.Duration().Hours.ToString(CultureInfo.InvariantCulture)
            + (local.Offset.Minutes == 0 ? "" : (_english ? ":" : ".") + local.Offset.Duration().Minutes.ToString("00", CultureInfo.InvariantCulture)),
    };

    /// <summary>ISO 8601 with the offset, for &lt;time datetime&gt; and feeds: "2024-09-20T09:30:00+07:00".</summary>
    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
