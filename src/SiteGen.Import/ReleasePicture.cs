namespace SiteGen.Import;

/// <summary>A picture embedded in a release (a photo in a Word document), with the description Word keeps as its alt text.</summary>
public sealed record ReleasePicture(byte[] Bytes, string? Description)
{
    /// <summary>
    /// Why the release shows the picture but it cannot be imported ("linked to a file outside the document rather than held
    /// in it"); its bytes are then empty. Null for a picture that was read.
    /// </summary>
    public string? LeftOut { get; init; }

    /// <summary>The words of the paragraph before the picture in the document (its own, when it stands in a line of text); null above all text.</summary>
    public string? After { get; init; }

    /// <summary>The picture's caption in Word's caption style right after it; null when it has none.</summary>
    public string? Caption { get; init; }

    /// <summary>The short paragraph right after the picture (not a heading), its caption when the cleaned text keeps it as a line of the text.</summary>
    public string? ShortLineAfter { get; init; }
}
