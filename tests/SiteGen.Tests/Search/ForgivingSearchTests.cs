using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>Search that forgives: one typo, the glossary's variants and loan phrases, and excerpts that keep a heading apart from its paragraph.</summary>
public sealed class ForgivingSearchTests : IDisposable
{
    internal const string Files = SearchIndexTests.Files + """

        -- content/bulletins/pelatihan.md --
        ---
        title: Polres Malang Gelar Pelatihan Dalmas
        unit: Polres Blitar
        date: 2024-01-22
        election: Pemilu 2024
        ---
        Polres Blitar menggelar pelatihan pengendalian massa bagi personel Sabhara.

        ## Materi Pelatihan

        Personel berlatih membentuk formasi dan menolong warga yang terluka.
        -- content/bulletins/pelantikan.md --
        ---
        title: Kapolres Hadiri Pelantikan Anggota KPPS
        unit: Polres Blitar
        date: 2024-01-25
        election: Pemilu 2024
        ---
        Kapolres menghadiri pelantikan anggota KPPS di kantor kecamatan.
        -- content/bulletins/politik-uang.md --
        ---
        title: Deklarasi Tolak Politik Uang dan Kampanye Hitam
        unit: Polresta Kendari
        date: 2024-02-01
        election: Pemilu 2024
        ---
        Warga Kendari menolak politik uang, kampanye hitam dan golongan putih. Hoaks tentang pemilihan presiden dibantah.
        -- content/bulletins/money-politics.md --
        ---
        title: Satgas Awasi Money Politics
        unit: Polres Blitar
        date: 2024-02-03
        election: Pemilu 2024
        ---
        Satgas mengawasi praktik money politics dan black campaign di media sosial. Sebuah hoax soal pilpres diluruskan.
        -- content/bulletins/golput.md --
        ---
        title: Ajakan Tidak Golput
        unit: Polres Blitar
        date: 2024-02-05
        election: Pemilu 2024
        ---
        Bhabinkamtibmas mengajak warga tidak golput pada Pilpres.
        """;

    private readonly TestSite _site = new TestSite(Files).BuildOk();
    private readonly SearchIndexReader _index;

    public ForgivingSearchTests() => _index = new SearchIndexReader(_site.Result.Files);

    public void Dispose() => _site.Dispose();

    private string[] Titles(string query) => _index.Search(query).Select(_index.Title).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("pilkda", "pilkada")] // a letter dropped
    [InlineData("pengamnan", "pengamanan")]
    [InlineData("pilkadda", "pilkada")] // a letter added
    [InlineData("pilkaba", "pilkada")] // a letter changed
    [InlineData("plikada", "pilkada")] // two letters swapped
    [InlineData("Polres Blitr", "Polres blitar")] // the other words stay as typed
    public void A_word_with_one_typo_is_searched_as_the_word_it_was_meant_to_be(string typed, string meant)
    {
        Assert.Empty(_index.Search(typed));
        var (corrected, suggestions) = _index.Spell(typed);
        Assert.Equal(meant, corrected);
        Assert.Empty(suggestions);
        Assert.NotEmpty(_index.Search(meant));
    }

    [Fact]
    public void A_typo_one_edit_from_two_words_as_common_offers_both()
    {
        // "pelatikan" is one letter from "pelatihan" and from "pelantikan", each in one bulletin.
        var (corrected, suggestions) = _index.Spell("pelatikan");
        Assert.Null(corrected);
        Assert.Equal(["pelantikan", "pelatihan"], suggestions);
        Assert.Equal(["Polres Malang Gelar Pelatihan Dalmas"], Titles("pelatihan"));
    }

    [Theory]
    [InlineData("tpss")] // shorter than five letters
    [InlineData("oilkada")] // the first letter is wrong
    [InlineData("pilkdax")] // two edits
    [InlineData("zzzzzzz")]
    public void A_word_too_short_too_far_or_wrong_in_its_first_letter_is_not_corrected(string typed)
    {
        Assert.Empty(_index.Search(typed));
        Assert.Equal((null, 0), (_index.Spell(typed).Corrected, _index.Spell(typed).Suggestions.Count));
    }

    [Fact]
    public void A_word_that_finds_something_is_never_replaced()
    {
        Assert.Equal((null, 0), (_index.Spell("pelatihan").Corrected, _index.Spell("pelatihan").Suggestions.Count));
        Assert.Equal((null, 0), (_index.Spell("pengamanan pilkada").Corrected, _index.Spell("pengamanan pilkada").Suggestions.Count));
    }

    [Fact]
    public void Typo_candidates_are_ranked_by_how_many_bulletins_hold_them()
    {
        var candidates = _index.Candidates("pilkadax");
        Assert.Equal("pilkada", candidates[0].Word);
        Assert.Equal(_index.Search("pilkada ").Count, candidates[0].Count);
    }

    [Theory]
    [InlineData("pilkada", "pilkda", true)]
    [InlineData("pilkada", "pilkadaa", true)]
    [InlineData("pilkada", "pilkaba", true)]
    [InlineData("pilkada", "plikada", true)]
    [InlineData("pilkada", "pilkaad", true)]
    [InlineData("pilkada", "pilkada", false)]
    [InlineData("pilkada", "pilkd", false)]
    [InlineData("pilkada", "plkiada", false)]
    [InlineData("pelatihan", "pelantikan", false)]
    [InlineData("abc", "acb", true)]
    public void One_edit_is_a_letter_added_dropped_changed_or_two_neighbours_swapped(string a, string b, bool expected)
    {
        Assert.Equal(expected, SearchVocabulary.OneEditApart(a, b));
        Assert.Equal(expected, SearchVocabulary.OneEditApart(b, a));
    }

    [Theory]
    [InlineData("money politics", "politik uang")]
    [InlineData("money politic", "politik uang")]
    [InlineData("black campaign", "kampanye hitam")]
    [InlineData("hoax", "hoaks")]
    [InlineData("pilpres", "pemilihan presiden")]
    [InlineData("golput", "golongan putih")]
    public void A_loan_phrase_or_variant_and_its_indonesian_form_find_each_other(string one, string other)
    {
        // Each is written one way in one bulletin and the other way in another.
        var found = Titles(one);
        Assert.True(found.Length >= 2, $"'{one}' finds {found.Length}");
        Assert.Equal(found, Titles(other));
    }

    [Fact]
    public void A_term_of_several_words_is_not_a_protected_word()
    {
        // Its key holds a space, which no word has: "politik" and "uang" alone are still stemmed as usual.
        Assert.Contains("politik uang", _index.Manifest.GetProperty("glossary").EnumerateArray().Select(p => p[0].GetString()));
        Assert.DoesNotContain("politik", _index.ProtectedWords);
        Assert.DoesNotContain("uang", _index.ProtectedWords);
        Assert.Contains("golput", _index.ProtectedWords);
    }

    [Fact]
    public void A_record_keeps_each_block_of_the_text_on_its_own_line()
    {
        var record = _index.Record(_index.Search("dalmas").Single());
        // The heading "Materi Pelatihan" is not run into the paragraph after it.
        Assert.Contains("Sabhara.\nMateri Pelatihan\nPersonel berlatih", record.GetProperty("x").GetString());
    }

    [Fact]
    public void The_vocabulary_files_hold_words_by_first_letter_and_length_with_their_bulletin_counts()
    {
        var p7 = _site.Result.Files.Single(f => f.Path.StartsWith("search/v/", StringComparison.Ordinal) && f.Path.EndsWith("/p7.json", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(p7.Bytes);
        var words = json.RootElement.GetProperty("w").GetString()!.Split(' ');
        Assert.Contains("pilkada", words);
        Assert.All(words, w => Assert.True(w.Length == 7 && w[0] == 'p', w));
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
        // Stop words, numbers and words shorter than four letters are not there.
        Assert.DoesNotContain(_site.Result.Files, f => f.Path.StartsWith("search/v/", StringComparison.Ordinal) && f.Path.EndsWith("/s6.json", StringComparison.Ordinal)
            && SearchIndexReader.Text(f.Bytes).Contains("setiap", StringComparison.Ordinal));
        Assert.DoesNotContain(_site.Result.Files, f => f.Path.StartsWith("search/v/", StringComparison.Ordinal) && f.Path.EndsWith("/t3.json", StringComparison.Ordinal));
    }
}
