using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Output;

/// <summary>Decides whether an output folder may be replaced by a build (see <see cref="StagingFolder"/> for the writing).</summary>
public static class OutputFolder
{
    /// <summary>Marks a folder as SiteGen's output, so SiteGen never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".sitegen-output";

    /// <summary>Checks that <paramref name="outputRoot"/> may be replaced: it is missing, empty, or an earlier SiteGen output.</summary>
    public static bool CanReplace(string outputRoot, string sourceRoot, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar);
        var source = Path.GetFullPath(sourceRoot).TrimEnd(Path.DirectorySeparatorChar);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile).TrimEnd(Path.DirectorySeparatorChar);
        var at = new SourcePosition("--output", 0, 0);
        // Judged both as written and where linked folders on the way lead, since that is where the files would go.
        var linked = Resolved(output);
        if (IsProtected(output, source, home) || IsProtected(linked, Resolved(source), Resolved(home)))
        {
            var leads = linked == output ? "" : Say.OutputLinkTo.With(linked);
            diagnostics.Error(at, DiagnosticCodes.OutputFolderRefused,
                Say.OutputRefused.With(output, leads));
            return false;
        }
        if (File.Exists(output))
        {
            diagnostics.Error(at, DiagnosticCodes.OutputFolderRefused, Say.OutputIsFile.With(output));
            return false;
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            diagnostics.Error(at, DiagnosticCodes.OutputFolderRefused,
                Say.OutputNotOurs.With(output, MarkerFile));
            return false;
        }
        return true;
    }

    /// <summary>
    /// The folder a build replaces for <paramref name="outputRoot"/>: where it leads when it is a link (a deployment
    /// often links the web server's folder to the build's), so the link stays and shows the new site; otherwise itself.
    /// </summary>
    public static string Target(string outputRoot)
    {
        var output = Path.GetFullPath(outputRoot);
        if (Path.GetDirectoryName(output) is null) return output; // the root, which CanReplace refuses
        output = output.TrimEnd(Path.DirectorySeparatorChar);
        try
        {
            var entry = new FileInfo(output);
            return entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target
                ? Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar)
                : output;
        }
        catch (IOException)
        {
            // A loop of links: nothing can be written there, and the write reports it.
            return output;
        }
    }

    private static bool IsProtected(string output, string source, string home) =>
        Path.GetDirectoryName(output) is null || output == source || output == home || source.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || IsWithin(output, Path.Combine(source, "content")) || IsWithin(output, Path.Combine(source, "themes"));

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary><paramref name="path"/> with every link on it resolved (as far as the folders exist); itself when its links loop.</summary>
    private static string Resolved(string path) => Loading.RealPath.Of(path) ?? path;
}
