using SiteGen.Content;
using SiteGen.Messages;
using SiteGen.Text;

namespace SiteGen.Import;

/// <summary>Makes a bulletin from a cleaned release: every guess in turn, each replaced by the writer's option when given.</summary>
public static partial class ReleaseImporter
{
    public static ImportedBulletin Import(ReleaseText release, ImportSite site, ImportOptions options, DateTimeOffset now)
    {
        var today = site.Today(now);

        var title = options.Title is { } t ? Guess.Given("--title", t) : Title(release, site);
        // The guesses read the headline as it will be written, so a headline in capitals names its unit and election as the text does.
        var passages = release.Passages().Select(p => p.Place == TextPlace.Title && title.Found ? p with { Text = title.Values[0] } : p).ToArray();
        var unit = options.Unit is { } u ? Guess.Given("--unit", u)
            : release.Letterhead is { UnitLine: { } unitLine } letterhead ? LetterheadUnit(letterhead, unitLine, site)
            : UnitGuess.From(passages, site.Units);
        var date = options.Date is { } d ? Guess.Given("--date", DateGuess.Format(d)) : DateGuess.From(passages, today);
        DateOnly? eventDate = date.Found ? DateOnly.ParseExact(date.Values[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        var election = options.Elections.Count > 0 ? Guess.Given("--election", options.Elections) : ElectionGuess.From(passages, site.Elections, eventDate);
        var location = options.Location is { } l ? Guess.Given("--location", l) : LocationGuess.From(passages);
        var tags = options.Tags is { } given ? Guess.Given("--tags", given) : TagGuess.From(passages, site.Tags);
        var summary = options.Summary is { } s ? Guess.Given("--summary", s) : SummaryGuess.From(release);
        var author = options.Author is { } a ? Guess.Given("--author", a)
            : release.Signature is { } signature && release.Credits.Author is null ? Signer(signature, unit, site) : Author(release.Credits, unit);
        var caption = release.Credits.ImageCaption is { } c ? Guess.Of(c, Say.ImportFromPhotoCaption) : null;
        var credit = release.Credits.ImageCredit is { } pc ? Guess.Of(pc, Say.ImportFromPhotoCredit) : null;

        var notes = new List<string>(release.Notes);
        if (eventDate > today)
            notes.Add(Say.ImportFutureDate.With(date.Value));

        var slug = options.Slug ?? (title.Found ? Slug.From(title.Values[0]) : null);
        var pictures = Pictures(release.Pictures.Select(p => p.Caption is null && p.ShortLineAfter is { } line && release.HoldsLine(line) ? p with { Caption = line } : p).ToArray(),
            slug, options.ImageAlt, caption, notes);
        // A caption Word keeps under the first picture, when no "Foto: …" line gave one, is the bulletin picture's caption.
        string? captionOnTop = null;
        if (caption is null && pictures.Count > 0 && pictures[0].Caption is { } under)
        {
            caption = Guess.Of(under, Say.ImportFromPictureCaption);
            captionOnTop = under;
        }
        var body = pictures.Count > 1 || captionOnTop is not null
            ? release.BodyMarkdownWith(pictures.Skip(1).Select(p => (p.After, Caption: (string?)p.Alt.Values[0], Markdown: $"![{MarkdownText.Escape(p.Alt.Values[0])}]({p.FileName})")).ToArray(), captionOnTop)
            : release.BodyMarkdown;
        if (pictures.Count == 0 && (caption is not null || credit is not null))
            notes.Add(Say.ImportCaptionKept);
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
            Pictures = pictures,
            ImageCaption = caption,
            ImageCredit = credit,
            Slug = slug,
            SlugGiven = options.Slug is not null,
            Body = body,
            Removed = release.Removed,
            Notes = notes,
        };
    }

    /// <summary>
    /// The release's pictures the site can show, in the document's order, each named after the bulletin ("{slug}.jpg",
    /// "{slug}-2.jpg", …) with its description. The first is the bulletin's picture, described as given, by Word's alt text or
    /// by its caption (a doubt); the others stand in the text, described by their caption or Word's alt text. A picture left
    /// out is named in a note saying why.
    /// </summary>
    private static List<ImportedPicture> Pictures(IReadOnlyList<ReleasePicture> pictures, string? slug, string? altGiven, Guess? caption, List<string> notes)
    {
        var kept = new List<ImportedPicture>();
        if (pictures.Count == 0) return kept;
        foreach (var reason in pictures.Select(p => p.LeftOut).OfType<string>().GroupBy(r => r, StringComparer.Ordinal))
        {
            var count = reason.Count();
            notes.Add(count == 1 ? Say.ImportPictureLeftOutOne.With(reason.Key) : Say.ImportPictureLeftOutMany.With(count, reason.Key));
        }
        pictures = pictures.Where(p => p.LeftOut is null).ToArray();
        if (pictures.Count == 0) return kept;
        var readable = pictures.Select(p => (Picture: p, Info: Images.ImageProbe.Read(p.Bytes)!)).Where(p => p.Info is not null).ToArray();
        var usable = readable.Where(p => Images.ImageResizer.CanResize(p.Info)).ToArray();
        var tooLarge = readable.Where(p => !Images.ImageResizer.CanResize(p.Info)).Select(p => p.Info).ToArray();
        if (tooLarge.Length > 0)
            notes.Add((tooLarge.Length == 1 ? Say.ImportPictureHugeOne : Say.ImportPictureHugeMany)
                .With(Plain(tooLarge[0].Width), Plain(tooLarge[0].Height), Images.ImageResizer.MaxPixels / 1_000_000, tooLarge.Length));
        if (pictures.Count > readable.Length)
        {
            var other = pictures.Count - readable.Length;
            notes.Add(other == 1 ? Say.ImportPictureFormatOne : Say.ImportPictureFormatMany.With(other));
        }
        var stem = slug is { Length: > 0 } ? slug : "foto";
        foreach (var (picture, info) in usable)
        {
            var first = kept.Count == 0;
            var alt = first
                ? altGiven is { } given ? Guess.Given("--image-alt", given)
                    : picture.Description is { } description ? Guess.Of(description, Say.ImportAltFromWord)
                    : (caption?.Values.FirstOrDefault() ?? picture.Caption) is { } captionText ? Guess.Of(captionText, Say.ImportAltFromCaption, Say.ImportAltIsCaption)
                    : null
                : picture.Caption is { } under ? Guess.Of(under, Say.ImportFromPictureCaption)
                : picture.Description is { } alone ? Guess.Of(alone, Say.ImportAltFromWord)
                : null;
            if (alt is null)
            {
                notes.Add(first ? Say.ImportPictureNoAlt : Say.ImportPictureInTextNoAlt.With(Plain(info.Width), Plain(info.Height)));
                continue;
            }
            var fileName = (kept.Count == 0 ? stem : $"{stem}-{Plain(kept.Count + 1)}") + info.Format switch
            {
                Images.ImageFormat.Png => ".png",
                Images.ImageFormat.Webp => ".webp",
                Images.ImageFormat.Gif => ".gif",
                _ => ".jpg",
            };
            var size = $"{Plain(info.Width)}×{Plain(info.Height)}";
            var from = first ? (usable.Length > 1 ? Say.ImportImageFromDocumentFirst : Say.ImportImageFromDocument) : Say.ImportImageInText;
            kept.Add(new ImportedPicture(fileName, picture.Bytes, info, Guess.Of(fileName, from.With(size)), alt) { After = picture.After, Caption = picture.Caption });
        }
        return kept;
    }

    /// <summary>The headline as the bulletin's title: in title case when the release typed it in capitals, with the words it came from.</summary>
    private static Guess Title(ReleaseText release, ImportSite site)
    {
        if (release.Headline is not { } headline)
            return Guess.Unknown(release.Letterhead is null ? Say.ImportNoHeadline : Say.ImportNoHeadlineAfterLetterhead);
        var text = HeadlineGuess.Title(headline);
        var from = release.Letterhead is not null ? Say.ImportTitleAfterLetterhead
            : release.HeadlineMarked ? Say.ImportTitleFromHeading
            : Say.ImportTitleFromShape;
        if (!TitleCase.IsCapitals(text)) return Guess.Of(text, from);
        return Guess.Of(TitleCase.Of(text, Names(site)), Say.ImportTitleInCapitals.With(from));
    }

    /// <summary>Names as the site writes them (units, their regions and Polda, elections, tags), whose words a title in capitals keeps.</summary>
    private static IEnumerable<string> Names(ImportSite site) =>
        site.Units.SelectMany(u => new[] { u.Name, u.Region, u.Polda }).Concat(site.Elections.Select(e => e.Name)).Concat(site.Tags);

    /// <summary>The unit that issued the release, by its letterhead; a unit the site does not list is a doubt, not a guess from the text.</summary>
    private static Guess LetterheadUnit(Letterhead letterhead, string line, ImportSite site) =>
        letterhead.Unit(site.Units, out var spoken) is { } unit
            ? Guess.Of(unit.Name, Say.ImportUnitFromLetterhead.With(line))
            : Guess.Unknown(Say.ImportLetterheadUnitUnknown.With(line, spoken));

    /// <summary>The signing office as the author ("Kasi Humas Polres Malang"); an office named without its unit ("KASI HUMAS") gets the unit.</summary>
    private static Guess Signer(SignatureBlock signature, Guess unit, ImportSite site)
    {
        var role = TitleCase.IsCapitals(signature.Role) ? TitleCase.Of(signature.Role, Names(site)) : signature.Role;
        if (unit.Found && !UnitWord().IsMatch(role))
            return Guess.Of($"{role} {unit.Values[0]}", Say.ImportAuthorFromSignatureWithUnit.With(signature.Quoted));
        return Guess.Of(role, Say.ImportAuthorFromSignature.With(signature.Quoted));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Pol(res|resta|restabes|sek|da|ri)|Resor|Daerah|Sektor)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex UnitWord();

    /// <summary>A pixel count as digits only, as in "20000×20000", whatever the language.</summary>
    private static string Plain(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Guess? Author(CreditLines credits, Guess unit)
    {
        var lines = string.Join(" / ", credits.AuthorLines.Select(l => $"'{l}'"));
        if (credits.Author is { } author && !credits.AuthorHasOnlyEditors) return Guess.Of(author, lines);
        if (!unit.Found) return credits.Author is { } editors ? Guess.Of(editors, lines) : null;
        // Releases are the unit's Humas office's own; the site's bulletins are signed so.
        var humas = "Humas " + unit.Values[0];
        return credits.Author is { } only
            ? Guess.Of($"{humas}; {only}", Say.ImportAuthorWithHumas.With(lines))
            : Guess.Of(humas, Say.ImportAuthorHumas);
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
