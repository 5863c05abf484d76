using System.Buffers.Binary;
using System.Text;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Releases far larger than any real one — a small .docx that unpacks to hundreds of MB, a huge text part, a huge
/// picture, a ZIP directory of 200,000 entries, a text file of megabytes — are refused, or their picture left out, before
/// they are unpacked: the reader allocates a few MB for them, not their size.
/// </summary>
public sealed class ImportLimitsTests
{
    /// <summary>What reading a refused file may allocate: its directory and small parts, far below what it would unpack to.</summary>
    private const long FewMegabytes = 16 * 1024 * 1024;

    /// <summary>A Word document's text part, made of <see cref="Paragraph"/> repeated.</summary>
    private const string Head = """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";

    private const string Tail = "</w:body></w:document>";

    private static readonly byte[] Paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>Polres Blitar mengamankan Pilkada Serentak 2024. </w:t></w:r></w:p>");

    private static (IReadOnlyList<ReleaseBlock>? Blocks, IReadOnlyList<ReleasePicture> Pictures, string? Problem, long Allocated) Read(string fileName, byte[] bytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var blocks = ReleaseReader.Read(fileName, bytes, out var pictures, out var problem);
        return (blocks, pictures, problem, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_small_Word_file_that_unpacks_to_hundreds_of_MB_is_refused_before_anything_is_unpacked()
    {
        // 300 MB of zeros as the picture: the file is under 1 MB.
        var bytes = DocxPackage.Of(DamagedDocxTests.Release()).ToBytes(huge: "media/image.jpg", hugeSize: 300L * 1024 * 1024);
        Assert.True(bytes.Length < 1024 * 1024);
        var read = Read("rilis.docx", bytes);
        Assert.Null(read.Blocks);
        Assert.Equal("'rilis.docx' unpacks to 300 MB, more than the 256 MB SiteGen imports from a Word file; a release with its photos is far smaller, so check that this is the right file, or make its pictures smaller (in Word: File › Compress Pictures) and save it again", read.Problem);
        Assert.True(read.Allocated < FewMegabytes, $"allocated {read.Allocated:N0} bytes");
    }

    [Fact]
    public void A_Word_file_with_100_MB_of_text_is_refused_before_the_text_is_unpacked()
    {
        var bytes = DocxPackage.Of(DamagedDocxTests.Release()).ToBytes(huge: "word/document.xml", hugeSize: 100L * 1024 * 1024, unit: Paragraph, head: Head, tail: Tail);
        var read = Read("rilis.docx", bytes);
        Assert.Null(read.Blocks);
        Assert.Equal("'rilis.docx' holds 100 MB of text (word/document.xml), more than the 8 MB SiteGen imports; a release is far shorter, so check that this is the right file", read.Problem);
        Assert.True(read.Allocated < FewMegabytes, $"allocated {read.Allocated:N0} bytes");
    }

    [Fact]
    public void A_part_that_holds_more_than_it_states_is_unpacked_no_further_than_it_states()
    {
        var honest = DocxPackage.Of(DamagedDocxTests.Release()).ToBytes(huge: "word/document.xml", hugeSize: 200L * 1024 * 1024, unit: Paragraph, head: Head, tail: Tail);
        var read = Read("rilis.docx", DocxPackage.WithStatedSize(honest, "word/document.xml", 4096));
        Assert.Null(read.Blocks);
        Assert.StartsWith("'rilis.docx' is not a Word document SiteGen can read (", read.Problem);
        Assert.True(read.Allocated < FewMegabytes, $"allocated {read.Allocated:N0} bytes");
    }

    [Fact]
    public void A_picture_over_50_MB_is_left_out_with_a_warning_and_the_text_is_imported()
    {
        using var site = new ImportTestSite();
        var bytes = DocxPackage.Of(DamagedDocxTests.Release()).ToBytes(huge: "media/image.jpg", hugeSize: 60L * 1024 * 1024);
        var read = Read("rilis.docx", bytes);
        Assert.NotNull(read.Blocks);
        Assert.True(read.Allocated < FewMegabytes, $"allocated {read.Allocated:N0} bytes");

        var imported = site.Import("rilis.docx", bytes);
        Assert.Null(imported.Bulletin.Picture);
        Assert.Contains("1 picture of the document is larger (60 MB) than the 50 MB SiteGen unpacks from a Word file, and not imported; save it next to the bulletin as JPEG or PNG and name it in 'image:'", imported.Bulletin.Warnings);
        Assert.Equal("Polres Blitar", imported.Front("unit"));
        Assert.Empty(imported.Diagnostics);
    }

    [Fact]
    public void A_ZIP_directory_of_200000_entries_is_refused_without_reading_them_all()
    {
        var read = Read("rilis.docx", ManyEntries(200_000));
        Assert.Null(read.Blocks);
        Assert.Equal("'rilis.docx' is not a Word document SiteGen can read (it holds more than 10,000 parts; a Word document has a few dozen); open it in Word and save it again as .docx", read.Problem);
        Assert.True(read.Allocated < FewMegabytes, $"allocated {read.Allocated:N0} bytes");
    }

    [Fact]
    public void A_text_release_over_4_MB_is_refused_before_it_is_read()
    {
        var read = Read("rilis.txt", new byte[5 * 1024 * 1024]);
        Assert.Null(read.Blocks);
        Assert.Equal("'rilis.txt' is 5 MB, more than the 4 MB of text SiteGen imports; a release is far shorter, so check that this is the right file", read.Problem);
        Assert.True(read.Allocated < 1024 * 1024, $"allocated {read.Allocated:N0} bytes");
    }

    [Fact]
    public void A_text_release_that_never_ends_is_read_no_further_than_the_limit()
    {
        using var endless = new Endless();
        var blocks = ReleaseReader.Read("rilis.md", endless, out _, out var problem);
        Assert.Null(blocks);
        Assert.Equal("'rilis.md' holds more than the 4 MB of text SiteGen imports; a release is far shorter, so check that this is the right file", problem);
        Assert.True(endless.Given <= ImportLimits.TextFile + 81920, $"read {endless.Given:N0} bytes");
    }

    /// <summary>A stream of 'a's that never ends and cannot seek, as a pipe or a device gives.</summary>
    private sealed class Endless : Stream
    {
        public long Given { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Given; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Given += count;
            return count;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A ZIP file of <paramref name="count"/> empty entries, written by hand (ZipArchive would take long to).</summary>
    private static byte[] ManyEntries(int count)
    {
        var output = new MemoryStream();
        var directory = new MemoryStream();
        Span<byte> header = stackalloc byte[46];
        for (var i = 0; i < count; i++)
        {
            var name = Encoding.ASCII.GetBytes($"word/media/{i}.png");
            var offset = (uint)output.Position;
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)name.Length);
            output.Write(header[..30]);
            output.Write(name);
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offset);
            directory.Write(header);
            directory.Write(name);
        }
        var start = (uint)output.Position;
        directory.Position = 0;
        directory.CopyTo(output);
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        // The count as a ZIP file without ZIP64 states it: what is left over 65,536, so the records themselves must be counted.
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)directory.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], start);
        output.Write(end);
        return output.ToArray();
    }
}
