using System.Text;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Releases of several MB, as large as the limits allow, dense with what the guesses look for (units, dates, elections,
/// places, tags, brackets, abbreviations): each guess is linear, so they finish in seconds. The bound only catches a
/// hang (the guesses were quadratic: one 2 MB line took 24 s, and these ran for hours); bench/import.sh measures the time.
/// </summary>
public sealed class LongReleaseTests
{
    private static readonly TimeSpan HangBound = TimeSpan.FromMinutes(3);

    private const string Headline = "Polres Blitar Amankan Pilkada Serentak 2024 di Seluruh Kecamatan\n\n";
    private const string Lead = "BLITAR – Polres Blitar mengamankan Pilkada Serentak 2024 di Aula Polres Blitar, Jumat (20/9/2024). ";

    /// <summary>
    /// Many mentions in few characters: a unit, a unit not in units.yaml, dates in each form, elections, a venue, tags, an
    /// ampersand, abbreviations and brackets without their ends (each once cost a pass over the rest of the line).
    /// </summary>
    private const string Dense =
        "Polres Blitar 13/8/2024 Pemilu 2024 Polres Xyz [[[[[[[[ PSU & Senin (14/8/2024) pemilihan bupati 2024 14 Agustus 2024 Agustus 15, 2024 " +
        "2024-08-16 di Aula Polres Blitar netralitas rakor tempat pemungutan suara AKBP. Budi S.H. Pilkada Serentak 2024 Kapolres Malang. ";

    private static string Repeat(string start, string unit, long size)
    {
        var text = new StringBuilder(start, (int)size + unit.Length);
        while (text.Length + unit.Length < size) text.Append(unit);
        return text.ToString();
    }

    [Fact]
    public async Task A_4_MB_paragraph_dense_with_mentions_is_imported()
    {
        var text = Repeat(Headline + Lead, Dense, ImportLimits.TextFile - 1024);
        var imported = await Import("rilis.txt", Encoding.UTF8.GetBytes(text + "\n"));
        Assert.Equal("Polres Blitar", imported.Unit.Value);
        Assert.Equal("2024-09-20", imported.Date.Value);
        Assert.Equal("Pilkada Serentak 2024", imported.Election.Value);
        Assert.True(imported.Body.Length > 3_000_000);
    }

    [Fact]
    public async Task A_4_MB_first_paragraph_of_abbreviations_is_imported()
    {
        // Every stop ends an abbreviation ("Jl.", "A."), so the first sentence runs to the end of the paragraph.
        var text = Repeat(Headline + "BLITAR – Polres Blitar mengamankan Pilkada Serentak 2024, Jumat (20/9/2024), di ", "Jl. A. Yani ", ImportLimits.TextFile - 1024);
        var imported = await Import("rilis.txt", Encoding.UTF8.GetBytes(text + "\n"));
        Assert.Equal("Polres Blitar", imported.Unit.Value);
        Assert.Equal("2024-09-20", imported.Date.Value);
    }

    [Fact]
    public async Task Forty_thousand_short_paragraphs_are_imported()
    {
        var text = Repeat(Headline + Lead + "\n\n", "Senin (13/8/2024) Polres Blitar Pemilu 2024 Reporter: Budi. [x](y) #\n\n", ImportLimits.TextFile - 1024);
        var imported = await Import("rilis.md", Encoding.UTF8.GetBytes(text));
        Assert.Equal("Polres Blitar", imported.Unit.Value);
        Assert.Equal("2024-09-20", imported.Date.Value);
    }

    [Fact]
    public async Task A_Word_file_with_7_MB_of_text_in_one_paragraph_is_imported()
    {
        var paragraph = System.Security.SecurityElement.Escape(Repeat(Lead, Dense, 7 * 1024 * 1024));
        var package = DocxPackage.Of(DamagedDocxTests.Release());
        package.Edit("word/document.xml", xml => xml.Replace("</w:body>", $"<w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p></w:body>", StringComparison.Ordinal));
        var imported = await Import("rilis.docx", package.ToBytes());
        Assert.Equal("Polres Blitar", imported.Unit.Value);
        Assert.Equal("Pilkada Serentak 2024", imported.Election.Value);
        Assert.True(imported.Body.Length > 7_000_000);
    }

    /// <summary>
    /// Each guess alone on 8 MB of nothing but what it looks for, past the file limits: where each mention was compared with
    /// every earlier one, these ran for many minutes to hours; read in one pass, they take seconds.
    /// </summary>
    [Theory]
    [InlineData("unit", "Polres Blitar Polres Xyz ", "Polres Blitar")]
    [InlineData("election by name", "Pemilu 2024 PSU ", "Pemilu 2024")]
    [InlineData("election by kind", "PSU ", null)]
    [InlineData("date", "1/8/2024 ", "2024-08-01")]
    [InlineData("first sentence", "Jl. A. ", null)]
    [InlineData("location", "di Aula Polres Blitar, ", "Aula Polres Blitar")]
    [InlineData("tags", "netralitas rakor ", "netralitas, rapat-koordinasi")]
    [InlineData("escaped text", "&", null)]
    [InlineData("links without their ends", "[", null)]
    [InlineData("links without their ends", "[a](", null)]
    public async Task Each_guess_reads_8_MB_of_its_own_mentions_in_one_pass(string guess, string mention, string? expected)
    {
        using var site = new ImportTestSite();
        var importSite = ImportSite.Load(site.Root);
        var text = Repeat("", mention, 8 * 1024 * 1024);
        var passages = new[] { new ReleasePassage(TextPlace.Dateline, "BLITAR – Polres Blitar, Jumat (20/9/2024)."), new ReleasePassage(TextPlace.Lead, text) };
        var found = await Task.Run(() => guess switch
        {
            "unit" => UnitGuess.From(passages, importSite.Units).Value,
            "election by name" or "election by kind" => ElectionGuess.From(passages, importSite.Elections, new DateOnly(2024, 9, 20)).Value,
            "date" => DateGuess.From([new ReleasePassage(TextPlace.Lead, text)], new DateOnly(2024, 9, 20)).Value,
            "first sentence" => ReleaseText.From([ReleaseBlock.Of(ReleaseBlockKind.Paragraph, text, 1)]).Dateline.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "location" => LocationGuess.From(passages)?.Value,
            "tags" => TagGuess.From(passages, [])?.Value,
            "escaped text" => MarkdownText.Escape(text).Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "links without their ends" => MarkdownText.ToPlain(text).Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new ArgumentException(guess),
        }).WaitAsync(HangBound);
        if (expected is not null) Assert.Equal(expected, found);
    }

    /// <summary>Read, cleaned, every guess made and the file's text written, as <c>sitegen import</c> does before it checks the result.</summary>
    private static async Task<ImportedBulletin> Import(string fileName, byte[] bytes)
    {
        using var site = new ImportTestSite();
        var importSite = ImportSite.Load(site.Root);
        return await Task.Run(() =>
        {
            var blocks = ReleaseReader.Read(fileName, bytes, out var pictures, out var problem) ?? throw new Xunit.Sdk.XunitException(problem);
            var bulletin = ReleaseImporter.Import(ReleaseText.From(blocks, pictures), importSite, new ImportOptions(), ImportTestSite.Now);
            Assert.Empty(bulletin.Missing);
            Assert.NotEmpty(BulletinWriter.Text(bulletin));
            return bulletin;
        }).WaitAsync(HangBound);
    }
}
