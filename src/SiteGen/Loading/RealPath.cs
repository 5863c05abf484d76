namespace SiteGen.Loading;

/// <summary>
/// The real path of a file or folder: every symbolic link (or Windows junction) on the way resolved, one component at a
/// time, as the operating system does when it opens the path. Resolving only the last component (what
/// <see cref="FileSystemInfo.ResolveLinkTarget"/> does) misses a linked folder in the middle, the classic hole.
/// </summary>
public static class RealPath
{
    /// <summary>How many links one path may pass through before it counts as a loop (Linux's own limit).</summary>
    public const int MaxLinks = 40;

    /// <summary>
    /// The real, absolute path of <paramref name="path"/> (relative paths start at the current folder); null when its
    /// links loop or are more than <see cref="MaxLinks"/>. Parts that do not exist are kept as written.
    /// </summary>
    public static string? Of(string path)
    {
        var absolute = Path.IsPathFullyQualified(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(absolute)!;
        return Below(root, absolute[root.Length..]);
    }

    /// <summary>
    /// The real path of <paramref name="relative"/> taken from <paramref name="realStart"/>, a folder whose own path holds
    /// no link (a result of <see cref="Of"/>); null when the links loop. Cheaper than <see cref="Of"/> on the whole path.
    /// </summary>
    public static string? Below(string realStart, string relative)
    {
        var current = realStart;
        var pending = new Stack<string>();
        Push(pending, relative);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                // The folder holding current, which is real, so going up needs no link resolved.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // A link's target is read from the folder the link is in; an absolute one starts again at its root.
            if (Path.IsPathRooted(target))
            {
                var root = Path.GetPathRoot(target)!;
                current = Path.IsPathFullyQualified(root) ? root : Path.GetPathRoot(current)!;
                target = target[root.Length..];
            }
            Push(pending, target);
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths; letter case counts).</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(WithSeparator(folder), StringComparison.Ordinal);

    /// <summary>The first name starting with '.' on the way from <paramref name="folder"/> down to <paramref name="path"/> (inside it); null when none is.</summary>
    public static string? HiddenPart(string path, string folder)
    {
        if (path == folder || !IsWithin(path, folder)) return null;
        return path[WithSeparator(folder).Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(p => p.StartsWith('.'));
    }

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private static string WithSeparator(string folder) =>
        Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;

    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split(Separators);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }

    /// <summary>Where the link at <paramref name="path"/> points, as written in it; null when it is no link or does not exist.</summary>
    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Missing, not a folder on the way, or not readable: no link to follow, and opening the path fails the same way.
            return null;
        }
    }
}
