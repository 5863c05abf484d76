using System.Text.RegularExpressions;
using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>
/// Recognises what a news page or chat adds around a release: "Baca Juga" lines, share buttons, view counters,
/// advertisements, copy-protection notices, comment forms, lists of other news at the end and closing codes such as "(*)".
/// The body's own sentences are never changed; only whole lines and a closing code at the very end are left out.
/// </summary>
public static partial class BoilerplateFilter
{
    public static string ReadAlso => Say.ImportRemovedReadAlso;
    public static string OtherNews => Say.ImportRemovedOtherNews;
    public static string CommentForm => Say.ImportRemovedCommentForm;
    public static string ClosingCode => Say.ImportRemovedClosingCode;

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "bagikan", "bagikan:", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "line", "pinterest", "email",
        "e-mail", "print", "cetak", "copy", "link", "url", "salin", "tautan", "tweet", "wa", "fb", "tiktok", "instagram", "threads",
        "messenger", "reddit", "news", "on", "this", "artikel", "ini", "via", "kirim", "copied", "disalin", "berhasil",
    };

    /// <summary>What kind of clutter a whole block is, or null when it is text to keep.</summary>
    public static string? Classify(ReleaseBlock block)
    {
        if (block.Kind is ReleaseBlockKind.Table or ReleaseBlockKind.Quote) return null;
        var text = block.Plain.Trim();
        if (text.Length == 0) return Say.ImportRemovedEmptyLine;
        if (Separator().IsMatch(text)) return Say.ImportRemovedSeparator;
        if (block.WordCount > 40) return null;
        if (ReadAlsoLine().IsMatch(text)) return ReadAlso;
        if (Share().IsMatch(text) || IsShareButtons(text)) return Say.ImportRemovedShareButtons;
        if (ViewCounter().IsMatch(text)) return Say.ImportRemovedViewCounter;
        if (Advertisement().IsMatch(text)) return Say.ImportRemovedAdvertisement;
        if (block.WordCount <= 30 && CopyProtection().IsMatch(text)) return Say.ImportRemovedCopyProtection;
        if (block.WordCount <= 30 && Follow().IsMatch(text)) return Say.ImportRemovedFollowUs;
        if (TagLine().IsMatch(text)) return Say.ImportRemovedTagLine;
        if (Forwarded().IsMatch(text)) return Messages.Say.ImportRemovedForwarded;
        if (Hashtags().IsMatch(text)) return Messages.Say.ImportRemovedHashtags;
        if (Navigation().IsMatch(text)) return Say.ImportRemovedNavigation;
        if (StandaloneCode().IsMatch(text)) return ClosingCode;
        return null;
    }

    /// <summary>A "Baca Juga:" with nothing after it: the next line is the other article's title.</summary>
    public static bool IsBareReadAlso(ReleaseBlock block) => BareReadAlso().IsMatch(block.Plain.Trim());

    /// <summary>A line after which everything is the page's, not the release's: "BERITA TERBARU", "Tinggalkan Balasan", ….</summary>
    public static string? TailStart(ReleaseBlock block)
    {
        if (block.WordCount > 12) return null;
        var text = block.Plain.Trim();
        if (OtherNewsHeading().IsMatch(text)) return OtherNews;
        if (CommentHeading().IsMatch(text)) return CommentForm;
        return null;
    }

    /// <summary>The block without a closing code at its end ("… aman dan kondusif. (*)"), and the code; the block unchanged and null when it has none.</summary>
    public static (ReleaseBlock Block, string? Code) TrimClosingCode(ReleaseBlock block)
    {
        if (block.Kind != ReleaseBlockKind.Paragraph) return (block, null);
        var match = TrailingCode().Match(block.Markdown);
        if (!match.Success || match.Index == 0) return (block, null);
        return (block.WithMarkdown(block.Markdown[..match.Index].TrimEnd()), MarkdownText.ToPlain(match.Value.Trim()));
    }

    private static bool IsShareButtons(string text)
    {
        var words = text.Split([' ', '|', '/', '·', '•', ',', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 12 && words.All(ShareWords.Contains)
            && words.Any(w => w.Equals("share", StringComparison.OrdinalIgnoreCase) || w.Equals("bagikan", StringComparison.OrdinalIgnoreCase)
                || w.Equals("facebook", StringComparison.OrdinalIgnoreCase) || w.Equals("whatsapp", StringComparison.OrdinalIgnoreCase)
                || w.Equals("twitter", StringComparison.OrdinalIgnoreCase) || w.Equals("telegram", StringComparison.OrdinalIgnoreCase)
                || w.Equals("salin", StringComparison.OrdinalIgnoreCase) || w.Equals("copy", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"^([-_=*•~.·#+]\s*){3,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[\[(]?\s*(baca|simak|lihat)\s+(juga|pula|berita lainnya)\b|^(read\s+(also|more)|baca selengkapnya)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadAlsoLine();

    [GeneratedRegex(@"^[\[(]?\s*(baca|simak|lihat)\s+(juga|pula)\s*[:：\-–]*\s*[\])]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareReadAlso();

    [GeneratedRegex(@"^(share( news| this| on| artikel| berita)?|bagikan( artikel ini| berita ini| ke)?|sebarkan( artikel ini| berita ini)?|listen to this article|dengarkan (artikel|berita)( ini)?|(url|link|tautan) berhasil di ?(copy|salin|kopi)|berhasil (disalin|dicopy)|salin (tautan|link)|copy (link|url))\b.{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    [GeneratedRegex(@"^(\W{0,3}\s*(dibaca|dilihat|views?|pembaca|hits|tayangan)\s*[:：]?\s*[\d.,]+\s*(rb|ribu|k|jt)?\s*(kali|x)?|\W{0,3}\s*[\d.,]+\s*(rb|ribu|k|jt)?\s*(kali\s+)?(x\s+)?(dibaca|dilihat|views?|pembaca|tayangan)|\W{1,3}\s*[\d.,]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ViewCounter();

    // "Scroll …" runs to the end of the line on its own: a dash or space run after it is not matched twice over.
    [GeneratedRegex(@"^[-–\s]*((advertisements?|iklan|sponsored|konten bersponsor)[-–\s]*$|(scroll (to continue|untuk melanjutkan|ke bawah)|gulir (ke bawah|untuk))\b.*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"content is protected|konten (ini )?(dilindungi|diproteksi)|dilarang (keras )?(mengutip|menyalin|mengambil|mengcopy|meng-copy|copy|copas)|(tidak|tak) (dapat|bisa|boleh|diperbolehkan|diizinkan) (menyalin|mengcopy|meng-copy|copy|copas)|hak cipta dilindungi|all rights reserved|^©|^copyright\b", RegexOptions.IgnoreCase)]
    private static partial Regex CopyProtection();

    [GeneratedRegex(@"google news|(saluran|channel) (whatsapp|telegram)|(whatsapp|telegram) channel|^(ikuti|follow)\s+(kami|us|juga|berita|update|akun)\b|^(dapatkan|simak) (update|informasi|berita)( terbaru| terkini)?.{0,40}(di|melalui|via)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Follow();

    [GeneratedRegex(@"^(tags?|tagar|topik|kata kunci|label)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex TagLine();

    [GeneratedRegex(@"^(forwarded|diteruskan)(\s+(many times|berkali-kali))?$|^<?(media omitted|media tidak disertakan|pesan ini (telah )?dihapus|this message was deleted)>?$", RegexOptions.IgnoreCase)]
    private static partial Regex Forwarded();

    [GeneratedRegex(@"^#[\p{L}\p{N}_]+(\s+#[\p{L}\p{N}_]+)*$")]
    private static partial Regex Hashtags();

    [GeneratedRegex(@"^(beranda|home)\b.{0,120}[›»>/|]", RegexOptions.IgnoreCase)]
    private static partial Regex Navigation();

    [GeneratedRegex(@"^(\(\s*(\*+|[A-Za-z]{2,8}([-/][A-Za-z0-9]{1,8}){0,3})\s*\)|[A-Za-z]{1,5}(-\d{1,3})?/[A-Za-z]{2,6}|\*{1,3})\.?$")]
    private static partial Regex StandaloneCode();

    [GeneratedRegex(@"^[\W\d]{0,4}\s*(berita|artikel|kabar|postingan|info)\s+(terbaru|terkini|terkait|lainnya|populer|pilihan|rekomendasi)(\s+(lainnya|untuk anda|hari ini))?\s*[:»›>]?$|^(baca berita lainnya|terpopuler|populer|rekomendasi( untuk anda)?|related( posts?| articles?| news)?|more stories|lihat semua|selengkapnya|most popular|latest news)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherNewsHeading();

    [GeneratedRegex(@"^(tinggalkan (balasan|komentar)|leave a (reply|comment)|(tulis|kirim|berikan) komentar)\b|^(komentar( anda)?|\d+\s+komentar|komentar\s*\(\d+\)|comments?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentHeading();

    [GeneratedRegex(@"\s*(\((?:\\?\*){1,3}\)|\((?:[a-z]{2,6}(?:[-/][A-Za-z0-9]{1,8}){0,3}|[A-Z]{1,5}(?:[-/][A-Za-z0-9]{1,8}){1,3}|ADV|adv|Adv)\)|(?<=\s)[A-Za-z]{1,4}-\d{1,3}/[a-z]{2,6})\.?\s*$")]
    private static partial Regex TrailingCode();
}
