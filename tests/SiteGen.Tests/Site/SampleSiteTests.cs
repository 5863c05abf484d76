using SiteGen.Configuration;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>The repository's own sample site: it must build cleanly and identically every time.</summary>
public sealed class SampleSiteTests
{
    private static BuildResult BuildSample(bool parallel = true) => SiteBuilder.Build(new BuildOptions
    {
        SourceRoot = RepoPaths.Root,
        Now = TestSite.Now,
        Parallel = parallel,
    });

    [Fact]
    public void Sample_content_builds_without_a_single_diagnostic()
    {
        var result = BuildSample();
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var published = result.Site!.Bulletins;
        Assert.True(published.Count >= 24, $"{published.Count} bulletins published");
        // Counted over published bulletins, not the data files: a unit or election nobody wrote about shows nothing.
        var units = published.Select(b => b.Unit.Name).Distinct().ToList();
        Assert.True(units.Count >= 6, $"bulletins from {units.Count} units: {string.Join(", ", units)}");
        var poldas = published.Select(b => b.Unit.Polda).Distinct().ToList();
        Assert.True(poldas.Count >= 3, $"bulletins from {poldas.Count} Polda: {string.Join(", ", poldas)}");
        var elections = published.SelectMany(b => b.Elections).Select(e => e.Name).Distinct().ToList();
        Assert.True(elections.Count >= 3, $"bulletins about {elections.Count} elections: {string.Join(", ", elections)}");
        // The home, Polda, election, tag and year lists run to a second page, so pagination shows for real. No unit
        // has more than a page of bulletins; SiteSettingsTests pages a unit.
        Assert.Contains(result.Files, f => f.Path == "halaman/2/index.html");
        foreach (var kind in new[] { "polda/", "pemilihan/", "tag/", "arsip/" })
            Assert.Contains(result.Files, f => f.Path.StartsWith(kind, StringComparison.Ordinal) && f.Path.Contains("/halaman/2/"));
    }

    [Theory]
    [InlineData("Polres Blitar", "2024-09-20", "Pilkada Serentak 2024", "Aula Polres Blitar", "FGD", "netralitas", "Bawaslu", "KPU")]
    [InlineData("Polres Blitar", "2023-11-12", "Pemilu 2024", null, "bermotor", "Bawaslu", "KPU")]
    [InlineData("Polres Malang", "2024-08-13", "Pilkada Serentak 2024", null, "netralitas", "Operasi Mantap Praja")]
    [InlineData("Polres Pasuruan", "2023-07-13", "Pilkades Serentak 2023", null, "Purwosari", "Purwodadi")]
    [InlineData("Polresta Kendari", "2024-07-09", "Pilkada Serentak 2024", "Aula Wira Pratama")]
    public void Sample_content_has_the_five_required_events(string unit, string date, string election, string? location, params string[] named)
    {
        var site = BuildSample().Site!;
        var bulletin = Assert.Single(site.Bulletins, b => b.Unit.Name == unit && b.Date.ToString("yyyy-MM-dd") == date);
        Assert.Equal([election], bulletin.Elections.Select(e => e.Name));
        if (location is not null) Assert.Equal(location, bulletin.Location);
        // Who took part and what it was about is told in the text itself, not only in the tags.
        foreach (var name in named) Assert.Contains(name, bulletin.Body.PlainText);
    }

    [Fact]
    public void Two_builds_and_a_sequential_build_give_byte_identical_output()
    {
        var first = BuildSample();
        var second = BuildSample();
        var sequential = BuildSample(parallel: false);
        foreach (var other in new[] { second, sequential })
        {
            Assert.Equal(first.Files.Select(f => f.Path), other.Files.Select(f => f.Path));
            for (var i = 0; i < first.Files.Count; i++)
                Assert.True(first.Files[i].Bytes.AsSpan().SequenceEqual(other.Files[i].Bytes), $"{first.Files[i].Path} differs between builds");
        }
    }

    [Fact]
    public void Written_output_is_byte_identical_across_builds()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        foreach (var folder in new[] { a, b })
        {
            var result = SiteBuilder.BuildAndWrite(new BuildOptions { SourceRoot = RepoPaths.Root, OutputRoot = folder.Combine("site"), Now = TestSite.Now });
            Assert.False(result.HasErrors);
        }
        var filesA = Directory.EnumerateFiles(a.Combine("site"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Combine("site"), f)).Order(StringComparer.Ordinal).ToArray();
        var filesB = Directory.EnumerateFiles(b.Combine("site"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Combine("site"), f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(filesA, filesB);
        foreach (var file in filesA)
            Assert.True(File.ReadAllBytes(a.Combine("site", file)).AsSpan().SequenceEqual(File.ReadAllBytes(b.Combine("site", file))), file);
    }

    [Fact]
    public void Every_internal_link_of_the_sample_site_points_at_a_page_it_wrote()
    {
        var result = BuildSample();
        var paths = result.Files.Select(f => "/" + f.Path).ToHashSet(StringComparer.Ordinal);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Bytes));
            foreach (var link in page.QuerySelectorAll("a[href], link[href], img[src]"))
            {
                var target = link.GetAttribute("href") ?? link.GetAttribute("src")!;
                if (!target.StartsWith('/') || target.StartsWith("//", StringComparison.Ordinal)) continue;
                var path = target.Split('#', '?')[0];
                if (path.EndsWith('/')) path += "index.html";
                Assert.True(paths.Contains(path), $"{file.Path} links to {target}, which the build did not write");
            }
        }
    }

    [Fact]
    public void Every_address_a_sample_bulletin_had_before_addresses_came_from_file_names_still_leads_to_it()
    {
        var result = BuildSample();
        var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var bulletin in result.Site!.Bulletins)
        {
            var old = SiteGen.Model.UrlScheme.Bulletin(bulletin.Date, FormerSlug(bulletin.Title));
            Assert.NotEqual(old, bulletin.Path);
            Assert.True(files.TryGetValue(old + "index.html", out var page), $"{bulletin.SourcePath}: its former address /{old} is not in the site");
            var html = System.Text.Encoding.UTF8.GetString(page.Bytes);
            Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0; url=/{bulletin.Path}\">", html);
        }
    }

    /// <summary>
    /// The rule addresses followed until they came from file names: the title's slug, cut at a hyphen when longer than 80
    /// characters (so two titles alike in their first 80 characters collided, and addresses ended mid-phrase).
    /// </summary>
    private static string FormerSlug(string title)
    {
        var slug = SiteGen.Text.Slug.From(title);
        if (slug.Length <= 80) return slug;
        var cut = slug[..80];
        var hyphen = cut.LastIndexOf('-');
        return hyphen > 40 ? cut[..hyphen] : cut.TrimEnd('-');
    }
}
