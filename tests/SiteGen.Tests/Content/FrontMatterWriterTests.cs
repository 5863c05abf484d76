using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Yaml.YamlTextTests;

namespace SiteGen.Tests.Content;

/// <summary>
/// The one writer of front matter, for <c>sitegen new</c> and <c>sitegen import</c>: whatever it writes, the build reads
/// back as the same values, in the keys' declared order.
/// </summary>
public sealed class FrontMatterWriterTests
{
    [Fact]
    public void Every_value_written_by_the_front_matter_writer_comes_back_from_the_bulletin_reader()
    {
        var reader = Reader();
        var read = 0;
        // The reader takes a value as a writer typed it, without spaces at its ends: the values are given so.
        foreach (var value in HostileValues(1500, Seed + 1).Select(v => v.Trim()).Where(v => v.Length > 0))
        {
            var taggable = SiteGen.Text.Slug.From(value) is { Length: > 0 } slug && !SiteGen.Text.Slug.IsTooLong(slug);
            var front = new FrontMatterWriter()
                .Text(FrontMatterKeys.Title, value)
                .Text(FrontMatterKeys.Unit, "Polres Blitar")
                .Date(FrontMatterKeys.Date, new DateOnly(2024, 9, 20))
                .List(FrontMatterKeys.Election, ["Pilkada Serentak 2024", "Pemilu 2024"], oneAsText: true)
                .List(FrontMatterKeys.Tags, taggable ? [value, "netralitas"] : ["netralitas"])
                .Text(FrontMatterKeys.Summary, value)
                .Text(FrontMatterKeys.Location, value)
                .Text(FrontMatterKeys.ImageCaption, value)
                .ToString();
            var diagnostics = new DiagnosticBag();
            var bulletin = reader.Read(new SourceText("content/bulletins/2024/apel.md", front + "Isi.\n"), diagnostics);
            Assert.True(bulletin is not null, $"'{Escape(value)}' written as\n{Escape(front)}\nis not read: {string.Join("; ", diagnostics.ToSortedList())}");
            var meta = bulletin!.Meta;
            Assert.Equal(new string?[] { value, value, value, value }, new[] { meta.Title, meta.Summary, meta.Location, meta.ImageCaption });
            Assert.Equal(taggable ? [value, "netralitas"] : ["netralitas"], meta.Tags.Select(t => t.Value));
            Assert.Equal(["Pilkada Serentak 2024", "Pemilu 2024"], meta.Elections.Select(e => e.Value));
            read++;
        }
        Assert.True(read > 1000, $"only {read} values were tried");
    }

    [Fact]
    public void Keys_are_written_in_the_order_of_the_table_whatever_order_they_are_given_in()
    {
        var text = new FrontMatterWriter()
            .Text(FrontMatterKeys.Slug, "apel")
            .Text(FrontMatterKeys.Location, "Aula")
            .Text(FrontMatterKeys.Title, "Apel")
            .Comment("catatan")
            .Date(FrontMatterKeys.Date, new DateOnly(2024, 9, 20))
            .ToString();
        Assert.Equal("---\ntitle: Apel\ndate: 2024-09-20\nlocation: Aula\nslug: apel\n# catatan\n---\n", text);
    }

    private static BulletinReader Reader()
    {
        var units = DataFileReader.ReadUnits(new SourceText("content/units.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "units.yaml"))), new DiagnosticBag());
        var elections = DataFileReader.ReadElections(new SourceText("content/elections.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "elections.yaml"))), new DiagnosticBag());
        var resources = new ResourceResolver(new Dictionary<string, SourceFile>());
        return new BulletinReader(new MarkdownRenderer(false, resources, "/"), resources, new ReferenceCatalog(units, elections), TimeZoneInfo.Utc);
    }
}
