namespace SiteGen.Output;

/// <summary>Passes files on to another sink, counting them and their bytes (for the timing lines of <c>--verbose</c>).</summary>
public sealed class CountingSink(IOutputSink inner) : IOutputSink
{
    private int _files;
    private long _bytes;

    public int Files => Volatile.Read(ref _files);
    public long Bytes => Interlocked.Read(ref _bytes);

    public void Add(OutputFile file)
    {
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, file.Bytes.Length);
        inner.Add(file);
    }

    public bool Keep(string path, long length, ulong hash)
    {
        if (!inner.Keep(path, length, hash)) return false;
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, length);
        return true;
    }
}
