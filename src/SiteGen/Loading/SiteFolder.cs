using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Loading;

/// <summary>
/// A site's folder as SiteGen reads it. Every file is judged by its real path (each link on the way resolved, see
/// <see cref="RealPath"/>), which must lie inside the real path of the folder the file belongs to — content/ for
/// content, themes/{name}/ for a theme's files, the site's folder for sitegen.yaml — and in no hidden folder below it:
/// so no link can publish a file of the machine (/proc/self/environ) or of the site outside them (.git/config, which
/// holds the job's token after actions/checkout). Not thread-safe; make one per load.
/// </summary>
public sealed class SiteFolder
{
    private readonly string _realRoot;
    private readonly Dictionary<string, string?> _realFolders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _realParents = new(StringComparer.Ordinal);
    // Files a walk found as they are (no link on the way): the real folder walked, and where in the relative path the part below it starts.
    private readonly Dictionary<string, RealPlace> _plain = new(StringComparer.Ordinal);

    public SiteFolder(string sourceRoot)
    {
        Root = Path.GetFullPath(sourceRoot);
        // The site may itself be reached through links (/tmp is /private/tmp on macOS): only what lies below it is judged.
        _realRoot = RealPath.Of(Root) ?? Root;
    }

    /// <summary>The site's folder as given (not resolved); paths in diagnostics are relative to it.</summary>
    public string Root { get; }

    /// <summary>
    /// The real path of <paramref name="folder"/> (relative to the site: "content", "themes/default"), or null when it
    /// leads outside the site's folder or into a hidden folder of it (reported once, at the folder).
    /// </summary>
    public string? RealFolder(string folder, DiagnosticBag diagnostics)
    {
        if (folder.Length == 0) return _realRoot;
        if (_realFolders.TryGetValue(folder, out var known)) return known;
        var real = RealPath.Below(_realRoot, folder);
        string? problem = null;
        if (real is null)
            problem = Say.FolderLinkLoop.With(folder);
        else if (real == _realRoot)
            problem = Say.FolderLinkToSite.With(folder);
        else if (!RealPath.IsWithin(real, _realRoot))
            problem = Say.FolderLinkOutside.With(folder, Describe(real));
        else if (RealPath.HiddenPart(real, _realRoot) is { } hidden)
            problem = Say.FolderLinkHidden.With(folder, hidden);
        if (problem is not null)
        {
            diagnostics.Error(SourcePosition.File(folder), DiagnosticCodes.PathOutsideSource, problem);
            real = null;
        }
        _realFolders[folder] = real;
        return real;
    }

    /// <summary>
    /// The real path of the file at <paramref name="relative"/> (relative to the site, '/'-separated; it need not exist yet),
    /// or null when it leads outside its folder or into a hidden folder (reported at <paramref name="relative"/>).
    /// Read or write that path, not the one given, so the file used is the file judged.
    /// </summary>
    public string? RealFile(string relative, DiagnosticBag diagnostics) => RealPlaceOf(relative, diagnostics)?.Of(relative);

    /// <summary>
    /// Where the file at <paramref name="relative"/> really is, as <see cref="RealFile"/> judges it, without making its path:
    /// a site of a million files keeps one real folder and each file's relative path, not a million real paths.
    /// </summary>
    public RealPlace? RealPlaceOf(string relative, DiagnosticBag diagnostics)
    {
        if (_plain.TryGetValue(relative, out var found)) return found;
        return RealFileFound(relative, diagnostics) is { } real ? new RealPlace(real, relative.Length) : null;
    }

    private string? RealFileFound(string relative, DiagnosticBag diagnostics)
    {
        var folder = FolderOf(relative);
        if (RealFolder(folder, diagnostics) is not { } realFolder) return null;
        var below = folder.Length == 0 ? relative : relative[(folder.Length + 1)..];
        // Files of one folder share its real path: resolved once, so a load of thousands of files stays one look a file.
        var slash = below.LastIndexOf('/');
        string? real;
        if (slash < 0)
            real = RealPath.Below(realFolder, below);
        else
        {
            var parent = folder + "/" + below[..slash];
            if (!_realParents.TryGetValue(parent, out var realParent))
                _realParents[parent] = realParent = RealPath.Below(realFolder, below[..slash]);
            real = realParent is null ? null : RealPath.Below(realParent, below[(slash + 1)..]);
        }
        var name = folder.Length == 0 ? Say.SiteFolderName : folder + "/";
        var at = SourcePosition.File(relative);
        if (real is null)
        {
            diagnostics.Error(at, DiagnosticCodes.PathOutsideSource,
                Say.FileLinkLoop.With(RealPath.MaxLinks, name));
            return null;
        }
        if (!RealPath.IsWithin(real, realFolder))
        {
            diagnostics.Error(at, DiagnosticCodes.PathOutsideSource,
                Say.FileLinkOutside.With(Describe(real), name));
            return null;
        }
        if (RealPath.HiddenPart(real, realFolder) is { } hidden)
        {
            diagnostics.Error(at, DiagnosticCodes.PathOutsideSource,
                Say.FileLinkHidden.With(hidden));
            return null;
        }
        return real;
    }

    /// <summary>
    /// Records that a walk of a folder's real path, which does not enter linked folders, found <paramref name="relative"/>
    /// and that it is no link: its real path is <paramref name="realFolder"/> joined with <paramref name="relative"/> from
    /// <paramref name="below"/> on, and judging it again would only repeat the work.
    /// </summary>
    internal void FoundPlain(string relative, string realFolder, int below) => _plain[relative] = new RealPlace(realFolder, below);

    /// <summary>
    /// The bytes of the file at <paramref name="relative"/> (relative to the site, '/'-separated); null when it is missing,
    /// unreadable, or leads outside its folder (both reported, see <see cref="RealFile"/>).
    /// </summary>
    public byte[]? ReadBytes(string relative, DiagnosticBag diagnostics)
    {
        return RealFile(relative, diagnostics) is { } real ? ReadReal(relative, real, diagnostics) : null;
    }

    /// <summary>The bytes at <paramref name="real"/>, a path <see cref="RealFile"/> gave for <paramref name="relative"/>; null when it is missing or unreadable (reported). Safe on any thread.</summary>
    internal static byte[]? ReadReal(string relative, string real, DiagnosticBag diagnostics)
    {
        if (!File.Exists(real)) return null;
        try
        {
            return File.ReadAllBytes(real);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourcePosition.File(relative), DiagnosticCodes.FileUnreadable, Say.FileUnreadable.With(e.Message));
            return null;
        }
    }

    /// <summary>The text file at <paramref name="relative"/>, judged and read as <see cref="ReadBytes"/> reads it; null when it is missing or refused (reported).</summary>
    public SourceText? ReadText(string relative, DiagnosticBag diagnostics) =>
        RealFile(relative, diagnostics) is { } real ? ReadTextAt(relative, real, diagnostics) : null;

    /// <summary>The text at <paramref name="real"/>, a path <see cref="RealFile"/> gave for <paramref name="relative"/>, read as <see cref="ReadText"/> reads it. Safe on any thread.</summary>
    internal static SourceText? ReadTextAt(string relative, string real, DiagnosticBag diagnostics)
    {
        var bytes = ReadReal(relative, real, diagnostics);
        if (bytes is null) return null;
        var text = TextDecoder.Decode(bytes, relative, diagnostics);
        return text is null ? null : new SourceText(relative, text);
    }

    /// <summary>
    /// True when a folder between <paramref name="relative"/>'s own folder (content/, a theme's) and the file is a link, or
    /// leads where its path does not say. A full load does not follow linked folders, so such a file is not part of the site.
    /// </summary>
    public bool IsBehindLinkedFolder(string relative)
    {
        var folder = FolderOf(relative);
        if (RealFolder(folder, new DiagnosticBag()) is not { } realFolder) return true;
        var below = folder.Length == 0 ? relative : relative[(folder.Length + 1)..];
        var parent = Path.GetDirectoryName(below.Replace('/', Path.DirectorySeparatorChar)) ?? "";
        return RealPath.Below(realFolder, parent) != Path.Join(realFolder, parent).TrimEnd(Path.DirectorySeparatorChar);
    }

    /// <summary>The folder a file belongs to: "content", "themes/{name}", or "" for the site's own files (sitegen.yaml).</summary>
    private static string FolderOf(string relative)
    {
        if (relative.StartsWith(SourceSet.ContentFolder + "/", StringComparison.Ordinal)) return SourceSet.ContentFolder;
        if (relative.StartsWith("themes/", StringComparison.Ordinal) && relative.IndexOf('/', "themes/".Length) is var end and > 0)
            return relative[..end];
        return "";
    }

    /// <summary>Where a real path is, for a message: relative to the site when it is in it, otherwise in full.</summary>
    internal string Describe(string real) =>
        RealPath.IsWithin(real, _realRoot) && real != _realRoot
            ? Path.GetRelativePath(_realRoot, real).Replace('\\', '/')
            : real;
}

/// <summary>Where a file of the site really is: <see cref="Folder"/> joined with its relative path from <see cref="Below"/> on (nothing more when that is its length).</summary>
public readonly record struct RealPlace(string Folder, int Below)
{
    /// <summary>The real path of the file whose path relative to the site is <paramref name="relative"/>.</summary>
    public string Of(string relative) => Below >= relative.Length ? Folder : Path.Join(Folder, relative.AsSpan(Below));
}
