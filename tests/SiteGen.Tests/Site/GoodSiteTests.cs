using SiteGen.Configuration;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// tests/fixtures/good built in full and compared with its golden output (tests/fixtures/good.golden):
/// the list of files, and the whole text of one page of each kind. Update with SITEGEN_UPDATE_GOLDEN=1
/// only for intended changes.
/// </summary>
public sealed class GoodSiteTests
{
    private static readonly Lazy<BuildResult> Built = new(() => SiteBuilder.Build(new BuildOptions
    {
        SourceRoot = Path.Combine(RepoPaths.Fixtures, "good"),
        Now = TestSite.Now,
    }));

    private static string GoldenFolder => Path.Combine(RepoPaths.Fixtures, "good.golden");

    [Fact]
    public void Good_site_builds_without_diagnostics_and_writes_the_expected_files()
    {
        Assert.Empty(Built.Value.Diagnostics.Select(d => d.ToString()));
        Golden.Check(Path.Combine(GoldenFolder, "files.txt"), string.Join('\n', Built.Value.Files.Select(f => f.Path)) + "\n");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("2024/09/fgd/index.html")]
    [InlineData("satuan/index.html")]
    [InlineData("satuan/polres-blitar/index.html")]
    [InlineData("polda/polda-sulawesi-tenggara/index.html")]
    [InlineData("pemilihan/index.html")]
    [InlineData("pemilihan/pilkada-serentak-2024/index.html")]
    [InlineData("tag/index.html")]
    [InlineData("tag/netralitas/index.html")]
    [InlineData("arsip/index.html")]
    [InlineData("arsip/2024/index.html")]
    [InlineData("kontak/index.html")]
    [InlineData("cari/index.html")]
    [InlineData("404.html")]
    [InlineData("feed.xml")]
    [InlineData("satuan/polres-blitar/feed.xml")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    public void Page_matches_its_golden_text(string path)
    {
        var file = Built.Value.Files.Single(f => f.Path == path);
        Golden.Check(Path.Combine(GoldenFolder, path.Replace('/', '_')), System.Text.Encoding.UTF8.GetString(file.Bytes));
    }
}
