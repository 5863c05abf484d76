using System.Globalization;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Model;

/// <summary>
/// Warnings about a bulletin's date that would otherwise hide it without a word: a date months ahead, or a year that is
/// not the year of the folder the file is kept in (content/bulletins/2024/…). Both are most often a mistyped year.
/// </summary>
public static class PublishingDate
{
    /// <summary>A date further ahead than this is more likely a typing mistake than a planned release.</summary>
    public const int FarAheadDays = 60;

    /// <param name="local">The bulletin's date in the site's time zone.</param>
    public static void Check(string sourcePath, FrontMatter meta, DateTimeOffset local, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var at = meta.DatePosition ?? meta.Position;
        var year = local.Year.ToString(CultureInfo.InvariantCulture);
        if (YearFolder(sourcePath) is { } folder && folder.Year != local.Year)
            diagnostics.Warning(at, DiagnosticCodes.DateYearMismatch,
                Say.DateYearMismatch.With(year, folder.Path + "/", $"{folder.Path[..^4]}{year}/"));
        var ahead = meta.Date - now;
        if (ahead > TimeSpan.FromDays(FarAheadDays))
            diagnostics.Warning(at, DiagnosticCodes.DateFarAhead,
                Say.DateFarAhead.With(local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ((int)ahead.TotalDays).ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The innermost folder named like a year (1900–2999) between content/bulletins/ and the file, and that year.</summary>
    public static (string Path, int Year)? YearFolder(string sourcePath)
    {
        var prefix = SourceSet.BulletinsFolder + "/";
        if (!sourcePath.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var end = sourcePath.LastIndexOf('/');
        while (end > prefix.Length - 1)
        {
            var start = sourcePath.LastIndexOf('/', end - 1) + 1;
            var name = sourcePath.AsSpan(start, end - start);
            if (name.Length == 4 && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999)
                return (sourcePath[..end], year);
            end = start - 1;
        }
        return null;
    }
}
