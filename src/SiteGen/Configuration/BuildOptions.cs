namespace SiteGen.Configuration;

/// <summary>What a build reads, where it writes, and which bulletins it publishes.</summary>
public sealed record BuildOptions
{
    public required string SourceRoot { get; init; }
    /// <summary>The output folder; defaults to "output" inside the source folder.</summary>
    public string? OutputRoot { get; init; }
    /// <summary>Where a build that writes lists the files it added, changed and removed in the output folder (<c>--changes</c>); null for no list.</summary>
    public string? ChangesFile { get; init; }
    public string? BaseUrl { get; init; }
    public bool IncludeDrafts { get; init; }
    public bool IncludeFuture { get; init; }
    /// <summary>The moment "now" for future and expiry checks; injected so builds are repeatable.</summary>
    public required DateTimeOffset Now { get; init; }
    /// <summary>Treat warnings as errors: nothing is written when there are any (<c>--strict</c>).</summary>
    public bool Strict { get; init; }
    /// <summary>Run Parse and Render on all cores (the default); off gives the same bytes, only slower.</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>
    /// Bytes of bulletin bodies (HTML and text, from Parse to Render) a build keeps in memory; beyond, it keeps them in a
    /// temporary file. The default holds some 30,000 bulletins, far more than one office writes.
    /// </summary>
    public long BodyMemoryBudget { get; init; } = DefaultBodyMemoryBudget;

    public const long DefaultBodyMemoryBudget = 256L * 1024 * 1024;

    /// <summary>
    /// List every link of the bulletins' bodies for <c>sitegen check</c> (the default); a build that writes the site needs
    /// none, and a million bulletins' lists take some 200 MB.
    /// </summary>
    public bool ListLinks { get; init; } = true;

    /// <summary>Where that temporary file is made; the system's temporary folder when null. Changed only by tests.</summary>
    internal string? BodyFolder { get; init; }

    /// <summary>Pages one sitemap file lists (sitemaps.org allows 50,000); a site with more gets parts. Changed only by tests.</summary>
    internal int SitemapLimit { get; init; } = 50_000;

    /// <summary>
    /// A build that writes the site takes from the last written build what the change did not affect: each page whose
    /// content did not change, from the output folder (checked against its record in the cache folder, <c>pages.bin</c>),
    /// and each bulletin's search analysis whose text did not change (<c>search.bin</c>); the default. Off
    /// (<c>--no-cache</c>) makes everything anew. Builds in memory make everything either way.
    /// </summary>
    public bool ReuseLastBuild { get; init; } = true;

    /// <summary>Where resized pictures, and the records of the last written build's pages and search analyses, are kept between builds; defaults to ".sitegen/cache" in the source folder.</summary>
    public string? CacheRoot { get; init; }

    public string ResolvedOutputRoot => Path.GetFullPath(OutputRoot ?? Path.Combine(SourceRoot, "output"));

    public string ResolvedCacheRoot => Path.GetFullPath(CacheRoot ?? Path.Combine(SourceRoot, ".sitegen", "cache"));
}
