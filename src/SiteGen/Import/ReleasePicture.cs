namespace SiteGen.Import;

/// <summary>A picture embedded in a release (a photo in a Word document), with the description Word keeps as its alt text.</summary>
public sealed record ReleasePicture(byte[] Bytes, string? Description)
{
    /// <summary>
    /// Why the release shows the picture but it cannot be imported ("linked to a file outside the document rather than held
    /// in it"); its bytes are then empty. Null for a picture that was read.
    /// </summary>
    public string? LeftOut { get; init; }
}
