namespace SiteGen.Images;

/// <summary>A picture in the sizes a browser can choose from (srcset), smallest first.</summary>
public sealed record ResponsiveImage(IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>Width of the size used as the plain <c>src</c>: the first one at least this wide, for browsers without srcset.</summary>
    public const int DefaultWidth = 960;

    public ImageVariant Default => Variants.FirstOrDefault(v => v.Width >= DefaultWidth) ?? Variants[^1];

    public ImageVariant Largest => Variants[^1];
}
