using System.Runtime;

namespace SiteGen.Cli.Serving;

/// <summary>
/// Room on the heap for the next rebuild, made while serve is idle: a collection now, then a region in which the
/// runtime does not collect, so a rebuild (tens of megabytes of short-lived objects on a large site) is not paused by
/// collections of the big heap that holds the site. A rebuild that needs more simply ends the region.
/// </summary>
/// <remarks>
/// The region is the process's: one process may run several servers (the browser tests do), so it is opened and ended
/// under one lock, and a region another server opened is room all the same.
/// </remarks>
internal static class RebuildHeadroom
{
    private const long Size = 256L << 20;
    private static readonly Lock Region = new();

    /// <summary>Called when a rebuild is done and the pages are told: collects, then opens the region for the next one.</summary>
    public static void Prepare()
    {
        lock (Region) PrepareLocked();
    }

    private static void PrepareLocked()
    {
        ReleaseLocked();
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        for (var size = Size; size >= 16L << 20; size /= 2)
        {
            try
            {
                if (GC.TryStartNoGCRegion(size)) return;
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than this runtime's ephemeral space allows; try half.
            }
            catch (InvalidOperationException)
            {
                // A region is open already: room all the same.
                return;
            }
        }
    }

    /// <summary>Ends the region if it is still open.</summary>
    public static void Release()
    {
        lock (Region) ReleaseLocked();
    }

    private static void ReleaseLocked()
    {
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // No region was open, or the runtime already ended it with a collection: nothing is left to end.
        }
    }
}
