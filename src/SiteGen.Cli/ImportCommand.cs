using System.CommandLine;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Import;
using SiteGen.Messages;
using SiteGen.Text;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen import</c>: turns press releases (.txt, .md, WhatsApp text, .docx, .pdf, .html), one file or a folder of them,
/// into bulletins, saying what it guessed and from which words; a folder ends with a table of what was written and why not.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = Say.ImportFilesArgument, Arity = ArgumentArity.OneOrMore };
        var source = SharedOptions.Source();
        var unit = new Option<string?>("--unit") { Description = Say.ImportUnitOption, HelpName = Say.HelpValueName };
        var election = new Option<string[]>("--election") { Description = Say.ImportElectionOption, HelpName = Say.HelpValueName };
        var date = new Option<string?>("--date") { Description = Say.ImportDateOption };
        var title = new Option<string?>("--title") { Description = Say.ImportTitleOption, HelpName = Say.HelpValueTitle };
        var location = new Option<string?>("--location") { Description = Say.ImportLocationOption, HelpName = Say.HelpValueText };
        var tags = new Option<string?>("--tags") { Description = Say.ImportTagsOption, HelpName = Say.HelpValueTags };
        var summary = new Option<string?>("--summary") { Description = Say.ImportSummaryOption, HelpName = Say.HelpValueText };
        var author = new Option<string?>("--author") { Description = Say.ImportAuthorOption, HelpName = Say.HelpValueName };
        var slug = new Option<string?>("--slug") { Description = Say.ImportSlugOption };
        var imageAlt = new Option<string?>("--image-alt") { Description = Say.ImportImageAltOption, HelpName = Say.HelpValueText };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = Say.ImportDryRunOption };
        var command = new Command("import", Say.ImportDescription)
        {
            files, source, unit, election, date, title, location, tags, summary, author, slug, imageAlt, dryRun,
        };
        command.SetAction(parse =>
        {
            DateOnly? eventDate = null;
            if (parse.GetValue(date) is { } dateText)
            {
                if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine("sitegen: " + Say.ImportDateFormat.With(dateText));
                    return CommandLine.WrongUsage;
                }
                eventDate = parsed;
            }
            var slugText = parse.GetValue(slug)?.Trim();
            if (slugText is not null && !Slug.IsValid(slugText))
            {
                Console.Error.WriteLine("sitegen: " + Say.ImportSlugInvalid.With(Slug.From(slugText)));
                return CommandLine.WrongUsage;
            }
            var options = new ImportOptions
            {
                Unit = Given(parse.GetValue(unit)),
                Elections = (parse.GetValue(election) ?? []).Select(e => e.Trim()).Where(e => e.Length > 0).ToArray(),
                Date = eventDate,
                Title = Given(parse.GetValue(title)),
                Location = Given(parse.GetValue(location)),
                Tags = parse.GetValue(tags) is { } t ? t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : null,
                Summary = Given(parse.GetValue(summary)),
                Author = Given(parse.GetValue(author)),
                Slug = slugText,
                ImageAlt = Given(parse.GetValue(imageAlt)),
            };
            return Run(parse.GetValue(files)!, parse.GetValue(source)!, options, parse.GetValue(dryRun));
        });
        return command;
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>What became of one release: its outcome for the table, the detail (where it went, or why not), and its exit code.</summary>
    private sealed record Outcome(string File, string Result, string Detail, int Exit);

    private static int Run(string[] paths, string sourceRoot, ImportOptions options, bool dryRun)
    {
        if (!Directory.Exists(sourceRoot))
        {
            Console.Error.WriteLine(SharedOptions.SourceMissing(sourceRoot));
            return CommandLine.WrongUsage;
        }
        foreach (var path in paths)
        {
            if (File.Exists(path) || Directory.Exists(path)) continue;
            Console.Error.WriteLine("sitegen: " + Say.ImportFileMissing.With(path));
            return CommandLine.WrongUsage;
        }
        if (paths.Length == 1 && File.Exists(paths[0])) return RunOne(paths[0], sourceRoot, options, dryRun);

        // A folder, or several files: the options that name one release cannot be given for all.
        foreach (var (given, name) in new[] { (options.Title, "--title"), (options.Slug, "--slug"), (options.Summary, "--summary"), (options.ImageAlt, "--image-alt") })
        {
            if (given is null) continue;
            Console.Error.WriteLine("sitegen: " + Say.ImportOptionForOne.With(name));
            return CommandLine.WrongUsage;
        }
        var releases = new List<string>();
        var outcomes = new List<Outcome>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (IsRelease(path)) releases.Add(path);
                else outcomes.Add(new Outcome(path, Say.ImportOutcomeNotRelease, "", CommandLine.ContentErrors));
                continue;
            }
            // Every file of the folder and its sub-folders, in an order that does not depend on the disk; files that are not releases are listed as such.
            var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal).ToArray();
            if (!found.Any(IsRelease))
            {
                Console.Error.WriteLine("sitegen: " + Say.ImportFolderEmpty.With(path));
                return CommandLine.WrongUsage;
            }
            foreach (var file in found)
                if (IsRelease(file)) releases.Add(file);
                else outcomes.Add(new Outcome(file, Say.ImportOutcomeNotRelease, "", CommandLine.Success));
        }

        var site = LoadSite(sourceRoot, options, out var exit);
        if (site is null) return exit;
        var imported = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in releases)
        {
            outcomes.Add(ImportFile(file, site, options, dryRun, imported));
            Console.Error.WriteLine();
        }
        PrintTable(outcomes.OrderBy(o => o.File, StringComparer.Ordinal).ToList(), dryRun);
        return outcomes.Any(o => o.Exit != CommandLine.Success) ? CommandLine.ContentErrors : CommandLine.Success;
    }

    private static bool IsRelease(string file) => ReleaseReader.Extensions.Contains(Path.GetExtension(file).ToLowerInvariant());

    /// <summary>One file, as before folders: a file that cannot be imported is refused before the site is loaded.</summary>
    private static int RunOne(string file, string sourceRoot, ImportOptions options, bool dryRun)
    {
        if (!IsRelease(file))
        {
            Console.Error.WriteLine("sitegen: " + Say.ImportNotARelease.With(file));
            return CommandLine.WrongUsage;
        }
        var read = Read(file, out var exit);
        if (read is null) return exit;
        var site = LoadSite(sourceRoot, options, out exit);
        if (site is null) return exit;
        return Import(file, read, site, options, dryRun, new Dictionary<string, string>(StringComparer.Ordinal)).Exit;
    }

    private static ImportSite? LoadSite(string sourceRoot, ImportOptions options, out int exit)
    {
        exit = CommandLine.Success;
        var site = ImportSite.Load(sourceRoot);
        if (site.Problems.Count > 0)
        {
            DiagnosticPrinter.Print(site.Problems, sourceRoot);
            Console.Error.WriteLine("sitegen: " + Say.ImportSiteHasErrors);
            exit = CommandLine.ContentErrors;
            return null;
        }
        var wrongNames = ReleaseImporter.CheckOptions(options, site);
        if (wrongNames.Count == 0) return site;
        foreach (var problem in wrongNames) Console.Error.WriteLine($"sitegen: {problem}");
        exit = CommandLine.WrongUsage;
        return null;
    }

    /// <summary>The release read and cleaned; null, having said why, when the file cannot be read or imported.</summary>
    private static ReleaseText? Read(string file, out int exit)
    {
        exit = CommandLine.Success;
        IReadOnlyList<ReleaseBlock>? blocks;
        IReadOnlyList<ReleasePicture> pictures;
        string? unreadable, note = null;
        try
        {
            using var content = File.OpenRead(file);
            blocks = ReleaseReader.Read(Path.GetFileName(file), content, out pictures, out unreadable, out note);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("sitegen: " + Say.ImportCannotRead.With(file, e.Message));
            exit = CommandLine.WrongUsage;
            return null;
        }
        if (blocks is null)
        {
            Console.Error.WriteLine("sitegen: " + Say.ImportNotImported.With(unreadable));
            exit = CommandLine.ContentErrors;
            return null;
        }
        return ReleaseText.From(blocks, pictures, note is null ? null : [note]);
    }

    /// <summary>One release of a folder: read, imported, written or refused on its own.</summary>
    private static Outcome ImportFile(string file, ImportSite site, ImportOptions options, bool dryRun, Dictionary<string, string> imported)
    {
        IReadOnlyList<ReleaseBlock>? blocks;
        IReadOnlyList<ReleasePicture> pictures;
        string? unreadable, note = null;
        try
        {
            using var content = File.OpenRead(file);
            blocks = ReleaseReader.Read(Path.GetFileName(file), content, out pictures, out unreadable, out note);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            unreadable = Say.ImportCannotRead.With(file, e.Message);
            blocks = null;
            pictures = [];
        }
        if (blocks is null)
        {
            Console.Error.WriteLine(Say.ImportFrom.With(file));
            Console.Error.WriteLine("sitegen: " + Say.ImportNotImported.With(unreadable));
            return new Outcome(file, Say.ImportOutcomeRefused, unreadable ?? "", CommandLine.ContentErrors);
        }
        return Import(file, ReleaseText.From(blocks, pictures, note is null ? null : [note]), site, options, dryRun, imported);
    }

    /// <summary>Guesses, prints, checks and writes one release; <paramref name="imported"/> holds the texts written so far in this run.</summary>
    private static Outcome Import(string file, ReleaseText release, ImportSite site, ImportOptions options, bool dryRun, Dictionary<string, string> imported)
    {
        var bulletin = ReleaseImporter.Import(release, site, options, DateTimeOffset.Now);
        Outcome Refused(string message, string detail)
        {
            Console.Error.WriteLine("sitegen: " + message);
            return new Outcome(file, Say.ImportOutcomeRefused, detail, CommandLine.ContentErrors);
        }

        Console.Error.WriteLine(Say.ImportFrom.With(Path.GetFileName(file)));
        foreach (var (key, guess) in bulletin.Fields)
        {
            if (guess is null || !guess.Found) continue;
            Console.Error.WriteLine(Say.ImportGuessLine.With(key, Shorten(guess.Value), guess.From));
        }
        if (Removed(bulletin.Removed) is { Length: > 0 } removed) Console.Error.WriteLine(Say.ImportLeftOut.With(removed));
        foreach (var warning in bulletin.Warnings) Console.Error.WriteLine(Say.ImportWarning.With(warning));

        if (bulletin.Missing.Count > 0)
        {
            var missing = Join(bulletin.Missing.Select(m => $"--{m}").ToArray());
            return Refused(Say.ImportMissing.With(Join(bulletin.Missing.ToArray()), missing), Say.ImportPassOptions.With(missing));
        }
        if (release.Body.Count == 0) return Refused(Say.ImportNoBody, Say.ImportDetailNoBody);

        var path = bulletin.Path!;
        var text = BulletinWriter.Text(bulletin);
        // The same text imported before (from this file, or the same release kept as .docx and .pdf) is recognised, not written twice.
        if (site.HoldingSameText(path, text) is { } existing)
        {
            var earlier = imported.TryGetValue(existing, out var from);
            Console.Error.WriteLine("sitegen: " + (earlier ? Say.ImportSameAsEarlier.With(Shown(from!)) : Say.ImportAlreadyImported.With(existing)));
            return new Outcome(file, Say.ImportOutcomeDuplicate, earlier ? Say.ImportDetailSameAs.With(Shown(from!)) : existing, CommandLine.Success);
        }
        var diagnostics = site.Check(path, text, DateTimeOffset.Now, bulletin.Files);
        DiagnosticPrinter.Print(diagnostics, site.Root);
        if (diagnostics.Any(d => d.IsError))
        {
            if (dryRun) Console.Write(text);
            var count = DiagnosticFormatter.Count(diagnostics.Count(d => d.IsError), diagnostics.Count(d => !d.IsError));
            return Refused(Say.ImportWouldNotBuild.With(path, count), $"{Say.ImportDetailWouldNotBuild} ({count})");
        }
        string[] paths = [path, .. bulletin.Files.Select(f => f.Path)];
        Outcome Taken(string taken) => Refused(Say.ImportExists.With(taken), Say.ImportDetailExists.With(taken));
        if (paths.FirstOrDefault(p => File.Exists(Path.Combine(site.Root, p))) is { } taken) return Taken(taken);
        var written = Join(paths);
        if (dryRun)
        {
            Console.Write(text);
            Console.Error.WriteLine(Say.ImportDryRunWould.With(written));
            site.Add(path, text);
            imported[path] = file;
            return new Outcome(file, Say.ImportOutcomeWouldWrite, path, CommandLine.Success);
        }
        // The pictures first, so that a bulletin is never written without the pictures it names; each is new or not written at all.
        var made = new List<string>();
        foreach (var extra in bulletin.Files)
        {
            var target = Path.Combine(site.Root, extra.Path);
            if (!BulletinWriter.TryWrite(target, extra.Bytes))
            {
                made.ForEach(File.Delete);
                return Taken(extra.Path);
            }
            made.Add(target);
        }
        if (!BulletinWriter.TryWrite(Path.Combine(site.Root, path), text))
        {
            made.ForEach(File.Delete);
            return Taken(path);
        }
        Console.Error.WriteLine(Say.ImportWrote.With(written));
        site.Add(path, text);
        imported[path] = file;
        return new Outcome(file, Say.ImportOutcomeWritten, path, CommandLine.Success);
    }

    /// <summary>The table at the end of a folder's import: each file, what became of it, and where it went or why not.</summary>
    private static void PrintTable(IReadOnlyList<Outcome> outcomes, bool dryRun)
    {
        string[] header = [Say.ImportTableFile, Say.ImportTableResult, Say.ImportTableDetail];
        var rows = outcomes.Select(o => new[] { Shown(o.File), o.Result, o.Detail.StartsWith("content/", StringComparison.Ordinal) ? o.Detail : Shorten(o.Detail) }).ToList();
        var widths = Enumerable.Range(0, 2).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        string Line(string[] cells) => $"{cells[0].PadRight(widths[0])}  {cells[1].PadRight(widths[1])}  {cells[2]}".TrimEnd();
        Console.Error.WriteLine(Line(header));
        foreach (var row in rows) Console.Error.WriteLine(Line(row));
        var written = outcomes.Count(o => o.Result == Say.ImportOutcomeWritten || o.Result == Say.ImportOutcomeWouldWrite);
        var duplicates = outcomes.Count(o => o.Result == Say.ImportOutcomeDuplicate);
        var refused = outcomes.Count(o => o.Result == Say.ImportOutcomeRefused);
        Console.Error.WriteLine((dryRun ? Say.ImportBatchSummaryDryRun : Say.ImportBatchSummary).With(written, duplicates, refused));
    }

    /// <summary>A file as the writer named it: relative to the folder the command runs in, when it is inside it.</summary>
    private static string Shown(string file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(file));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative.Replace('\\', '/');
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97].TrimEnd() + "…";

    private static string Join(string[] items) =>
        items.Length <= 1 ? string.Join("", items) : string.Join(", ", items[..^1]) + $" {Say.ImportAnd} " + items[^1];

    /// <summary>"share buttons (2 lines), closing code '(*)', list of other news at the end ('BERITA TERBARU' and 5 more lines)".</summary>
    private static string Removed(IReadOnlyList<RemovedText> removed) =>
        string.Join(", ", removed.GroupBy(r => r.What).Select(g =>
        {
            var first = Shorten(g.First().Text);
            var count = g.Count();
            return count switch
            {
                1 => Say.ImportRemovedOne.With(g.Key, first),
                2 => Say.ImportRemovedTwo.With(g.Key, first),
                _ => Say.ImportRemovedMany.With(g.Key, first, count - 1),
            };
        }));
}
