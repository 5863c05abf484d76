using System.Security.Cryptography;

namespace SiteGen.Search;

/// <summary>Short content hashes for index file names, so a host may cache them forever: a name never holds other bytes.</summary>
public static class ContentHash
{
    /// <summary>The first 12 hex digits of the SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
}
