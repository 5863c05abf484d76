using SiteGen.Cli.Serving;

namespace SiteGen.Tests.Serving;

/// <summary>
/// The room serve makes on the heap between rebuilds is the process's: two servers in one process (as in the browser
/// tests) making and ending it at once must neither fail (which stopped a server's rebuilds) nor leave it open.
/// </summary>
public sealed class RebuildHeadroomTests
{
    [Fact]
    public void Two_servers_making_and_ending_the_room_at_once_never_fail()
    {
        try
        {
            var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ =>
            {
                for (var i = 0; i < 150; i++)
                {
                    try
                    {
                        RebuildHeadroom.Prepare();
                        if (i % 3 == 0) RebuildHeadroom.Release();
                    }
                    catch (InvalidOperationException e)
                    {
                        failures.Add(e);
                    }
                }
            });
            Assert.Empty(failures);
        }
        finally
        {
            RebuildHeadroom.Release();
        }
        Assert.NotEqual(System.Runtime.GCLatencyMode.NoGCRegion, System.Runtime.GCSettings.LatencyMode);
    }
}
