using SiteGen.Diagnostics;
using SiteGen.Messages;

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
                    Say.OutputLockIsLink.With(path, output));
                return null;
            }
            // Read access is enough to hold the lock, and works on a read-only disk, where writing then fails with a clear message.
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, File.Exists(path) ? FileAccess.Read : FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            diagnostics.Error(new SourcePosition("--output", 0, 0), DiagnosticCodes.OutputLocked,
                Say.OutputLocked.With(output, path));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourcePosition("--output", 0, 0), DiagnosticCodes.WriteFailed,
                Say.OutputBesideUnwritable.With(output, e.Message));
            return null;
        }
    }

    public void Dispose() => _file.Dispose();

    // EWOULDBLOCK from flock on Linux and macOS; ERROR_SHARING_VIOLATION on Windows.
    private static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or 35 or unchecked((int)0x80070020);
}
