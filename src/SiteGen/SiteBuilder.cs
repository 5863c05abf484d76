using System.Diagnostics;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen;

/// <summary>A build of the whole site through the <see cref="BuildPipeline"/>, in memory or written to the output folder (Write, phase 5).</summary>
public static class SiteBuilder
{
    /// <summary>Builds the site in memory (phases 1–4); nothing is written.</summary>
    public static BuildResult Build(BuildOptions options)
    {
        var files = new OutputList();
        var result = Run(options with { ReuseLastBuild = false }, files);
        if (result.HasErrors) return result;
        var sorted = files.Sorted();
        return result with { Files = sorted, Output = OutputSummary.Of(sorted) };
    }

    /// <summary>Phases 1–3 only: what the site publishes and where, without rendering a page (for <c>sitegen list</c>).</summary>
    public static BuildResult Plan(BuildOptions options) => Run(options with { ReuseLastBuild = false }, null);

    /// <summary>
    /// Builds the site and writes it (phase 5): files go into a staging folder as they are rendered, which is put in place
    /// of the output folder (or, after an earlier build into it, in place of what changed in it) only when the build has
    /// no errors (nor warnings, with <see cref="BuildOptions.Strict"/>).
    /// </summary>
    public static BuildResult BuildAndWrite(BuildOptions options)
    {
        var output = OutputFolder.Target(options.ResolvedOutputRoot);
        var check = new DiagnosticBag();
        if (!OutputFolder.CanReplace(output, options.SourceRoot, check))
            return new BuildResult(check.ToSortedList(), [], [], null);
        var changesFile = options.ChangesFile is null ? null : ChangesFile.For(options.ChangesFile, output, check);
        if (options.ChangesFile is not null && changesFile is null) return new BuildResult(check.ToSortedList(), [], [], null);
        using var writing = OutputLock.Acquire(output, check);
        if (writing is null) return new BuildResult(check.ToSortedList(), [], [], null);
        // What was found before the build (beside the output, by the lock) is part of its report, however often it runs.
        var found = check.ToSortedList();
        try
        {
            return Write(options, output, changesFile, check);
        }
        catch (Exception e) when (Thrown.Carried<KeptBodyDamaged>(e) is not null)
        {
            // A body of the build cache, read for a page or the search index, was not what its entry says. Nothing was
            // put in place; the kept parses go, and the site is built again with every bulletin parsed anew.
            var parses = CacheFolder.File(options, KeptParses.FileName) ?? throw new InvalidOperationException("A kept body was read without a build cache.", e);
            var anew = new DiagnosticBag();
            anew.AddRange(found);
            var again = CacheFolder.Remove(parses, Path.Join(Path.GetDirectoryName(parses), KeptParses.BodiesName))
                ? Write(options, output, changesFile, anew)
                : Write(options with { ReuseLastBuild = false }, output, changesFile, anew);
            return again with { Notes = again.Notes.Prepend(CacheFolder.Note(options, parses, LastBuildFile.Damaged)!).ToArray() };
        }
    }

    /// <summary>Builds the site into a staging folder and puts it in place of <paramref name="output"/> (or of what changed in it).</summary>
    private static BuildResult Write(BuildOptions options, string output, ChangesFile? changesFile, DiagnosticBag check)
    {
        using var pipeline = new BuildPipeline(options with { ListLinks = false }, keep: false);
        // With a record of what the last build wrote there, the output folder is updated in place: only what changed is written.
        var last = options.ReuseLastBuild ? OutputRecords.Read(options, output, pipeline.Notes) : null;
        using var staging = StagingFolder.Create(output, check, listChanges: changesFile is not null, last);
        if (staging is null) return new BuildResult(check.ToSortedList(), [], [], null);

        var result = Run(options with { ListLinks = false }, staging, pipeline);
        // What was found beside the output (a folder left alone) is part of the build's report.
        check.AddRange(result.Diagnostics);
        result = result with { Diagnostics = check.ToSortedList() };
        if (result.HasErrors || (options.Strict && result.WarningCount > 0)) return result;

        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        IReadOnlyList<OutputChange>? changes = null;
        // The list is ready before the site is swapped in, so a list that cannot be written leaves both as they were.
        if (changesFile is not null && (changes = changesFile.Prepare(staging, diagnostics)) is null)
            return result with { Diagnostics = diagnostics.ToSortedList() };
        if (staging.Commit(diagnostics))
        {
            changesFile?.Publish(output, diagnostics);
            pipeline.SaveCache();
            if (options.ReuseLastBuild) OutputRecords.Save(options, output, staging.Written(), pipeline.Notes);
        }
        else
        {
            changesFile?.Abandon(diagnostics);
            changes = null;
        }
        var timings = result.Timings.Append(new PhaseTiming("write", clock.Elapsed, $"{output}: {staging.CommitDetail}{staging.ChangesDetail}")).ToArray();
        return result with { Diagnostics = diagnostics.ToSortedList(), Timings = timings, Output = staging.Summary, Changes = changes, Notes = pipeline.Notes.Distinct().ToArray() };
    }

    /// <summary>Phases 1–4, putting every file into <paramref name="sink"/> as it is made; only 1–3 without one.</summary>
    private static BuildResult Run(BuildOptions options, IOutputSink? sink, BuildPipeline? pipeline = null)
    {
        pipeline ??= new BuildPipeline(options, keep: false);
        var run = pipeline.Run(options, changed: null, sink);
        return new BuildResult(run.Diagnostics.ToSortedList(), [], run.Timings, run.Site) { Notes = pipeline.Notes.Distinct().ToArray(), RenderedPages = run.RenderedPages, AnalysedBulletins = run.AnalysedBulletins, ParsedBulletins = run.ParsedBulletins };
    }
}
