using SiteGen.Cli;
using SiteGen.Messages;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// Bulletins dated in the future are left out of a build until their date, and the build says so: how many, and when
/// the next appears, in the site's time zone and the language SiteGen speaks. A scheduled run on that day publishes it.
/// </summary>
[Collection(ConsoleCapture.Collection)]
public sealed class ScheduledBulletinTests
{
    private const string Bulletins = """
        -- content/bulletins/2026/lalu.md --
        ---
        title: Sudah Terbit
        unit: Polres Blitar
        date: 2026-10-20
        election: Pemilu 2024
        ---
        Isi.
        -- content/bulletins/2026/apel.md --
        ---
        title: Apel Terjadwal
        unit: Polres Blitar
        date: 2026-11-05T09:00
        election: Pemilu 2024
        ---
        Isi.
        -- content/bulletins/2026/rakor.md --
        ---
        title: Rakor Terjadwal
        unit: Polres Blitar
        date: 2026-12-20
        election: Pemilu 2024
        ---
        Isi.
        -- content/bulletins/2026/draf.md --
        ---
        title: Draf Terjadwal
        unit: Polres Blitar
        date: 2026-11-02
        election: Pemilu 2024
        draft: true
        ---
        A draft is not scheduled: it waits for 'draft: false', not for a date.
        """;

    [Fact]
    public void Build_says_how_many_bulletins_are_scheduled_and_when_the_next_appears()
    {
        using var site = new TestSite(Bulletins);
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(0, BuildCommand.Run(site.Options(), verbose: false));
            Assert.EndsWith("2 bulletins scheduled; next 5 November 2026 09:00 WIB\n", console.Error);
        }
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, "2026", "10", "lalu", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputRoot, "2026", "11", "apel")));

        using (Language.Use(Language.Indonesian))
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(0, BuildCommand.Run(site.Options(), verbose: false));
            Assert.EndsWith("2 buletin terjadwal; berikutnya 5 November 2026 09.00 WIB\n", console.Error);
        }
    }

    [Fact]
    public void The_next_date_is_told_in_the_sites_own_time_zone()
    {
        using var site = new TestSite("""
            -- sitegen.yaml --
            title: Buletin Humas Polrestabes Makassar
            base_url: https://example.org/
            time_zone: Asia/Makassar
            -- content/bulletins/2026/apel.md --
            ---
            title: Apel Terjadwal
            unit: Polres Blitar
            date: 2026-11-05T09:00
            election: Pemilu 2024
            ---
            Isi.
            """);
        using var console = new ConsoleCapture();
        Assert.Equal(0, BuildCommand.Run(site.Options(), verbose: false));
        Assert.EndsWith("1 bulletin scheduled; it appears 5 November 2026 09:00 WITA\n", console.Error);
    }

    [Fact]
    public async Task Check_says_it_too_and_nothing_is_said_when_future_bulletins_are_built()
    {
        using var site = new TestSite(Bulletins);
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(0, await CheckCommand.RunAsync(site.Options(), external: false, null, CancellationToken.None));
            Assert.EndsWith("2 bulletins scheduled; next 5 November 2026 09:00 WIB\n", console.Error);
        }
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(0, BuildCommand.Run(site.Options(o => o with { IncludeFuture = true }), verbose: false));
            Assert.DoesNotContain("scheduled", console.Error);
        }
    }

    [Fact]
    public void A_build_at_the_bulletins_time_publishes_it_and_counts_one_fewer()
    {
        using var site = new TestSite(Bulletins);
        var atNine = new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.FromHours(7));
        using var console = new ConsoleCapture();
        Assert.Equal(0, BuildCommand.Run(site.Options(o => o with { Now = atNine }), verbose: false));
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, "2026", "11", "apel", "index.html")));
        Assert.EndsWith("1 bulletin scheduled; it appears 20 December 2026 00:00 WIB\n", console.Error);
    }
}
