using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Model;

/// <summary>Summaries made from a bulletin's first paragraph read as whole sentences, or end at a word without anything left dangling.</summary>
public sealed class TextCutTests
{
    private const string Dateline =
        "Polres Blitar menyiagakan personel untuk mengamankan rapat pleno terbuka rekapitulasi hasil penghitungan suara " +
        "Pilkada Serentak 2024 tingkat kabupaten di kantor KPU Kabupaten Blitar, Rabu (4/12/2024). Pengamanan dimulai sejak pagi.";

    [Fact]
    public void A_first_sentence_that_fits_is_kept_whole_with_its_full_stop_and_no_ellipsis()
    {
        var summary = TextCut.AtWord(Dateline, 200);
        Assert.EndsWith("Kabupaten Blitar, Rabu (4/12/2024).", summary);
        Assert.DoesNotContain("…", summary);
    }

    [Theory]
    // The cut falls right after a full stop that ends no sentence (a small letter follows): no ".…".
    [InlineData("Rapat digelar di aula pada Rabu (4/12/2024). sesudahnya peserta meninjau gudang logistik", 50)]
    // The cut falls inside a dateline's date: the date goes, not half of it.
    [InlineData("Personel gabungan mengawal pergeseran kotak suara dari kantor desa menuju kantor kecamatan pada Kamis (28/11/2024) malam hingga dini hari", 100)]
    // The cut falls after a date that ends a clause.
    [InlineData("Sebanyak tiga ratus personel gabungan disiagakan di gudang logistik milik KPU kabupaten sejak Senin, 12/2/2024 untuk menjaga seluruh surat suara", 100)]
    public void A_cut_at_a_word_never_leaves_a_full_stop_a_date_or_an_open_bracket_before_the_ellipsis(string text, int length)
    {
        var summary = TextCut.AtWord(text, length);
        Assert.EndsWith("…", summary);
        Assert.True(summary.Length <= length + 1, summary);
        var kept = summary[..^1];
        Assert.False(kept.EndsWith('.') || kept.EndsWith(',') || kept.EndsWith('('), summary);
        Assert.DoesNotMatch(@"\d{1,2}/\d{1,2}(/\d{2,4})?\)?$", kept);
        Assert.Equal(kept.Count(c => c == '('), kept.Count(c => c == ')'));
    }

    [Fact]
    public void An_abbreviation_is_not_taken_for_the_end_of_a_sentence()
    {
        var text = "Kegiatan dipusatkan di halaman kantor camat di Jl. Merdeka Kec. Sukorejo Kab. Blitar bersama tokoh masyarakat, " +
                   "tokoh agama dan perwakilan pemuda dari seluruh desa di kecamatan itu yang datang sejak pagi hari untuk mengikuti apel";
        var summary = TextCut.AtWord(text, 140);
        Assert.EndsWith("…", summary);
        Assert.Contains("Kab. Blitar", summary);
    }

    [Fact]
    public void A_bulletins_summary_from_its_first_paragraph_ends_with_the_sentence()
    {
        using var site = new TestSite($"""
            -- content/bulletins/a.md --
            ---
            title: Pleno Rekapitulasi
            unit: Polres Blitar
            date: 2024-12-04
            election: Pilkada Serentak 2024
            ---
            {Dateline}
            """).BuildOk();
        var card = site.Html("index.html").QuerySelector(".card__summary")!.TextContent;
        Assert.EndsWith("Rabu (4/12/2024).", card);
    }
}
