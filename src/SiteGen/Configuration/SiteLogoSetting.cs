using SiteGen.Diagnostics;

namespace SiteGen.Configuration;

/// <summary>The <c>logo:</c> setting: the picture's path relative to the site's folder ("content/logo.png") and where it is written, for messages about the file.</summary>
public sealed record SiteLogoSetting(string Path, SourcePosition Position);
