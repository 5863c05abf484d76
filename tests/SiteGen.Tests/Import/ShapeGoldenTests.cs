using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// One release per shape offices keep (Word with letterhead, WhatsApp text, saved web page, PDF) becomes the bulletin in
/// tests/fixtures/import/golden, and that bulletin builds without a word from the build.
/// </summary>
public sealed class ShapeGoldenTests
{
    /// <summary>The releases by shape, made or read here: name → bytes.</summary>
    public static TheoryData<string> Shapes => new(ShapeFiles.Names);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_becomes_its_golden_bulletin(string name)
    {
        using var site = new ImportTestSite();
        var imported = site.Import(name, ShapeFiles.Bytes(name));
        Assert.NotNull(imported.Text);
        Golden.Check(Path.Combine(RepoPaths.Fixtures, "import", "golden", name + ".md"), imported.Text!);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_round_trips_through_build_with_no_diagnostics(string name)
    {
        using var site = new ImportTestSite();
        var imported = site.Import(name, ShapeFiles.Bytes(name));
        Assert.Empty(imported.Diagnostics);
        site.Write(imported);
        site.Site.BuildOk();
        Assert.Empty(site.Site.Diagnostics);
        var bulletin = site.Site.Result.Site!.Bulletins.Single();
        Assert.Equal(imported.Bulletin.Title.Value, bulletin.Title);
    }
}
