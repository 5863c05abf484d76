using System.CommandLine;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Import;

namespace SiteGen.Cli;

/// <summary><c>sitegen import</c>: turns a press release (.txt, .md, .docx) into a bulletin, saying what it guessed and from which words.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The release: a .txt, .md or .docx file" };
        var source = SharedOptions.Source();
        var unit = new Option<string?>("--unit") { Description = "The unit, as named in content/units.yaml (instead of the guess)" };
        var election = new Option<string[]>("--election") { Description = "The election, as named in content/elections.yaml; may be given more than once" };
        var date = new Option<string?>("--date") { Description = "The date of the event, YYYY-MM-DD" };
        var title = new Option<string?>("--title") { Description = "The headline" };
        var location = new Option<string?>("--location") { Description = "Where the event took place" };
        var tags = new Option<string?>("--tags") { Description = "Tags, separated by commas" };
        var summary = new Option<string?>("--summary") { Description = "A one-sentence summary" };
        var author = new Option<string?>("--author") { Description = "The writer" };
        var slug = new Option<string?>("--slug") { Description = "The file and web-address name (a-z, 0-9, hyphens), instead of one made from the title" };
        var imageAlt = new Option<string?>("--image-alt") { Description = "What the document's photo shows, for readers who cannot see it (instead of Word's alt text or the caption)" };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Print the bulletin and the guesses; write nothing" };
        var command = new Command("import", "Make a bulletin from a press release (.txt, .md or .docx), guessing its unit, date, election and tags")
        {
            file, source, unit, election, date, title, location, tags, summary, author, slug, imageAlt, dryRun,
        };
        command.SetAction(parse =>
        {
            DateOnly? eventDate = null;
            if (parse.GetValue(date) is { } dateText)
            {
                if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"sitegen: --date must be written YYYY-MM-DD, e.g. --date 2024-09-20, not '{dateText}'");
                    return CommandLine.WrongUsage;
                }
                eventDate = parsed;
            }
            var slugText = parse.GetValue(slug)?.Trim();
            if (slugText is not null && !Model.Slug.IsValid(slugText))
            {
                Console.Error.WriteLine($"sitegen: --slug may hold only a-z, 0-9 and single hyphens inside, e.g. '{Model.Slug.From(slugText)}'");
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
            return Run(parse.GetValue(file)!, parse.GetValue(source)!, options, parse.GetValue(dryRun));
        });
        return command;
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Run(string file, string sourceRoot, ImportOptions options, bool dryRun)
    {
        if (!Directory.Exists(sourceRoot))
        {
            Console.Error.WriteLine($"sitegen: the source folder '{sourceRoot}' does not exist; pass --source with the folder that holds sitegen.yaml");
            return CommandLine.WrongUsage;
        }
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"sitegen: the file '{file}' does not exist");
            return CommandLine.WrongUsage;
        }
        if (!ReleaseReader.Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
        {
            Console.Error.WriteLine($"sitegen: '{file}' is not a file SiteGen can import; save the release as .txt, .md or .docx");
            return CommandLine.WrongUsage;
        }

        // The release is read first: a file that cannot be imported is refused before the site is loaded.
        IReadOnlyList<ReleaseBlock>? blocks;
        IReadOnlyList<ReleasePicture> pictures;
        string? unreadable;
        try
        {
            using var content = File.OpenRead(file);
            blocks = ReleaseReader.Read(Path.GetFileName(file), content, out pictures, out unreadable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitegen: the file '{file}' cannot be read ({e.Message})");
            return CommandLine.WrongUsage;
        }
        if (blocks is null)
        {
            Console.Error.WriteLine($"sitegen: not imported: {unreadable}");
            return CommandLine.ContentErrors;
        }

        var site = ImportSite.Load(sourceRoot);
        if (site.Problems.Count > 0)
        {
            DiagnosticPrinter.Print(site.Problems, sourceRoot);
            Console.Error.WriteLine("sitegen: not imported: the site's settings or data files have errors; fix them first ('sitegen build' shows them too)");
            return CommandLine.ContentErrors;
        }
        var wrongNames = ReleaseImporter.CheckOptions(options, site);
        if (wrongNames.Count > 0)
        {
            foreach (var problem in wrongNames) Console.Error.WriteLine($"sitegen: {problem}");
            return CommandLine.WrongUsage;
        }

        var release = ReleaseText.From(blocks, pictures);
        var bulletin = ReleaseImporter.Import(release, site, options, DateTimeOffset.Now);

        Console.Error.WriteLine($"From {Path.GetFileName(file)}:");
        foreach (var (key, guess) in bulletin.Fields)
        {
            if (guess is null || !guess.Found) continue;
            Console.Error.WriteLine($"  {key}: {Shorten(guess.Value)} — from {guess.From}");
        }
        if (Removed(bulletin.Removed) is { Length: > 0 } removed) Console.Error.WriteLine($"  left out: {removed}");
        foreach (var warning in bulletin.Warnings) Console.Error.WriteLine($"warning: {warning}");

        if (bulletin.Missing.Count > 0)
        {
            var missing = bulletin.Missing.Select(m => $"--{m}").ToArray();
            Console.Error.WriteLine($"sitegen: not written: the {Join(bulletin.Missing.ToArray())} could not be told from the text; pass {Join(missing)}");
            return CommandLine.ContentErrors;
        }
        if (release.Body.Count == 0)
        {
            Console.Error.WriteLine("sitegen: not written: no text was found after the headline");
            return CommandLine.ContentErrors;
        }

        var path = bulletin.Path!;
        var text = BulletinWriter.Text(bulletin);
        var diagnostics = site.Check(path, text, DateTimeOffset.Now, bulletin.Files);
        DiagnosticPrinter.Print(diagnostics, sourceRoot);
        if (diagnostics.Any(d => d.IsError))
        {
            if (dryRun) Console.Write(text);
            Console.Error.WriteLine($"sitegen: not written: {path} would not build ({DiagnosticFormatter.Count(diagnostics.Count(d => d.IsError), diagnostics.Count(d => !d.IsError))}); pass the option named above, or fix the release");
            return CommandLine.ContentErrors;
        }
        string[] paths = [path, .. bulletin.Files.Select(f => f.Path)];
        int Taken(string existing)
        {
            Console.Error.WriteLine($"sitegen: not written: {existing} already exists; pass --slug NAME to write it under another name, or remove the file");
            return CommandLine.ContentErrors;
        }
        if (paths.FirstOrDefault(p => File.Exists(Path.Combine(site.Root, p))) is { } taken) return Taken(taken);
        var written = string.Join(" and ", paths);
        if (dryRun)
        {
            Console.Write(text);
            Console.Error.WriteLine($"dry run: would write {written}");
            return CommandLine.Success;
        }
        // The picture first, so that a bulletin is never written without the picture it names; either is new or not written at all.
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
        Console.Error.WriteLine($"wrote {written}");
        return CommandLine.Success;
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97].TrimEnd() + "…";

    private static string Join(string[] items) =>
        items.Length <= 1 ? string.Join("", items) : string.Join(", ", items[..^1]) + " and " + items[^1];

    /// <summary>"share buttons (2 lines), closing code '(*)', list of other news at the end ('BERITA TERBARU' and 5 more lines)".</summary>
    private static string Removed(IReadOnlyList<RemovedText> removed) =>
        string.Join(", ", removed.GroupBy(r => r.What).Select(g =>
        {
            var first = Shorten(g.First().Text);
            var count = g.Count();
            return count == 1 ? $"{g.Key} '{first}'" : $"{g.Key} ('{first}' and {count - 1} more line{(count == 2 ? "" : "s")})";
        }));
}
