using SiteGen.Content;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>The table of front-matter keys: what the readers, the warnings, the wrong-name errors and the writers' guide follow.</summary>
public sealed class FrontMatterKeysTests
{
    [Fact]
    public void No_name_means_two_keys()
    {
        var names = FrontMatterKeys.Bulletin.SelectMany(k => k.WrongNames.Append(k.Name)).ToArray();
        foreach (var name in names)
            Assert.True(FrontMatterKeys.Bulletin.Count(k => k.Name == name || k.IsMeantBy(name)) == 1, $"'{name}' means more than one key");
    }

    [Fact]
    public void The_writers_guide_lists_every_key_of_a_bulletin_in_its_table_with_whether_it_is_required()
    {
        // docs/menulis-buletin.md is in Indonesian: its table says "ya" (required) or "tidak" in the second column.
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "menulis-buletin.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Keys: cells[1], Required: cells[2]))
            .ToArray();
        foreach (var key in FrontMatterKeys.Bulletin)
        {
            var row = rows.FirstOrDefault(r => r.Keys.Split(", ").Contains($"`{key.Name}`"));
            Assert.True(row.Keys is not null, $"docs/menulis-buletin.md has no row for `{key.Name}` in its table of keys");
            Assert.Equal((key.Name, key.Required ? "ya" : "tidak"), (key.Name, row.Required));
        }
    }

    [Theory]
    [InlineData("Title", "title")]
    [InlineData("TANGGAL", "date")]
    [InlineData("image-alt", "image_alt")]
    [InlineData("Kata Kunci", "tags")]
    [InlineData("keterangan_foto", "image_alt")]
    [InlineData("kadaluarsa", "expires")]
    public void Other_spellings_and_indonesian_names_mean_their_key(string written, string key) =>
        Assert.Equal(key, FrontMatterKeys.Meant(written, FrontMatterKeys.Bulletin)?.Name);

    [Fact]
    public void Twenty_unknown_keys_are_reported_each_and_the_rest_counted_in_one_warning_at_the_first_of_them()
    {
        var stray = string.Concat(Enumerable.Range(1, 100).Select(i => $"kolom{i}: isi\n"));
        using var site = new TestSite($"-- content/bulletins/a.md --\n---\ntitle: Rapat\n{stray}unit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\nIsi.\n");
        var warnings = site.Build().Diagnostics;
        Assert.All(warnings, w => Assert.Equal("SG0203", w.Code));
        Assert.Equal(21, warnings.Count);
        Assert.Contains("'kolom20'", warnings[19].Message);
        Assert.Equal(23, warnings[20].Line);
        Assert.StartsWith("and 80 more unknown keys, from this line on", warnings[20].Message);
    }

    [Fact]
    public void A_hundred_tags_are_published_and_one_more_is_an_error_at_the_first_over_the_limit()
    {
        static string Bulletin(int tags) => "-- content/bulletins/a.md --\n---\ntitle: Rapat\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\ntags:\n"
            + string.Concat(Enumerable.Range(1, tags).Select(i => $"  - topik {i}\n")) + "---\nIsi.\n";
        using (var site = new TestSite(Bulletin(100)))
        {
            var result = site.Build();
            Assert.Empty(result.Diagnostics);
            Assert.Contains(result.Files, f => f.Path == "tag/topik-100/index.html");
        }
        // 43,000 tags on one bulletin took minutes and 317 MB of pages, each card listing every tag.
        using (var site = new TestSite(Bulletin(20_000)))
        {
            var error = Assert.Single(site.Build().Diagnostics);
            Assert.Equal(("SG0204", 7 + 100), (error.Code, error.Line));
            Assert.StartsWith("this bulletin has 20000 tags, at most 100", error.Message);
        }
    }

    [Fact]
    public void A_wrong_name_beside_its_right_key_is_an_error_with_no_correction()
    {
        using var site = new TestSite("-- content/bulletins/a.md --\n---\ntitle: Rapat\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\nlocation: Aula\nlokasi: Aula Polres\n---\nIsi.\n");
        var problem = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("content/bulletins/a.md:7:1: error SG0203: 'lokasi' means 'location', which is also written on line 6; keep one of them and remove the other", problem.ToString());
        Assert.Null(problem.Fix);
    }

    [Fact]
    public void A_free_page_gets_the_same_treatment_for_its_own_keys()
    {
        using var site = new TestSite("-- content/pages/tentang.md --\n---\njudul: Tentang Kami\ndiperbarui: 5 Maret 2024\n---\nIsi.\n");
        Assert.Equal(
        [
            "content/pages/tentang.md:2:1: error SG0203: SiteGen does not read the key 'judul'; the key for this is 'title', write: title: Tentang Kami",
            "content/pages/tentang.md:3:1: error SG0203: SiteGen does not read the key 'diperbarui'; the key for this is 'updated', write: updated: 5 Maret 2024",
            "content/pages/tentang.md:3:13: error SG0205: 'updated' is written '5 Maret 2024'; SiteGen reads dates written year-month-day, so write: updated: 2024-03-05",
        ], site.Diagnostics);
    }

    [Fact]
    public void A_key_no_table_knows_stays_a_warning()
    {
        using var site = new TestSite("-- content/bulletins/a.md --\n---\ntitle: Rapat\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\ncatatan: internal\n---\nIsi.\n");
        var problem = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(SiteGen.Diagnostics.Severity.Warning, problem.Severity);
        Assert.StartsWith("content/bulletins/a.md:6:1: warning SG0203: unknown front-matter key 'catatan' is ignored; known keys: 'aliases', ", problem.ToString());
    }
}
