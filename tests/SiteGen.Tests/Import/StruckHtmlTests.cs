using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>A saved web page's struck-through words (&lt;del&gt;, &lt;s&gt;, &lt;strike&gt;), often a correction, stay struck through.</summary>
public sealed class StruckHtmlTests
{
    [Theory]
    [InlineData("del")]
    [InlineData("s")]
    [InlineData("strike")]
    public void Struck_words_of_a_saved_page_become_struck_Markdown(string tag)
    {
        var page = File.ReadAllText(ImportTestSite.Fixture("halaman-sleman-patroli.html"))
            .Replace("berakhir pukul 23.00 WIB", $"berakhir pukul <{tag}>22.00</{tag}> 23.00 WIB", StringComparison.Ordinal);
        var markdown = HtmlReader.Read(page, "halaman.html", out var problem);
        Assert.Null(problem);
        Assert.Contains("Patroli berakhir pukul ~~22.00~~ 23.00 WIB dan berlangsung tertib.", markdown);
    }
}
