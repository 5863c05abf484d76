using SiteGen.Images;

namespace SiteGen.Content;

/// <summary>A file under content/ that a bulletin uses, and the file name it gets beside the bulletin's page.</summary>
/// <param name="SourcePath">Path relative to the source folder.</param>
/// <param name="FileName">Name in the page's output folder.</param>
/// <param name="Image">Size and format, for pictures.</param>
public sealed record Resource(string SourcePath, string FileName, ImageInfo? Image = null)
{
    /// <summary>For a picture shown in a text: its description there (alt text), empty when it has none.</summary>
    public string? Alt { get; init; }

    /// <summary>The names it has beside the page: a picture is written in its sizes (<see cref="ImageResizer"/>), any other file under its own name.</summary>
    public IReadOnlyList<string> OutputNames => Image is null ? [FileName] : ImageResizer.FileNames(FileName, Image);
}
