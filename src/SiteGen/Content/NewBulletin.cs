using System.Globalization;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Text;
using SiteGen.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Content;

/// <summary>
/// The file <c>sitegen new</c> writes: content/bulletins/{yyyy}/{slug}.md with the front matter filled in (today's date
/// in the site's time zone) and a short placeholder body. Unit and election names are checked as the build checks them.
/// </summary>
public static class NewBulletin
{
    /// <summary>The first line of the placeholder body; <c>sitegen check</c> refuses a bulletin while it is still there.</summary>
    public const string Placeholder = "Tulis isi rilis di sini.";

    /// <summary>Where the arguments are named in diagnostics about them.</summary>
    public const string TitleArgument = "title", UnitArgument = "--unit", ElectionArgument = "--election", TagsArgument = "--tags";

    /// <summary>The new file's path (relative to the source folder) and text; null when an argument or the site's data files have errors (all reported).</summary>
    public static (string Path, string Text)? Plan(
        string sourceRoot, string title, string? unit, IReadOnlyList<string> elections, IReadOnlyList<string> tags, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var site = new SiteFolder(sourceRoot);
        var config = SiteConfigReader.Read(site.ReadText(SiteConfig.FileName, diagnostics)?.Text, null, diagnostics);
        var units = DataFileReader.ReadUnits(site.ReadText(SourceSet.UnitsPath, diagnostics), diagnostics);
        var known = DataFileReader.ReadElections(site.ReadText(SourceSet.ElectionsPath, diagnostics), diagnostics);

        title = title.Trim();
        // A site of one office lists one unit, and often one election: what there is only one of need not be typed.
        unit = unit?.Trim() ?? "";
        if (unit.Length == 0 && units.Count == 1) unit = units[0].Name;
        else if (unit.Length == 0)
            diagnostics.Error(Argument(UnitArgument), DiagnosticCodes.FrontMatterRequired, Say.NewUnitMissing.With(Names(units.Select(u => u.Name))));
        var slug = Slug.From(title);
        // The file's name is the bulletin's address, whole: a title too long for one is refused, never cut.
        if (slug.Length == 0)
            diagnostics.Error(Argument(TitleArgument), DiagnosticCodes.InvalidSlug, Say.NewTitleNoLetters);
        else if (Slug.IsTooLong(slug))
            diagnostics.Error(Argument(TitleArgument), DiagnosticCodes.InvalidSlug, Say.NewTitleTooLong.With(slug.Length, Slug.MaxLength));
        var chosen = elections.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (chosen.Length == 0 && known.Count == 1) chosen = [known[0].Name];
        else if (chosen.Length == 0)
            diagnostics.Error(Argument(ElectionArgument), DiagnosticCodes.FrontMatterRequired, Say.NewElectionMissing.With(Names(known.Select(e => e.Name))));
        // The names are looked up as the build looks them up, so the refusal and its hint read the same.
        var catalog = new ReferenceCatalog(units, known);
        // A name written in other letter case is written to the file as units.yaml and elections.yaml have it.
        if (unit.Length > 0) unit = catalog.Unit(new Located<string>(unit, Argument(UnitArgument)), diagnostics)?.Name ?? unit;
        var listed = catalog.Elections(chosen.Select(e => new Located<string>(e, Argument(ElectionArgument))).ToArray(), diagnostics);
        if (listed is not null) chosen = [.. listed.Select(e => e.Name)];
        var cleanTags = tags.Select(t => t.Trim()).Where(t => t.Length > 0).DistinctBy(Slug.From, StringComparer.Ordinal).ToArray();
        foreach (var tag in cleanTags.Where(t => Slug.From(t).Length == 0))
            diagnostics.Error(Argument(TagsArgument), DiagnosticCodes.FrontMatterInvalidValue, Say.TagNoLetters.With(tag));
        if (diagnostics.HasErrors) return null;

        var date = TimeZoneInfo.ConvertTime(now, config.TimeZone);
        var path = $"{SourceSet.BulletinsFolder}/{date.ToString("yyyy", CultureInfo.InvariantCulture)}/{slug}.md";
        var text = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(YamlText.Scalar(title)).Append('\n')
            .Append("unit: ").Append(YamlText.Scalar(unit)).Append('\n')
            .Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("election: ").Append(chosen.Length == 1 ? YamlText.Scalar(chosen[0]) : YamlText.List(chosen)).Append('\n');
        if (cleanTags.Length > 0) text.Append("tags: ").Append(YamlText.List(cleanTags)).Append('\n');
        text.Append("""
            # Opsional: hapus tanda '#' di depan baris yang ingin dipakai.
            # summary: Satu atau dua kalimat untuk daftar buletin dan hasil pencarian.
            # location: Aula Polres
            # author: Humas Polres
            # Foto: simpan berkasnya di folder yang sama dengan berkas ini.
            # image: foto-kegiatan.jpg
            # image_alt: Apa yang tampak di foto, untuk pembaca yang tidak dapat melihatnya
            ---

            """);
        text.Append(Placeholder).Append(" Paragraf pertama menjadi ringkasan di daftar buletin.\n\n")
            .Append("Paragraf berikutnya: siapa, apa, di mana, kapan, dan mengapa.\n");
        return (path, text.ToString());
    }

    private static SourcePosition Argument(string name) => new(name, 0, 0);

    /// <summary>The names to choose from, as they are typed: "Pemilu 2029", "Pilkada Serentak 2029".</summary>
    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));
}
