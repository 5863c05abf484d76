using System.Text;

namespace SiteGen.Cli.Serving;

/// <summary>The live-reload script and its injection into HTML pages as they are served (never into output/).</summary>
internal static class LiveReloadScript
{
    public const string Path = "/__sitegen/live-reload.js";

    private static readonly byte[] Tag = Encoding.UTF8.GetBytes($"<script src=\"{Path}\"></script>\n");
    private static readonly byte[] BodyEnd = Encoding.UTF8.GetBytes("</body>");

    public static byte[] Source { get; } = Read();

    /// <summary>The page with the script tag put before its last &lt;/body&gt; (or at its end when it has none).</summary>
    public static byte[] Inject(byte[] html)
    {
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        if (at < 0) at = html.Length;
        var result = new byte[html.Length + Tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        Tag.CopyTo(result, at);
        html.AsSpan(at).CopyTo(result.AsSpan(at + Tag.Length));
        return result;
    }

    private static byte[] Read()
    {
        using var stream = typeof(LiveReloadScript).Assembly.GetManifestResourceStream("SiteGen.Cli.Serving.live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is missing from SiteGen.Cli's resources.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
