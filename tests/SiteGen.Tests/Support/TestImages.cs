using SkiaSharp;

namespace SiteGen.Tests.Support;

/// <summary>Real pictures made for tests: a gradient with a mark in the top-left corner, so orientation can be checked.</summary>
internal static class TestImages
{
    public static byte[] Make(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint();
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(0x1d, 0x35, 0x57), new SKColor(0x45, 0x7b, 0x9d)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, paint);
            using var mark = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 4f, height / 4f, mark);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 85);
        return data.ToArray();
    }

    /// <summary>Reads "@image 1200x800 jpeg" (the format is optional) into a picture; null for any other text.</summary>
    public static byte[]? FromDirective(string text)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 3 || parts[0] != "@image") return null;
        var size = parts[1].Split('x');
        var format = parts.Length == 3 ? parts[2] switch
        {
            "png" => SKEncodedImageFormat.Png,
            "webp" => SKEncodedImageFormat.Webp,
            "gif" => SKEncodedImageFormat.Gif,
            _ => SKEncodedImageFormat.Jpeg,
        } : SKEncodedImageFormat.Jpeg;
        return Make(int.Parse(size[0]), int.Parse(size[1]), format);
    }
}
