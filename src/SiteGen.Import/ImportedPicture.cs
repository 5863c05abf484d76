using SiteGen.Images;

namespace SiteGen.Import;

/// <summary>A picture of the release, written next to the bulletin (the first as its 'image:'), with the guesses for its name and description.</summary>
/// <param name="FileName">The picture's file name beside the bulletin: the bulletin's slug and the picture's own format ("rapat-koordinasi.jpg").</param>
public sealed record ImportedPicture(string FileName, byte[] Bytes, ImageInfo Info, Guess Image, Guess Alt)
{
    /// <summary>The words of the paragraph before it in the document, where the text shows it; null above all text.</summary>
    public string? After { get; init; }

    /// <summary>Its caption in the document (the short paragraph under it), shown under it; null when it has none.</summary>
    public string? Caption { get; init; }
}
