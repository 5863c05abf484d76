namespace SiteGen.Diagnostics;

/// <summary>A place in a source file: path relative to the source folder, 1-based line and column.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    public static SourcePosition File(string path) => new(path, 0, 0);
}
