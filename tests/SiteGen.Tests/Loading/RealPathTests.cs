using SiteGen.Loading;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Loading;

/// <summary>The real path resolves every link on the way, as the system does when it opens a file; a check of the last link alone is the classic hole.</summary>
public sealed class RealPathTests
{
    [SkippableFact]
    public void A_linked_folder_in_the_middle_of_a_path_is_resolved()
    {
        using var folder = new TempFolder();
        folder.Write("luar/rahasia.txt", "x");
        Links.ToFolder(folder.Combine("situs", "content", ".x"), folder.Combine("luar"));
        Links.ToFile(folder.Combine("situs", "content", "b", "env.txt"), "../.x/rahasia.txt");

        var real = RealPath.Of(folder.Combine("situs", "content", "b", "env.txt"));
        Assert.Equal(RealPath.Of(folder.Combine("luar", "rahasia.txt")), real);
        Assert.False(RealPath.IsWithin(real!, RealPath.Of(folder.Combine("situs", "content"))!));
    }

    [SkippableFact]
    public void Going_up_after_a_linked_folder_leaves_where_the_link_leads_not_where_it_stands()
    {
        // a/link/../x is, to the system, the x beside the folder the link leads to: a lexical '..' would say a/x.
        using var folder = new TempFolder();
        folder.Write("jauh/dalam/.keep", "");
        folder.Write("jauh/x.txt", "x");
        Links.ToFolder(folder.Combine("a", "link"), folder.Combine("jauh", "dalam"));

        Assert.Equal(RealPath.Of(folder.Combine("jauh", "x.txt")), RealPath.Below(RealPath.Of(folder.Path)!, Path.Combine("a", "link", "..", "x.txt")));
    }

    [SkippableFact]
    public void A_loop_of_links_has_no_real_path()
    {
        using var folder = new TempFolder();
        Links.ToFile(folder.Combine("satu"), "dua");
        Links.ToFile(folder.Combine("dua"), "satu");
        Assert.Null(RealPath.Of(folder.Combine("satu", "x")));
    }

    [Fact]
    public void A_path_that_does_not_exist_is_kept_as_written_below_its_real_folder()
    {
        using var folder = new TempFolder();
        var root = RealPath.Of(folder.Path)!;
        Assert.Equal(Path.Combine(root, "belum", "ada.md"), RealPath.Below(root, "belum/ada.md"));
    }

    [SkippableTheory]
    [InlineData("/situs/content/.git/config", "/situs/content", ".git")]
    [InlineData("/situs/content/b/a.md", "/situs/content", null)]
    [InlineData("/situs/content-lain/a.md", "/situs/content", null)]
    public void The_hidden_part_is_looked_for_only_below_the_folder(string path, string folder, string? hidden)
    {
        Skip.IfNot(Path.DirectorySeparatorChar == '/', "the paths are written the Unix way");
        Assert.Equal(hidden, RealPath.HiddenPart(path, folder));
        Assert.Equal(path.StartsWith(folder + "/", StringComparison.Ordinal), RealPath.IsWithin(path, folder));
    }
}
