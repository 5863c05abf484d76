using System.Text.RegularExpressions;
using SiteGen.Messages;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Messages;

/// <summary>
/// What a person reads from SiteGen in its default language is Indonesian throughout: a message still written in English
/// in the code, or put together from English pieces, shows up here as an English word in an Indonesian line.
/// </summary>
public sealed partial class NoEnglishLeftTests
{
    private static readonly Dictionary<string, string> DefaultLanguage = new() { [Language.EnvironmentVariable] = "" };

    public static TheoryData<string> BrokenSites() => BrokenSiteTests.Cases();

    [Theory]
    [MemberData(nameof(BrokenSites))]
    public void Every_problem_of_a_broken_site_is_told_in_indonesian(string name)
    {
        using var site = new TestSite(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "broken", name + ".txt")));
        using (Language.Use(Language.Indonesian))
        {
            var result = site.Build();
            Assert.NotEmpty(result.Diagnostics);
            Assert.Empty(EnglishLines(result.Diagnostics.Select(d => d.ToString())));
        }
    }

    [Fact]
    public void Check_and_build_speak_indonesian_from_the_command_line()
    {
        using var site = new TestSite("""
            -- sitegen.yaml --
            title: Situs Uji
            base_url: https://example.org/
            page_sise: 2
            -- content/bulletins/2024/rakor.md --
            ---
            title: Rapat Koordinasi
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            ---
            Lihat [jadwal](/2024/09/jadwl/), [bagian ini](#tidak-ada) dan [server kantor](http://127.0.0.1/berkas/).

            ![](foto.jpg)
            -- content/bulletins/2024/foto.jpg --
            @image 1200x800 jpeg
            """);

        var check = CliRunner.Sitegen(site.Root, DefaultLanguage, "check", "--external");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("content/bulletins/2024/rakor.md:7:7: kesalahan SG0601: tautan '/2024/09/jadwl/' di /2024/09/rakor/ rusak: ", check.Error);
        Assert.Contains("pemeriksaan gagal: ", check.Error);

        var build = CliRunner.Sitegen(site.Root, DefaultLanguage, "build", "--verbose");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("situs selesai dibangun: ", build.Error);
        Assert.Contains(" gambar: ", build.Error); // the --verbose timing of the render phase

        var help = CliRunner.Sitegen(site.Root, DefaultLanguage, "init", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--unit <nama>", help.Out);

        Assert.Empty(EnglishLines((check.Error + build.Error + help.Out).Split('\n')));
    }

    [Fact]
    public void The_detector_finds_an_english_sentence()
    {
        // The other tests pass only because nothing is found: here is what is found.
        Assert.Single(EnglishLines(["a.md:1:1: kesalahan SG0001: the file cannot be read", "a.md:1:1: kesalahan SG0001: berkas ini tidak dapat dibaca"]));
        Assert.Single(EnglishLines(["x.html:1:1: kesalahan SG0403: templat tema bermasalah: partial 'a' was not found (saat membangun halaman /)"]));
    }

    /// <summary>
    /// The lines holding an English word. Scriban's own error texts may stay as Scriban writes them, inside a translated
    /// sentence: they start with a capital letter after that sentence's opening, which SiteGen's messages never do.
    /// </summary>
    private static string[] EnglishLines(IEnumerable<string> lines)
    {
        string templateError, syntaxError, whileRendering;
        using (Language.Use(Language.Indonesian))
        {
            templateError = Say.TemplateError.Split("{0}")[0];
            syntaxError = Say.TemplateSyntaxError.Split("{0}")[0];
            whileRendering = " (" + Say.TemplateWhileRendering.Split("{0}")[0];
        }
        var scriban = new Regex($"(?<=(?:{Regex.Escape(templateError)}|{Regex.Escape(syntaxError)}))\\p{{Lu}}.*?(?={Regex.Escape(whileRendering)}|$)");
        return lines.Select(line => scriban.Replace(line, "")).Where(line => EnglishWord().IsMatch(line)).ToArray();
    }

    [GeneratedRegex(@"\b(?:the|is|are|was|were|be|must|not|and|or|could|cannot|should|has|have|which|this|that|from|into|does|will|would|your|its|it|of|to|found|link|error|warning)\b")]
    private static partial Regex EnglishWord();
}
