using SiteGen.Cli;
using SiteGen.Tests.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// <c>sitegen list</c>: every bulletin and free page with its title, date, address and whether it is a draft or scheduled,
/// as CSV a spreadsheet opens or TSV a shell script reads (the action's pull-request summary does).
/// </summary>
[Collection(ConsoleCapture.Collection)]
public sealed class ListCommandTests
{
    private const string Site = """
        -- content/bulletins/2024/b.md --
        ---
        title: "Rakor \"Cooling System\", Bawaslu dan KPU"
        unit: Polres Malang
        date: 2024-09-20T09:30
        election: Pemilu 2024
        ---
        Isi.
        -- content/bulletins/2024/a.md --
        ---
        title: Apel Pengamanan
        unit: Polres Blitar
        date: 2024-09-19
        election: Pemilu 2024
        draft: true
        ---
        Isi.
        -- content/bulletins/2027/c.md --
        ---
        title: Rilis Terjadwal
        unit: Polres Blitar
        date: 2027-01-05T09:00
        election: Pemilu 2024
        ---
        Isi.
        -- content/pages/tentang.md --
        ---
        title: Tentang
        ---
        Isi.
        """;

    [Fact]
    public void Csv_lists_bulletins_and_pages_by_path_drafts_and_scheduled_ones_included()
    {
        using var site = new TestSite(Site);
        var output = new StringWriter();
        using var console = new ConsoleCapture();
        Assert.Equal(0, ListCommand.Run(site.Options(o => o with { IncludeDrafts = true, IncludeFuture = true }), tabs: false, output));
        Assert.Equal("""
            path,kind,title,date,permalink,unit,draft,future
            content/bulletins/2024/a.md,bulletin,Apel Pengamanan,2024-09-19T00:00:00+07:00,https://example.org/2024/09/a/,Polres Blitar,true,false
            content/bulletins/2024/b.md,bulletin,"Rakor ""Cooling System"", Bawaslu dan KPU",2024-09-20T09:30:00+07:00,https://example.org/2024/09/b/,Polres Malang,false,false
            content/bulletins/2027/c.md,bulletin,Rilis Terjadwal,2027-01-05T09:00:00+07:00,https://example.org/2027/01/c/,Polres Blitar,false,true
            content/pages/tentang.md,page,Tentang,,https://example.org/tentang/,,false,false

            """.Replace("\r\n", "\n"), output.ToString());
    }

    [Fact]
    public void Tsv_has_one_line_per_page_and_takes_the_published_address()
    {
        using var site = new TestSite(Site);
        var output = new StringWriter();
        using var console = new ConsoleCapture();
        Assert.Equal(0, ListCommand.Run(site.Options(o => o with { IncludeDrafts = true, IncludeFuture = true, BaseUrl = "https://humas.github.io/buletin" }), tabs: true, output));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("path\tkind\ttitle\tdate\tpermalink\tunit\tdraft\tfuture", lines[0]);
        Assert.Equal("content/bulletins/2024/b.md\tbulletin\tRakor \"Cooling System\", Bawaslu dan KPU\t2024-09-20T09:30:00+07:00\thttps://humas.github.io/buletin/2024/09/b/\tPolres Malang\tfalse\tfalse", lines[2]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void A_bulletin_with_errors_is_left_out_the_rest_is_listed_and_the_exit_code_is_1()
    {
        using var site = new TestSite(Site + """

            -- content/bulletins/2024/rusak.md --
            ---
            title: Satuan Salah
            unit: Polres Blitarr
            date: 2024-09-21
            election: Pemilu 2024
            ---
            Isi.
            """);
        var output = new StringWriter();
        using var console = new ConsoleCapture();
        Assert.Equal(1, ListCommand.Run(site.Options(o => o with { IncludeDrafts = true, IncludeFuture = true }), tabs: true, output));
        Assert.Contains("content/bulletins/2024/rusak.md:3:7: error SG0206: unknown unit 'Polres Blitarr'", console.Error);
        Assert.DoesNotContain("::error", console.Out + output);
        Assert.DoesNotContain("rusak.md", output.ToString());
        Assert.Contains("content/bulletins/2024/b.md\t", output.ToString());
    }

    [Fact]
    public void The_command_line_lists_drafts_and_future_bulletins_and_refuses_an_unknown_format()
    {
        using var site = new TestSite(Site);
        var run = CliRunner.Sitegen(site.Root, "list", "--format", "tsv");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("content/bulletins/2024/a.md\tbulletin\tApel Pengamanan\t", run.Out);
        Assert.Contains("content/bulletins/2027/c.md\tbulletin\tRilis Terjadwal\t", run.Out);

        var wrong = CliRunner.Sitegen(site.Root, "list", "--format", "json");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--format must be csv or tsv, not 'json'", wrong.Error);
    }
}
