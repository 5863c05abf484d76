namespace SiteGen.Output;

/// <summary>What a build wrote: how many files, how many of them HTML pages, and how many bytes.</summary>
public sealed record OutputSummary(int Files, int Pages, long Bytes)
{
    public static readonly OutputSummary None = new(0, 0, 0);

    public static OutputSummary Of(IEnumerable<OutputFile> files)
    {
        int count = 0, pages = 0;
        long bytes = 0;
        foreach (var file in files)
        {
            count++;
            bytes += file.Bytes.Length;
            if (file.Path.EndsWith(".html", StringComparison.Ordinal)) pages++;
        }
        return new OutputSummary(count, pages, bytes);
    }
}
