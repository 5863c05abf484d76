using System.Globalization;
using System.Runtime.CompilerServices;

namespace SiteGen.Tests.Support;

/// <summary>
/// The tests read SiteGen's messages in English unless a test asks for Indonesian (<c>Language.Use("id")</c>, or the CLI run
/// with <c>SITEGEN_LANG</c> set): most assertions predate the Indonesian messages, and the goldens exist in both languages.
/// </summary>
internal static class TestLanguage
{
    [ModuleInitializer]
    internal static void SpeakEnglish()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo(SiteGen.Messages.Language.English);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(SiteGen.Messages.Language.English);
    }
}
