using System.Globalization;

namespace SiteGen.Messages;

/// <summary>
/// The language SiteGen speaks to the person running it: Indonesian by default, English on request (<c>--lang en</c> or
/// <c>SITEGEN_LANG=en</c>). It is the UI culture of the running code, which flows into parallel work, so every message
/// made during a build is in the one language.
/// </summary>
public static class Language
{
    public const string Indonesian = "id";
    public const string English = "en";
    public const string EnvironmentVariable = "SITEGEN_LANG";

    /// <summary>The languages SiteGen has messages in, the default first.</summary>
    public static readonly string[] Supported = [Indonesian, English];

    /// <summary>The language messages are written in now: "en" when the UI culture is English, otherwise "id".</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : Indonesian;

    /// <summary>True for a code SiteGen has messages in ("id", "en"; letter case ignored).</summary>
    public static bool IsSupported(string? code) => code is not null && Supported.Contains(code.Trim().ToLowerInvariant());

    /// <summary>The culture messages in <paramref name="code"/> are read with; Indonesian for anything not supported.</summary>
    public static CultureInfo Culture(string? code) =>
        CultureInfo.GetCultureInfo(IsSupported(code) ? code!.Trim().ToLowerInvariant() : Indonesian);

    /// <summary>Speaks <paramref name="code"/> on this thread and the work it starts, until the result is disposed.</summary>
    public static IDisposable Use(string code)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture(code);
        return new Restore(previous);
    }

    private sealed class Restore(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
