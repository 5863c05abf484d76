using SiteGen.Diagnostics;
using SiteGen.Images;

namespace SiteGen.Content;

/// <summary>
/// A parsed bulletin as the build cache keeps it between builds (<c>Pipeline/KeptParses</c>): its front matter with the
/// positions of its values, the unit and elections it names (by their place in the data files, which the cache is
/// kept for), and its body's page links, slots and files. The body's bytes are kept apart (<see cref="RenderedMarkdown.Parts"/>).
/// </summary>
internal static class KeptBulletin
{
    /// <summary>True when <paramref name="bulletin"/> can be kept: its unit and elections are those of the data files, and its body lists no links (only <c>check</c> lists them).</summary>
    public static bool CanKeep(ParsedBulletin bulletin, IReadOnlyList<Unit> units, IReadOnlyList<Election> elections) =>
        IndexOf(units, bulletin.Unit) >= 0 && bulletin.Elections.All(e => IndexOf(elections, e) >= 0) && bulletin.Body.Links.Count == 0;

    public static void Write(BinaryWriter w, ParsedBulletin bulletin, IReadOnlyList<Unit> units, IReadOnlyList<Election> elections)
    {
        var path = bulletin.SourcePath;
        var meta = bulletin.Meta;
        w.Write(meta.Title);
        Write(w, meta.Unit, path);
        Write(w, meta.Date);
        w.Write(meta.DatePosition is not null);
        if (meta.DatePosition is { } datePosition) Write(w, datePosition, path);
        Write(w, meta.Elections, path);
        Write(w, meta.Tags, path);
        Write(w, meta.Summary);
        Write(w, meta.Location);
        Write(w, meta.Author);
        w.Write(meta.Image is not null);
        if (meta.Image is { } image) Write(w, image, path);
        Write(w, meta.ImageAlt);
        Write(w, meta.ImageCaption);
        Write(w, meta.ImageCredit);
        w.Write(meta.Draft);
        w.Write(meta.Expires is not null);
        if (meta.Expires is { } expires) Write(w, expires);
        w.Write(meta.Updated is not null);
        if (meta.Updated is { } updated) Write(w, updated);
        w.Write(meta.Slug is not null);
        if (meta.Slug is { } slug) Write(w, slug, path);
        Write(w, meta.Aliases, path);
        Write(w, meta.Position, path);

        w.Write(IndexOf(units, bulletin.Unit));
        w.Write(bulletin.Elections.Count);
        foreach (var election in bulletin.Elections) w.Write(IndexOf(elections, election));
        w.Write(bulletin.Image is not null);
        if (bulletin.Image is { } picture) Write(w, picture);

        var body = bulletin.Body;
        var slots = body.Slots;
        w.Write(slots.Count);
        foreach (var slot in slots)
        {
            w.Write(slot.At);
            w.Write(slot.Link);
        }
        w.Write(body.PageLinks.Count);
        foreach (var link in body.PageLinks)
        {
            w.Write(link.SourcePath);
            w.Write(link.Fragment);
            w.Write(link.Written);
        }
        w.Write(body.Resources.Count);
        foreach (var resource in body.Resources) Write(w, resource);
    }

    /// <summary>
    /// Reads what <see cref="Write"/> wrote of the bulletin at <paramref name="path"/>, whose body is in <paramref name="bodies"/>
    /// at <paramref name="bodyAt"/>, its parts with the hashes <paramref name="bodyHashes"/> (see <see cref="RenderedMarkdown.Lead"/> for <paramref name="lead"/>).
    /// </summary>
    public static ParsedBulletin Read(BinaryReader r, string path, IReadOnlyList<Unit> units, IReadOnlyList<Election> elections, BodyStore bodies, long bodyAt,
        (int Html, int Text, int First) bodyLengths, (ulong Html, ulong Text, ulong First) bodyHashes, string? lead)
    {
        var meta = new FrontMatter
        {
            Title = r.ReadString(),
            Unit = ReadLocated(r, path),
            Date = ReadDate(r),
            DatePosition = r.ReadBoolean() ? ReadPosition(r, path) : null,
            Elections = ReadList(r, path),
            Tags = ReadList(r, path),
            Summary = ReadText(r),
            Location = ReadText(r),
            Author = ReadText(r),
            Image = r.ReadBoolean() ? ReadLocated(r, path) : null,
            ImageAlt = ReadText(r),
            ImageCaption = ReadText(r),
            ImageCredit = ReadText(r),
            Draft = r.ReadBoolean(),
            Expires = r.ReadBoolean() ? ReadDate(r) : null,
            Updated = r.ReadBoolean() ? ReadDate(r) : null,
            Slug = r.ReadBoolean() ? ReadLocated(r, path) : null,
            Aliases = ReadList(r, path),
            Position = ReadPosition(r, path),
        };
        var unit = units[r.ReadInt32()];
        var named = new Election[r.ReadInt32()];
        for (var i = 0; i < named.Length; i++) named[i] = elections[r.ReadInt32()];
        var image = r.ReadBoolean() ? ReadResource(r) : null;

        var slots = new RenderedMarkdown.Slot[r.ReadInt32()];
        for (var i = 0; i < slots.Length; i++) slots[i] = new RenderedMarkdown.Slot(r.ReadInt32(), r.ReadInt32());
        var links = new PageLink[r.ReadInt32()];
        for (var i = 0; i < links.Length; i++) links[i] = new PageLink(r.ReadString(), r.ReadString(), r.ReadString());
        var resources = new Resource[r.ReadInt32()];
        for (var i = 0; i < resources.Length; i++) resources[i] = ReadResource(r);
        var body = new RenderedMarkdown(bodies, bodyAt, bodyLengths, bodyHashes, lead, slots, links, resources);
        return new ParsedBulletin(path, meta, unit, named, body, image);
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T item) where T : class
    {
        for (var i = 0; i < list.Count; i++)
            if (ReferenceEquals(list[i], item)) return i;
        return -1;
    }

    private static void Write(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    private static string? ReadText(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void Write(BinaryWriter w, DateTimeOffset date)
    {
        w.Write(date.Ticks);
        w.Write(date.Offset.Ticks);
    }

    private static DateTimeOffset ReadDate(BinaryReader r) => new(r.ReadInt64(), new TimeSpan(r.ReadInt64()));

    // A position in the bulletin's own file (nearly all) is written without its path.
    private static void Write(BinaryWriter w, SourcePosition position, string path)
    {
        var own = position.Path == path;
        w.Write(own);
        if (!own) w.Write(position.Path);
        w.Write(position.Line);
        w.Write(position.Column);
    }

    private static SourcePosition ReadPosition(BinaryReader r, string path) =>
        new(r.ReadBoolean() ? path : r.ReadString(), r.ReadInt32(), r.ReadInt32());

    private static void Write(BinaryWriter w, Located<string> value, string path)
    {
        w.Write(value.Value);
        Write(w, value.Position, path);
    }

    private static Located<string> ReadLocated(BinaryReader r, string path) => new(r.ReadString(), ReadPosition(r, path));

    private static void Write(BinaryWriter w, IReadOnlyList<Located<string>> values, string path)
    {
        w.Write(values.Count);
        foreach (var value in values) Write(w, value, path);
    }

    private static Located<string>[] ReadList(BinaryReader r, string path)
    {
        var values = new Located<string>[r.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = ReadLocated(r, path);
        return values;
    }

    private static void Write(BinaryWriter w, Resource resource)
    {
        w.Write(resource.SourcePath);
        w.Write(resource.FileName);
        w.Write(resource.Image is not null);
        if (resource.Image is { } image)
        {
            w.Write(image.Width);
            w.Write(image.Height);
            w.Write((int)image.Format);
        }
        Write(w, resource.Alt);
    }

    private static Resource ReadResource(BinaryReader r)
    {
        var (source, name) = (r.ReadString(), r.ReadString());
        var image = r.ReadBoolean() ? new ImageInfo(r.ReadInt32(), r.ReadInt32(), (ImageFormat)r.ReadInt32()) : null;
        return new Resource(source, name, image) { Alt = ReadText(r) };
    }
}
