using SiteGen.Text;

namespace SiteGen.Tests.Text;

public sealed class DateFormatterTests
{
    [Theory]
    [InlineData(2024, 9, 20, "Jumat, 20 September 2024", "20 Sep 2024")]
    [InlineData(2023, 11, 12, "Minggu, 12 November 2023", "12 Nov 2023")]
    [InlineData(2024, 8, 5, "Senin, 5 Agustus 2024", "5 Agu 2024")]
    [InlineData(2024, 2, 14, "Rabu, 14 Februari 2024", "14 Feb 2024")]
    public void Dates_read_the_indonesian_way_without_a_padded_day(int y, int m, int d, string longForm, string shortForm)
    {
        var dates = new DateFormatter("id");
        Assert.Equal(longForm, dates.Long(new DateTime(y, m, d)));
        Assert.Equal(shortForm, dates.Short(new DateTime(y, m, d)));
    }

    [Fact]
    public void English_sites_get_english_names() =>
        Assert.Equal("Friday, 20 September 2024", new DateFormatter("en").Long(new DateTime(2024, 9, 20)));

    [Theory]
    [InlineData("Asia/Jakarta", 7, "id", "5 Januari 2027 09.00 WIB")]
    [InlineData("Asia/Pontianak", 7, "id", "5 Januari 2027 09.00 WIB")]
    [InlineData("Asia/Makassar", 8, "id", "5 Januari 2027 09.00 WITA")]
    [InlineData("Asia/Jayapura", 9, "en", "5 January 2027 09:00 WIT")]
    [InlineData("Asia/Kolkata", 5.5, "id", "5 Januari 2027 09.00 UTC+5.30")]
    [InlineData("America/Sao_Paulo", -3, "en", "5 January 2027 09:00 UTC-3")]
    public void A_moment_names_indonesias_zones_as_people_do_and_others_by_their_offset(string zone, double offset, string language, string expected) =>
        Assert.Equal(expected, new DateFormatter(language).Moment(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.FromHours(offset)), zone));
}
