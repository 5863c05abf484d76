using System.IO.Enumeration;

namespace SiteGen.Output;

/// <summary>The entries of an output folder as a build sees them: every file, hidden ones too, and every link as an entry of its own, never followed.</summary>
internal static class OutputTree
{
    private static readonly EnumerationOptions Every = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>
    /// The full paths of the files and links under <paramref name="folder"/>. A link is never followed: one to a folder
    /// elsewhere would bring that folder's files in, and one that loops would never end.
    /// </summary>
    public static IEnumerable<string> Files(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath(), Every)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || IsLink(ref e),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(ref e),
        };

    /// <summary><paramref name="full"/> relative to <paramref name="root"/>, with forward slashes, as a site's paths are.</summary>
    public static string Relative(string root, string full)
    {
        var path = Path.GetRelativePath(root, full);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
