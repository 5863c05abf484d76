using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Loading;
using SiteGen.Messages;
using SiteGen.Text;

namespace SiteGen.Content;

/// <summary>Resolves a relative file reference in a bulletin or page (front-matter image, Markdown image or link) to a file under content/.</summary>
public sealed class ResourceResolver(IReadOnlyDictionary<string, SourceFile> contentFiles, IReadOnlySet<string>? markdownFiles = null)
{
    /// <summary>
    /// The bulletin or free page whose Markdown file a relative link names ("../2023/patroli.md#jadwal"): its source path
    /// and the fragment; null when the link names no such file.
    /// </summary>
    public (string SourcePath, string Fragment)? FindPageSource(string reference, string fromPath)
    {
        if (markdownFiles is null) return null;
        var cut = reference.IndexOfAny(['#', '?']);
        var address = cut >= 0 ? reference[..cut] : reference;
        if (!(address.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || address.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))) return null;
        var (_, _, resolved) = Locate(reference, fromPath);
        if (resolved is null || !markdownFiles.Contains(resolved)) return null;
        var fragment = cut >= 0 && reference[cut] == '#' ? reference[cut..] : "";
        return (resolved, fragment);
    }

    /// <summary>
    /// A name with an invisible character, or with a line break or tab (which no file on the web should have: it splits the
    /// lines of upload lists and scripts), is not published.
    /// </summary>
    private static bool HasHiddenOrBreak(string name) => TextSafety.HasHidden(name) || name.AsSpan().IndexOfAny('\n', '\r', '\t') >= 0;

    /// <summary>The picture file <paramref name="reference"/> names, relative to the file at <paramref name="fromPath"/>; null (reported) when it escapes content/ or is missing.</summary>
    private Resource? Resolve(string reference, string fromPath, SourcePosition at, DiagnosticBag diagnostics)
    {
        var (decoded, folder, resolved) = Locate(reference, fromPath);
        if (resolved is null || !resolved.StartsWith(SourceSet.ContentFolder + "/", StringComparison.Ordinal) || decoded.Contains('\\') || decoded.Contains('\0'))
        {
            diagnostics.Error(at, DiagnosticCodes.PathOutsideSource, Say.ImagePathOutside.With(reference));
            return null;
        }
        if (HasHiddenOrBreak(decoded))
        {
            // The name becomes the picture's address and file name in the site, where an invisible or bidi character could pass one name off as another.
            diagnostics.Error(at, DiagnosticCodes.HiddenCharacters, Say.ImageNameHidden.With(reference));
            return null;
        }
        if (NameTooLong(resolved) is { } length)
        {
            diagnostics.Error(at, DiagnosticCodes.FileKindRefused, Say.ImageNameTooLong.With(reference, length, SitePath.MaxNameLength));
            return null;
        }
        if (!contentFiles.ContainsKey(resolved))
        {
            var besides = contentFiles.Keys
                .Where(k => k.StartsWith(folder + "/", StringComparison.Ordinal) && k.IndexOf('/', folder.Length + 1) < 0)
                .Select(k => k[(folder.Length + 1)..]);
            var near = NearMatch.Find(resolved[(resolved.LastIndexOf('/') + 1)..], besides);
            diagnostics.Error(at, DiagnosticCodes.ImageNotFound,
                near is null ? Say.ImageNotFoundPutAt.With(reference, resolved) : Say.ImageNotFoundNear.With(reference, near));
            return null;
        }
        return new Resource(resolved, resolved[(resolved.LastIndexOf('/') + 1)..]);
    }

    /// <summary>
    /// Kinds of file a text may link to and have published beside its page: documents, spreadsheets, slides, archives,
    /// pictures and recordings. Never HTML, SVG, XML or script: served from the site's own address, such a file could
    /// run script on the site (past the pages' Content-Security-Policy) or stand in for a page.
    /// </summary>
    public static readonly string[] PublishedKinds =
    [
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".csv", ".txt", ".zip",
        ".jpg", ".jpeg", ".png", ".webp", ".gif", ".mp3", ".m4a", ".ogg", ".mp4", ".webm",
    ];

    /// <summary>Endings of the pictures a bulletin may show; the sizes made of it keep the ending, and a GIF is published as it is.</summary>
    public static readonly string[] PictureKinds = [".jpg", ".jpeg", ".png", ".webp", ".gif"];

    /// <summary>
    /// The file of content/ that a relative link in the text leads to (a PDF or a spreadsheet next to the bulletin), to be
    /// copied beside the page; null when the link leads to no such file (it may lead to a page: <c>sitegen check</c> tells),
    /// or (reported) to a kind of file that is not published.
    /// </summary>
    public Resource? FindFile(string reference, string fromPath, SourcePosition at, DiagnosticBag diagnostics)
    {
        var (decoded, _, resolved) = Locate(reference, fromPath);
        if (resolved is null || !resolved.StartsWith(SourceSet.ContentFolder + "/", StringComparison.Ordinal) || decoded.Contains('\\')
            || decoded.Contains('\0') || HasHiddenOrBreak(decoded) || !contentFiles.ContainsKey(resolved))
            return null;
        if (NameTooLong(resolved) is { } length)
        {
            diagnostics.Error(at, DiagnosticCodes.FileKindRefused, Say.LinkedFileNameTooLong.With(reference, length, SitePath.MaxNameLength));
            return null;
        }
        var kind = Path.GetExtension(resolved).ToLowerInvariant();
        if (!PublishedKinds.Contains(kind))
        {
            var risk = kind is ".html" or ".htm" or ".xhtml" or ".svg" or ".xml" or ".js" or ".mjs" ? Say.LinkedFileScriptRisk : "";
            diagnostics.Error(at, DiagnosticCodes.FileKindRefused, Say.LinkedFileKindRefused.With(
                reference, resolved, kind.Length == 0 ? Say.LinkedFileNoEnding : kind, risk, string.Join(", ", PublishedKinds.Take(6))));
            return null;
        }
        return new Resource(resolved, resolved[(resolved.LastIndexOf('/') + 1)..]);
    }

    /// <summary>The length in bytes of the file name of <paramref name="path"/> when it is longer than a published name may be; otherwise null.</summary>
    private static int? NameTooLong(string path)
    {
        var length = System.Text.Encoding.UTF8.GetByteCount(path.AsSpan(path.LastIndexOf('/') + 1));
        return length > SitePath.MaxNameLength ? length : null;
    }

    /// <summary>The reference without query and fragment, decoded; the referring file's folder; the content path it names (null when it climbs above the site).</summary>
    private static (string Decoded, string Folder, string? Resolved) Locate(string reference, string fromPath)
    {
        var withoutQuery = reference.Split('#', '?')[0];
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(withoutQuery);
        }
        catch (UriFormatException)
        {
            decoded = withoutQuery;
        }
        var folder = fromPath.Contains('/') ? fromPath[..fromPath.LastIndexOf('/')] : "";
        var combined = decoded.StartsWith('/') ? decoded.TrimStart('/') : (folder.Length == 0 ? decoded : folder + "/" + decoded);
        return (decoded, folder, Normalise(combined));
    }

    /// <summary>Like <see cref="Resolve"/>, for a picture: also reads its size, and reports a file that is not a picture SiteGen can use.</summary>
    public Resource? ResolveImage(string reference, string fromPath, SourcePosition at, DiagnosticBag diagnostics)
    {
        var resource = Resolve(reference, fromPath, at, diagnostics);
        if (resource is null) return null;
        if (!PictureKinds.Contains(Path.GetExtension(resource.FileName).ToLowerInvariant()))
        {
            // The name is what the picture is published under, and the ending tells browsers what the file is.
            diagnostics.Error(at, DiagnosticCodes.FileKindRefused, Say.ImageKindRefused.With(reference, string.Join(", ", PictureKinds)));
            return null;
        }
        var info = ImageProbe.Read(contentFiles[resource.SourcePath].Bytes);
        if (info is null)
        {
            diagnostics.Error(at, DiagnosticCodes.ImageUnreadable, Say.ImageUnreadable.With(reference));
            return null;
        }
        if (!ImageResizer.CanResize(info))
        {
            // Resizing decodes the whole picture: 4 bytes a pixel, so a small file of huge size could use up the memory.
            diagnostics.Error(at, DiagnosticCodes.ImageUnreadable, Say.ImageTooManyPixels.With(reference, info.Width, info.Height, ImageResizer.MaxPixels / 1_000_000));
            return null;
        }
        return resource with { Image = info };
    }

    /// <summary>Collapses "." and ".." segments; null when ".." climbs above the root.</summary>
    private static string? Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
