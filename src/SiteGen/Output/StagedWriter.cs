using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// Phase 5, Write: writes the whole site into a fresh staging folder beside the output folder, then swaps it in.
/// A build that fails leaves the previous output exactly as it was; one that succeeds replaces it whole.
/// </summary>
public static class StagedWriter
{
    /// <summary>Marks a folder as SiteGen's output, so SiteGen never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".sitegen-output";
    private const string MarkerText = "This folder is written by 'sitegen build' and replaced whole on every build. Do not keep other files here.\n";

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

    /// <summary>Writes <paramref name="files"/> and swaps them in for <paramref name="outputRoot"/>; on failure reports and leaves the old output. Hold the <see cref="OutputLock"/> while calling.</summary>
    public static bool Write(string outputRoot, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var id = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var staging = Path.Combine(parent, $".{name}.staging-{id}");
        var old = Path.Combine(parent, $".{name}.old-{id}");
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name, diagnostics);
            Directory.CreateDirectory(staging);
            var created = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var target = Path.Combine(staging, file.Path);
                var folder = Path.GetDirectoryName(target)!;
                if (created.Add(folder)) Directory.CreateDirectory(folder);
                File.WriteAllBytes(target, file.Bytes);
            }
            File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText);

            if (!Directory.Exists(output))
            {
                Directory.Move(staging, output);
                return true;
            }
            if (DirectorySwap.TryExchange(staging, output))
            {
                TryDelete(staging, diagnostics); // now holds the previous site
                return true;
            }
            // Without an atomic exchange, two renames: between them output/ is briefly missing, never half-written.
            Directory.Move(output, old);
            Directory.Move(staging, output);
            TryDelete(old, diagnostics);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourcePosition("--output", 0, 0), DiagnosticCodes.WriteFailed,
                $"could not write the site to {output}: {e.Message}; the previous site was left as it was. Check free disk space and permissions");
            TryDelete(staging, diagnostics);
            if (!Directory.Exists(output) && Directory.Exists(old)) Directory.Move(old, output);
            return false;
        }
    }

    /// <summary>Removes staging folders left by builds that were killed; the caller holds the <see cref="OutputLock"/>, so none is in use.</summary>
    private static void RemoveLeftovers(string parent, string name, DiagnosticBag diagnostics)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.staging-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
            TryDelete(folder, diagnostics);
    }

    private static void TryDelete(string folder, DiagnosticBag diagnostics)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is harmless and the next build retries; say so rather than fail a good build.
            diagnostics.Warning(new SourcePosition("--output", 0, 0), DiagnosticCodes.WriteFailed,
                $"could not remove the temporary folder {folder} ({e.Message}); delete it by hand if it stays");
        }
    }
}
