namespace SiteGen.Output;

/// <summary>How a file of a build differs from the output folder it replaced.</summary>
public enum ChangeKind
{
    /// <summary>The previous output had no file at this path.</summary>
    Added,

    /// <summary>The previous output had a file here with other bytes.</summary>
    Changed,

    /// <summary>The previous output had a file here that the build no longer makes.</summary>
    Removed,
}
