namespace SiteGen.Import;

/// <summary>
/// A bulletin made from a release: each front-matter field with where its value came from, the cleaned body,
/// what was left out, and what could not be told (each naming the option to pass).
/// </summary>
public sealed record ImportedBulletin
{
    public required Guess Title { get; init; }
    public required Guess Unit { get; init; }
    public required Guess Date { get; init; }
    public required Guess Election { get; init; }
    public Guess? Tags { get; init; }
    public Guess? Summary { get; init; }
    public Guess? Location { get; init; }
    public Guess? Author { get; init; }
    /// <summary>The picture to write next to the bulletin as its 'image:'; null when the release has none that can be used.</summary>
    public ImportedPicture? Picture => Pictures.Count > 0 ? Pictures[0] : null;

    /// <summary>Every picture written next to the bulletin, in the document's order: the first is its 'image:', the others stand in the text.</summary>
    public IReadOnlyList<ImportedPicture> Pictures { get; init; } = [];
    public Guess? ImageCaption { get; init; }
    public Guess? ImageCredit { get; init; }
    public string? Slug { get; init; }
    /// <summary>True when the writer chose the slug: it is written as 'slug:' so the web address follows it, not the title.</summary>
    public bool SlugGiven { get; init; }
    public required string Body { get; init; }
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];
    /// <summary>Other things the writer should know (a date in the future, a picture caption without its picture).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The guesses in the order the printout shows them, with their front-matter keys.</summary>
    public IEnumerable<(string Key, Guess? Guess)> Fields =>
    [
        ("title", Title), ("unit", Unit), ("date", Date), ("election", Election), ("location", Location), ("tags", Tags),
        ("summary", Summary), ("author", Author), ("image", Picture?.Image), ("image_alt", Picture?.Alt),
        ("image_caption", ImageCaption), ("image_credit", ImageCredit),
    ];

    /// <summary>Required fields that have no value: the bulletin cannot be written until the writer passes them.</summary>
    public IReadOnlyList<string> Missing =>
        new[] { ("title", Title), ("unit", Unit), ("date", Date), ("election", Election) }.Where(f => !f.Item2.Found).Select(f => f.Item1).ToArray();

    /// <summary>Every doubt of every guess, then the notes.</summary>
    public IReadOnlyList<string> Warnings => Fields.Select(f => f.Guess?.Doubt).OfType<string>().Concat(Notes).ToArray();

    /// <summary>Where the file goes, relative to the site: content/bulletins/{yyyy}/{slug}.md; null while the title or date is missing.</summary>
    public string? Path => Date.Found && Slug is { Length: > 0 } slug ? $"content/bulletins/{Date.Values[0][..4]}/{slug}.md" : null;

    /// <summary>The files written with the bulletin (its pictures), at their paths relative to the site.</summary>
    public IReadOnlyList<Loading.SourceFile> Files =>
        Path is { } path ? Pictures.Select(p => new Loading.SourceFile(path[..(path.LastIndexOf('/') + 1)] + p.FileName, p.Bytes)).ToArray() : [];

    /// <summary>Where the picture goes, next to the bulletin; null without a picture or while <see cref="Path"/> is.</summary>
    public string? PicturePath => Path is { } path && Picture is { } picture ? path[..(path.LastIndexOf('/') + 1)] + picture.FileName : null;
}
