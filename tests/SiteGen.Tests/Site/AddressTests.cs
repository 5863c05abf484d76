using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// A bulletin's address comes from its file's name (less a leading date), as in Jekyll, Hugo and Zola: two bulletins never
/// share one because of a cut, and no address is cut mid-phrase. <c>slug:</c> still overrides.
/// </summary>
public sealed class AddressTests
{
    private static string Bulletin(string path, string title, string date = "2024-09-20", string extra = "") =>
        $"-- {path} --\n---\ntitle: {title}\nunit: Polres Blitar\ndate: {date}\nelection: Pemilu 2024\n{extra}---\nIsi.\n";

    [Fact]
    public void The_file_name_less_a_leading_date_is_the_address_and_index_md_takes_its_folders_name()
    {
        using var site = new TestSite(
            Bulletin("content/bulletins/2024/2024-09-20-apel-gelar-pasukan.md", "Apel Gelar Pasukan Pengamanan Pilkada")
            + Bulletin("content/bulletins/2024/rakor/index.md", "Rakor Lintas Sektoral", "2024-09-21")
            + Bulletin("content/bulletins/2024/Patroli Malam.md", "Patroli", "2024-09-22")
            + Bulletin("content/bulletins/2024/lama.md", "Judul Apa Saja", "2024-09-23", "slug: judul-pilihan\n")).BuildOk();
        Assert.Equal(["2024/09/apel-gelar-pasukan/", "2024/09/judul-pilihan/", "2024/09/patroli-malam/", "2024/09/rakor/"],
            site.Result.Site!.Bulletins.Select(b => b.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_long_file_name_gives_its_whole_address()
    {
        const string name = "polres-blitar-gelar-sosialisasi-pencegahan-politik-uang-dan-netralitas-aparat-jelang-pilkada-serentak-di-kecamatan-wonodadi";
        using var site = new TestSite(Bulletin($"content/bulletins/2024/{name}.md", "Sosialisasi")).BuildOk();
        Assert.True(site.Has($"2024/09/{name}/index.html"));
    }

    [Fact]
    public void A_file_name_too_long_for_an_address_is_an_error_asking_to_rename_it_never_a_cut()
    {
        var name = string.Join('-', Enumerable.Repeat("pengamanan", 20));
        using var site = new TestSite(Bulletin($"content/bulletins/2024/{name}.md", "Panjang"));
        var problem = Assert.Single(site.Build().Diagnostics);
        Assert.Equal($"content/bulletins/2024/{name}.md:1:1: error SG0211: the web address made from the file name '{name}.md' would be 219 characters long, more than 200; rename the file shorter or add a shorter 'slug: …'", problem.ToString());
    }

    [Fact]
    public void Two_files_of_one_name_in_one_month_name_each_other()
    {
        using var site = new TestSite(Bulletin("content/bulletins/2024/patroli.md", "Patroli Pagi") + Bulletin("content/bulletins/lama/patroli.md", "Patroli Malam", "2024-09-02"));
        var problem = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("content/bulletins/lama/patroli.md:1:1: error SG0301: /2024/09/patroli/ is claimed twice: by content/bulletins/lama/patroli.md and by content/bulletins/2024/patroli.md; rename one of the files, or give one of them a different 'slug:'", problem.ToString());
    }

    [Fact]
    public void A_title_no_longer_decides_the_address_so_a_title_without_letters_is_fine()
    {
        using var site = new TestSite(Bulletin("content/bulletins/2024/tanda.md", "\"!!!\"")).BuildOk();
        Assert.True(site.Has("2024/09/tanda/index.html"));
    }
}
