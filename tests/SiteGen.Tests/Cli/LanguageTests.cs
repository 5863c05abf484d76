using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>SiteGen speaks Indonesian unless asked for English (<c>--lang en</c>, <c>SITEGEN_LANG=en</c>), on every command.</summary>
public sealed class LanguageTests
{
    private static readonly Dictionary<string, string> DefaultLanguage = new() { ["SITEGEN_LANG"] = "" };

    private const string BrokenSite = """
        -- content/bulletins/a.md --
        ---
        title: Pertama
        unit: Polres Blitarr
        date: 2024-09-20
        election: Pemilu 2024
        ---
        Isi.
        """;

    [Fact]
    public void Help_is_in_indonesian_by_default()
    {
        using var site = new TestSite("");
        var run = CliRunner.Sitegen(site.Root, DefaultLanguage, "build", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Cara pakai:\n  sitegen build [pilihan]", run.Out);
        Assert.Contains("--strict", run.Out);
        Assert.Contains("Anggap peringatan sebagai kesalahan", run.Out);
        Assert.DoesNotContain("Usage", run.Out);
    }

    [Theory]
    [InlineData("new", "--unit")]
    [InlineData("import", "--unit")]
    public void Help_of_a_command_with_required_parts_is_shown_not_refused(string command, string option)
    {
        using var site = new TestSite("");
        var run = CliRunner.Sitegen(site.Root, DefaultLanguage, command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"sitegen {command}", run.Out);
        Assert.Contains(option, run.Out);
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("--lang", "en")]
    [InlineData("--lang=en")]
    public void Lang_en_gives_english_help(params string[] language)
    {
        using var site = new TestSite("");
        var run = CliRunner.Sitegen(site.Root, DefaultLanguage, ["build", "--help", .. language]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:\n  sitegen build [options]", run.Out);
        Assert.Contains("Treat warnings as errors", run.Out);
    }

    [Fact]
    public void A_build_that_fails_says_so_in_indonesian_with_the_same_codes_and_places()
    {
        using var site = new TestSite(BrokenSite);
        var run = CliRunner.Sitegen(site.Root, DefaultLanguage, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/bulletins/a.md:3:7: kesalahan SG0206: ", run.Error);
        Assert.Contains("situs gagal dibangun: 1 kesalahan, 0 peringatan; output/ tidak diubah", run.Error);
    }

    [Fact]
    public void Sitegen_lang_variable_asks_for_english()
    {
        using var site = new TestSite(BrokenSite);
        var run = CliRunner.Sitegen(site.Root, new Dictionary<string, string> { ["SITEGEN_LANG"] = "en" }, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/bulletins/a.md:3:7: error SG0206: ", run.Error);
        Assert.Contains("build failed: 1 error, 0 warnings; output/ was left unchanged", run.Error);
    }

    [Fact]
    public void A_language_siteGen_does_not_speak_is_wrong_usage()
    {
        using var site = new TestSite("");
        var run = CliRunner.Sitegen(site.Root, DefaultLanguage, "build", "--lang", "fr");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--lang 'fr' tidak dikenal; pilih id (Indonesia) atau en (Inggris)", run.Error);
    }

    [Fact]
    public void An_unknown_command_gets_the_near_one_in_indonesian()
    {
        using var site = new TestSite("");
        var run = CliRunner.Sitegen(site.Root, DefaultLanguage, "bild");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [
                "sitegen: 'bild' bukan perintah atau pilihan yang dikenal; mungkin maksud Anda 'build'?",
                "Ketik 'sitegen --help' untuk melihat daftar perintah dan pilihannya.",
            ],
            run.Error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("abc", "sitegen: 'abc' bukan isian yang sah untuk --port")]
    [InlineData("70000", "sitegen: --port harus berupa angka 1 sampai 65535, atau 0 untuk port mana saja yang bebas")]
    public void A_wrong_port_is_wrong_usage_not_a_crash(string port, string message)
    {
        using var site = new TestSite("");
        var run = CliRunner.Sitegen(site.Root, DefaultLanguage, "serve", "--port", port);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("Exception", run.Error);
    }
}
