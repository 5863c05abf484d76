namespace SiteGen.Text;

/// <summary>Paths of pages within the site: "" for the home page, otherwise segments ending in '/', e.g. "satuan/polres-blitar/".</summary>
public static class SitePath
{
    /// <summary>The output file of a page path: "satuan/polres-blitar/index.html"; a path naming a file ("404.html") stays as it is.</summary>
    public static string ToFile(string path) =>
        path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>Longest name of one folder or file SiteGen writes: file systems take 255 bytes, and a picture's sizes add a few.</summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// True for the path of a file or folder inside the site's folder, made of names only ("2024/09/a/index.html"):
    /// relative, with no empty name, <c>.</c> or <c>..</c>, and no backslash or NUL.
    /// </summary>
    public static bool IsInside(string path)
    {
        // Called for every file a build writes: the names are looked at in place, nothing is allocated.
        if (path.Length == 0 || path.AsSpan().IndexOfAny('\\', '\0') >= 0 || Path.IsPathRooted(path)) return false;
        foreach (var range in path.AsSpan().Split('/'))
            if (path.AsSpan(range) is [] or "." or "..") return false;
        return true;
    }

    /// <summary>True for one name of a file or folder (no slash), as <see cref="IsInside"/> takes it.</summary>
    public static bool IsName(string name) => IsInside(name) && !name.Contains('/');

    /// <summary>Normalises an alias ("/2024/09/lama", "2024/09/lama/") to a page path; null when it is not a safe path on this site.</summary>
    public static string? FromAlias(string alias)
    {
        // An old address may be written %-escaped as a browser shows it; a host looks the file up by the decoded path,
        // so the decoded form is what must be safe (no "%2e%2e", no escaped bidi or zero-width characters).
        var text = alias.Trim();
        if (text.Contains('%'))
        {
            try
            {
                text = Uri.UnescapeDataString(text);
            }
            catch (UriFormatException)
            {
                return null;
            }
            if (text.Contains('%')) return null;
        }
        if (text.Length == 0 || text.Length > 500 || text.Contains("//", StringComparison.Ordinal) || text.Contains('\\') || text.Contains(':')
            || text.Contains('?') || text.Contains('#'))
            return null;
        var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return null;
        foreach (var segment in segments)
        {
            if (segment is "." or ".." || segment.StartsWith('.') || segment.Length > MaxNameLength) return null;
            if (!segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')) return null;
        }
        var last = segments[^1];
        var joined = string.Join('/', segments);
        return last.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? joined : joined + "/";
    }
}
