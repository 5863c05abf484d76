using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Output;

/// <summary>
/// The list <c>build --changes FILE</c> writes for uploading only what changed: a line per file added, changed or removed
/// against the previous output (<c>A 2024/09/fgd/index.html</c>, <c>M index.html</c>, <c>D 2023/11/lama/index.html</c>),
/// sorted by path, UTF-8, LF, empty when nothing changed. A path is written as it is, spaces and all, so the line less its
/// first two characters is the path (what <c>rsync --files-from</c>, <c>rclone --files-from-raw</c> and
/// <c>while IFS= read -r</c> take); only a path that holds a control character (a line break) or starts with a double
/// quote is written in double quotes with C escapes, as git does, so no path ever reads as two. The file appears whole or
/// not at all: written beside FILE under a temporary name and renamed over it once the site is in place, or, when FILE
/// lies inside the output folder, written into the staging folder and swapped in with the site (and left out of the list).
/// </summary>
internal sealed class ChangesFile
{
    private static readonly SourcePosition At = new("--changes", 0, 0);

    private readonly string _path;
    private string? _temporary;

    private ChangesFile(string path, string? insideOutput)
    {
        _path = path;
        InsideOutput = insideOutput;
    }

    /// <summary>The file's path in the output folder (forward slashes), when it lies there; null otherwise.</summary>
    public string? InsideOutput { get; }

    /// <summary>The list for <paramref name="path"/> (relative to the current folder), or null (reported) when it names a folder.</summary>
    public static ChangesFile? For(string path, string output, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(path);
        var real = RealPath.Of(full) ?? full;
        var realOutput = RealPath.Of(output) ?? output;
        if (Path.EndsInDirectorySeparator(path) || Directory.Exists(real) || real == realOutput)
        {
            diagnostics.Error(At, DiagnosticCodes.OutputFolderRefused, Say.ChangesIsFolder.With(full));
            return null;
        }
        var inside = RealPath.IsWithin(real, realOutput) ? Path.GetRelativePath(realOutput, real).Replace(Path.DirectorySeparatorChar, '/') : null;
        return new ChangesFile(full, inside);
    }

    /// <summary>
    /// Lists what the staged site changes against the output folder and writes the list where it waits for the site to be
    /// swapped in; null (reported) when it cannot, and then neither the site nor an earlier list may be touched.
    /// </summary>
    public IReadOnlyList<OutputChange>? Prepare(StagingFolder staging, DiagnosticBag diagnostics)
    {
        try
        {
            var changes = staging.Changes(InsideOutput);
            var bytes = Format(changes);
            if (InsideOutput is not null)
            {
                if (staging.Holds(InsideOutput))
                {
                    diagnostics.Error(At, DiagnosticCodes.OutputFolderRefused, Say.ChangesReplacesSiteFile.With(_path, InsideOutput));
                    return null;
                }
                staging.Place(InsideOutput, bytes);
                return changes;
            }
            var folder = Path.GetDirectoryName(_path)!;
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, $".{Path.GetFileName(_path)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            _temporary = temporary;
            File.WriteAllBytes(temporary, bytes);
            return changes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Also when the previous output cannot be read through: without it, what was removed is unknown.
            diagnostics.Error(At, DiagnosticCodes.WriteFailed, Say.ChangesWriteFailed.With(_path, e.Message));
            Abandon(diagnostics);
            return null;
        }
    }

    /// <summary>Puts the prepared list in place of FILE, once the site is; reports (as an error, since FILE still holds an older list) when it cannot.</summary>
    public void Publish(string output, DiagnosticBag diagnostics)
    {
        if (_temporary is null) return;
        try
        {
            File.Move(_temporary, _path, overwrite: true);
            _temporary = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(At, DiagnosticCodes.WriteFailed, Say.ChangesNotSaved.With(_path, e.Message, output));
            Abandon(diagnostics);
        }
    }

    /// <summary>Removes the prepared list when the site was not swapped in, leaving FILE as it was.</summary>
    public void Abandon(DiagnosticBag diagnostics)
    {
        if (_temporary is null) return;
        try
        {
            File.Delete(_temporary);
            _temporary = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(At, DiagnosticCodes.WriteFailed, Say.TemporaryFileNotRemoved.With(_temporary, e.Message));
        }
    }

    /// <summary>The list's bytes: one line per change, in the order given.</summary>
    public static byte[] Format(IReadOnlyList<OutputChange> changes)
    {
        var text = new StringBuilder();
        foreach (var change in changes)
        {
            text.Append(change.Kind switch
            {
                ChangeKind.Added => 'A',
                ChangeKind.Changed => 'M',
                _ => 'D',
            });
            text.Append(' ');
            AppendPath(text, change.Path);
            text.Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void AppendPath(StringBuilder text, string path)
    {
        if (!path.StartsWith('"') && !path.Any(IsControl))
        {
            text.Append(path);
            return;
        }
        text.Append('"');
        foreach (var c in path)
        {
            switch (c)
            {
                case '"' or '\\':
                    text.Append('\\').Append(c);
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case var _ when IsControl(c):
                    text.Append('\\').Append(Convert.ToString((int)c, 8).PadLeft(3, '0'));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }

    private static bool IsControl(char c) => c < ' ' || c == '\u007F';
}
