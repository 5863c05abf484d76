namespace SiteGen.Images;

/// <summary>A picture in the sizes a browser can choose from (srcset), smallest first; <see cref="WebpVariants"/> the same sizes as WebP, or none.</summary>
public sealed record ResponsiveImage(IReadOnlyList<ImageVariant> Variants, IReadOnlyList<ImageVariant> WebpVariants)
{
    public ResponsiveImage(IReadOnlyList<ImageVariant> variants) : this(variants, []) { }

    /// <summary>Width of the size used as the plain <c>src</c>: the first one at least this wide, for browsers without srcset.</summary>
    public const int DefaultWidth = 960;

    /// <summary>The size of <paramref name="sizes"/> used as the plain <c>src</c>, as <see cref="PictureSizes.Default"/> picks it.</summary>
    public static PlannedSize DefaultOf(IReadOnlyList<PlannedSize> sizes) => sizes.FirstOrDefault(s => s.Width >= DefaultWidth) ?? sizes[^1];

    /// <summary>The <c>sizes</c> attribute for a picture in the text column: its full width on a phone, at most 46rem on a wider screen.</summary>
    public const string ColumnSizes = "(min-width: 48rem) 46rem, 100vw";
}

/// <summary>
/// The sizes <see cref="ImageResizer.Resize"/> makes of a picture, known before any is made (what pages show of it); the
/// files themselves are made when they are copied beside the pages, so a site's pictures are never all in memory.
/// </summary>
public sealed record PictureSizes(IReadOnlyList<PlannedSize> Variants, IReadOnlyList<PlannedSize> WebpVariants)
{
    /// <param name="withWebp">Also the WebP sizes, as for a bulletin's own picture.</param>
    public static PictureSizes Of(string fileName, ImageInfo info, bool withWebp) =>
        new(ImageResizer.Plan(fileName, info), withWebp ? ImageResizer.WebpPlan(fileName, info) : []);

    public PlannedSize Default => ResponsiveImage.DefaultOf(Variants);

    public PlannedSize Largest => Variants[^1];
}
