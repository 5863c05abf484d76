namespace SiteGen.Content;

/// <summary>
/// The front-matter keys, declared once: the readers, the unknown-key warning and the wrong-name error read these tables,
/// and the table of keys in docs/menulis-buletin.md follows them.
/// </summary>
public static class FrontMatterKeys
{
    public static readonly FrontMatterKey Title = new("title", true, ValueKind.Text, "judul", "headline");
    public static readonly FrontMatterKey Unit = new("unit", true, ValueKind.Text, "satuan", "kesatuan");
    public static readonly FrontMatterKey Date = new("date", true, ValueKind.Date, "tanggal", "tgl", "waktu");
    public static readonly FrontMatterKey Election = new("election", true, ValueKind.List, "pemilihan", "pemilu", "pilkada", "elections");
    public static readonly FrontMatterKey Tags = new("tags", false, ValueKind.List, "tag", "label", "labels", "kata_kunci", "tagar", "keywords");
    public static readonly FrontMatterKey Summary = new("summary", false, ValueKind.Text, "ringkasan", "ikhtisar", "description", "deskripsi");
    public static readonly FrontMatterKey Location = new("location", false, ValueKind.Text, "lokasi", "tempat");
    public static readonly FrontMatterKey Author = new("author", false, ValueKind.Text, "penulis", "pewarta");
    public static readonly FrontMatterKey Image = new("image", false, ValueKind.Picture, "gambar", "foto", "photo");
    public static readonly FrontMatterKey ImageAlt = new("image_alt", false, ValueKind.Text, "keterangan_gambar", "keterangan_foto", "alt");
    public static readonly FrontMatterKey ImageCaption = new("image_caption", false, ValueKind.Text, "keterangan", "caption");
    public static readonly FrontMatterKey ImageCredit = new("image_credit", false, ValueKind.Text, "kredit_foto", "sumber_foto", "kredit");
    public static readonly FrontMatterKey Draft = new("draft", false, ValueKind.Bool, "draf", "konsep");
    public static readonly FrontMatterKey Expires = new("expires", false, ValueKind.Date, "kedaluwarsa", "kadaluarsa", "kadaluwarsa", "berakhir");
    public static readonly FrontMatterKey Updated = new("updated", false, ValueKind.Date, "diperbarui", "diperbaharui", "pembaruan");
    public static readonly FrontMatterKey Slug = new("slug", false, ValueKind.Text);
    public static readonly FrontMatterKey Aliases = new("aliases", false, ValueKind.List, "alias", "alamat_lama");

    /// <summary>The keys of a bulletin, in the order docs/menulis-buletin.md lists them.</summary>
    public static readonly IReadOnlyList<FrontMatterKey> Bulletin =
        [Title, Unit, Date, Election, Tags, Summary, Location, Author, Image, ImageAlt, ImageCaption, ImageCredit, Draft, Expires, Updated, Slug, Aliases];

    /// <summary>The keys of a free page (content/pages): a page has no unit, date or election.</summary>
    public static readonly IReadOnlyList<FrontMatterKey> Page = [Title, Summary, Slug, Draft, Updated];

    /// <summary>The key of <paramref name="keys"/> that <paramref name="written"/> means but does not name; null when none does.</summary>
    public static FrontMatterKey? Meant(string written, IReadOnlyList<FrontMatterKey> keys) =>
        keys.FirstOrDefault(k => k.IsMeantBy(written));
}
