using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Images;

/// <summary>The office's logo (<c>logo:</c> of sitegen.yaml), read from content/ and checked as a bulletin's picture is: the header, the favicon and the phone icons are made from it.</summary>
public sealed record SiteLogo(string Path, byte[] Bytes, ImageInfo Info)
{
    /// <summary>Below this many pixels on its shorter side the icons made from a logo are enlarged, and look blurred.</summary>
    public const int SmallSide = 192;

    /// <summary>The size to recommend: the largest icon made from a logo.</summary>
    public const int RecommendedSide = 512;

    /// <summary>The logo <paramref name="config"/> names, when it is a picture SiteGen can use; null when none is set or it cannot be used (reported at the setting).</summary>
    public static SiteLogo? Find(SiteConfig config, IReadOnlyDictionary<string, SourceFile> contentFiles, DiagnosticBag diagnostics)
    {
        if (config.Logo is not { } setting) return null;
        var at = setting.Position;
        if (!contentFiles.TryGetValue(setting.Path, out var file))
        {
            var slash = setting.Path.LastIndexOf('/');
            var folder = setting.Path[..slash];
            var besides = contentFiles.Keys
                .Where(k => k.StartsWith(folder + "/", StringComparison.Ordinal) && k.IndexOf('/', folder.Length + 1) < 0)
                .Select(k => k[(folder.Length + 1)..]);
            var near = NearMatch.Find(setting.Path[(slash + 1)..], besides);
            diagnostics.Error(at, DiagnosticCodes.LogoUnusable,
                near is null ? Say.LogoNotFound.With(setting.Path) : Say.LogoNotFoundNear.With(setting.Path, folder + "/" + near));
            return null;
        }
        if (ImageProbe.Read(file.Bytes) is not { Format: not ImageFormat.Gif } info)
        {
            diagnostics.Error(at, DiagnosticCodes.LogoUnusable, Say.LogoUnreadable.With(setting.Path));
            return null;
        }
        if (!ImageResizer.CanResize(info))
        {
            diagnostics.Error(at, DiagnosticCodes.LogoUnusable, Say.LogoTooManyPixels.With(setting.Path, info.Width, info.Height, ImageResizer.MaxPixels / 1_000_000));
            return null;
        }
        if (Math.Min(info.Width, info.Height) < SmallSide)
            diagnostics.Warning(at, DiagnosticCodes.LogoUnusable, Say.LogoSmall.With(setting.Path, info.Width, info.Height, RecommendedSide));
        return new SiteLogo(setting.Path, file.Bytes, info);
    }
}
