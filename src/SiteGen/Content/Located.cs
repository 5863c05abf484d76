using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A value read from a file together with where it was written, so later checks can point at it.</summary>
public readonly record struct Located<T>(T Value, SourcePosition Position);
