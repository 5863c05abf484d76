using System.Security.Cryptography;

namespace SiteGen.Search;

/// <summary>Short content hashes for index file names, so a host may cache them forever: a name never holds other bytes.</summary>
public static class ContentHash
{
    /// <summary>The first 12 hex digits of the SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];

    /// <summary>The hash of <paramref name="parts"/> one after the other, without joining them into one array.</summary>
    public static string Of(IEnumerable<byte[]> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts) hash.AppendData(part);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
