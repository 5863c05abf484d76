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

    /// <summary>The start of a PNG file: signature and header chunk for a picture of the given size, then a little image data.</summary>
    public static byte[] PngHeader(int width, int height)
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            uint crc = 0xFFFFFFFF;
            foreach (var b in typed)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
            return [.. BigEndian((uint)data.Length), .. typed, .. BigEndian(~crc)];
        }
        static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
        byte[] header = [.. BigEndian((uint)width), .. BigEndian((uint)height), 8, 0, 0, 0, 0];
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }
}
