using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Content;

/// <summary>Reads a front-matter date (<c>date</c>, <c>expires</c>, <c>updated</c>) and reports one that is not, with the corrected line when the form is recognised.</summary>
public static class DateField
{
    /// <summary>The date <paramref name="text"/> holds; null when absent, or (reported) when it is not written as <see cref="DateReader"/> reads dates.</summary>
    /// <param name="lines">The file's lines, for the fix that writes a recognised date in the form SiteGen reads.</param>
    public static DateTimeOffset? Read(FrontMatterKey key, Located<string>? text, TimeZoneInfo zone, SourceLines? lines, DiagnosticBag diagnostics)
    {
        if (text is not { } d) return null;
        if (DateReader.TryParse(d.Value, zone, out var date)) return date;
        var corrected = DateCorrection.Correct(d.Value, zone, out var weekdayClash);
        if (corrected is null)
            diagnostics.Error(d.Position, DiagnosticCodes.InvalidDate, Say.DateUnreadable.With(key.Name, d.Value));
        else if (weekdayClash)
            diagnostics.Error(d.Position, DiagnosticCodes.InvalidDate, Say.DateWeekdayClash.With(key.Name, d.Value, corrected));
        else
            diagnostics.Error(d.Position, DiagnosticCodes.InvalidDate, Say.DateInOtherForm.With(key.Name, d.Value, corrected),
                lines?.Replace(d.Position, d.Value, corrected, asIs: true));
        return null;
    }
}
