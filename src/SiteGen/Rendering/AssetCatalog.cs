using System.Security.Cryptography;
using SiteGen.Loading;
using SiteGen.Output;

namespace SiteGen.Rendering;

/// <summary>
/// The theme's assets with content-hash names ("css/site.5d41402abc.css"), so a host can let browsers cache them
/// forever: a changed file gets a new name. Each asset is also written under its plain name, for references
/// from inside other assets (a stylesheet's url()).
/// </summary>
public sealed class AssetCatalog
{
    public const string Folder = "assets/";

    private readonly Dictionary<string, (SourceFile File, string HashedPath)> _assets = new(StringComparer.Ordinal);

    public AssetCatalog(IEnumerable<SourceFile> assets)
    {
        foreach (var asset in assets)
            _assets[asset.Path] = (asset, HashedName(asset));
    }

    public IEnumerable<string> Paths => _assets.Keys;

    /// <summary>The hashed path of an asset within the site ("assets/css/site.5d41402abc.css"), or null when the theme has no such asset.</summary>
    public string? PathOf(string asset) => _assets.TryGetValue(asset, out var entry) ? Folder + entry.HashedPath : null;

    public IEnumerable<OutputFile> Files() =>
        _assets.Values.SelectMany(a => new[] { new OutputFile(Folder + a.File.Path, a.File.Bytes), new OutputFile(Folder + a.HashedPath, a.File.Bytes) });

    private static string HashedName(SourceFile asset)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Bytes))[..10];
        var slash = asset.Path.LastIndexOf('/');
        var dot = asset.Path.LastIndexOf('.');
        return dot > slash + 1 ? $"{asset.Path[..dot]}.{hash}{asset.Path[dot..]}" : $"{asset.Path}.{hash}";
    }
}
