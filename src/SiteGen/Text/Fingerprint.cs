using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace SiteGen.Text;

/// <summary>
/// A 64-bit hash of the values a page or file is made from (FNV-1a over the values, texts and bytes each hashed first
/// with XxHash3), to compare one build with the next: in the same process (serve), or with the last written build
/// through the files of .sitegen/cache, which name the SiteGen that wrote them, so a new build of SiteGen may change
/// the algorithm freely.
/// </summary>
internal sealed class Fingerprint
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private ulong _hash = Offset;

    public ulong Value => _hash;

    public Fingerprint Add(string? text)
    {
        if (text is null)
        {
            Mix(0xFFFF_FFFF);
            return this;
        }
        // A long text (a bulletin's) in one pass of XxHash3 rather than a step per character; its length sets it apart
        // from its neighbours, so ("ab", "c") and ("a", "bc") differ.
        Mix(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan())));
        Mix((ulong)text.Length);
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Mix(XxHash3.HashToUInt64(bytes));
        Mix((ulong)bytes.Length);
        return this;
    }

    public Fingerprint Add(long value)
    {
        Mix((ulong)value);
        return this;
    }

    public Fingerprint Add(ulong value)
    {
        Mix(value);
        return this;
    }

    public Fingerprint Add(bool value) => Add(value ? 1L : 0L);

    public static ulong Of(string text) => new Fingerprint().Add(text).Value;

    private void Mix(ulong value)
    {
        _hash ^= value;
        _hash *= Prime;
    }
}
