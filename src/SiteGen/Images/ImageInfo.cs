namespace SiteGen.Images;

/// <summary>What a picture is, read from its header: size as displayed (after any EXIF rotation) and its format.</summary>
public sealed record ImageInfo(int Width, int Height, ImageFormat Format);
