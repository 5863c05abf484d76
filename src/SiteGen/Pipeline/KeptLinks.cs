using System.IO.Hashing;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Model;

namespace SiteGen.Pipeline;

/// <summary>
/// The links of the last written build's bulletins (each one's older and newer neighbours and its related bulletins, by
/// their place in the site's order), kept in <c>.sitegen/cache/links.bin</c> under the fingerprint of what they follow
/// from (<see cref="LinkStore"/>): a build whose bulletins keep their order, units, elections and tags takes them instead
/// of finding them again. Links found anew are written once the site is in place (<see cref="Save"/>).
/// </summary>
internal sealed class KeptLinks(BuildOptions options, string file) : LinkStore
{
    public const string FileName = "links.bin";

    private const string Magic = "sitegen-links";
    private const int FormatVersion = 1;

    private (ulong Key, IReadOnlyList<BulletinLinks> Links)? _made;

    public string File => file;

    /// <summary>How the last build's file was found.</summary>
    public LastBuildFile Found { get; private set; } = LastBuildFile.None;

    public override BulletinLinks[]? Find(ulong key, IReadOnlyList<Bulletin> ordered)
    {
        Found = CacheFolder.Read(file, Magic, FormatVersion, key, out var bytes, out var content, out var end);
        if (Found != LastBuildFile.Usable) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, content, end - content), Encoding.UTF8);
            if (reader.ReadInt32() != ordered.Count) throw new FormatException("another number of bulletins");
            var links = new BulletinLinks[ordered.Count];
            for (var i = 0; i < links.Length; i++)
            {
                var (older, newer) = (At(reader.Read7BitEncodedInt() - 1, nullable: true), At(reader.Read7BitEncodedInt() - 1, nullable: true));
                var related = new Bulletin[reader.Read7BitEncodedInt()];
                if (related.Length > Related.Count) throw new FormatException("too many related bulletins");
                for (var r = 0; r < related.Length; r++) related[r] = At(reader.Read7BitEncodedInt(), nullable: false)!;
                links[i] = new BulletinLinks(older, newer, related);
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new FormatException("bytes after the links");
            return links;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException)
        {
            // The checksum held but the content does not read: written by something else. The links are found anew.
            Found = LastBuildFile.Damaged;
            return null;
        }

        Bulletin? At(int index, bool nullable) =>
            index == -1 && nullable ? null
            : index >= 0 && index < ordered.Count ? ordered[index]
            : throw new FormatException($"no bulletin {index}");
    }

    public override void Made(ulong key, IReadOnlyList<BulletinLinks> links) => _made = (key, links);

    /// <summary>Writes the links this build found, when it found them anew; call once the site is in place. One that cannot be written is a note.</summary>
    public void Save(List<string> notes)
    {
        if (_made is not { } made) return;
        var stream = new MemoryStream(64 + made.Links.Count * 12);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            CacheFolder.WriteHeader(writer, Magic, FormatVersion, made.Key);
            writer.Write(made.Links.Count);
            foreach (var link in made.Links)
            {
                writer.Write7BitEncodedInt((link.Older?.Index ?? -1) + 1);
                writer.Write7BitEncodedInt((link.Newer?.Index ?? -1) + 1);
                writer.Write7BitEncodedInt(link.Related.Count);
                foreach (var related in link.Related) writer.Write7BitEncodedInt(related.Index);
            }
            writer.Write(XxHash64.HashToUInt64(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        }
        CacheFolder.Replace(options, file, stream, notes);
    }
}
