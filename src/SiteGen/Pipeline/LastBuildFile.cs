namespace SiteGen.Pipeline;

/// <summary>What a file of the cache folder, written by the last build, was found to be when this build read it.</summary>
internal enum LastBuildFile
{
    /// <summary>There is none (a first build, or the cache was deleted).</summary>
    None,
    /// <summary>It can be used.</summary>
    Usable,
    /// <summary>It was written by another SiteGen (an upgrade): what it holds cannot be compared.</summary>
    OtherVersion,
    /// <summary>It was written for other settings, theme or site-wide content, which all it holds depends on.</summary>
    OtherSite,
    /// <summary>It is cut short, altered or not SiteGen's.</summary>
    Damaged,
}
