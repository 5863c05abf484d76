using System.IO.Hashing;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Output;
using SiteGen.Text;

namespace SiteGen.Pipeline;

/// <summary>
/// What the last written build put in the output folder (<see cref="WrittenFiles"/>), kept between builds in
/// <c>.sitegen/cache/written.bin</c>, so the next build into the same folder updates it in place. The file names the
/// output folder it describes: another folder's record (with <c>--output</c> alternating) is not used.
/// </summary>
internal static class OutputRecords
{
    public const string FileName = "written.bin";

    private const string Magic = "sitegen-written";
    private const int FormatVersion = 1;

    /// <summary>The record of <paramref name="output"/>, or null (with a note in <paramref name="notes"/> when one was there but damaged or of another SiteGen).</summary>
    public static WrittenFiles? Read(BuildOptions options, string output, List<string> notes)
    {
        if (CacheFolder.File(options, FileName) is not { } file) return null;
        var found = CacheFolder.Read(file, Magic, FormatVersion, Context(output), out var bytes, out var content, out var end);
        var written = found == LastBuildFile.Usable ? Records(bytes, content, end) : null;
        if (found == LastBuildFile.Usable && written is null) found = LastBuildFile.Damaged;
        if (CacheFolder.Note(options, file, found) is { } note) notes.Add(note);
        return written;
    }

    /// <summary>Keeps the record of what a build put in <paramref name="output"/>; call once it is in place. A record that cannot be written is a note.</summary>
    public static void Save(BuildOptions options, string output, WrittenFiles written, List<string> notes)
    {
        if (CacheFolder.File(options, FileName) is not { } file) return;
        var stream = new MemoryStream(64 + written.Files.Count * 80);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            CacheFolder.WriteHeader(writer, Magic, FormatVersion, Context(output));
            writer.Write(written.Files.Count);
            foreach (var (path, entry) in written.Files)
            {
                writer.Write(path);
                writer.Write(entry.Length);
                writer.Write(entry.Hash);
                writer.Write(entry.Ticks);
            }
            writer.Write(written.Folders.Count);
            foreach (var (path, ticks) in written.Folders)
            {
                writer.Write(path);
                writer.Write(ticks);
            }
            writer.Write(XxHash64.HashToUInt64(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        }
        CacheFolder.Replace(options, file, stream, notes);
    }

    private static ulong Context(string output) => new Fingerprint().Add(Path.GetFullPath(output)).Value;

    private static WrittenFiles? Records(byte[] bytes, int content, int end)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, content, end - content), Encoding.UTF8);
            var files = new WrittenFiles.WrittenFile[Count(reader)];
            for (var i = 0; i < files.Length; i++)
                files[i] = new WrittenFiles.WrittenFile(reader.ReadString(), new WrittenFiles.Entry(reader.ReadInt64(), reader.ReadUInt64(), reader.ReadInt64()));
            var folders = new WrittenFiles.Folder[Count(reader)];
            for (var i = 0; i < folders.Length; i++)
                folders[i] = new WrittenFiles.Folder(reader.ReadString(), reader.ReadInt64());
            if (reader.BaseStream.Position != reader.BaseStream.Length) return null;
            var written = new WrittenFiles(files, folders);
            return written.IsTree() ? written : null;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IOException)
        {
            // The checksum held but the content does not read: written by something else.
            return null;
        }
    }

    private static int Count(BinaryReader reader) =>
        reader.ReadInt32() is var count and >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new FormatException();
}
