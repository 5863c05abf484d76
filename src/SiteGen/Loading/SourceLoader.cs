using System.IO.Enumeration;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Loading;

/// <summary>Phase 1, Load: reads the site's settings, data files, bulletins, pages and content files from disk.</summary>
public static class SourceLoader
{
    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown" };

    /// <param name="readAll">
    /// False to leave the bulletins unread (<see cref="SourceSet.UnreadBulletins"/>), for the one pass that parses them,
    /// and the other content files too (<see cref="SourceFile.Unread"/>), read when they are used; their files are found
    /// and judged all the same.
    /// </param>
    public static SourceSet Load(string sourceRoot, DiagnosticBag diagnostics, bool readAll = true)
    {
        var site = new SiteFolder(sourceRoot);
        var config = site.ReadText(Configuration.SiteConfig.FileName, diagnostics);
        var units = site.ReadText(SourceSet.UnitsPath, diagnostics);
        var elections = site.ReadText(SourceSet.ElectionsPath, diagnostics);
        var tags = site.ReadText(SourceSet.TagsPath, diagnostics);

        var bulletins = new List<SourceText>();
        var unread = new List<UnreadText>();
        var pages = new List<SourceText>();
        var contentFiles = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var stamps = readAll ? null : new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        foreach (var relative in EnumerateFiles(site, SourceSet.ContentFolder, diagnostics, stamps))
        {
            var isMarkdown = MarkdownExtensions.Contains(Path.GetExtension(relative));
            if (isMarkdown && relative.StartsWith(SourceSet.BulletinsFolder + "/", StringComparison.Ordinal))
            {
                if (!readAll)
                {
                    if (site.RealPlaceOf(relative, diagnostics) is { } real) unread.Add(new UnreadText(relative, real) { Stamp = stamps!.TryGetValue(relative, out var stamp) ? stamp : null });
                }
                else if (site.ReadText(relative, diagnostics) is { } text) bulletins.Add(text);
            }
            else if (isMarkdown && relative.StartsWith(SourceSet.PagesFolder + "/", StringComparison.Ordinal))
            {
                if (site.ReadText(relative, diagnostics) is { } text) pages.Add(text);
            }
            else if (relative is not SourceSet.UnitsPath and not SourceSet.ElectionsPath and not SourceSet.TagsPath)
            {
                if (!readAll)
                {
                    if (site.RealPlaceOf(relative, diagnostics) is { } real) contentFiles[relative] = SourceFile.Unread(relative, real);
                }
                else if (site.ReadBytes(relative, diagnostics) is { } bytes) contentFiles[relative] = new SourceFile(relative, bytes);
            }
        }
        return new SourceSet(config, units, elections, bulletins, pages, contentFiles) { Tags = tags, UnreadBulletins = unread };
    }

    /// <summary>
    /// The <paramref name="previous"/> sources with the files at <paramref name="changed"/> (relative to the source folder) read again,
    /// added or removed; null when a change is not a plain file (a folder was added or renamed) and a full <see cref="Load"/> is needed.
    /// </summary>
    public static SourceSet? Update(SourceSet previous, string sourceRoot, IEnumerable<string> changed, DiagnosticBag diagnostics)
    {
        var site = new SiteFolder(sourceRoot);
        var config = previous.Config;
        var units = previous.Units;
        var elections = previous.Elections;
        var tags = previous.Tags;
        var bulletins = previous.Bulletins.ToDictionary(b => b.Path, StringComparer.Ordinal);
        var pages = previous.Pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var contentFiles = new Dictionary<string, SourceFile>(previous.ContentFiles, StringComparer.Ordinal);
        foreach (var relative in changed.Distinct(StringComparer.Ordinal))
        {
            switch (relative)
            {
                case Configuration.SiteConfig.FileName: config = site.ReadText(relative, diagnostics); continue;
                case SourceSet.UnitsPath: units = site.ReadText(relative, diagnostics); continue;
                case SourceSet.ElectionsPath: elections = site.ReadText(relative, diagnostics); continue;
                case SourceSet.TagsPath: tags = site.ReadText(relative, diagnostics); continue;
            }
            if (!relative.StartsWith(SourceSet.ContentFolder + "/", StringComparison.Ordinal)) continue;
            // A full load does not follow linked folders, so a file behind one is left to it (which reports a link that leads out).
            if (site.IsBehindLinkedFolder(relative)) return null;
            var full = Path.Combine(site.Root, relative);
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
            if ((File.GetAttributes(full) & FileAttributes.Hidden) != 0) return null;
            var isMarkdown = MarkdownExtensions.Contains(Path.GetExtension(relative));
            if (isMarkdown && relative.StartsWith(SourceSet.BulletinsFolder + "/", StringComparison.Ordinal))
            {
                if (site.ReadText(relative, diagnostics) is { } text) bulletins[relative] = text;
            }
            else if (isMarkdown && relative.StartsWith(SourceSet.PagesFolder + "/", StringComparison.Ordinal))
            {
                if (site.ReadText(relative, diagnostics) is { } text) pages[relative] = text;
            }
            else if (site.ReadBytes(relative, diagnostics) is { } bytes)
            {
                contentFiles[relative] = new SourceFile(relative, bytes);
            }
        }
        ReportCaseClashes(bulletins.Keys.Concat(pages.Keys).Concat(contentFiles.Keys).Order(StringComparer.Ordinal), diagnostics);
        return new SourceSet(config, units, elections, InOrder(previous.Bulletins, bulletins), InOrder(previous.Pages, pages), contentFiles) { Tags = tags };
    }

    /// <summary>The texts sorted by path; in the previous order, without sorting, when no path was added or removed.</summary>
    private static IReadOnlyList<SourceText> InOrder(IReadOnlyList<SourceText> previous, Dictionary<string, SourceText> current)
    {
        if (previous.Count == current.Count && previous.All(p => current.ContainsKey(p.Path)))
            return previous.Select(p => current[p.Path]).ToArray();
        return current.Values.OrderBy(t => t.Path, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Files under <paramref name="folder"/> (relative to the site: "content", "themes/default"), sorted ordinally, hidden
    /// files skipped; a linked folder is not followed, and one that leads outside <paramref name="folder"/> is reported.
    /// Each file is judged again when it is read (<see cref="SiteFolder.ReadBytes"/>).
    /// </summary>
    /// <param name="stamps">When given, gets the length and last-write time of each plain file found (not of links).</param>
    internal static IReadOnlyList<string> EnumerateFiles(SiteFolder site, string folder, DiagnosticBag diagnostics, Dictionary<string, FileStamp>? stamps = null)
    {
        var result = new List<string>();
        if (site.RealFolder(folder, diagnostics) is not { } start || !Directory.Exists(start)) return result;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden,
            IgnoreInaccessible = false,
            ReturnSpecialDirectories = false,
        };
        // Directory.EnumerateFileSystemEntries would walk into linked folders (and round a loop of them): this walk does not.
        var entries = new FileSystemEnumerable<(string Full, bool IsFolder, bool IsLink, FileStamp Stamp)>(start, (ref FileSystemEntry e) =>
            {
                var isLink = (e.Attributes & FileAttributes.ReparsePoint) != 0;
                // The time and length come with the entry's status, which the walk reads anyway.
                var stamp = stamps is null || e.IsDirectory || isLink ? default : new FileStamp(e.Length, e.LastWriteTimeUtc.UtcTicks);
                return (e.ToFullPath(), e.IsDirectory, isLink, stamp);
            }, options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (full, isFolder, isLink, stamp) in entries)
        {
            var relative = folder + "/" + Path.GetRelativePath(start, full).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')) || relative.EndsWith('~')) continue;
            if (isFolder)
            {
                // A linked folder is not followed: one that stays inside holds files this walk finds where they really are,
                // and one that leads out is named, so its files are not silently missing.
                if (isLink && RealPath.Of(full) is var real
                    && (real is null || !RealPath.IsWithin(real, start) || RealPath.HiddenPart(real, start) is not null))
                    diagnostics.Error(SourcePosition.File(relative), DiagnosticCodes.PathOutsideSource,
                        Say.FolderLinkNotFollowed.With(real is null ? Say.LinkLoop : site.Describe(real), folder));
                continue;
            }
            if (!isLink)
            {
                site.FoundPlain(relative, start, folder.Length + 1);
                stamps?.Add(relative, stamp);
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
                Say.CaseClash.With(first[path]));
        }
    }
}
