using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>Phase 1, Load: reads the site's settings, data files, bulletins, pages and content files from disk.</summary>
public static class SourceLoader
{
    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown" };

    public static SourceSet Load(string sourceRoot, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(sourceRoot);
        var config = ReadText(root, Configuration.SiteConfig.FileName, diagnostics);
        var units = ReadText(root, SourceSet.UnitsPath, diagnostics);
        var elections = ReadText(root, SourceSet.ElectionsPath, diagnostics);

        var bulletins = new List<SourceText>();
        var pages = new List<SourceText>();
        var contentFiles = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var relative in EnumerateFiles(root, SourceSet.ContentFolder, diagnostics))
        {
            var isMarkdown = MarkdownExtensions.Contains(Path.GetExtension(relative));
            if (isMarkdown && relative.StartsWith(SourceSet.BulletinsFolder + "/", StringComparison.Ordinal))
            {
                if (ReadText(root, relative, diagnostics) is { } text) bulletins.Add(text);
            }
            else if (isMarkdown && relative.StartsWith(SourceSet.PagesFolder + "/", StringComparison.Ordinal))
            {
                if (ReadText(root, relative, diagnostics) is { } text) pages.Add(text);
            }
            else if (relative is not SourceSet.UnitsPath and not SourceSet.ElectionsPath)
            {
                if (ReadBytes(root, relative, diagnostics) is { } bytes) contentFiles[relative] = new SourceFile(relative, bytes);
            }
        }
        return new SourceSet(config, units, elections, bulletins, pages, contentFiles);
    }

    /// <summary>
    /// The <paramref name="previous"/> sources with the files at <paramref name="changed"/> (relative to the source folder) read again,
    /// added or removed; null when a change is not a plain file (a folder was added or renamed) and a full <see cref="Load"/> is needed.
    /// </summary>
    public static SourceSet? Update(SourceSet previous, string sourceRoot, IEnumerable<string> changed, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(sourceRoot);
        var config = previous.Config;
        var units = previous.Units;
        var elections = previous.Elections;
        var bulletins = previous.Bulletins.ToDictionary(b => b.Path, StringComparer.Ordinal);
        var pages = previous.Pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var contentFiles = new Dictionary<string, SourceFile>(previous.ContentFiles, StringComparer.Ordinal);
        foreach (var relative in changed.Distinct(StringComparer.Ordinal))
        {
            switch (relative)
            {
                case Configuration.SiteConfig.FileName: config = ReadText(root, relative, diagnostics); continue;
                case SourceSet.UnitsPath: units = ReadText(root, relative, diagnostics); continue;
                case SourceSet.ElectionsPath: elections = ReadText(root, relative, diagnostics); continue;
            }
            if (!relative.StartsWith(SourceSet.ContentFolder + "/", StringComparison.Ordinal)) continue;
            var full = Path.Combine(root, relative);
            if (Directory.Exists(full)) return null;
            bulletins.Remove(relative);
            pages.Remove(relative);
            contentFiles.Remove(relative);
            if (!File.Exists(full))
            {
                // A deleted folder arrives as one event: nothing may stay below it.
                if (bulletins.Keys.Concat(pages.Keys).Concat(contentFiles.Keys).Any(k => k.StartsWith(relative + "/", StringComparison.Ordinal))) return null;
                continue;
            }
            if (relative.Split('/').Any(part => part.StartsWith('.')) || relative.EndsWith('~')) continue;
            if ((File.GetAttributes(full) & FileAttributes.Hidden) != 0 || !StaysInside(root, full)) return null;
            var isMarkdown = MarkdownExtensions.Contains(Path.GetExtension(relative));
            if (isMarkdown && relative.StartsWith(SourceSet.BulletinsFolder + "/", StringComparison.Ordinal))
            {
                if (ReadText(root, relative, diagnostics) is { } text) bulletins[relative] = text;
            }
            else if (isMarkdown && relative.StartsWith(SourceSet.PagesFolder + "/", StringComparison.Ordinal))
            {
                if (ReadText(root, relative, diagnostics) is { } text) pages[relative] = text;
            }
            else if (ReadBytes(root, relative, diagnostics) is { } bytes)
            {
                contentFiles[relative] = new SourceFile(relative, bytes);
            }
        }
        ReportCaseClashes(bulletins.Keys.Concat(pages.Keys).Concat(contentFiles.Keys).Order(StringComparer.Ordinal), diagnostics);
        return new SourceSet(config, units, elections, InOrder(previous.Bulletins, bulletins), InOrder(previous.Pages, pages), contentFiles);
    }

    /// <summary>The texts sorted by path; in the previous order, without sorting, when no path was added or removed.</summary>
    private static IReadOnlyList<SourceText> InOrder(IReadOnlyList<SourceText> previous, Dictionary<string, SourceText> current)
    {
        if (previous.Count == current.Count && previous.All(p => current.ContainsKey(p.Path)))
            return previous.Select(p => current[p.Path]).ToArray();
        return current.Values.OrderBy(t => t.Path, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Files under <paramref name="folder"/> (relative to <paramref name="root"/>), sorted ordinally, hidden files skipped.</summary>
    internal static IReadOnlyList<string> EnumerateFiles(string root, string folder, DiagnosticBag diagnostics)
    {
        var start = Path.Combine(root, folder);
        var result = new List<string>();
        if (!Directory.Exists(start)) return result;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden,
            IgnoreInaccessible = false,
            ReturnSpecialDirectories = false,
        };
        foreach (var full in Directory.EnumerateFileSystemEntries(start, "*", options))
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')) || relative.EndsWith('~')) continue;
            if (Directory.Exists(full))
            {
                // Linked folders are not followed; one that leads outside the site is named, so its files are not silently missing.
                if (new DirectoryInfo(full).LinkTarget is not null && !StaysInside(root, full))
                    diagnostics.Error(SourcePosition.File(relative), DiagnosticCodes.PathOutsideSource,
                        "this folder is a link to a place outside the site's folder; copy the files into the site instead of linking them");
                continue;
            }
            if (!StaysInside(root, full))
            {
                diagnostics.Error(SourcePosition.File(relative), DiagnosticCodes.PathOutsideSource,
                    "this file is a link to a place outside the site's folder; copy the file into the site instead of linking it");
                continue;
            }
            result.Add(relative);
        }
        result.Sort(StringComparer.Ordinal);
        ReportCaseClashes(result, diagnostics);
        return result;
    }

    /// <summary>
    /// Two files whose paths differ only in letter case build on Linux, but Windows and macOS keep one file for both, so a
    /// checkout there silently loses one: each is an error at the second file.
    /// </summary>
    internal static void ReportCaseClashes(IEnumerable<string> sortedPaths, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in sortedPaths)
        {
            if (first.TryAdd(path, path)) continue;
            diagnostics.Error(SourcePosition.File(path), DiagnosticCodes.CaseClash,
                $"this file's path differs from {first[path]} only in letter case; Windows and macOS keep one file for both, so a checkout there loses one of them; rename one");
        }
    }

    private static bool StaysInside(string root, string full)
    {
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        var parent = info is FileInfo file ? file.Directory : ((DirectoryInfo)info).Parent;
        if (info.LinkTarget is null && !HasLinkedParent(root, parent)) return true;
        var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(full);
        var resolvedRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return target.StartsWith(resolvedRoot, StringComparison.Ordinal);
    }

    private static bool HasLinkedParent(string root, DirectoryInfo? directory)
    {
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        for (var d = directory; d is not null && d.FullName.Length > rootFull.Length; d = d.Parent)
            if (d.LinkTarget is not null) return true;
        return false;
    }

    /// <summary>The text file at <paramref name="relative"/> in the site's folder; null when it is missing or unreadable (reported).</summary>
    internal static SourceText? ReadText(string root, string relative, DiagnosticBag diagnostics)
    {
        var bytes = ReadBytes(root, relative, diagnostics);
        if (bytes is null) return null;
        var text = TextDecoder.Decode(bytes, relative, diagnostics);
        return text is null ? null : new SourceText(relative, text);
    }

    private static byte[]? ReadBytes(string root, string relative, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, relative);
        if (!File.Exists(full)) return null;
        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourcePosition.File(relative), DiagnosticCodes.FileUnreadable,
                $"the file cannot be read ({e.Message}); check its permissions");
            return null;
        }
    }
}
