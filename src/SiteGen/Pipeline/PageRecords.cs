using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Text;

namespace SiteGen.Pipeline;

/// <summary>
/// What the last written build made of each page, kept between builds in <c>.sitegen/cache/pages.bin</c>: the page's
/// fingerprint (<see cref="Rendering.PageKeys"/>) and the length and hash of the file written for it. A page whose
/// fingerprint is unchanged is taken from the output folder instead of being rendered again, and only when the file
/// there still has that length and hash: the output folder is never trusted, only checked.
/// </summary>
/// <remarks>
/// The file names the SiteGen that wrote it (<see cref="CacheFolder.Identity"/>: every assembly's build, so any change to the code
/// that makes pages is a new identity) and a fingerprint of the settings, theme and site every page shows; when either
/// differs, every page is rendered. A file that is cut short or altered fails its checksum and is ignored.
/// </remarks>
internal sealed class PageRecords
{
    public const string FileName = "pages.bin";

    private const string Magic = "sitegen-pages";
    private const int FormatVersion = 1;

    private readonly Dictionary<ulong, Record> _byPath;

    private PageRecords(Dictionary<ulong, Record> byPath) => _byPath = byPath;

    /// <summary>A page's fingerprint, and the length and XxHash64 of the file written for it.</summary>
    public readonly record struct Record(ulong Key, long Length, ulong Hash)
    {
        public static Record Of(ulong key, byte[] bytes) => new(key, bytes.Length, XxHash64.HashToUInt64(bytes));

        /// <summary>True when <paramref name="bytes"/> are the file this record describes.</summary>
        public bool Describes(byte[] bytes) => bytes.Length == Length && XxHash64.HashToUInt64(bytes) == Hash;
    }

    /// <summary>The key a page's path is found by.</summary>
    public static ulong PathKey(string path) => new Fingerprint().Add(path).Value;

    public bool TryGet(ulong pathKey, out Record record) => _byPath.TryGetValue(pathKey, out record);

    public int Count => _byPath.Count;

    /// <summary>Reads the records at <paramref name="file"/>; null unless <paramref name="found"/> is <see cref="LastBuildFile.Usable"/>.</summary>
    /// <param name="context">The fingerprint of what every page shows, as this build has it.</param>
    public static PageRecords? Read(string file, ulong context, out LastBuildFile found)
    {
        found = CacheFolder.Read(file, Magic, FormatVersion, context, out var bytes, out var content, out var end);
        if (found != LastBuildFile.Usable) return null;
        var records = bytes.AsSpan(content, end - content);
        var count = records.Length >= sizeof(int) ? BinaryPrimitives.ReadInt32LittleEndian(records) : -1;
        if (count < 0 || records.Length != sizeof(int) + (long)count * 32)
        {
            found = LastBuildFile.Damaged;
            return null;
        }
        var byPath = new Dictionary<ulong, Record>(count);
        for (var at = sizeof(int); at < records.Length; at += 32)
            byPath[BinaryPrimitives.ReadUInt64LittleEndian(records[at..])] = new Record(BinaryPrimitives.ReadUInt64LittleEndian(records[(at + 8)..]),
                BinaryPrimitives.ReadInt64LittleEndian(records[(at + 16)..]), BinaryPrimitives.ReadUInt64LittleEndian(records[(at + 24)..]));
        return new PageRecords(byPath);
    }

    /// <summary>Writes the records of a build (path keys and records, aligned) to <paramref name="file"/> in one step: a new file renamed over the old.</summary>
    public static void Write(BuildOptions options, string file, ulong context, ulong[] pathKeys, Record[] records, List<string> notes)
    {
        var stream = new MemoryStream(64 + pathKeys.Length * 32);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            CacheFolder.WriteHeader(writer, Magic, FormatVersion, context);
            writer.Write(pathKeys.Length);
            for (var i = 0; i < pathKeys.Length; i++)
            {
                writer.Write(pathKeys[i]);
                writer.Write(records[i].Key);
                writer.Write(records[i].Length);
                writer.Write(records[i].Hash);
            }
            writer.Write(XxHash64.HashToUInt64(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        }
        CacheFolder.Replace(options, file, stream, notes);
    }
}
