using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// An exclusive lock on an output folder for the length of a build, so two builds of one site never write it at once.
/// It is a file beside the output folder held open exclusively; the system releases it if the process dies.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>The lock, or null (reported) when another build holds it or it cannot be made.</summary>
    public static OutputLock? Acquire(string outputRoot, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar);
        var path = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.lock");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Opening a link would make (or lock) whatever file it leads to, anywhere on the machine.
            if (new FileInfo(path).LinkTarget is not null)
            {
                diagnostics.Error(new SourcePosition("--output", 0, 0), DiagnosticCodes.OutputFolderRefused,
                    $"{path} is a link, but SiteGen makes that file itself to lock {output} while it writes; remove the link and build again");
                return null;
            }
            // Read access is enough to hold the lock, and works on a read-only disk, where writing then fails with a clear message.
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, File.Exists(path) ? FileAccess.Read : FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            diagnostics.Error(new SourcePosition("--output", 0, 0), DiagnosticCodes.OutputLocked,
                $"another 'sitegen build' is writing {output} right now ({path} is locked); wait for it to finish and build again");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourcePosition("--output", 0, 0), DiagnosticCodes.WriteFailed,
                $"cannot write beside {output} ({e.Message}); check that the folder exists, is writable and the disk is not full");
            return null;
        }
    }

    public void Dispose() => _file.Dispose();

    // EWOULDBLOCK from flock on Linux and macOS; ERROR_SHARING_VIOLATION on Windows.
    private static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or 35 or unchecked((int)0x80070020);
}
