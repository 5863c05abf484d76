namespace SiteGen.Diagnostics;

/// <summary>The stable diagnostic codes. A code never changes meaning once released; docs/menulis-buletin.md ("Kode kesalahan") lists their ranges.</summary>
public static class DiagnosticCodes
{
    // SG00xx: site settings (sitegen.yaml), the command line and the folders a build writes.
    public const string ConfigMissing = "SG0001";
    public const string ConfigUnknownKey = "SG0002";
    public const string ConfigInvalidValue = "SG0003";
    public const string OutputFolderRefused = "SG0004";
    public const string OutputLocked = "SG0005";
    public const string ImageCacheUnusable = "SG0006";
    /// <summary>A colour of sitegen.yaml on which the theme's text would not reach WCAG AA contrast.</summary>
    public const string ColorContrast = "SG0007";
    /// <summary>The logo named in sitegen.yaml is missing, not a picture SiteGen can read, or too small for the site's icons.</summary>
    public const string LogoUnusable = "SG0008";
    /// <summary>The temporary folder where a large site's bulletin bodies wait to be written cannot be used; they stay in memory.</summary>
    public const string BodyFolderUnusable = "SG0009";

    // SG01xx: reading files, YAML syntax, data files (units.yaml, elections.yaml).
    public const string FileUnreadable = "SG0101";
    public const string YamlSyntax = "SG0102";
    public const string YamlUnsupported = "SG0103";
    public const string CaseClash = "SG0104";
    public const string DataFileShape = "SG0110";
    public const string DataMissingField = "SG0111";
    public const string DataUnknownField = "SG0112";
    public const string DataInvalidValue = "SG0113";
    public const string DataDuplicate = "SG0114";
    /// <summary>content/tags.yaml describes a tag no bulletin carries (often a misspelling).</summary>
    public const string TagNotUsed = "SG0115";

    // SG02xx: bulletins and pages.
    public const string FrontMatterMissing = "SG0201";
    public const string FrontMatterRequired = "SG0202";
    public const string FrontMatterUnknownKey = "SG0203";
    public const string FrontMatterInvalidValue = "SG0204";
    public const string InvalidDate = "SG0205";
    public const string UnknownUnit = "SG0206";
    public const string UnknownElection = "SG0207";
    public const string ImageAltMissing = "SG0208";
    public const string ImageNotFound = "SG0209";
    public const string PathOutsideSource = "SG0210";
    public const string InvalidSlug = "SG0211";
    public const string InvalidAlias = "SG0212";
    public const string UnsafeLinkDropped = "SG0213";
    public const string DuplicateKey = "SG0214";
    public const string ImageUnreadable = "SG0215";
    public const string MarkdownTooDeep = "SG0216";
    public const string PlaceholderLeft = "SG0217";
    public const string HiddenCharacters = "SG0218";
    public const string FileKindRefused = "SG0219";
    /// <summary>A date so far ahead that the bulletin stays hidden for months: often a mistyped year.</summary>
    public const string DateFarAhead = "SG0220";
    /// <summary>A date whose year is not the year of the folder the bulletin is filed in (content/bulletins/2024/…).</summary>
    public const string DateYearMismatch = "SG0221";

    // SG03xx: the model (URLs, taxonomies).
    public const string UrlCollision = "SG0301";

    // SG04xx: the theme.
    public const string ThemeMissing = "SG0401";
    public const string TemplateSyntax = "SG0402";
    public const string TemplateRuntime = "SG0403";
    public const string TranslationMissing = "SG0404";
    public const string GlossaryInvalid = "SG0405";

    // SG05xx: writing the output.
    public const string WriteFailed = "SG0501";

    // SG06xx: links between and out of the built pages (sitegen check).
    public const string BrokenLink = "SG0601";
    public const string BrokenAnchor = "SG0602";
    public const string ExternalLinkBroken = "SG0603";
    public const string ExternalLinkUnconfirmed = "SG0604";
    public const string ExternalLinkNotPublic = "SG0605";
}
