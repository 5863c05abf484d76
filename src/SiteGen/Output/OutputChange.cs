namespace SiteGen.Output;

/// <summary>One file a build added, changed or removed against the previous output; the path is relative to the output folder, with forward slashes.</summary>
public sealed record OutputChange(ChangeKind Kind, string Path);
