using System.ComponentModel;
using System.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// Whether the site's build cache (<c>.sitegen</c>) or its output folder is committed to git. A repository that holds
/// them, which anyone who can send a commit or a pull request can change, could put into the site what no bulletin
/// says (a page kept, a body taken as parsed), so a build does not use such a cache.
/// </summary>
internal static class CommittedCache
{
    /// <summary>True when git lists <c>.sitegen</c> or <paramref name="outputRoot"/> (when it lies in the site's folder) as tracked; false without git or outside a repository.</summary>
    public static bool In(string sourceRoot, string outputRoot)
    {
        var output = Path.GetRelativePath(Path.GetFullPath(sourceRoot), Path.GetFullPath(outputRoot));
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-C", sourceRoot, "ls-files", "-z", "--", ".sitegen" }) start.ArgumentList.Add(argument);
        if (output != "." && !output.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(output)) start.ArgumentList.Add(output);
        try
        {
            using var git = Process.Start(start);
            if (git is null) return false;
            var listed = git.StandardOutput.ReadToEndAsync();
            var errors = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                git.Kill(entireProcessTree: true);
                return false;
            }
            Task.WaitAll(listed, errors);
            // Outside a repository (or one git will not read) git says so and lists nothing: nothing is committed there.
            return git.ExitCode == 0 && listed.Result.Length > 0;
        }
        catch (Win32Exception)
        {
            // No git on this machine: the folder cannot have come from a repository through it.
            return false;
        }
    }
}
