using System.IO.Hashing;
using System.Text;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Incremental;

/// <summary>
/// A build that writes the site takes the pages a change did not touch from the last written build (recorded in
/// .sitegen/cache/pages.bin), and the parses (parsed.bin, bodies.bin) and search analyses (search.bin) of the bulletins it
/// did not touch, and what it writes
/// is byte for byte what a build without the cache writes, for every kind of change; a damaged or foreign cache file,
/// or an output file changed by hand, is never trusted.
/// </summary>
public sealed class PageCacheTests : IDisposable
{
    private readonly TestSite _site = new(BuildSessionTests.Files);
    private readonly TempFolder _fresh = new();
    private readonly int _pages;
    private readonly int _bulletins;

    public PageCacheTests()
    {
        // Files written an hour ago, as a site's usually are: a build may then know them unchanged by their length and
        // time alone (a file written moments before a build is read by the next one whatever its time says).
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Root, "content"), "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        var first = Write();
        Assert.False(first.HasErrors, string.Join('\n', first.Diagnostics));
        _pages = first.Site!.Pages.Count;
        Assert.Equal(_pages, first.RenderedPages);
        Assert.Equal(first.Site.Bulletins.Count, first.AnalysedBulletins);
        Assert.Equal(first.Site.Bulletins.Count, first.ParsedBulletins);
        _bulletins = first.Site.Bulletins.Count;
        Assert.True(File.Exists(RecordsFile));
        Assert.True(File.Exists(AnalysesFile));
    }

    public void Dispose()
    {
        _site.Dispose();
        _fresh.Dispose();
    }

    private string RecordsFile => Path.Combine(_site.Root, ".sitegen", "cache", PageRecords.FileName);

    private string AnalysesFile => Path.Combine(_site.Root, ".sitegen", "cache", KeptAnalyses.FileName);

    [Fact]
    public void An_unchanged_site_renders_no_page_and_writes_the_same_site()
    {
        var again = Rebuild();
        Assert.Equal(0, again.RenderedPages);
        Assert.Equal(0, again.AnalysedBulletins);
        Assert.Equal(0, again.ParsedBulletins);
        Assert.Empty(again.Notes);
    }

    [Fact]
    public void A_bulletin_whose_file_keeps_its_length_and_time_is_taken_without_being_read()
    {
        const string path = "content/bulletins/2024/rakor.md";
        var full = Path.Combine(_site.Root, path);
        var time = File.GetLastWriteTimeUtc(full);
        // Same length, other words, and its time put back: only reading the file would tell (the limit docs/commands.md names).
        File.WriteAllText(full, File.ReadAllText(full).Replace("Dihadiri Bawaslu", "Dihadiri BAWASLU"));
        File.SetLastWriteTimeUtc(full, time);
        var cached = Write();
        Assert.Equal(0, cached.ParsedBulletins);
        Assert.Contains("Dihadiri Bawaslu", Output("2024/08/rakor/index.html"));
        // Its time changed (any editor or git sets it): it is read, and the change is published.
        File.SetLastWriteTimeUtc(full, time.AddSeconds(1));
        var read = Rebuild();
        Assert.Equal(1, read.ParsedBulletins);
        Assert.Contains("Dihadiri BAWASLU", Output("2024/08/rakor/index.html"));
    }

    [Fact]
    public void A_file_written_moments_before_a_build_is_read_by_the_next_even_when_its_length_and_time_look_unchanged()
    {
        // Written just before a build: a second write in the same tick of a coarse clock would leave its time as it was.
        const string path = "content/bulletins/2024/rakor.md";
        var full = Path.Combine(_site.Root, path);
        _site.Write(path, File.ReadAllText(full).Replace("Dihadiri Bawaslu", "Dihadiri BAWASLU"));
        // Its time a second ahead of now, so that a build slow to begin on a busy machine still begins within 2 s of it.
        var time = DateTime.UtcNow.AddSeconds(1);
        File.SetLastWriteTimeUtc(full, time);
        Rebuild();
        _site.Write(path, File.ReadAllText(full).Replace("Dihadiri BAWASLU", "Dihadiri bawaslu"));
        File.SetLastWriteTimeUtc(full, time);
        var again = Rebuild();
        Assert.Equal(1, again.ParsedBulletins);
        Assert.Contains("Dihadiri bawaslu", Output("2024/08/rakor/index.html"));
    }

    [Fact]
    public void Neighbours_and_related_bulletins_are_found_again_only_when_the_order_units_elections_or_tags_change()
    {
        var links = Path.Combine(_site.Root, ".sitegen", "cache", KeptLinks.FileName);
        var earlier = DateTime.UtcNow.AddHours(-2);
        File.SetLastWriteTimeUtc(links, earlier);
        Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));
        Edit("content/bulletins/2024/rakor.md", t => t.Replace("title: Rakor Malang", "title: Rakor Pengamanan Malang"));
        Assert.Equal(earlier, File.GetLastWriteTimeUtc(links)); // taken, not written again
        Edit("content/bulletins/2024/rakor.md", t => t.Replace("tags: [netralitas]", "tags: [netralitas, rakor]"));
        Assert.NotEqual(earlier, File.GetLastWriteTimeUtc(links));
    }

    [Fact]
    public void Editing_a_body_renders_only_the_bulletins_page_and_the_feeds_that_carry_it()
    {
        var update = Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));
        Assert.InRange(update.RenderedPages, 1, 6);
        Assert.Equal(1, update.AnalysedBulletins);
        Assert.Equal(1, update.ParsedBulletins);
        Assert.Contains("lintas sektoral", Output("2024/08/rakor/index.html"));
    }

    /// <param name="somePages">When the change shows only on some pages (a date, tags or election also change the counts every page's menus show).</param>
    [Theory]
    [InlineData("title", "title: Rakor Malang", "title: Rakor Pengamanan Malang", true)]
    [InlineData("unit", "unit: Polres Malang\ndate: 2024-08-13", "unit: Polresta Kendari\ndate: 2024-08-13", false)]
    [InlineData("summary", "date: 2024-08-13", "date: 2024-08-13\nsummary: Ringkasan rapat.", true)]
    [InlineData("slug", "date: 2024-08-13", "date: 2024-08-13\nslug: rakor-malang-raya", true)]
    [InlineData("draft", "date: 2024-08-13", "date: 2024-08-13\ndraft: true", false)]
    [InlineData("date", "date: 2024-08-13", "date: 2025-01-03", false)]
    [InlineData("tags", "tags: [netralitas]\n---\nRapat", "tags: [netralitas, rakor]\n---\nRapat", false)]
    [InlineData("election", "election: Pilkada Serentak 2024\ntags: [netralitas]\n---\nRapat", "election: Pemilu 2024\ntags: [netralitas]\n---\nRapat", false)]
    public void A_front_matter_change_writes_what_a_build_without_the_cache_writes(string what, string find, string replace, bool somePages)
    {
        var update = Edit("content/bulletins/2024/rakor.md", t => t.Replace(find, replace));
        if (somePages) Assert.True(update.RenderedPages < _pages / 2, $"{what}: {update.RenderedPages} of {_pages} pages rendered");
    }

    /// <summary>Every key a bulletin may have, edited as the serve tests edit it (<see cref="BuildSessionTests.EditKey"/>).</summary>
    [Theory]
    [MemberData(nameof(BuildSessionTests.BulletinKeys), MemberType = typeof(BuildSessionTests))]
    public void Every_front_matter_key_edited_writes_what_a_build_without_the_cache_writes(string key)
    {
        foreach (var (path, slug) in BuildSessionTests.EditedForKeys)
            Edit(path, text => BuildSessionTests.EditKey(text, key, slug));
    }

    [Fact]
    public void Adding_and_removing_bulletins_writes_what_a_build_without_the_cache_writes()
    {
        _site.Write("content/bulletins/2025/baru.md", "---\ntitle: Buletin Baru\nunit: Polres Blitar\ndate: 2025-02-01\nelection: Pemilu 2024\n---\nBaru.\n");
        Rebuild();
        Assert.Contains("Buletin Baru", Output("index.html"));

        _site.Delete("content/bulletins/2024/patroli.md");
        Rebuild();
        Assert.False(File.Exists(Path.Combine(_site.OutputRoot, "2023/11/patroli/index.html")));
    }

    [Theory]
    [InlineData("content/units.yaml", "region: Kabupaten Malang", "region: Kabupaten Malang Raya")]
    [InlineData("content/elections.yaml", "description: Pemilihan kepala daerah serentak.", "description: Pemilihan gubernur, bupati dan wali kota serentak.")]
    [InlineData("sitegen.yaml", "title: Situs Uji", "title: Situs Uji Coba")]
    public void A_data_file_or_the_settings_changed_writes_what_a_build_without_the_cache_writes(string path, string find, string replace)
    {
        var full = Path.Combine(_site.Root, path);
        Assert.Contains(find, File.ReadAllText(full));
        Edit(path, t => t.Replace(find, replace));
    }

    [Fact]
    public void Raw_html_allowed_or_not_in_the_settings_writes_what_a_build_without_the_cache_writes()
    {
        // What a body's text is depends on the settings as well as on its file: raw HTML is escaped, or kept once sanitised.
        Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "<div class=\"catatan\">Catatan <b>rapat</b> terbatas</div>\n\n<span>Sisipan</span> Dihadiri Bawaslu"));
        var allowed = Edit("sitegen.yaml", t => t + "\nmarkdown:\n  unsafe_html: true\n");
        Assert.Equal(_bulletins, allowed.ParsedBulletins);
        Edit("sitegen.yaml", t => t.Replace("unsafe_html: true", "unsafe_html: false"));
    }

    [Fact]
    public void A_tags_file_added_writes_what_a_build_without_the_cache_writes()
    {
        _site.Write("content/tags.yaml", "- tag: netralitas\n  name: Netralitas Polri\n  description: Sikap Polri yang tidak memihak.\n");
        Rebuild();
        Assert.Contains("Netralitas Polri", Output("2024/08/rakor/index.html"));
    }

    [Fact]
    public void A_picture_replaced_writes_what_a_build_without_the_cache_writes()
    {
        File.WriteAllBytes(Path.Combine(_site.Root, "content/bulletins/2024/foto.jpg"), TestImages.Make(800, 500));
        var replaced = Rebuild();
        Assert.Equal(1, replaced.ParsedBulletins);
        Assert.Contains("width=\"800\"", Output("2024/09/fgd/index.html"));
    }

    [Fact]
    public void The_themes_template_asset_and_translation_changed_write_what_a_build_without_the_cache_writes()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
            _site.Write(Path.Combine("themes/default", Path.GetRelativePath(RepoPaths.Theme, file)), File.ReadAllText(file));
        Rebuild();

        var footer = "themes/default/partials/footer.html";
        Edit(footer, t => t.Replace("</footer>", "<p>Catatan kaki tema.</p></footer>"));
        Assert.Contains("Catatan kaki tema.", Output("2023/11/patroli/index.html"));

        var css = Directory.EnumerateFiles(Path.Combine(_site.Root, "themes/default/assets"), "*.css", SearchOption.AllDirectories).First();
        Edit(Path.GetRelativePath(_site.Root, css), t => t + "\n.catatan { color: #222; }\n");

        var translations = Directory.EnumerateFiles(Path.Combine(_site.Root, "themes/default/i18n")).First(f => Path.GetFileName(f).StartsWith("id", StringComparison.Ordinal));
        Edit(Path.GetRelativePath(_site.Root, translations), t => t + "\n");
    }

    [Fact]
    public void A_page_changed_by_hand_in_the_output_is_made_again()
    {
        var home = Path.Combine(_site.OutputRoot, "index.html");
        var good = File.ReadAllBytes(home);
        File.WriteAllText(home, Encoding.UTF8.GetString(good).Replace("</body>", "<script>alert(1)</script></body>"));
        var again = Rebuild();
        Assert.Equal(1, again.RenderedPages);
        Assert.Equal(good, File.ReadAllBytes(home));
    }

    [Fact]
    public void An_edit_writes_only_the_files_whose_bytes_change_and_leaves_every_other_file_of_the_output_untouched()
    {
        var before = Stamped(_site.OutputRoot);
        Thread.Sleep(20);
        Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));
        var after = Stamped(_site.OutputRoot);

        var changed = after.Keys.Where(p => !before.ContainsKey(p) || before[p].Bytes != after[p].Bytes).ToHashSet();
        var written = after.Keys.Where(p => !before.ContainsKey(p) || before[p].Time != after[p].Time).ToHashSet();
        Assert.Contains("2024/08/rakor/index.html", changed);
        // Written again: exactly the files whose bytes changed (the page, its feeds, the search files that hold it).
        Assert.Equal(changed.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        Assert.True(written.Count < after.Count / 2, $"{written.Count} of {after.Count} files written");
    }

    [Fact]
    public void An_edit_adds_only_its_new_body_to_the_bodies_file_and_a_file_mostly_unused_is_written_anew()
    {
        var bodies = Path.Combine(_site.Root, ".sitegen", "cache", KeptParses.BodiesName);
        var before = File.ReadAllBytes(bodies);
        Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));
        var after = File.ReadAllBytes(bodies);
        // The last build's bodies are where they were, the edited one's new body after them.
        Assert.True(after.AsSpan(0, before.Length).SequenceEqual(before));
        Assert.InRange(after.Length - before.Length, 1, before.Length / 2);

        // Bytes no entry uses (as edits leave) beyond the bodies in use: the next build writes the file anew, with only those.
        File.AppendAllText(bodies, new string('x', 17 << 20));
        var again = Edit("content/bulletins/2024/rakor.md", t => t.Replace("lintas sektoral", "lintas sektor"));
        Assert.Equal(1, again.ParsedBulletins);
        Assert.True(new FileInfo(bodies).Length < after.Length + 4096, $"{new FileInfo(bodies).Length} bytes");
        Assert.Equal(0, Rebuild().ParsedBulletins);
    }

    [Fact]
    public void Files_changed_removed_or_added_by_hand_in_the_output_are_put_right_as_a_whole_build_would()
    {
        // After an update, as after a whole build: the folders it touched (the search index's) are watched as well as the others.
        Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));
        File.WriteAllText(Path.Combine(_site.OutputRoot, "search", "catatan.json"), "{}");
        var css = Directory.EnumerateFiles(_site.OutputRoot, "*.css", SearchOption.AllDirectories).First();
        var bytes = File.ReadAllBytes(css);
        bytes[^2] = (byte)(bytes[^2] == (byte)'x' ? 'y' : 'x'); // same length, other bytes
        File.WriteAllBytes(css, bytes);
        File.Delete(Directory.EnumerateFiles(Path.Combine(_site.OutputRoot, "search"), "*", SearchOption.AllDirectories).First());
        File.WriteAllText(Path.Combine(_site.OutputRoot, "catatan.txt"), "ditaruh tangan");
        Directory.CreateDirectory(Path.Combine(_site.OutputRoot, "usang/arsip"));
        File.WriteAllText(Path.Combine(_site.OutputRoot, "usang/arsip/index.html"), "<p>lama</p>");
        Directory.CreateDirectory(Path.Combine(_site.OutputRoot, "kosong"));
        File.WriteAllText(Path.Combine(_site.OutputRoot, "satuan/polres-malang/salinan.html"), "<p>salinan</p>");
        // A page's folder made a file, and a page made a folder.
        var page = Path.Combine(_site.OutputRoot, "2024/08/rakor");
        Directory.Delete(page, recursive: true);
        File.WriteAllText(page, "bukan folder");
        var home = Path.Combine(_site.OutputRoot, "index.html");
        File.Delete(home);
        Directory.CreateDirectory(Path.Combine(home, "isi"));

        Rebuild(); // the same files, byte for byte, as a build without the cache
        Assert.False(File.Exists(Path.Combine(_site.OutputRoot, "catatan.txt")));
        Assert.False(File.Exists(Path.Combine(_site.OutputRoot, "search", "catatan.json")));
        Assert.False(Directory.Exists(Path.Combine(_site.OutputRoot, "usang")));
        Assert.False(File.Exists(Path.Combine(_site.OutputRoot, "satuan/polres-malang/salinan.html")));
    }

    [Fact]
    public void An_output_folder_removed_by_hand_is_written_whole_again()
    {
        Directory.Delete(_site.OutputRoot, recursive: true);
        var again = Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));
        Assert.Contains("moved into place", again.Timings.Single(t => t.Phase == "write").Detail);
    }

    [SkippableFact]
    public void A_link_put_in_the_output_is_removed_and_nothing_is_written_or_kept_through_it()
    {
        // A copy of a folder of the site elsewhere, times and all, and the folder replaced by a link to it: a build that
        // looked through the link would find every file as it wrote it.
        using var elsewhere = new TempFolder();
        var folder = Path.Combine(_site.OutputRoot, "2024");
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(elsewhere.Path, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            File.SetLastWriteTimeUtc(copy, File.GetLastWriteTimeUtc(file));
        }
        Directory.Delete(folder, recursive: true);
        Links.ToFolder(folder, elsewhere.Path);
        var copied = Stamped(elsewhere.Path);

        Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));

        Assert.Null(new DirectoryInfo(folder).LinkTarget);
        Assert.Equal(copied, Stamped(elsewhere.Path));
    }

    [Fact]
    public void A_forged_record_of_the_output_that_names_files_outside_it_is_ignored_and_nothing_outside_is_removed()
    {
        using var elsewhere = new TempFolder();
        elsewhere.Write("penting.txt", "milik orang lain");
        var relative = Path.GetRelativePath(_site.OutputRoot, elsewhere.Combine("penting.txt")).Replace('\\', '/');
        var options = _site.Options();
        var real = OutputRecords.Read(options, _site.OutputRoot, [])!;
        var entry = new SiteGen.Output.WrittenFiles.Entry(16, 0, 0);
        foreach (var outside in new[] { relative, elsewhere.Combine("penting.txt") })
        {
            OutputRecords.Save(options, _site.OutputRoot, new SiteGen.Output.WrittenFiles([.. real.Files, new(outside, entry)], real.Folders), []);
            var build = Rebuild();
            Assert.Contains(build.Notes, n => n.Contains(".sitegen/cache/" + OutputRecords.FileName, StringComparison.Ordinal));
            Assert.Equal("milik orang lain", File.ReadAllText(elsewhere.Combine("penting.txt")));
        }
    }

    [Fact]
    public void A_forged_parse_that_publishes_a_picture_outside_its_pages_folder_is_not_taken()
    {
        // The picture's name, as the parse keeps it, made a path that leads up: the checksum made to match, as a forger would.
        var file = Path.Combine(_site.Root, ".sitegen", "cache", KeptParses.FileName);
        var bytes = File.ReadAllBytes(file);
        var name = "\bfoto.jpg"u8.ToArray();
        var forged = "\b../x.jpg"u8.ToArray();
        var found = 0;
        for (var at = bytes.AsSpan().IndexOf(name); at >= 0; at = bytes.AsSpan().IndexOf(name))
        {
            forged.CopyTo(bytes, at);
            found++;
        }
        Assert.True(found > 0);
        BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 8), XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)));
        File.WriteAllBytes(file, bytes);

        var build = Rebuild();
        Assert.Contains(build.Notes, n => n.Contains(".sitegen/cache/" + KeptParses.FileName, StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_site.OutputRoot, "2024/x.jpg")));
    }

    [Theory]
    [InlineData(0x7F)] // more terms than the analysis holds
    [InlineData(0x00)] // fewer: it would end before the index says
    public void A_forged_search_analysis_is_not_taken_and_its_bulletin_is_analysed_again(byte termCount)
    {
        // The first analysis's count of terms changed, the checksum made to match: only reading that analysis tells.
        var file = Path.Combine(_site.Root, ".sitegen", "cache", KeptAnalyses.FileName);
        var bytes = File.ReadAllBytes(file);
        using (var header = new BinaryReader(new MemoryStream(bytes)))
        {
            (_, _, _, _) = (header.ReadString(), header.ReadInt32(), header.ReadString(), header.ReadUInt64());
            var first = (int)header.BaseStream.Position + sizeof(ulong); // after the first bulletin's key
            Assert.True(bytes[first] is > 0 and < 0x7F, $"a one-byte count, not {bytes[first]}");
            bytes[first] = termCount;
        }
        BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 8), XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)));
        File.WriteAllBytes(file, bytes);

        var build = Rebuild();
        Assert.Equal(1, build.AnalysedBulletins);
        Assert.Contains(build.Notes, n => n.Contains(".sitegen/cache/" + KeptAnalyses.FileName, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_forged_record_that_looks_through_a_link_in_the_output_removes_nothing_where_it_leads(bool linkRecorded)
    {
        // A link in the output to a folder elsewhere, and a record that says a folder under it was written and has
        // changed since (so its entries would be taken for files put there by hand), with the output folder's time as it
        // now is (so the link itself would not be noticed).
        using var elsewhere = new TempFolder();
        elsewhere.Write("x/rahasia.txt", "milik orang lain");
        Links.ToFolder(Path.Combine(_site.OutputRoot, "tautan"), elsewhere.Path);
        var options = _site.Options();
        var real = OutputRecords.Read(options, _site.OutputRoot, [])!;
        var now = Directory.GetLastWriteTimeUtc(_site.OutputRoot).Ticks;
        var folders = real.Folders.Select(f => f.Path == "" ? f with { Ticks = now } : f).Append(new("tautan/x", 0));
        if (linkRecorded) folders = folders.Append(new("tautan", 0));
        OutputRecords.Save(options, _site.OutputRoot, new SiteGen.Output.WrittenFiles(real.Files, [.. folders]), []);

        Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));

        Assert.Equal("milik orang lain", File.ReadAllText(elsewhere.Combine("x/rahasia.txt")));
        Assert.False(Path.Exists(Path.Combine(_site.OutputRoot, "tautan")));
    }

    [Fact]
    public void Builds_into_another_output_folder_between_two_builds_do_not_confuse_either()
    {
        using var other = new TempFolder();
        var elsewhere = SiteBuilder.BuildAndWrite(_site.Options(o => o with { OutputRoot = other.Combine("output") }));
        Assert.False(elsewhere.HasErrors);
        Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));
        Assert.False(SiteBuilder.BuildAndWrite(_site.Options(o => o with { OutputRoot = other.Combine("output") })).HasErrors);
        Assert.Equal(Tree(_site.OutputRoot), Tree(other.Combine("output")));
    }

    [Theory]
    [InlineData(PageRecords.FileName)]
    [InlineData(KeptAnalyses.FileName)]
    [InlineData(KeptParses.FileName)]
    [InlineData(KeptParses.BodiesName)]
    [InlineData(OutputRecords.FileName)]
    [InlineData(KeptLinks.FileName)]
    public void A_damaged_cache_file_is_ignored_with_a_note_and_written_anew(string name)
    {
        var file = Path.Combine(_site.Root, ".sitegen", "cache", name);
        var bytes = File.ReadAllBytes(file);
        var bodies = name == KeptParses.BodiesName;
        if (bodies)
        {
            // A body is checked when it is read: every byte is damaged, and every page made again (from every body).
            File.WriteAllBytes(file, bytes.Select(b => (byte)(b ^ 0x5A)).ToArray());
            Directory.Delete(_site.OutputRoot, recursive: true);
        }
        else
        {
            bytes[bytes.Length / 2] ^= 0x5A;
            File.WriteAllBytes(file, bytes);
        }
        var damaged = Rebuild();
        Assert.Equal(name == PageRecords.FileName || bodies ? _pages : 0, damaged.RenderedPages);
        Assert.Equal(name == KeptAnalyses.FileName ? _bulletins : 0, damaged.AnalysedBulletins);
        Assert.Equal(name is KeptParses.FileName or KeptParses.BodiesName ? _bulletins : 0, damaged.ParsedBulletins);
        var named = name == KeptParses.BodiesName ? KeptParses.FileName : name;
        Assert.Contains(damaged.Notes, n => n.Contains(".sitegen/cache/" + named, StringComparison.Ordinal));

        File.WriteAllBytes(file, bytes[..20]);
        Rebuild();
        var again = Rebuild();
        Assert.Equal(0, again.RenderedPages);
        Assert.Equal(0, again.AnalysedBulletins);
        Assert.Equal(0, again.ParsedBulletins);
        Assert.Empty(again.Notes);
    }

    [Fact]
    public void Cache_files_that_are_folders_or_links_are_not_read_and_the_site_is_built_all_the_same()
    {
        var cache = Path.Combine(_site.Root, ".sitegen", "cache");
        foreach (var name in new[] { PageRecords.FileName, KeptParses.FileName })
        {
            File.Delete(Path.Combine(cache, name));
            Directory.CreateDirectory(Path.Combine(cache, name));
        }
        var folders = Rebuild();
        Assert.Equal(_pages, folders.RenderedPages);
        Assert.Equal(_bulletins, folders.ParsedBulletins);
        Assert.Contains(folders.Notes, n => n.Contains(".sitegen/cache", StringComparison.Ordinal));

        // Links (which a repository may hold) to a file of the machine and to a device that never ends.
        foreach (var name in new[] { PageRecords.FileName, KeptParses.FileName })
            Directory.Delete(Path.Combine(cache, name));
        File.CreateSymbolicLink(Path.Combine(cache, PageRecords.FileName), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(cache, KeptParses.FileName), "/etc/passwd");
        File.Delete(Path.Combine(cache, KeptAnalyses.FileName));
        File.CreateSymbolicLink(Path.Combine(cache, KeptAnalyses.FileName), "/etc/hostname");
        var links = Rebuild();
        Assert.Equal(_pages, links.RenderedPages);
        Assert.Equal(_bulletins, links.ParsedBulletins);
        Assert.Equal(_bulletins, links.AnalysedBulletins);
        // The links were replaced by the build's own files, and the next build takes everything from them.
        Assert.Null(new FileInfo(Path.Combine(cache, PageRecords.FileName)).LinkTarget);
        Assert.Equal(0, Rebuild().RenderedPages);
    }

    [Fact]
    public void Temporary_files_a_killed_build_left_are_removed_once_a_day_old()
    {
        var cache = Path.Combine(_site.Root, ".sitegen", "cache");
        var old = Path.Combine(cache, KeptParses.BodiesName + ".0a1b2c.tmp");
        var young = Path.Combine(cache, PageRecords.FileName + ".3d4e5f.tmp");
        var other = Path.Combine(cache, "catatan.tmp");
        foreach (var file in new[] { old, young, other }) File.WriteAllText(file, "sisa");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddDays(-2));
        Rebuild();
        Assert.False(File.Exists(old));
        Assert.True(File.Exists(young)); // perhaps another build's, writing now
        Assert.True(File.Exists(other)); // not SiteGen's
    }

    [Theory]
    [InlineData(1, "SiteGen/0.1.0/another")]
    [InlineData(99, null)] // this SiteGen's name, another format: an upgrade that changed the format, not damage
    public void Records_of_another_sitegen_are_ignored_with_a_note(int format, string? identity)
    {
        // A well-formed file naming another SiteGen, which claims every page is unchanged.
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("sitegen-pages");
            writer.Write(format);
            writer.Write(identity ?? CacheFolder.Identity);
            writer.Write(0UL);
            writer.Write(0);
            writer.Write(XxHash64.HashToUInt64(stream.ToArray()));
        }
        File.WriteAllBytes(RecordsFile, stream.ToArray());
        var other = Rebuild();
        Assert.Equal(_pages, other.RenderedPages);
        Assert.Contains(other.Notes, n => n.Contains("SiteGen", StringComparison.Ordinal) && n.Contains(".sitegen/cache", StringComparison.Ordinal));
        Assert.DoesNotContain(other.Notes, n => n.Contains(PageRecords.FileName, StringComparison.Ordinal)); // not named as damaged
    }

    [Fact]
    public void A_glossary_changed_in_the_theme_analyses_every_bulletin_again()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
            _site.Write(Path.Combine("themes/default", Path.GetRelativePath(RepoPaths.Theme, file)), File.ReadAllText(file));
        Rebuild();
        var glossary = Path.Combine("themes/default", SiteGen.Search.Glossary.ThemePath);
        var edited = Edit(glossary, t => t + "\nApel: apel pasukan\n");
        Assert.Equal(_bulletins, edited.AnalysedBulletins);
    }

    [Fact]
    public void Without_the_cache_every_page_is_rendered()
    {
        var build = SiteBuilder.BuildAndWrite(_site.Options(o => o with { ReuseLastBuild = false }));
        Assert.False(build.HasErrors);
        Assert.Equal(_pages, build.RenderedPages);
        Assert.Equal(_bulletins, build.AnalysedBulletins);
        Assert.Equal(_bulletins, build.ParsedBulletins);
    }

    private BuildResult Edit(string path, Func<string, string> change)
    {
        var full = Path.Combine(_site.Root, path);
        var before = File.ReadAllText(full);
        var after = change(before);
        Assert.NotEqual(before, after);
        _site.Write(path, after);
        return Rebuild();
    }

    /// <summary>Builds with the cache into the site's output, and without it into a folder of its own; both must hold the same files, byte for byte.</summary>
    private BuildResult Rebuild()
    {
        var cached = Write();
        Assert.False(cached.HasErrors, string.Join('\n', cached.Diagnostics));
        var fresh = SiteBuilder.BuildAndWrite(_site.Options(o => o with { OutputRoot = _fresh.Combine("output"), CacheRoot = _fresh.Combine("cache"), ReuseLastBuild = false }));
        Assert.False(fresh.HasErrors, string.Join('\n', fresh.Diagnostics));
        Assert.Equal(fresh.Diagnostics, cached.Diagnostics);
        var expected = Tree(_fresh.Combine("output"));
        var actual = Tree(_site.OutputRoot);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a build without the cache:\n{Encoding.UTF8.GetString(actual[path])}");
        return cached;
    }

    private BuildResult Write() => SiteBuilder.BuildAndWrite(_site.Options());

    private string Output(string path) => File.ReadAllText(Path.Combine(_site.OutputRoot, path));

    /// <summary>Every file under <paramref name="folder"/> with a hash of its bytes and its last-write time.</summary>
    private static Dictionary<string, (ulong Bytes, DateTime Time)> Stamped(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => (XxHash64.HashToUInt64(File.ReadAllBytes(f)), File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);

    private static SortedDictionary<string, byte[]> Tree(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
