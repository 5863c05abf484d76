using SiteGen.Configuration;
using SiteGen.Loading;

namespace SiteGen.Pipeline;

/// <summary>
/// The folder a build keeps what it learnt in for the next one (<see cref="BuildOptions.ResolvedCacheRoot"/>,
/// <c>.sitegen/cache</c>): resized pictures, the records of its pages (<see cref="PageRecords"/>) and its search analyses
/// (<see cref="KeptAnalyses"/>).
/// </summary>
internal static class CacheFolder
{
    /// <summary>
    /// This SiteGen, as every cache file names it: the build of each assembly that makes what is kept (any change to their
    /// code is a new identity), and their versions. A file of another identity is not used.
    /// </summary>
    public static string Identity { get; } = string.Join(";",
        new[] { typeof(CacheFolder).Assembly, typeof(Scriban.Template).Assembly, typeof(Markdig.Markdown).Assembly, typeof(YamlDotNet.Serialization.Deserializer).Assembly }
            .Select(a => $"{a.GetName().Name}/{a.GetName().Version}/{a.ManifestModule.ModuleVersionId:N}"));

    /// <summary>
    /// The path of the file <paramref name="name"/> in the cache folder; null when the folder, not given on purpose, leads
    /// outside the site's folder (links resolved): a link committed as <c>.sitegen</c> must not make a build read or write
    /// elsewhere (the picture cache warns of it).
    /// </summary>
    public static string? File(BuildOptions options, string name)
    {
        var folder = options.ResolvedCacheRoot;
        if (options.CacheRoot is null && (RealPath.Of(folder) is not { } real || RealPath.Of(options.SourceRoot) is not { } site || !RealPath.IsWithin(real, site)))
            return null;
        return Path.Join(folder, name);
    }

    /// <summary>A cache file as a person should see it: relative to the site's folder, unless the folder was given on purpose.</summary>
    public static string Shown(BuildOptions options, string file) =>
        options.CacheRoot is null ? Path.GetRelativePath(options.SourceRoot, file).Replace('\\', '/') : file;
}
