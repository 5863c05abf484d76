using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Checking;

/// <summary>
/// Makes the corrections diagnostics carry (<see cref="Diagnostic.Fix"/>) in the site's files: each named line is
/// replaced while it still reads as the diagnostic saw it; every other byte of the file, line ends and a byte-order mark
/// included, stays as it was, and each file is replaced in one step (written beside it, then renamed over it).
/// </summary>
public static class Corrector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The corrections the fixes of <paramref name="diagnostics"/> ask for, one per line, ordered by file and line. Two fixes
    /// of one line are made together when they change different parts of it (a key's name and its value); when they
    /// overlap, the first is kept and the other waits for the next check.
    /// </summary>
    public static IReadOnlyList<Correction> Plan(IEnumerable<Diagnostic> diagnostics)
    {
        var planned = new List<Correction>();
        var fixes = diagnostics.Where(d => d.Fix is not null)
            .GroupBy(d => (d.Path, d.Fix!.Line))
            .OrderBy(g => g.Key.Path, StringComparer.Ordinal).ThenBy(g => g.Key.Line);
        foreach (var line in fixes)
        {
            var before = line.First().Fix!.Before;
            var edits = new List<(int Start, int Length, string Text)>();
            foreach (var fix in line.Select(d => d.Fix!).Where(f => f.Before == before).Distinct())
            {
                var edit = Edit(fix.Before, fix.After);
                if (edits.TrueForAll(e => edit.Start >= e.Start + e.Length || e.Start >= edit.Start + edit.Length)
                    && !(edit.Length == 0 && edits.Exists(e => e.Start == edit.Start)))
                    edits.Add(edit);
            }
            var after = new StringBuilder(before);
            foreach (var (start, length, text) in edits.OrderByDescending(e => e.Start))
                after.Remove(start, length).Insert(start, text);
            planned.Add(new Correction(line.Key.Path, line.Key.Line, before, after.ToString()));
        }
        return planned;
    }

    /// <summary>
    /// Makes <paramref name="planned"/> in the files under <paramref name="sourceRoot"/> (or, with <paramref name="write"/>
    /// false, only finds which would be made), and returns those made. A line that no longer reads as planned, a file that is
    /// not UTF-8 text, is a link or lies outside the site are left as they are; a file that cannot be written is reported.
    /// </summary>
    public static IReadOnlyList<Correction> Apply(string sourceRoot, IReadOnlyList<Correction> planned, bool write, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(sourceRoot);
        var made = new List<Correction>();
        foreach (var file in planned.GroupBy(c => c.Path))
        {
            var full = Path.GetFullPath(Path.Combine(root, file.Key));
            if (!InsideWithoutLinks(full, root) || !File.Exists(full)) continue;
            string text;
            try
            {
                text = StrictUtf8.GetString(File.ReadAllBytes(full));
            }
            catch (DecoderFallbackException)
            {
                continue;
            }
            var lines = Lines(text);
            var changed = new List<Correction>();
            foreach (var correction in file)
            {
                if (correction.Line < 1 || correction.Line > lines.Count) continue;
                var (content, ending) = lines[correction.Line - 1];
                var bom = correction.Line == 1 && content.StartsWith('\uFEFF') ? "\uFEFF" : "";
                if (content[bom.Length..] != correction.Before) continue;
                lines[correction.Line - 1] = (bom + correction.After, ending);
                changed.Add(correction);
            }
            if (changed.Count == 0) continue;
            if (write)
            {
                try
                {
                    Replace(full, string.Concat(lines.Select(l => l.Content + l.Ending)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Error(SourcePosition.File(file.Key), DiagnosticCodes.WriteFailed, Say.FixWriteFailed.With(e.Message));
                    continue;
                }
            }
            made.AddRange(changed);
        }
        return made;
    }

    /// <summary>
    /// True when <paramref name="path"/> lies under <paramref name="root"/> and neither it nor a folder on the way is a
    /// link: a correction is written only where the file is, never through a link to wherever it leads.
    /// </summary>
    private static bool InsideWithoutLinks(string path, string root)
    {
        var top = root.TrimEnd(Path.DirectorySeparatorChar);
        if (!path.StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return false;
        for (var at = path; at.Length > top.Length; at = Path.GetDirectoryName(at)!)
            if (new FileInfo(at).LinkTarget is not null) return false;
        return true;
    }

    /// <summary>The part of <paramref name="before"/> that changes: where it starts, how long it is, and what takes its place.</summary>
    private static (int Start, int Length, string Text) Edit(string before, string after)
    {
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix]) prefix++;
        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)]) suffix++;
        return (prefix, before.Length - prefix - suffix, after[prefix..^suffix]);
    }

    /// <summary>The lines of <paramref name="text"/>, each with its own line end ("\r\n", "\n", "\r" or none), as the site's reader counts them.</summary>
    private static List<(string Content, string Ending)> Lines(string text)
    {
        var lines = new List<(string, string)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r')) continue;
            var ending = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : text[i].ToString();
            lines.Add((text[start..i], ending));
            i += ending.Length - 1;
            start = i + 1;
        }
        lines.Add((text[start..], ""));
        return lines;
    }

    /// <summary>Replaces the file in one step: the new text is written beside it, then renamed over it, keeping its permissions.</summary>
    private static void Replace(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.sitegen-fix");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(StrictUtf8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
