using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Checking;

/// <summary>Rules <c>sitegen check</c> adds to the build's: things that build fine but should not be published as they are.</summary>
public static class ContentRules
{
    public static void Check(Site site, DiagnosticBag diagnostics)
    {
        foreach (var bulletin in site.Bulletins)
            if (bulletin.Body.PlainText.Contains(NewBulletin.Placeholder, StringComparison.Ordinal))
                diagnostics.Warning(SourcePosition.File(bulletin.SourcePath), DiagnosticCodes.PlaceholderLeft,
                    $"the body still holds the text 'sitegen new' put there (\"{NewBulletin.Placeholder}\"); replace it with the release");
    }
}
