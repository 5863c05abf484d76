using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>Dates as Indonesian texts write them, and the form SiteGen reads that means the same moment.</summary>
public sealed class DateCorrectionTests
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private static readonly TimeZoneInfo Makassar = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    [Theory]
    [InlineData("20/09/2024", "2024-09-20")]
    [InlineData("20-09-2024", "2024-09-20")]
    [InlineData("20.09.2024", "2024-09-20")]
    [InlineData("5/9/2024", "2024-09-05")]
    [InlineData("20 September 2024", "2024-09-20")]
    [InlineData("20 Sept 2024", "2024-09-20")]
    [InlineData("20 sep 2024", "2024-09-20")]
    [InlineData("3 Agustus 2024", "2024-08-03")]
    [InlineData("3 Agt. 2024", "2024-08-03")]
    [InlineData("1 Nopember 2024", "2024-11-01")]
    [InlineData("Jumat, 20 September 2024", "2024-09-20")]
    [InlineData("Jum'at, 20 September 2024", "2024-09-20")]
    [InlineData("Jumat (20/9/2024)", "2024-09-20")]
    [InlineData("Friday, 20 September 2024", "2024-09-20")]
    [InlineData("September 20, 2024", "2024-09-20")]
    [InlineData("2024-9-20", "2024-09-20")]
    [InlineData("2024/09/20", "2024-09-20")]
    [InlineData("2024-11-10 09.30", "2024-11-10T09:30")]
    [InlineData("2024-11-10 09.30 WIB", "2024-11-10T09:30")]
    [InlineData("2024-11-10 pukul 09.30 WIB", "2024-11-10T09:30")]
    [InlineData("10 November 2024, pukul 09.30 WITA", "2024-11-10T09:30+08:00")]
    [InlineData("10/11/2024 19:05 WIT", "2024-11-10T19:05+09:00")]
    [InlineData("2024-11-10T09.30", "2024-11-10T09:30")]
    [InlineData("2024-11-10 09:30:15", "2024-11-10T09:30:15")]
    public void Recognised_forms_give_the_same_date_written_year_month_day(string written, string corrected)
    {
        Assert.Equal(corrected, DateCorrection.Correct(written, Jakarta, out var clash));
        Assert.False(clash);
        Assert.True(DateReader.TryParse(corrected, Jakarta, out _), "the correction must be a date SiteGen reads");
    }

    [Fact]
    public void A_zone_that_is_the_sites_own_is_left_out_and_another_is_kept()
    {
        Assert.Equal("2024-11-10T09:30", DateCorrection.Correct("10/11/2024 09.30 WITA", Makassar, out _));
        Assert.Equal("2024-11-10T09:30+07:00", DateCorrection.Correct("10/11/2024 09.30 WIB", Makassar, out _));
    }

    [Theory]
    [InlineData("besok")]
    [InlineData("30/02/2024")]
    [InlineData("09/20/2024")]
    [InlineData("20/09/24")]
    [InlineData("20 Septembre 2024")]
    [InlineData("20/09-2024")]
    [InlineData("2024-11-10 25.30")]
    [InlineData("0001-01-01")]
    [InlineData("20 September")]
    public void Anything_else_is_not_guessed(string written) => Assert.Null(DateCorrection.Correct(written, Jakarta, out _));

    [Fact]
    public void A_weekday_that_does_not_fall_on_the_date_leaves_it_in_doubt()
    {
        Assert.Equal("2024-09-20", DateCorrection.Correct("Sabtu, 20 September 2024", Jakarta, out var clash));
        Assert.True(clash);
    }
}
