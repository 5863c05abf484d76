namespace SiteGen.Output;

/// <summary>Where the Render phase puts each file as it is made: kept in memory, or written straight to a staging folder.</summary>
public interface IOutputSink
{
    /// <summary>Adds a file; safe to call from several threads at once.</summary>
    void Add(OutputFile file);
}
