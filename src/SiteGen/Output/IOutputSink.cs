namespace SiteGen.Output;

/// <summary>Where the Render phase puts each file as it is made: kept in memory, or written straight to a staging folder.</summary>
public interface IOutputSink
{
    /// <summary>Adds a file; safe to call from several threads at once.</summary>
    void Add(OutputFile file);

    /// <summary>
    /// Keeps the file the output folder already holds at <paramref name="path"/>, when it is known to hold these bytes
    /// (its length and XxHash64), without the bytes being read or made; false when the sink cannot, and then the file
    /// must be added. Safe to call from several threads at once.
    /// </summary>
    bool Keep(string path, long length, ulong hash) => false;
}
