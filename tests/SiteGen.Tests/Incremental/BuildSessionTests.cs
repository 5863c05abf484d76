using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Incremental;

/// <summary>A rebuild after a change gives exactly what a full build of the changed site gives, while rendering only what the change affects.</summary>
public sealed class BuildSessionTests : IDisposable
{
    internal const string Files = """
        -- content/bulletins/2024/fgd.md --
        ---
        title: FGD Netralitas Blitar
        unit: Polres Blitar
        date: 2024-09-20
        election: Pilkada Serentak 2024
        tags: [netralitas, fgd]
        image: foto.jpg
        image_alt: Peserta FGD
        ---
        Paragraf pertama FGD.
        -- content/bulletins/2024/foto.jpg --
        @image 600x400
        -- content/bulletins/2024/patroli.md --
        ---
        title: Patroli Kantor KPU
        unit: Polres Blitar
        date: 2023-11-12
        election: Pemilu 2024
        tags: [patroli]
        ---
        Patroli.
        -- content/bulletins/2024/rakor.md --
        ---
        title: Rakor Malang
        unit: Polres Malang
        date: 2024-08-13
        election: Pilkada Serentak 2024
        tags: [netralitas]
        ---
        Rapat koordinasi.

        Dihadiri Bawaslu dan KPU.
        -- content/bulletins/2024/kendari.md --
        ---
        title: Rakor Kendari
        unit: Polresta Kendari
        date: 2024-07-09
        election: [Pilkada Serentak 2024, Pemilu 2024]
        aliases: [/lama/rakor-kendari/]
        ---
        Rapat di Kendari.
        -- content/bulletins/2024/simulasi.md --
        ---
        title: Simulasi Sispamkota
        unit: Polres Blitar
        date: 2024-10-17
        election: Pilkada Serentak 2024
        tags: [netralitas]
        ---
        Simulasi.
        -- content/bulletins/2024/apel.md --
        ---
        title: Apel Pergeseran Pasukan
        unit: Polres Malang
        date: 2024-02-10
        election: Pemilu 2024
        tags: [apel]
        ---
        Apel.

        Paragraf kedua.
        -- content/pages/tentang.md --
        ---
        title: Tentang
        ---
        Tentang situs ini.
        """;

    private readonly TestSite _site = new(Files);
    private readonly BuildSession _session;

    public BuildSessionTests()
    {
        _session = new BuildSession(_site.Options());
        var first = _session.Build();
        Assert.False(first.Result.HasErrors, string.Join('\n', first.Result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Editing_a_body_renders_only_the_bulletins_page_and_the_feeds_that_carry_it()
    {
        var update = Edit("content/bulletins/2024/rakor.md", t => t.Replace("Dihadiri Bawaslu", "Dihadiri lintas sektoral, Bawaslu"));
        Assert.Contains("2024/08/rakor/index.html", update.ChangedFiles);
        Assert.Contains("feed.xml", update.ChangedFiles);
        Assert.DoesNotContain("index.html", update.ChangedFiles);
        Assert.InRange(update.RenderedPages, 1, 6);
        Assert.Contains("lintas sektoral", Text(update, "2024/08/rakor/index.html"));
    }

    [Fact]
    public void Editing_a_title_renders_the_index_pages_and_neighbours_it_appears_on()
    {
        var update = Edit("content/bulletins/2024/simulasi.md", t => t.Replace("title: Simulasi Sispamkota", "title: Simulasi Sispamkota Pilkada\nslug: simulasi-sispamkota"));
        Assert.Contains("index.html", update.ChangedFiles);
        Assert.Contains("satuan/polres-blitar/index.html", update.ChangedFiles);
        Assert.Contains("2024/09/fgd/index.html", update.ChangedFiles); // its older neighbour links to it
        Assert.DoesNotContain("satuan/polres-malang/index.html", update.ChangedFiles);
        Assert.True(update.RenderedPages < _session.Files.Count(f => f.Key.EndsWith(".html", StringComparison.Ordinal)) / 2);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("tags")]
    [InlineData("unit")]
    [InlineData("draft")]
    [InlineData("future")]
    [InlineData("expired")]
    [InlineData("alias")]
    public void Front_matter_changes_give_the_same_site_as_a_full_build(string what)
    {
        var (find, replace) = what switch
        {
            "date" => ("date: 2024-08-13", "date: 2025-01-03"),
            "tags" => ("tags: [netralitas]\n---\nRapat", "tags: [netralitas, rakor]\n---\nRapat"),
            "unit" => ("unit: Polres Malang\ndate: 2024-08-13", "unit: Polresta Kendari\ndate: 2024-08-13"),
            "draft" => ("date: 2024-08-13", "date: 2024-08-13\ndraft: true"),
            "future" => ("date: 2024-08-13", "date: 2027-08-13"),
            "expired" => ("date: 2024-08-13", "date: 2024-08-13\nexpires: 2025-01-01"),
            _ => ("date: 2024-08-13", "date: 2024-08-13\naliases: [/arsip-lama/rakor/]"),
        };
        Edit("content/bulletins/2024/rakor.md", t => t.Replace(find, replace));
    }

    /// <summary>Every key a bulletin may have, from the one declaration of them (a key added there must get an edit here).</summary>
    public static TheoryData<string> BulletinKeys() => new(SiteGen.Content.FrontMatterKeys.Bulletin.Select(k => k.Name));

    /// <summary>
    /// An edit of each front-matter key gives what a full build gives, on the newest bulletin (the home page's lead card,
    /// which shows the most) and on one with a picture and related bulletins: whatever a page shows of a key, the rebuild
    /// renders that page again. What each page depends on is written by hand (Rendering/PageKeys); this holds it to what
    /// the pages show.
    /// </summary>
    [Theory]
    [MemberData(nameof(BulletinKeys))]
    public void Every_front_matter_key_edited_gives_the_same_site_as_a_full_build(string key)
    {
        foreach (var (path, slug) in EditedForKeys)
            Edit(path, text => EditKey(text, key, slug));
    }

    /// <summary>The bulletins each front-matter key is edited on: the newest, and one with a picture and related bulletins.</summary>
    internal static readonly (string Path, string Slug)[] EditedForKeys = [("content/bulletins/2024/simulasi.md", "simulasi"), ("content/bulletins/2024/fgd.md", "fgd")];

    /// <summary>The text of the bulletin <paramref name="slug"/> (one of <see cref="EditedForKeys"/>) with its <paramref name="key"/> given a new value.</summary>
    internal static string EditKey(string text, string key, string slug)
    {
        var value = key switch
        {
            "title" => $"Judul Baru {slug}",
            "unit" => "Polres Malang",
            "date" => slug == "fgd" ? "2024-09-21" : "2024-10-18",
            "election" => "[Pilkada Serentak 2024, Pemilu 2024]",
            "tags" => "[netralitas, rakor]",
            "image" => slug == "fgd" ? null : "foto.jpg\nimage_alt: Foto simulasi",
            "draft" => "true",
            "expires" => "2025-01-01",
            "updated" => "2024-10-30",
            "slug" => $"{slug}-baru",
            "aliases" => $"[/lama/{slug}/]",
            "summary" or "location" or "author" or "image_alt" or "image_caption" or "image_credit" => $"Nilai baru {key} untuk {slug}",
            _ => throw new Xunit.Sdk.XunitException($"the key '{key}' is declared but this test has no edit for it: add one"),
        };
        // The key's line replaced, or added at the end of the front matter; null removes the picture and its description.
        if (value is null) return text.Replace("image: foto.jpg\nimage_alt: Peserta FGD\n", "", StringComparison.Ordinal);
        var line = new System.Text.RegularExpressions.Regex($"(?m)^{key}: .*$");
        if (line.IsMatch(text)) return line.Replace(text, $"{key}: {value}", 1);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return text[..end] + $"\n{key}: {value}" + text[end..];
    }

    [Fact]
    public void A_link_to_a_bulletins_markdown_file_follows_that_bulletin_when_its_address_changes()
    {
        Edit("content/pages/tentang.md", t => t.Replace("Tentang situs ini.", "Tentang situs ini. Baca [rakor](../bulletins/2024/rakor.md#dihadiri)."));
        Edit("content/bulletins/2024/fgd.md", t => t.Replace("Paragraf pertama FGD.", "Paragraf pertama FGD, lanjutan [rakor](rakor.md)."));
        var moved = Edit("content/bulletins/2024/rakor.md", t => t.Replace("date: 2024-08-13", "date: 2024-08-14\nslug: rakor-malang-netralitas"));
        Assert.Contains("tentang/index.html", moved.ChangedFiles);
        Assert.Contains("href=\"/2024/08/rakor-malang-netralitas/#dihadiri\"", Text(moved, "tentang/index.html"));
        Assert.Contains("2024/09/fgd/index.html", moved.ChangedFiles);
        Assert.Contains("href=\"/2024/08/rakor-malang-netralitas/\"", Text(moved, "2024/09/fgd/index.html"));
    }

    [Fact]
    public void A_page_linking_to_a_bulletins_markdown_file_is_rendered_again_when_only_that_link_changes()
    {
        // Two bulletins of different units and tags, of elections a bulletin's related list weighs least: only the link must tie them.
        using var site = new TestSite("""
            -- content/bulletins/a.md --
            ---
            title: Patroli Blitar
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            tags: [patroli]
            ---
            Lihat [Kendari](b.md).
            -- content/bulletins/b.md --
            ---
            title: Rakor Kendari
            unit: Polresta Kendari
            date: 2023-07-09
            election: Pemilu 2024
            tags: [rakor]
            ---
            Isi.
            """);
        var session = new BuildSession(site.Options());
        Assert.False(session.Build().Result.HasErrors);
        site.Write("content/bulletins/b.md", File.ReadAllText(Path.Combine(site.Root, "content/bulletins/b.md")).Replace("date: 2023-07-09", "date: 2023-07-10\nslug: rakor-kendari-baru"));
        var update = session.Build(["content/bulletins/b.md"]);
        var page = Encoding.UTF8.GetString(update.Result.Files.Single(f => f.Path == "2024/09/a/index.html").Bytes);
        Assert.Contains("href=\"/2023/07/rakor-kendari-baru/\"", page);
        Assert.Contains("2024/09/a/index.html", update.ChangedFiles);
    }

    [Fact]
    public void Adding_and_deleting_bulletins_gives_the_same_site_as_a_full_build()
    {
        _site.Write("content/bulletins/2025/baru.md", "---\ntitle: Buletin Baru\nunit: Polres Blitar\ndate: 2025-02-01\nelection: Pemilu 2024\n---\nBaru.\n");
        var added = Rebuild("content/bulletins/2025/baru.md");
        Assert.Contains("2025/02/baru/index.html", added.ChangedFiles);

        _site.Delete("content/bulletins/2024/patroli.md");
        var removed = Rebuild("content/bulletins/2024/patroli.md");
        Assert.Contains("2023/11/patroli/index.html", removed.ChangedFiles);
        Assert.DoesNotContain("2023/11/patroli/index.html", _session.Files.Keys);
    }

    [Fact]
    public void Data_files_settings_theme_and_images_give_the_same_site_as_a_full_build()
    {
        Edit("content/units.yaml", t => t.Replace("region: Kabupaten Malang", "region: Kabupaten Malang Raya"));
        Edit("sitegen.yaml", t => t.Replace("title: Situs Uji", "title: Situs Uji Coba"));
        // A picture of another size: its sizes change, and so does the page that states its width and height.
        File.WriteAllBytes(Path.Combine(_site.Root, "content/bulletins/2024/foto.jpg"), TestImages.Make(800, 500));
        var image = Rebuild("content/bulletins/2024/foto.jpg");
        Assert.Contains("2024/09/fgd/foto-480.jpg", image.ChangedFiles);
        Assert.Contains("2024/09/fgd/index.html", image.ChangedFiles);

        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
            _site.Write(Path.Combine("themes/default", Path.GetRelativePath(RepoPaths.Theme, file)), File.ReadAllText(file));
        Rebuild(null);
        var footer = "themes/default/partials/footer.html";
        _site.Write(footer, File.ReadAllText(Path.Combine(_site.Root, footer)).Replace("</footer>", "<p>Catatan kaki tema.</p></footer>"));
        var themed = Rebuild(footer);
        Assert.Contains("Catatan kaki tema.", Text(themed, "index.html"));
    }

    [Fact]
    public void Editing_a_pictures_description_renders_again_the_lists_that_show_its_card()
    {
        var update = Edit("content/bulletins/2024/fgd.md", t => t.Replace("image_alt: Peserta FGD", "image_alt: Peserta FGD di aula"));
        // The card carries the picture with its description: the home page and the unit's list show it.
        Assert.Contains("index.html", update.ChangedFiles);
        Assert.Contains("satuan/polres-blitar/index.html", update.ChangedFiles);
        Assert.Contains("alt=\"Peserta FGD di aula\"", Text(update, "index.html"));
    }

    [Fact]
    public void A_tags_name_and_description_from_tags_yaml_reach_the_pages_that_show_the_tag()
    {
        _site.Write("content/tags.yaml", "- tag: netralitas\n  name: Netralitas Polri\n");
        var named = Rebuild("content/tags.yaml");
        Assert.Contains("tag/netralitas/index.html", named.ChangedFiles);
        Assert.Contains("2024/08/rakor/index.html", named.ChangedFiles);
        Assert.Contains(">Netralitas Polri</a>", Text(named, "2024/08/rakor/index.html"));

        var described = Edit("content/tags.yaml", t => t + "  description: Sikap Polri yang tidak memihak.\n");
        Assert.Contains("Sikap Polri yang tidak memihak.", Text(described, "tag/netralitas/index.html"));
        Assert.DoesNotContain("2024/08/rakor/index.html", described.ChangedFiles);
    }

    [Fact]
    public void A_logo_and_contact_in_the_settings_reach_every_page_and_the_icons()
    {
        File.WriteAllBytes(Path.Combine(_site.Root, "content/logo.png"), TestImages.Make(400, 400, SkiaSharp.SKEncodedImageFormat.Png));
        Rebuild("content/logo.png");
        var logo = Edit("sitegen.yaml", t => t + "\nlogo: content/logo.png\ncontact:\n  call_center: \"110\"\n");
        Assert.Contains("favicon.ico", logo.ChangedFiles);
        Assert.Contains("2023/11/patroli/index.html", logo.ChangedFiles);
        Assert.Contains("class=\"brand__logo\"", Text(logo, "tag/apel/index.html"));
        Assert.Contains("tel:110", Text(logo, "tag/apel/index.html"));

        // Another picture under the same name: the header's file (named for its bytes) and every page change with it.
        File.WriteAllBytes(Path.Combine(_site.Root, "content/logo.png"), TestImages.Make(300, 300, SkiaSharp.SKEncodedImageFormat.Png));
        var replaced = Rebuild("content/logo.png");
        Assert.Contains("favicon.ico", replaced.ChangedFiles);
        Assert.Contains("index.html", replaced.ChangedFiles);
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_last_good_site_and_the_fix_brings_the_change()
    {
        var good = _session.Files;
        var broken = Edit("content/bulletins/2024/rakor.md", t => t.Replace("unit: Polres Malang", "unit: Polres Malangg"), expectErrors: true);
        var error = Assert.Single(broken.Result.Diagnostics, d => d.IsError);
        Assert.Equal("content/bulletins/2024/rakor.md", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("did you mean 'Polres Malang'?", error.Message);
        Assert.Same(good, _session.Files);

        var fixedUpdate = Edit("content/bulletins/2024/rakor.md", t => t.Replace("unit: Polres Malangg", "unit: Polres Malang").Replace("Rapat koordinasi.", "Rapat diperbaiki."));
        Assert.Contains("Rapat diperbaiki.", Text(fixedUpdate, "2024/08/rakor/index.html"));
    }

    [Fact]
    public void An_unknown_change_reads_everything_again_and_still_renders_only_what_changed()
    {
        _site.Write("content/bulletins/2024/apel.md", File.ReadAllText(Path.Combine(_site.Root, "content/bulletins/2024/apel.md")).Replace("Paragraf kedua.", "Paragraf kedua, diubah."));
        var update = Rebuild(null);
        Assert.InRange(update.RenderedPages, 1, 6);
        var nothing = Rebuild(null);
        Assert.Empty(nothing.ChangedFiles);
        Assert.Equal(0, nothing.RenderedPages);
    }

    [Fact]
    public async Task With_deferred_search_an_edit_keeps_the_old_index_until_the_refresh_puts_the_new_one_in_place()
    {
        var session = new BuildSession(_site.Options()) { DeferSearch = true };
        Assert.False(session.Build().Result.HasErrors);
        Assert.False(session.SearchIsStale);
        var before = session.Files.Keys.Where(k => k.StartsWith("search/", StringComparison.Ordinal)).ToHashSet();

        var path = "content/bulletins/2024/rakor.md";
        File.WriteAllText(Path.Combine(_site.Root, path), File.ReadAllText(Path.Combine(_site.Root, path)).Replace("Dihadiri Bawaslu", "Dihadiri Bhabinkamtibmas"));
        var update = session.Build([path]);
        Assert.True(session.SearchIsStale);
        Assert.DoesNotContain(update.ChangedFiles, f => f.StartsWith("search/", StringComparison.Ordinal) || f == "cari/index.html");
        Assert.Contains("2024/08/rakor/index.html", update.ChangedFiles);

        var refreshed = session.ApplySearch(await session.RefreshSearchAsync());
        Assert.NotNull(refreshed);
        Assert.False(session.SearchIsStale);
        Assert.Contains("cari/index.html", refreshed.ChangedFiles);
        Assert.NotEqual(before, session.Files.Keys.Where(k => k.StartsWith("search/", StringComparison.Ordinal)).ToHashSet());
        // After the refresh the site is exactly what a full build gives.
        var full = SiteBuilder.Build(_site.Options());
        Assert.Equal(full.Files.Select(f => f.Path), refreshed.Result.Files.Select(f => f.Path));
        foreach (var (expected, actual) in full.Files.Zip(refreshed.Result.Files))
            Assert.True(expected.Bytes.AsSpan().SequenceEqual(actual.Bytes), $"{expected.Path} differs from a full build's");
    }

    [Fact]
    public async Task A_refresh_made_outdated_by_a_newer_build_is_not_applied()
    {
        var session = new BuildSession(_site.Options()) { DeferSearch = true };
        Assert.False(session.Build().Result.HasErrors);
        var path = "content/bulletins/2024/apel.md";
        File.WriteAllText(Path.Combine(_site.Root, path), File.ReadAllText(Path.Combine(_site.Root, path)).Replace("Apel.", "Apel pagi."));
        session.Build([path]);
        var refresh = session.RefreshSearchAsync();
        File.WriteAllText(Path.Combine(_site.Root, path), File.ReadAllText(Path.Combine(_site.Root, path)).Replace("Apel pagi.", "Apel siang."));
        session.Build([path]);
        Assert.Null(session.ApplySearch(await refresh));
        Assert.True(session.SearchIsStale);
    }

    [Fact]
    public async Task A_refresh_stopped_for_a_newer_edit_ends_cancelled_and_the_index_stays_stale()
    {
        var session = new BuildSession(_site.Options()) { DeferSearch = true };
        Assert.False(session.Build().Result.HasErrors);
        var path = "content/bulletins/2024/apel.md";
        File.WriteAllText(Path.Combine(_site.Root, path), File.ReadAllText(Path.Combine(_site.Root, path)).Replace("Apel.", "Apel pagi."));
        session.Build([path]);
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RefreshSearchAsync(stop.Token));
        Assert.True(session.SearchIsStale);
        // A later refresh still brings the index up to date.
        Assert.NotNull(session.ApplySearch(await session.RefreshSearchAsync()));
        Assert.False(session.SearchIsStale);
    }

    private BuildUpdate Edit(string path, Func<string, string> change, bool expectErrors = false)
    {
        var full = Path.Combine(_site.Root, path);
        var before = File.ReadAllText(full);
        var after = change(before);
        Assert.NotEqual(before, after);
        _site.Write(path, after);
        return Rebuild(path, expectErrors);
    }

    private BuildUpdate Rebuild(string? path, bool expectErrors = false)
    {
        var update = _session.Build(path is null ? null : [path]);
        Assert.Equal(expectErrors, update.Result.HasErrors);
        if (expectErrors) return update;
        var full = SiteBuilder.Build(_site.Options());
        Assert.False(full.HasErrors, string.Join('\n', full.Diagnostics));
        Assert.Equal(full.Diagnostics, update.Result.Diagnostics);
        Assert.Equal(full.Files.Select(f => f.Path), update.Result.Files.Select(f => f.Path));
        foreach (var (expected, actual) in full.Files.Zip(update.Result.Files))
            Assert.True(expected.Bytes.AsSpan().SequenceEqual(actual.Bytes), $"{expected.Path} differs from a full build's:\n{Encoding.UTF8.GetString(actual.Bytes)}");
        return update;
    }

    private static string Text(BuildUpdate update, string path) =>
        Encoding.UTF8.GetString(update.Result.Files.Single(f => f.Path == path).Bytes);
}
