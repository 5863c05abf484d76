namespace SiteGen.Images;

/// <summary>One size of a picture as it will be written: its file name beside the page, width and height.</summary>
public sealed record PlannedSize(string FileName, int Width, int Height);
