using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>Makes a bulletin from a cleaned release: every guess in turn, each replaced by the writer's option when given.</summary>
public static class ReleaseImporter
{
    public static ImportedBulletin Import(ReleaseText release, ImportSite site, ImportOptions options, DateTimeOffset now)
    {
        var passages = release.Passages();
        var today = site.Today(now);

        var title = options.Title is { } t ? Guess.Given("--title", t)
            : release.Headline is { } headline ? Guess.Of(HeadlineGuess.Title(headline), headline.IsStrong ? "the heading at the top" : "the first line shaped like a headline")
            : Guess.Unknown("no headline found before the text — pass --title \"…\"");
        var unit = options.Unit is { } u ? Guess.Given("--unit", u) : UnitGuess.From(passages, site.Units);
        var date = options.Date is { } d ? Guess.Given("--date", DateGuess.Format(d)) : DateGuess.From(passages, today);
        DateOnly? eventDate = date.Found ? DateOnly.ParseExact(date.Values[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        var election = options.Elections.Count > 0 ? Guess.Given("--election", options.Elections) : ElectionGuess.From(passages, site.Elections, eventDate);
        var location = options.Location is { } l ? Guess.Given("--location", l) : LocationGuess.From(passages);
        var tags = options.Tags is { } given ? Guess.Given("--tags", given) : TagGuess.From(passages, site.Tags);
        var summary = options.Summary is { } s ? Guess.Given("--summary", s) : SummaryGuess.From(release);
        var author = options.Author is { } a ? Guess.Given("--author", a) : Author(release.Credits, unit);
        var caption = release.Credits.ImageCaption is { } c ? Guess.Of(c, "a photo caption") : null;
        var credit = release.Credits.ImageCredit is { } pc ? Guess.Of(pc, "a photo credit") : null;

        var notes = new List<string>();
        if (eventDate > today)
            notes.Add($"the date {date.Value} is after today, so builds leave the bulletin out until then (preview it with 'sitegen build --future')");
        if (caption is not null || credit is not null)
            notes.Add("the photo's caption and credit are kept in the front matter; add 'image:' and 'image_alt:' when you put the picture next to the bulletin");

        var slug = options.Slug ?? (title.Found ? Model.Slug.From(title.Values[0]) : null);
        return new ImportedBulletin
        {
            Title = title,
            Unit = unit,
            Date = date,
            Election = election,
            Location = location,
            Tags = tags,
            Summary = summary,
            Author = author,
            ImageCaption = caption,
            ImageCredit = credit,
            Slug = slug,
            SlugGiven = options.Slug is not null,
            Body = release.BodyMarkdown,
            Removed = release.Removed,
            Notes = notes,
        };
    }

    private static Guess? Author(CreditLines credits, Guess unit)
    {
        var lines = string.Join(" / ", credits.AuthorLines.Select(l => $"'{l}'"));
        if (credits.Author is { } author && !credits.AuthorHasOnlyEditors) return Guess.Of(author, lines);
        if (!unit.Found) return credits.Author is { } editors ? Guess.Of(editors, lines) : null;
        // Releases are the unit's Humas office's own; the site's bulletins are signed so.
        var humas = "Humas " + unit.Values[0];
        return credits.Author is { } only
            ? Guess.Of($"{humas}; {only}", $"{lines}, with the unit's Humas as writer")
            : Guess.Of(humas, "no byline in the text; the unit's Humas office, as bulletins are signed");
    }

    /// <summary>Checks the options that must name something the site knows, with the build's near-miss hints.</summary>
    public static IReadOnlyList<string> CheckOptions(ImportOptions options, ImportSite site)
    {
        var problems = new List<string>();
        var catalog = new ReferenceCatalog(site.Units, site.Elections);
        var at = new Diagnostics.SourcePosition("--unit", 0, 0);
        var bag = new Diagnostics.DiagnosticBag();
        if (options.Unit is { } unit) catalog.Unit(new Located<string>(unit, at), bag);
        if (options.Elections.Count > 0)
            catalog.Elections(options.Elections.Select(e => new Located<string>(e, new Diagnostics.SourcePosition("--election", 0, 0))).ToArray(), bag);
        problems.AddRange(bag.ToSortedList().Select(d => $"{d.Path}: {d.Message}"));
        return problems;
    }
}
