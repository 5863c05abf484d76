using SiteGen.Diagnostics;

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
        var parent = Path.GetDirectoryName(output);
        if (parent is null || output == source || output == home || source.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || output == Path.Combine(source, "content") || output.StartsWith(Path.Combine(source, "content") + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || output == Path.Combine(source, "themes") || output.StartsWith(Path.Combine(source, "themes") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Error(at, DiagnosticCodes.OutputFolderRefused,
                $"refusing to write the site to {output}: it is the root, your home folder, the site's folder or holds its sources; choose a folder of its own, e.g. --output output");
            return false;
        }
        if (File.Exists(output))
        {
            diagnostics.Error(at, DiagnosticCodes.OutputFolderRefused, $"{output} is a file, not a folder; choose another --output");
            return false;
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            diagnostics.Error(at, DiagnosticCodes.OutputFolderRefused,
                $"{output} already holds files that SiteGen did not write (it has no {MarkerFile}); SiteGen replaces its output folder whole, so empty it or choose another --output");
            return false;
        }
        return true;
    }
}
