namespace SiteGen.Text;

/// <summary>Decides which link and image addresses may appear in a page: http, https, mailto and relative ones.</summary>
public static class UrlSafety
{
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        // Browsers ignore ASCII tabs, newlines and control characters inside a scheme ("java\nscript:"), so judge the URL without them.
        Span<char> buffer = url.Length <= 256 ? stackalloc char[url.Length] : new char[url.Length];
        var length = 0;
        foreach (var c in url)
            if (c > ' ' && c != '\u007f') buffer[length++] = c;
        var compact = buffer[..length];
        var colon = compact.IndexOf(':');
        if (colon < 0) return true;
        var slash = compact.IndexOfAny('/', '?', '#');
        if (slash >= 0 && slash < colon) return true; // the colon is in a path or query, so there is no scheme
        var scheme = compact[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a reference to a file of the site itself: no scheme, no host, not an anchor-only link.</summary>
    public static bool IsRelativeFile(string url) =>
        url.Length > 0 && !url.StartsWith('#') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith('/')
        && !url.Contains(':');

    /// <summary>True for an absolute http or https address with no hidden characters, as a unit's or an office's web address must be.</summary>
    public static bool IsWebAddress(string text) =>
        !TextSafety.HasHidden(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
