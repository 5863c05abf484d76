using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Model;

namespace SiteGen.Checking;

/// <summary>Rules <c>sitegen check</c> adds to the build's: things a preview may show but that must not be published as they are.</summary>
public static class ContentRules
{
    public static void Check(Site site, DiagnosticBag diagnostics)
    {
        // An error, not a warning: check is the gate CI publishes through, and a release that still says "write the release
        // here" must not reach the home page, the feeds and the search index of a public site. Line 1, not the whole file,
        // so the annotation shows on the bulletin in a pull request's diff.
        foreach (var bulletin in site.Bulletins)
            if (bulletin.Body.PlainText.Contains(NewBulletin.Placeholder, StringComparison.Ordinal))
                diagnostics.Error(new SourcePosition(bulletin.SourcePath, 1, 1), DiagnosticCodes.PlaceholderLeft, Say.PlaceholderLeft.With(NewBulletin.Placeholder));
    }
}
