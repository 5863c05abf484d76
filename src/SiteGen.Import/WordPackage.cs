using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Xml;
using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>
/// The parts of a .docx that an import reads, read without trusting what the file says about itself: the ZIP directory
/// is counted before .NET reads it, a part's declared size is checked against its limit before it is unpacked and the
/// bytes are counted again while unpacking, a relationship may only name a part the file holds (never one outside it),
/// and XML is read with no DTD and a bounded depth. Whatever does not hold is a <see cref="Refusal"/> with a message.
/// </summary>
internal sealed class WordPackage : IDisposable
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string TypePrefix = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string ImageType = TypePrefix + "image";
    public const string HyperlinkType = TypePrefix + "hyperlink";
    public const string StylesType = TypePrefix + "styles";
    public const string NumberingType = TypePrefix + "numbering";
    private const string OfficeDocumentType = TypePrefix + "officeDocument";
    private const string StrictPrefix = "http://purl.oclc.org/ooxml/";

    private readonly string _fileName;
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _parts;
    private readonly Dictionary<string, byte[]> _read = new(StringComparer.OrdinalIgnoreCase);

    private WordPackage(string fileName, ZipArchive zip, Dictionary<string, ZipArchiveEntry> parts)
    {
        _fileName = fileName;
        _zip = zip;
        _parts = parts;
    }

    /// <summary>The main document part's name ("word/document.xml").</summary>
    public string MainPart { get; private set; } = "";

    /// <summary>The main document's relationships by id: styles, lists, pictures, links.</summary>
    public IReadOnlyDictionary<string, Relationship> MainRelationships { get; private set; } = new Dictionary<string, Relationship>();

    /// <summary>Opens the package and finds its main document; the stream must be seekable and stay open while this is used.</summary>
    /// <exception cref="Refusal">The file is too large, or not a Word document that can be read.</exception>
    public static WordPackage Open(Stream stream, string fileName)
    {
        if (stream.Length > ImportLimits.WordFile)
            throw TooLarge(Say.ImportWordFileTooLarge.With(fileName, ImportLimits.Size(stream.Length)));
        var entries = CountEntries(stream);
        if (entries is null)
            throw Damaged(fileName, IsOldWordFile(stream) ? Say.ImportWordOld : Say.ImportWordNotZip);
        if (entries > ImportLimits.WordParts)
            throw Damaged(fileName, Say.ImportWordTooManyParts.With(ImportLimits.WordParts));
        stream.Position = 0;
        var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        try
        {
            var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                var name = PartName(entry.FullName);
                if (!parts.TryAdd(name, entry)) throw Damaged(fileName, Say.ImportWordTwoParts.With(Shown(name)));
                if (entry.Length < 0) throw Damaged(fileName, Say.ImportWordImpossibleSize.With(Shown(name)));
                declared = declared > long.MaxValue - entry.Length ? long.MaxValue : declared + entry.Length;
            }
            if (declared > ImportLimits.WordFile)
                throw TooLarge(Say.ImportWordUnpacksTo.With(fileName, ImportLimits.Size(declared)));

            var package = new WordPackage(fileName, zip, parts);
            var main = package.Relationships("").Values.FirstOrDefault(r => r.Type == OfficeDocumentType && !r.External)
                ?? throw Damaged(fileName, Say.ImportWordNoDocument);
            package.MainPart = main.Target;
            package.MainRelationships = package.Relationships(main.Target);
            return package;
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The main document's XML, ready for DocumentFormat.OpenXml (no declaration, Strict names as Transitional).</summary>
    public string MainXml() => Xml(MainPart, "document", Say.ImportWordPartText);

    /// <summary>The XML of a related part of the main document, checked to be the <paramref name="root"/> element it should be.</summary>
    public string Xml(string part, string root, string what)
    {
        var bytes = Read(part, ImportLimits.WordText, what);
        return CheckedXml(part, bytes, root);
    }

    /// <summary>A picture part's bytes, or null when it is larger than <see cref="ImportLimits.WordPicture"/> (its size then in <paramref name="size"/>).</summary>
    public byte[]? Picture(string part, out long size)
    {
        size = _parts[part].Length;
        return size > ImportLimits.WordPicture ? null : Read(part, ImportLimits.WordPicture, Say.ImportWordPartPicture);
    }

    /// <summary>The bytes of a part, each part unpacked once, refused when it says or turns out to be larger than <paramref name="limit"/>.</summary>
    private byte[] Read(string part, long limit, string what)
    {
        if (_read.TryGetValue(part, out var done)) return done;
        var entry = _parts[part];
        if (entry.Length > limit)
            throw new Refusal(Say.ImportWordPartTooLarge.With(_fileName, ImportLimits.Size(entry.Length), what, Shown(part), ImportLimits.Size(limit)));
        // The stated size is only a claim: no more than it is unpacked (so all reads together stay within the stated sizes,
        // which Open checked), and a part that holds more is damaged.
        var bytes = new byte[entry.Length];
        using (var data = entry.Open())
        {
            data.ReadExactly(bytes);
            if (data.ReadByte() >= 0) throw Damaged(_fileName, Say.ImportWordPartOverfull.With(Shown(part)));
        }
        _read[part] = bytes;
        return bytes;
    }

    /// <summary>The relationships of <paramref name="part"/> ("" for the package's own), with each internal target resolved and checked to exist.</summary>
    private Dictionary<string, Relationship> Relationships(string part)
    {
        var slash = part.LastIndexOf('/');
        var relsPart = (slash < 0 ? "" : part[..(slash + 1)]) + "_rels/" + part[(slash + 1)..] + ".rels";
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        if (!_parts.ContainsKey(relsPart)) return relationships;
        using var reader = XmlReader.Create(new StringReader(Decode(Read(relsPart, ImportLimits.WordText, Say.ImportWordPartRelationships))), ReaderSettings);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1) continue;
                if (reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNamespace) continue;
                var id = reader.GetAttribute("Id");
                var type = reader.GetAttribute("Type");
                var target = reader.GetAttribute("Target");
                var mode = reader.GetAttribute("TargetMode");
                if (string.IsNullOrEmpty(id) || type is null || target is null)
                    throw Damaged(_fileName, Say.ImportWordRelationshipIncomplete.With(Shown(relsPart)));
                var external = mode switch
                {
                    null or "Internal" => false,
                    "External" => true,
                    _ => throw Damaged(_fileName, Say.ImportWordRelationshipMode.With(Shown(relsPart), Shown(mode))),
                };
                var resolved = external ? target : Resolve(part, target);
                if (!relationships.TryAdd(id, new Relationship(Transitional(type), resolved, external)))
                    throw Damaged(_fileName, Say.ImportWordRelationshipTwice.With(Shown(relsPart), Shown(id)));
            }
        }
        catch (XmlException e)
        {
            throw Damaged(_fileName, Say.ImportWordNotXml.With(Shown(relsPart), e.Message));
        }
        return relationships;
    }

    /// <summary>The part an internal target names, relative to the part that names it; a target outside the package or one it does not hold is damage.</summary>
    private string Resolve(string source, string target)
    {
        var path = Uri.UnescapeDataString(target).Replace('\\', '/');
        if (path.Contains(':', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal))
            throw Damaged(_fileName, Say.ImportWordTargetMissing.With(Shown(target)));
        var segments = new List<string>();
        if (!path.StartsWith('/'))
        {
            var slash = source.LastIndexOf('/');
            if (slash > 0) segments.AddRange(source[..slash].Split('/'));
        }
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment != "..")
            {
                segments.Add(segment);
                continue;
            }
            if (segments.Count == 0) throw Damaged(_fileName, Say.ImportWordTargetOutside.With(Shown(target)));
            segments.RemoveAt(segments.Count - 1);
        }
        var name = string.Join('/', segments);
        if (!_parts.ContainsKey(name)) throw Damaged(_fileName, Say.ImportWordPartMissing.With(Shown(name)));
        return name;
    }

    /// <summary>
    /// The part's XML as a string for DocumentFormat.OpenXml: well-formed, without a DTD, at most <see cref="ImportLimits.WordXmlDepth"/>
    /// deep, its root the expected element; Strict Open XML names are turned into the Transitional ones the library reads.
    /// </summary>
    private string CheckedXml(string part, byte[] bytes, string root)
    {
        var xml = Decode(bytes);
        var strict = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = XmlReader.Create(new StringReader(xml), ReaderSettings))
        {
            try
            {
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element) continue;
                    if (reader.Depth >= ImportLimits.WordXmlDepth)
                        throw Damaged(_fileName, Say.ImportWordTooDeep.With(Shown(part), ImportLimits.WordXmlDepth));
                    if (reader.Depth == 0 && (reader.LocalName != root || Transitional(reader.NamespaceURI) != WordNamespace))
                        throw Damaged(_fileName, Say.ImportWordWrongRoot.With(Shown(part), Shown(reader.Name), root));
                    if (reader.NamespaceURI.StartsWith(StrictPrefix, StringComparison.Ordinal)) strict.Add(reader.NamespaceURI);
                    while (reader.MoveToNextAttribute())
                        if (reader.NamespaceURI.StartsWith(StrictPrefix, StringComparison.Ordinal)) strict.Add(reader.NamespaceURI);
                }
            }
            catch (XmlException e)
            {
                throw Damaged(_fileName, Say.ImportWordNotXml.With(Shown(part), e.Message));
            }
        }
        xml = xml[RootStart(xml)..];
        foreach (var name in strict)
        {
            var transitional = Transitional(name);
            xml = xml.Replace($"\"{name}\"", $"\"{transitional}\"", StringComparison.Ordinal).Replace($"'{name}'", $"'{transitional}'", StringComparison.Ordinal);
        }
        return xml;
    }

    /// <summary>Where the root element starts in well-formed XML without a DTD: after the declaration, comments and processing instructions.</summary>
    private static int RootStart(string xml)
    {
        var i = xml.IndexOf('<', StringComparison.Ordinal);
        while (true)
        {
            if (xml.AsSpan(i).StartsWith("<?", StringComparison.Ordinal)) i = xml.IndexOf("?>", i, StringComparison.Ordinal) + 2;
            else if (xml.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal)) i = xml.IndexOf("-->", i, StringComparison.Ordinal) + 3;
            else return i;
            i = xml.IndexOf('<', i);
        }
    }

    /// <summary>True for an OLE compound file, as Word 97–2003 saved .doc files.</summary>
    private static bool IsOldWordFile(Stream stream)
    {
        Span<byte> start = stackalloc byte[8];
        stream.Position = 0;
        return stream.ReadAtLeast(start, 8, throwOnEndOfStream: false) == 8 && start.SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    }

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = ImportLimits.WordText,
    };

    /// <summary>The text of an XML part, as XML reads it: UTF-8 unless a byte order mark says UTF-16.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>A Strict Open XML name ("http://purl.oclc.org/ooxml/wordprocessingml/main") as its Transitional twin (".../wordprocessingml/2006/main").</summary>
    private static string Transitional(string name)
    {
        if (!name.StartsWith(StrictPrefix, StringComparison.Ordinal)) return name;
        var rest = name[StrictPrefix.Length..];
        var slash = rest.IndexOf('/');
        return slash < 0 ? name : "http://schemas.openxmlformats.org/" + rest[..slash] + "/2006" + rest[slash..];
    }

    /// <summary>The name a part is known by: its ZIP entry's name, unescaped, without a leading slash.</summary>
    private static string PartName(string entryName) => Uri.UnescapeDataString(entryName.Replace('\\', '/')).TrimStart('/');

    /// <summary>A name from the file, safe to print: control and invisible characters shown as code points, long ones cut.</summary>
    private static string Shown(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 80 ? text[..80] + "…" : text)
        {
            if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) shown.Append($"<U+{(int)c:X4}>");
            else shown.Append(c);
        }
        return shown.ToString();
    }

    /// <summary>
    /// How many records the ZIP directory holds, counted the way .NET's ZipArchive reads them (from the directory's start, while
    /// records follow one another), but stopping after the limit: .NET would first read them all, taking memory and time
    /// in proportion to a count the file chooses. Null when the file has no ZIP directory (ZipArchive then says so).
    /// </summary>
    private static long? CountEntries(Stream stream)
    {
        const uint EndSignature = 0x06054b50, Zip64LocatorSignature = 0x07064b50, Zip64EndSignature = 0x06064b50, RecordSignature = 0x02014b50;
        var length = stream.Length;
        var tailLength = (int)Math.Min(length, 22 + ushort.MaxValue);
        var tail = new byte[tailLength];
        stream.Position = length - tailLength;
        stream.ReadExactly(tail);
        var end = -1;
        for (var i = tailLength - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != EndSignature) continue;
            end = i;
            break;
        }
        if (end < 0) return null;
        long start = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 16));
        long declared = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10));
        if ((start == uint.MaxValue || declared == ushort.MaxValue) && end >= 20
            && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end - 20)) == Zip64LocatorSignature)
        {
            var zip64End = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(end - 20 + 8));
            if (zip64End < 0 || zip64End > length - 56) return null;
            var record = new byte[56];
            stream.Position = zip64End;
            stream.ReadExactly(record);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature) return null;
            declared = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(32));
            start = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(48));
        }
        if (declared < 0 || declared > ImportLimits.WordParts) return declared < 0 ? long.MaxValue : declared;
        if (start < 0 || start >= length) return null;

        var count = 0L;
        var header = new byte[46];
        var buffered = new BufferedStream(stream, 64 * 1024);
        buffered.Position = start;
        while (count <= ImportLimits.WordParts)
        {
            if (buffered.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) break;
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != RecordSignature) break;
            count++;
            var skip = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30))
                + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(32));
            buffered.Seek(skip, SeekOrigin.Current);
        }
        return count;
    }

    private static Refusal TooLarge(string what) =>
        new(Say.ImportWordTooLargeAdvice.With(what, ImportLimits.Size(ImportLimits.WordFile)));

    private static Refusal Damaged(string fileName, string reason) =>
        new(Say.ImportWordUnreadable.With(fileName, reason));

    public void Dispose() => _zip.Dispose();

    /// <summary>A relationship of a part: its type (in Transitional names), and the part it names or, when external, the address as written.</summary>
    public sealed record Relationship(string Type, string Target, bool External);

    /// <summary>Why the file is not imported, in a message for the writer.</summary>
    public sealed class Refusal(string message) : Exception(message);
}
