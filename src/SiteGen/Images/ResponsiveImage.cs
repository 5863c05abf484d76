namespace SiteGen.Images;

/// <summary>A picture in the sizes a browser can choose from (srcset), smallest first; <see cref="WebpVariants"/> the same sizes as WebP, or none.</summary>
public sealed record ResponsiveImage(IReadOnlyList<ImageVariant> Variants, IReadOnlyList<ImageVariant> WebpVariants)
{
    public ResponsiveImage(IReadOnlyList<ImageVariant> variants) : this(variants, []) { }

    /// <summary>Width of the size used as the plain <c>src</c>: the first one at least this wide, for browsers without srcset.</summary>
    public const int DefaultWidth = 960;

    public ImageVariant Default => Variants.FirstOrDefault(v => v.Width >= DefaultWidth) ?? Variants[^1];

    /// <summary>The size of <paramref name="sizes"/> used as the plain <c>src</c>, as <see cref="Default"/> picks it.</summary>
    public static PlannedSize DefaultOf(IReadOnlyList<PlannedSize> sizes) => sizes.FirstOrDefault(s => s.Width >= DefaultWidth) ?? sizes[^1];

    /// <summary>The <c>sizes</c> attribute for a picture in the text column: its full width on a phone, at most 46rem on a wider screen.</summary>
    public const string ColumnSizes = "(min-width: 48rem) 46rem, 100vw";

    public ImageVariant Largest => Variants[^1];
}
