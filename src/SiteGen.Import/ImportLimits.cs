using System.Globalization;

namespace SiteGen.Import;

/// <summary>
/// The largest release <c>sitegen import</c> reads, each far above any real release (a few pages of text and a few photos),
/// so that a file made to be huge, or small but unpacking to gigabytes, is refused before it is read or unpacked.
/// </summary>
public static class ImportLimits
{
    private const long MB = 1024 * 1024;

    /// <summary>A .txt or .md release: its text.</summary>
    public const long TextFile = 4 * MB;

    /// <summary>A .docx release: the file, and all its parts unpacked together.</summary>
    public const long WordFile = 256 * MB;

    /// <summary>A .docx's text with Word's markup (word/document.xml), and each of its other XML parts (styles, lists, relationships).</summary>
    public const long WordText = 8 * MB;

    /// <summary>A picture in a .docx; a larger one is left out with a warning, the text is still imported.</summary>
    public const long WordPicture = 50 * MB;

    /// <summary>The parts of a .docx (a release has a few dozen: text, styles, fonts, one part per picture).</summary>
    public const int WordParts = 10_000;

    /// <summary>How deep the XML of a .docx may nest (Word's own documents stay under 30 levels, also with tables in tables).</summary>
    public const int WordXmlDepth = 256;

    /// <summary>A saved web page (.html): the file, with the page's own styles and scripts (a news page is a few hundred KB).</summary>
    public const long HtmlFile = 16 * MB;

    /// <summary>The elements of a saved page (a news page has a few thousand).</summary>
    public const int HtmlElements = 200_000;

    /// <summary>How deep a saved page's elements may nest (news pages stay under 40 levels).</summary>
    public const int HtmlDepth = 256;

    /// <summary>A PDF release: the file.</summary>
    public const long PdfFile = 64 * MB;

    /// <summary>The pages of a PDF release (a release has one to three).</summary>
    public const int PdfPages = 200;

    /// <summary>The letters of a PDF release's text, all pages together (a release has a few thousand).</summary>
    public const int PdfLetters = 4_000_000;

    /// <summary>How deep a PDF's objects may nest (arrays in dictionaries in arrays …); real files stay under 20.</summary>
    public const int PdfDepth = 256;

    /// <summary>"4 MB", "1.5 GB", "850 KB": a size for a message.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * MB => Number(bytes / (1024.0 * MB)) + " GB",
        >= MB => Number(bytes / (double)MB) + " MB",
        _ => Math.Max(1, (bytes + 1023) / 1024).ToString(CultureInfo.InvariantCulture) + " KB",
    };

    private static string Number(double value) =>
        value.ToString(value < 10 && value != Math.Floor(value) ? "0.#" : "0", CultureInfo.InvariantCulture);
}
