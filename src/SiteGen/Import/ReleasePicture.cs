namespace SiteGen.Import;

/// <summary>A picture embedded in a release (a photo in a Word document), with the description Word keeps as its alt text.</summary>
public sealed record ReleasePicture(byte[] Bytes, string? Description);
