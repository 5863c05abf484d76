namespace SiteGen.Images;

/// <summary>The picture formats bulletins may use. JPEG, PNG and WebP are resized; GIF is copied as it is (it may be animated).</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
    Gif,
}
