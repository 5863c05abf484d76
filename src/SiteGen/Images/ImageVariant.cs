namespace SiteGen.Images;

/// <summary>One size of a picture as written beside the bulletin's page.</summary>
public sealed record ImageVariant(string FileName, int Width, int Height, byte[] Bytes);
