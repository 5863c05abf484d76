namespace SiteGen.Text;

/// <summary>
/// A 64-bit FNV-1a hash of the values a page or file is made from, to compare one build with the next: in the same
/// process (serve), or with the last written build through the page records of .sitegen/cache, which name the SiteGen
/// that wrote them, so a new build of SiteGen may change the algorithm freely.
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
        foreach (var c in text) Mix(c);
        Mix(0xFFFF_FFFE); // a terminator, so ("ab", "c") and ("a", "bc") differ
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) Mix(b);
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
