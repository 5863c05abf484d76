using SiteGen.Content;

namespace SiteGen.Tests.Content;

public sealed class DateReaderTests
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    [Theory]
    [InlineData("2024-09-20", "2024-09-20T00:00:00+07:00")]
    [InlineData("2024-09-20T09:30", "2024-09-20T09:30:00+07:00")]
    [InlineData("2024-09-20T09:30:15", "2024-09-20T09:30:15+07:00")]
    [InlineData("2024-09-20 09:30:00", "2024-09-20T09:30:00+07:00")]
    [InlineData("2024-09-20T02:30:00Z", "2024-09-20T02:30:00+00:00")]
    [InlineData("2024-09-20T10:30:00+08:00", "2024-09-20T10:30:00+08:00")]
    public void Dates_without_offset_are_in_the_site_time_zone(string text, string expected)
    {
        Assert.True(DateReader.TryParse(text, Jakarta, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Offset);
    }

    [Theory]
    [InlineData("20-09-2024")]
    [InlineData("2024-02-30")]
    [InlineData("2024-9-20")]
    [InlineData("besok")]
    [InlineData("2024-09-20T25:00")]
    [InlineData("")]
    public void Other_forms_are_rejected(string text) => Assert.False(DateReader.TryParse(text, Jakarta, out _));
}
