using SkiaSharp;

namespace SiteGen.Images;

/// <summary>Reads a picture's size and format from its header without decoding it, so a corrupt or unsupported file is caught while parsing.</summary>
public static class ImageProbe
{
    /// <summary>The picture's info, or null when the bytes are not a JPEG, PNG, WebP or GIF picture that can be read.</summary>
    public static ImageInfo? Read(byte[] bytes)
    {
        if (bytes.Length == 0) return null;
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        ImageFormat? format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
            SKEncodedImageFormat.Png => ImageFormat.Png,
            SKEncodedImageFormat.Webp => ImageFormat.Webp,
            SKEncodedImageFormat.Gif => ImageFormat.Gif,
            _ => null,
        };
        var info = codec.Info;
        if (format is null || info.Width <= 0 || info.Height <= 0) return null;
        return Rotates(codec.EncodedOrigin)
            ? new ImageInfo(info.Height, info.Width, format.Value)
            : new ImageInfo(info.Width, info.Height, format.Value);
    }

    /// <summary>True when the EXIF orientation turns the picture a quarter, so width and height swap on screen.</summary>
    internal static bool Rotates(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
}
