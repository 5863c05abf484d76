using System.IO.Hashing;
using SiteGen.Text;

namespace SiteGen.Output;

/// <summary>
/// What a build wrote to its output folder: every file with the length and XxHash64 of its bytes and the time it was
/// written, and every folder with its time once the site was in place. The next build into that folder leaves a file
/// alone when it would write the same bytes and the file there still has the length and time recorded (the quick check
/// of rsync and make), so a small change writes a few files instead of the whole site; and it looks into a folder only
/// when the folder's time says something was added, removed or renamed in it since.
/// </summary>
public sealed class WrittenFiles
{
    private readonly Dictionary<string, Entry> _files;
    private readonly Dictionary<string, long> _folders;

    public WrittenFiles(IReadOnlyList<WrittenFile> files, IReadOnlyList<Folder> folders)
    {
        Files = files;
        Folders = folders;
        _files = new Dictionary<string, Entry>(files.Count, StringComparer.Ordinal);
        foreach (var file in files) _files[file.Path] = file.Entry;
        _folders = new Dictionary<string, long>(folders.Count, StringComparer.Ordinal);
        foreach (var folder in folders) _folders[folder.Path] = folder.Ticks;
    }

    /// <summary>A file's length, the XxHash64 of its bytes, and its last-write time (UTC ticks) once written.</summary>
    public readonly record struct Entry(long Length, ulong Hash, long Ticks);

    /// <summary>A file of the site: its path relative to the output folder (forward slashes) and what was written.</summary>
    public readonly record struct WrittenFile(string Path, Entry Entry);

    /// <summary>A folder of the site, relative to the output folder ("" for the folder itself), and its last-write time (UTC ticks).</summary>
    public readonly record struct Folder(string Path, long Ticks);

    public IReadOnlyList<WrittenFile> Files { get; }

    public IReadOnlyList<Folder> Folders { get; }

    public static ulong HashOf(byte[] bytes) => XxHash64.HashToUInt64(bytes);

    /// <summary>
    /// True when the record describes a tree inside the output folder: every path relative, made of names (no empty
    /// name, <c>.</c> or <c>..</c>, no backslash or NUL), and every file's and folder's folder recorded too. A record read
    /// from the cache folder is used only then: it says which files to remove and which folders to look into, and a
    /// forged one must not lead outside the output, nor hide a folder (made a link) that a path goes through.
    /// </summary>
    public bool IsTree()
    {
        if (Folders.Count > 0 && !_folders.ContainsKey("")) return false;
        foreach (var file in Files)
            if (!SitePath.IsInside(file.Path) || !_folders.ContainsKey(Parent(file.Path))) return false;
        foreach (var folder in Folders)
            if (folder.Path.Length > 0 && (!SitePath.IsInside(folder.Path) || !_folders.ContainsKey(Parent(folder.Path)))) return false;
        return true;
    }

    /// <summary>The folder that holds <paramref name="path"/>: "" for one in the output folder itself.</summary>
    public static string Parent(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";

    /// <summary>True when the site had a file at <paramref name="path"/>.</summary>
    public bool HasFile(string path) => _files.ContainsKey(path);

    /// <summary>True when the site had a folder at <paramref name="path"/>.</summary>
    public bool HasFolder(string path) => _folders.ContainsKey(path);

    /// <summary>The time recorded for the folder at <paramref name="path"/>, or null when the site had none there.</summary>
    public long? FolderTime(string path) => _folders.TryGetValue(path, out var ticks) ? ticks : null;

    /// <summary>
    /// The record of the file at <paramref name="path"/> when it holds <paramref name="length"/> bytes of hash
    /// <paramref name="hash"/> and the file in <paramref name="output"/> is still the one written (same length and time,
    /// not a link); null otherwise.
    /// </summary>
    public Entry? Holding(string output, string path, long length, ulong hash)
    {
        if (!_files.TryGetValue(path, out var entry) || entry.Length != length || entry.Hash != hash) return null;
        try
        {
            var info = new FileInfo(Path.Join(output, path));
            return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0 && info.Length == length && info.LastWriteTimeUtc.Ticks == entry.Ticks
                ? entry : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What cannot be looked at is written again.
            return null;
        }
    }

    /// <summary>
    /// What was put in <paramref name="output"/> by hand since the site was written, found in the folders whose time
    /// changed (added to <paramref name="changed"/>): files and folders the site does not have, relative to it. Null
    /// when a link was put there (a file moved in could lead through it, and a file kept could be one elsewhere): the
    /// site must then be written whole.
    /// </summary>
    public List<string>? AddedSince(string output, ISet<string> changed)
    {
        // Each folder looked at once (in parallel: there is one a page): missing, as written, changed, or a link.
        const int Changed = 1, Link = 2;
        var states = new int[Folders.Count];
        Parallel.For(0, Folders.Count, i =>
        {
            var info = new DirectoryInfo(Path.Join(output, Folders[i].Path));
            if (!info.Exists) return; // its files are written again, and the folder made
            states[i] = IsLink(info) ? Link : info.LastWriteTimeUtc.Ticks == Folders[i].Ticks ? 0 : Changed;
        });
        if (states.Contains(Link)) return null;
        var added = new List<string>();
        var direct = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        for (var i = 0; i < states.Length; i++)
        {
            if (states[i] != Changed) continue;
            changed.Add(Folders[i].Path);
            foreach (var entry in new DirectoryInfo(Path.Join(output, Folders[i].Path)).EnumerateFileSystemInfos("*", direct))
            {
                if (IsLink(entry)) return null;
                var path = OutputTree.Relative(output, entry.FullName);
                if (entry is DirectoryInfo ? !HasFolder(path) : !HasFile(path)) added.Add(path);
            }
        }
        return added;
    }

    private static bool IsLink(FileSystemInfo entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
