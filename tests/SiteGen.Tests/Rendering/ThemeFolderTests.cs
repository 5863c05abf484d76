using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>A theme folder reads only its own files: a link inside it that leads out of the theme's folder is an error naming it.</summary>
public sealed class ThemeFolderTests
{
    private const string Bulletin = """
        -- content/bulletins/a.md --
        ---
        title: Patroli Malam
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        ---
        Isi.
        """;

    [Fact]
    public void A_link_in_the_theme_to_a_file_or_folder_outside_the_site_is_an_error_and_nothing_of_it_is_read()
    {
        using var outside = new TempFolder();
        outside.Write("rahasia.html", "RAHASIA-LUAR");
        outside.Write("aset/kunci.css", "/* RAHASIA-LUAR */");
        using var site = new TestSite(Bulletin);
        CopyTheme(site.Root);
        var theme = Path.Combine(site.Root, "themes", "default");
        File.CreateSymbolicLink(Path.Combine(theme, "partials", "rahasia.html"), outside.Combine("rahasia.html"));
        Directory.CreateSymbolicLink(Path.Combine(theme, "assets", "luar"), outside.Combine("aset"));

        var result = SiteBuilder.Build(site.Options());
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Path, d.Code)).ToArray();
        Assert.Equal([("themes/default/assets/luar", "SG0210"), ("themes/default/partials/rahasia.html", "SG0210")], errors);
        Assert.Contains("outside themes/default/", result.Diagnostics[0].Message);
    }

    [Fact]
    public void A_link_in_the_theme_to_another_of_its_own_files_is_read()
    {
        using var site = new TestSite(Bulletin + """

            -- content/pages/tentang.md --
            ---
            title: Tentang
            ---
            Isi.
            -- themes/default/bersama/catatan.html --
            <p class="catatan">Catatan bersama</p>
            """);
        CopyTheme(site.Root);
        var theme = Path.Combine(site.Root, "themes", "default");
        File.CreateSymbolicLink(Path.Combine(theme, "partials", "catatan.html"), "../bersama/catatan.html");
        File.AppendAllText(Path.Combine(theme, "layouts", "page.html"), "{{ include 'catatan' }}");
        site.BuildOk();
        Assert.NotNull(site.Html("tentang/index.html").QuerySelector("p.catatan"));
    }

    [Fact]
    public void A_link_in_the_theme_to_a_file_of_the_site_outside_the_theme_is_an_error()
    {
        // The theme's assets are published: a link to the site's .git/config or sitegen.yaml must not be.
        using var site = new TestSite(Bulletin + """

            -- shared/catatan.html --
            <p class="catatan">Catatan bersama</p>
            """);
        CopyTheme(site.Root);
        var theme = Path.Combine(site.Root, "themes", "default");
        File.CreateSymbolicLink(Path.Combine(theme, "partials", "catatan.html"), Path.Combine(site.Root, "shared", "catatan.html"));
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(("themes/default/partials/catatan.html", "SG0210"), (error.Path, error.Code));
        Assert.Contains("leads through a link to shared/catatan.html, outside themes/default/", error.Message);
    }

    private static void CopyTheme(string siteRoot)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(siteRoot, "themes", "default", Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
