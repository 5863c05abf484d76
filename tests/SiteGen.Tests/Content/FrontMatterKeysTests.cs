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

    /// <summary>
    /// The table of a bulletin's keys as a page of README.md or docs/ has it, in English or in Indonesian
    /// (docs/menulis-buletin.md): its header, the words of its 'required' column, and how a rule says a list's limit.
    /// </summary>
    private static readonly (string Header, string Yes, string No, string AtMost)[] KeyTables =
    [
        ("| key | required | rule |", "yes", "no", "at most"),
        ("| kunci | wajib | aturan |", "ya", "tidak", "paling banyak"),
    ];

    [Fact]
    public void The_documented_table_of_keys_is_the_declared_table_row_for_row()
    {
        var docs = Path.Combine(RepoPaths.Root, "docs");
        var files = new[] { Path.Combine(RepoPaths.Root, "README.md") }
            .Concat(Directory.Exists(docs) ? Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : []);
        var checkedTables = 0;
        foreach (var file in files)
            foreach (var table in KeyTables.Where(t => File.ReadLines(file).Any(l => l.Trim() == t.Header)))
            {
                var name = Path.GetRelativePath(RepoPaths.Root, file);
                var rows = KeyTableRows(file, table.Header);
                // A row may name several keys (`location`, `author`): together, the rows name every key once, in the table's order.
                Assert.True(FrontMatterKeys.Bulletin.Select(k => k.Name).SequenceEqual(rows.SelectMany(r => r.Keys)),
                    $"{name}: the table of keys lists {string.Join(", ", rows.SelectMany(r => r.Keys))}; the declaration (src/SiteGen/Content/FrontMatterKeys.cs): {string.Join(", ", FrontMatterKeys.Bulletin.Select(k => k.Name))}");
                foreach (var (keys, required, rule) in rows)
                    foreach (var key in keys.Select(n => FrontMatterKeys.Bulletin.Single(k => k.Name == n)))
                    {
                        Assert.True(required == (key.Required ? table.Yes : table.No), $"{name}: the table says '{key.Name}' is required: {required}; it is declared {(key.Required ? "required" : "optional")}");
                        if (key.MaxItems is { } most)
                            Assert.True(rule.Contains($"{table.AtMost} {most}", StringComparison.Ordinal), $"{name}: the rule for '{key.Name}' does not say '{table.AtMost} {most}': {rule}");
                    }
                checkedTables++;
            }
        Assert.True(checkedTables > 0, $"no page of README.md or docs/ has a table of keys that starts '{KeyTables[0].Header}' or '{KeyTables[1].Header}'");
    }

    /// <summary>The rows of the table of keys under <paramref name="header"/> in <paramref name="file"/>: each row's keys, its 'required' cell and its rule.</summary>
    private static List<(string[] Keys, string Required, string Rule)> KeyTableRows(string file, string header)
    {
        var rows = new List<(string[], string, string)>();
        foreach (var line in File.ReadLines(file).SkipWhile(l => l.Trim() != header).Skip(2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Trim().Trim('|').Split(" | ");
            Assert.True(cells.Length == 3, $"{Path.GetFileName(file)}: a row of the table of keys has {cells.Length} cells: {line}");
            rows.Add((cells[0].Split(',', StringSplitOptions.TrimEntries).Select(k => k.Trim('`')).ToArray(), cells[1].Trim(), cells[2].Trim()));
        }
        return rows;
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
