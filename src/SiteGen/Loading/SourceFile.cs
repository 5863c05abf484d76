namespace SiteGen.Loading;

/// <summary>A file copied or processed as bytes (images, theme assets), with its path relative to its root.</summary>
public sealed record SourceFile(string Path, byte[] Bytes);
