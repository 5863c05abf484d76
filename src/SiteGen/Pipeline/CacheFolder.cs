using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Pipeline;

/// <summary>
/// The folder a build keeps what it learnt in for the next one (<see cref="BuildOptions.ResolvedCacheRoot"/>,
/// <c>.sitegen/cache</c>): resized pictures, the records of its pages (<see cref="PageRecords"/>) and its search analyses
/// (<see cref="KeptAnalyses"/>).
/// </summary>
internal static class CacheFolder
{
    /// <summary>
    /// This SiteGen, as every cache file names it: the build of each assembly that makes what is kept (any change to their
    /// code is a new identity), and their versions. A file of another identity is not used.
    /// </summary>
    public static string Identity { get; } = string.Join(";",
        new[] { typeof(CacheFolder).Assembly, typeof(Scriban.Template).Assembly, typeof(Markdig.Markdown).Assembly, typeof(YamlDotNet.Serialization.Deserializer).Assembly }
            .Select(a => $"{a.GetName().Name}/{a.GetName().Version}/{a.ManifestModule.ModuleVersionId:N}"));

    /// <summary>
    /// The path of the file <paramref name="name"/> in the cache folder; null when the folder, not given on purpose, leads
    /// outside the site's folder (links resolved): a link committed as <c>.sitegen</c> must not make a build read or write
    /// elsewhere (the picture cache warns of it).
    /// </summary>
    public static string? File(BuildOptions options, string name)
    {
        var folder = options.ResolvedCacheRoot;
        if (options.CacheRoot is null && (RealPath.Of(folder) is not { } real || RealPath.Of(options.SourceRoot) is not { } site || !RealPath.IsWithin(real, site)))
            return null;
        return Path.Join(folder, name);
    }

    /// <summary>Removes cache <paramref name="files"/> found damaged; false when one cannot be removed (the caller then builds without the cache).</summary>
    public static bool Remove(params string[] files)
    {
        try
        {
            foreach (var file in files) System.IO.File.Delete(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left where it is; a build that does not read the cache is the way round it.
            return false;
        }
    }

    /// <summary>
    /// Removes the temporary files of cache files that builds killed before they finished left in the folder
    /// (<c>parsed.bin.&lt;id&gt;.tmp</c>, …), once they are a day old: a younger one may be another build's, writing now.
    /// </summary>
    public static void RemoveLeftovers(BuildOptions options)
    {
        if (File(options, "") is not { } folder || !Directory.Exists(folder)) return;
        var old = DateTime.UtcNow.AddDays(-1);
        foreach (var name in new[] { PageRecords.FileName, OutputRecords.FileName, KeptParses.FileName, KeptParses.BodiesName, KeptAnalyses.FileName, KeptLinks.FileName })
            foreach (var leftover in Directory.EnumerateFiles(folder, name + ".*.tmp"))
            {
                try
                {
                    if (System.IO.File.GetLastWriteTimeUtc(leftover) < old) System.IO.File.Delete(leftover);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left for the next build to try again: a leftover takes only space.
                }
            }
    }

    /// <summary>
    /// Puts <paramref name="content"/> in place of the cache file <paramref name="file"/> in one step (a new file renamed
    /// over it); one that cannot be written is a note in <paramref name="notes"/>, not a failure of a good build.
    /// </summary>
    public static void Replace(BuildOptions options, string file, MemoryStream content, List<string> notes)
    {
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                content.WriteTo(output);
            System.IO.File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add(Say.BuildCacheNotSaved.With(Shown(options, Path.GetDirectoryName(file)!), e.Message));
        }
        finally
        {
            if (System.IO.File.Exists(temporary)) System.IO.File.Delete(temporary);
        }
    }

    /// <summary>A cache file as a person should see it: relative to the site's folder, unless the folder was given on purpose.</summary>
    public static string Shown(BuildOptions options, string file) =>
        options.CacheRoot is null ? Path.GetRelativePath(options.SourceRoot, file).Replace('\\', '/') : file;

    /// <summary>The largest cache file read (a million bulletins' parses and analyses take some 1.6 GB).</summary>
    private const long MaxFileSize = int.MaxValue - 64;

    /// <summary>
    /// The cache file at <paramref name="file"/> opened for reading; null when there is none to read: missing, a folder,
    /// empty, or a link (a link committed in the cache folder could make a build read a file of the machine, or wait
    /// forever on a pipe).
    /// </summary>
    /// <param name="forAdding">
    /// Opened to be read and added to, locked (<see cref="FileStream.Lock"/>) so that no other process adds to it at once;
    /// null when another holds the lock.
    /// </param>
    public static FileStream? Opened(string file, bool forAdding = false)
    {
        try
        {
            var info = new FileInfo(file);
            // Where a file cannot be locked (macOS), a build writes its bodies to a new file every time.
            if (!info.Exists || info.LinkTarget is not null || info.Length == 0 || (forAdding && OperatingSystem.IsMacOS())) return null;
            var stream = forAdding
                ? new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.RandomAccess)
                : new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.RandomAccess);
            if (forAdding && stream.CanSeek && !OperatingSystem.IsMacOS())
            {
                try
                {
                    stream.Lock(0, long.MaxValue);
                }
                catch (IOException)
                {
                    // Another build adds to it now: this one reads it only.
                    stream.Dispose();
                    return null;
                }
            }
            if (stream.CanSeek) return stream;
            stream.Dispose();
            return null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // One that cannot be read is one that cannot be used: what it held is made again, and the next build writes it anew.
            return null;
        }
    }

    /// <summary>Writes the header every cache file starts with: what it is, its format, this SiteGen, and the fingerprint of what its content depends on.</summary>
    public static void WriteHeader(BinaryWriter writer, string magic, int format, ulong context)
    {
        writer.Write(magic);
        writer.Write(format);
        writer.Write(Identity);
        writer.Write(context);
    }

    /// <summary>
    /// Reads a cache file written as <see cref="WriteHeader"/>'s header, its content, and the XxHash64 of all before it:
    /// the file's <paramref name="bytes"/>, whose content runs from <paramref name="content"/> to <paramref name="end"/> (where the hash starts).
    /// </summary>
    public static LastBuildFile Read(string file, string magic, int format, ulong context, out byte[] bytes, out int content, out int end)
    {
        (bytes, content, end) = ([], 0, 0);
        if (Opened(file) is not { } found) return Directory.Exists(file) ? LastBuildFile.Damaged : LastBuildFile.None;
        byte[] all;
        using (found)
        {
            if (found.Length > MaxFileSize) return LastBuildFile.Damaged;
            all = new byte[found.Length];
            found.ReadExactly(all);
        }
        if (all.Length < sizeof(ulong) || XxHash64.HashToUInt64(all.AsSpan(0, all.Length - sizeof(ulong))) != BinaryPrimitives.ReadUInt64LittleEndian(all.AsSpan(all.Length - sizeof(ulong))))
            return LastBuildFile.Damaged;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(all, 0, all.Length - sizeof(ulong)), Encoding.UTF8);
            if (reader.ReadString() != magic) return LastBuildFile.Damaged;
            // Another format is another SiteGen's (an upgrade), not damage.
            if (reader.ReadInt32() != format || reader.ReadString() != Identity) return LastBuildFile.OtherVersion;
            if (reader.ReadUInt64() != context) return LastBuildFile.OtherSite;
            // The file's own array, not a copy without the hash: the largest are a hundred megabytes.
            (bytes, content, end) = (all, (int)reader.BaseStream.Position, all.Length - sizeof(ulong));
            return LastBuildFile.Usable;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException)
        {
            // The checksum held but the header does not read: written by something else.
            return LastBuildFile.Damaged;
        }
    }

    /// <summary>
    /// What to tell a person of a cache file that was not used, or null when there is nothing to tell: a damaged file is
    /// named; one of another SiteGen (after every upgrade, for each file) names the folder, so it is said once.
    /// </summary>
    public static string? Note(BuildOptions options, string file, LastBuildFile found) => found switch
    {
        LastBuildFile.Damaged => Say.BuildCacheDamaged.With(Shown(options, file)),
        LastBuildFile.OtherVersion => Say.BuildCacheOtherVersion.With(Shown(options, Path.GetDirectoryName(file)!)),
        _ => null,
    };
}
