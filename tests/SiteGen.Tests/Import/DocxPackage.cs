using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SiteGen.Tests.Import;

/// <summary>A .docx taken apart into its ZIP entries, to be changed and put back together: the damaged and oversized files the tests need.</summary>
internal sealed class DocxPackage
{
    private DocxPackage(List<(string Name, byte[] Data)> parts) => Parts = parts;

    /// <summary>The entries in their order; names may repeat (a damaged file).</summary>
    public List<(string Name, byte[] Data)> Parts { get; }

    public static DocxPackage Of(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var parts = new List<(string, byte[])>();
        foreach (var entry in zip.Entries)
        {
            using var data = entry.Open();
            using var copy = new MemoryStream();
            data.CopyTo(copy);
            parts.Add((entry.FullName, copy.ToArray()));
        }
        return new DocxPackage(parts);
    }

    public static DocxPackage Of(IEnumerable<(string Name, byte[] Data)> parts) => new(parts.ToList());

    /// <summary>The name of the first entry ending with <paramref name="suffix"/> ("document.xml", "document.xml.rels").</summary>
    public string Named(string suffix) => Parts.First(p => p.Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)).Name;

    /// <summary>The name of the main document's picture part (the first under media/).</summary>
    public string Picture => Parts.First(p => p.Name.Contains("media/", StringComparison.OrdinalIgnoreCase)).Name;

    public string Text(string name) => Encoding.UTF8.GetString(Parts.First(p => p.Name == name).Data);

    public DocxPackage With(string name, string text) => With(name, Encoding.UTF8.GetBytes(text));

    public DocxPackage With(string name, byte[] data)
    {
        var index = Parts.FindIndex(p => p.Name == name);
        if (index < 0) Parts.Add((name, data));
        else Parts[index] = (name, data);
        return this;
    }

    /// <summary>Changes an entry's text.</summary>
    public DocxPackage Edit(string name, Func<string, string> change) => With(name, change(Text(name)));

    public DocxPackage Without(string name)
    {
        Parts.RemoveAll(p => p.Name == name);
        return this;
    }

    /// <summary>
    /// The package as a ZIP file; <paramref name="huge"/> replaces an entry by one of <paramref name="hugeSize"/> bytes, written as a
    /// stream: <paramref name="head"/>, <paramref name="unit"/> repeated as often as it fits whole (1 MB of zeros by default),
    /// then <paramref name="tail"/>.
    /// </summary>
    public byte[] ToBytes(string? huge = null, long hugeSize = 0, byte[]? unit = null, string head = "", string tail = "")
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in Parts)
            {
                if (name == huge) continue;
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(data);
            }
            if (huge is not null)
            {
                using var entry = zip.CreateEntry(huge, CompressionLevel.SmallestSize).Open();
                unit ??= new byte[1 << 20];
                entry.Write(Encoding.UTF8.GetBytes(head));
                for (long written = head.Length + tail.Length; written + unit.Length <= hugeSize; written += unit.Length) entry.Write(unit);
                entry.Write(Encoding.UTF8.GetBytes(tail));
            }
        }
        return output.ToArray();
    }

    /// <summary>
    /// A ZIP file whose entry <paramref name="name"/> states <paramref name="size"/> as its unpacked size, in its own header
    /// and in the directory, whatever it holds.
    /// </summary>
    public static byte[] WithStatedSize(byte[] zip, string name, uint size)
    {
        var bytes = zip.ToArray();
        var encoded = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && Names(bytes, i + 30, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 26)), encoded))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), size);
            if (signature == 0x02014b50 && Names(bytes, i + 46, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 28)), encoded))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
        }
        return bytes;
    }

    private static bool Names(byte[] bytes, int at, int length, byte[] name) =>
        length == name.Length && at + length <= bytes.Length && bytes.AsSpan(at, length).SequenceEqual(name);
}
