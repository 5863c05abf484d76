using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Each guess on its own: dates in Indonesian and English forms, units, elections, places, tags and headlines.</summary>
public sealed class GuessTests
{
    private static readonly DateOnly Today = new(2026, 11, 1);

    private static Guess Date(params (TextPlace Place, string Text)[] passages) =>
        DateGuess.From(passages.Select(p => new ReleasePassage(p.Place, p.Text)).ToArray(), Today);

    [Theory]
    [InlineData("Kegiatan digelar di aula, Jumat (20/09/2024).", "2024-09-20")]
    [InlineData("Kegiatan digelar di aula, Jum'at (20/9/2024).", "2024-09-20")]
    [InlineData("Patroli digelar pada Minggu 12 November 2023 malam.", "2023-11-12")]
    [InlineData("Rakor digelar pada 9 Juli 2024 di aula.", "2024-07-09")]
    [InlineData("Rakor digelar pada Selasa, 9 Jul 2024 di aula.", "2024-07-09")]
    [InlineData("Apel digelar pada 5 Agt 2024.", "2024-08-05")]
    [InlineData("Apel digelar pada 5 Ags. 2024.", "2024-08-05")]
    [InlineData("Apel digelar pada 3 Nop 2023.", "2023-11-03")]
    [InlineData("Apel digelar pada 14 Des 2023.", "2023-12-14")]
    [InlineData("Apel digelar pada 1 Sept 2024.", "2024-09-01")]
    [InlineData("Apel digelar Sep 23, 2024.", "2024-09-23")]
    [InlineData("Apel digelar Ahad (17/11/2024).", "2024-11-17")]
    [InlineData("Apel digelar 2024-11-17 pagi.", "2024-11-17")]
    public void Indonesian_and_English_date_forms_are_read(string lead, string expected)
    {
        var guess = Date((TextPlace.Dateline, lead));
        Assert.Equal(expected, guess.Value);
        Assert.Null(guess.Doubt);
    }

    [Fact]
    public async Task A_weekday_followed_by_a_long_run_of_spaces_is_read_in_one_pass()
    {
        // "\s*,?\s*[(]?\s*" could split a run of n spaces n³ ways: 5,000 took six minutes. The bound only catches a hang.
        var text = "Jumat" + new string(' ', 100_000) + "(20/9/2024), Senin ," + new string(' ', 100_000) + "Polres Blitar";
        var dates = await Task.Run(() => DateGuess.FindAll(text)).WaitAsync(TimeSpan.FromMinutes(1));
        var date = Assert.Single(dates);
        Assert.Equal((20, 9, 2024, DayOfWeek.Friday), (date.Day, date.Month, date.Year, date.Weekday));
    }

    [Fact]
    public void A_day_and_month_after_a_weekday_take_the_year_of_the_publication_date()
    {
        var guess = Date((TextPlace.Header, "Rabu, 14 Agustus 2024 | 09:12 WIB"), (TextPlace.Dateline, "Pelatihan digelar Selasa (13/8)."));
        Assert.Equal("2024-08-13", guess.Value);
        Assert.Equal("'Selasa (13/8)' in the dateline, the year from the publication date (2024)", guess.From);
    }

    [Fact]
    public void A_date_late_in_the_year_published_early_in_the_next_belongs_to_the_year_before()
    {
        var guess = Date((TextPlace.Header, "2 Januari 2025"), (TextPlace.Dateline, "Patroli digelar Senin (30/12)."));
        Assert.Equal("2024-12-30", guess.Value);
        Assert.Null(guess.Doubt);
    }

    [Fact]
    public void Without_any_year_a_weekday_tells_the_most_recent_year_it_fits()
    {
        var guess = Date((TextPlace.Dateline, "Pelatihan digelar Selasa (13/8)."));
        Assert.Equal("2024-08-13", guess.Value);
        Assert.Contains("the year from the weekday", guess.From);
    }

    [Fact]
    public void The_event_date_in_the_lead_wins_over_the_publication_time_in_the_byline()
    {
        var guess = Date((TextPlace.Header, "Sabtu, 21 September 2024 - 10:15 WIB"), (TextPlace.Dateline, "BLITAR – FGD digelar di aula, Jumat (20/09/2024)."));
        Assert.Equal("2024-09-20", guess.Value);
    }

    [Fact]
    public void A_weekday_that_does_not_fit_the_date_is_a_doubt()
    {
        var guess = Date((TextPlace.Dateline, "FGD digelar Kamis (20/09/2024)."));
        Assert.Equal("2024-09-20", guess.Value);
        Assert.Equal("'Kamis (20/09/2024)': 20 September 2024 was a Friday, not a Thursday — check the date, or pass --date YYYY-MM-DD", guess.Doubt);
        using (SiteGen.Messages.Language.Use(SiteGen.Messages.Language.Indonesian))
            Assert.Equal("'Kamis (20/09/2024)': 20 September 2024 jatuh pada hari Jumat, bukan Kamis — periksa tanggalnya, atau tambahkan --date YYYY-MM-DD",
                Date((TextPlace.Dateline, "FGD digelar Kamis (20/09/2024).")).Doubt);
    }

    [Fact]
    public void No_date_at_all_names_the_option()
    {
        var guess = Date((TextPlace.Dateline, "Patroli digelar di perbatasan."));
        Assert.False(guess.Found);
        Assert.Equal("no date found in the text — pass --date YYYY-MM-DD", guess.Doubt);
    }

    [Theory]
    [InlineData("PASURUAN – Kapolres Pasuruan memimpin apel.", "Polres Pasuruan", "'Kapolres Pasuruan' in the dateline")]
    [InlineData("Wakapolres Blitar memimpin apel pagi ini.", "Polres Blitar", "'Wakapolres Blitar' in the dateline")]
    [InlineData("Apel digelar di Mapolresta Kendari.", "Polresta Kendari", "'Mapolresta Kendari' in the dateline")]
    [InlineData("KAPOLRESTABES SEMARANG memimpin apel.", "Polrestabes Semarang", "'KAPOLRESTABES SEMARANG' in the dateline")]
    [InlineData("KONAWE – Personel gabungan mengawal logistik.", "Polres Konawe", "'KONAWE' in the dateline (the unit's region; no unit is named)")]
    public void The_unit_is_the_one_named_as_the_actor(string dateline, string unit, string from)
    {
        using var site = new ImportTestSite();
        var units = ImportSite.Load(site.Root).Units;
        var guess = UnitGuess.From([new ReleasePassage(TextPlace.Dateline, dateline)], units);
        Assert.Equal(unit, guess.Value);
        Assert.Equal(from, guess.From);
    }

    [Fact]
    public void A_unit_missing_from_units_yaml_is_a_doubt_with_a_near_miss_hint()
    {
        using var site = new ImportTestSite();
        var units = ImportSite.Load(site.Root).Units;
        var guess = UnitGuess.From([new ReleasePassage(TextPlace.Title, "Polres Blitar Kota Gelar Apel"), new ReleasePassage(TextPlace.Body, "Polres Blitar Kota menurunkan personel.")], units);
        Assert.False(guess.Found);
        Assert.Equal("the text names 'Polres Blitar Kota', which is not in content/units.yaml; did you mean 'Polres Blitar'? — pass --unit, or add the unit to content/units.yaml", guess.Doubt);
    }

    [Theory]
    [InlineData("Pengamanan Pemilu 2024 berjalan lancar.", "2024-02-14", "Pemilu 2024")]
    [InlineData("Persiapan pengamanan pilkada serentak 2024.", "2024-09-01", "Pilkada Serentak 2024")]
    [InlineData("Pengamanan pemilihan bupati dan wakil bupati.", "2024-11-27", "Pilkada Serentak 2024")]
    [InlineData("Pengamanan Pilkades serentak tahap kedua tahun 2023.", "2023-07-16", "Pilkades Serentak 2023")]
    [InlineData("Pengamanan pemilihan kepala desa di 12 desa.", "2025-10-19", "Pilkades Serentak 2025")]
    [InlineData("Pengamanan Pilpres 2024 di seluruh TPS.", "2024-02-14", "Pemilu 2024")]
    [InlineData("Pengamanan Pilkada di 12 desa berjalan lancar. Para calon kepala desa menerima hasilnya.", "2025-10-19", "Pilkades Serentak 2025")]
    public void The_election_comes_from_its_name_its_kind_and_its_year_or_date(string text, string date, string election)
    {
        using var site = new ImportTestSite();
        var elections = ImportSite.Load(site.Root).Elections;
        var guess = ElectionGuess.From([new ReleasePassage(TextPlace.Dateline, text)], elections, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(election, guess.Value);
    }

    [Fact]
    public void A_pilkada_text_that_only_mentions_village_heads_stays_a_pilkada()
    {
        using var site = new ImportTestSite();
        var elections = ImportSite.Load(site.Root).Elections;
        var guess = ElectionGuess.From([new ReleasePassage(TextPlace.Dateline, "Kapolres mengingatkan kepala desa untuk netral dalam Pilkada Serentak 2024 dan mendukung calon bupati mana pun secara adil.")], elections, new DateOnly(2024, 9, 1));
        Assert.Equal("Pilkada Serentak 2024", guess.Value);
    }

    [Fact]
    public void Two_elections_named_equally_often_file_the_bulletin_under_both_and_name_the_option()
    {
        using var site = new ImportTestSite();
        var elections = ImportSite.Load(site.Root).Elections;
        var tie = ElectionGuess.From([new ReleasePassage(TextPlace.Dateline, "Evaluasi pengamanan Pemilu 2024 dan persiapan Pilkada Serentak 2024 dibahas dalam rapat.")], elections, new DateOnly(2024, 6, 3));
        Assert.Equal(["Pemilu 2024", "Pilkada Serentak 2024"], tie.Values);
        Assert.Equal("Pemilu 2024 and Pilkada Serentak 2024 are named equally often, so the bulletin is filed under both — pass --election to keep one", tie.Doubt);
        var imported = site.ImportText("Polres Blitar Gelar Rapat Evaluasi\n\nBLITAR – Polres Blitar menggelar rapat, Senin (3/6/2024). Evaluasi pengamanan Pemilu 2024 dan persiapan Pilkada Serentak 2024 dibahas dalam rapat.\n");
        Assert.Contains(tie.Doubt, imported.Bulletin.Warnings);
        Assert.Equal("[Pemilu 2024, Pilkada Serentak 2024]", imported.Front("election"));
        Assert.Empty(imported.Diagnostics);

        // Named once more, one election wins and nothing is in doubt.
        var ahead = ElectionGuess.From([new ReleasePassage(TextPlace.Dateline, "Evaluasi pengamanan Pemilu 2024 dan persiapan Pilkada Serentak 2024 dibahas dalam rapat."), new ReleasePassage(TextPlace.Body, "Tahapan Pilkada Serentak 2024 terus berjalan.")], elections, new DateOnly(2024, 6, 3));
        Assert.Equal(["Pilkada Serentak 2024"], ahead.Values);
        Assert.Null(ahead.Doubt);
    }

    [Fact]
    public void An_election_the_site_does_not_list_is_a_doubt_that_names_the_option()
    {
        using var site = new ImportTestSite();
        var elections = ImportSite.Load(site.Root).Elections;
        var guess = ElectionGuess.From([new ReleasePassage(TextPlace.Dateline, "Pengamanan Pilkada 2029 dimulai.")], elections, new DateOnly(2029, 1, 5));
        Assert.False(guess.Found);
        Assert.StartsWith("the text speaks of 'Pilkada 2029', but no election of content/elections.yaml fits it", guess.Doubt);
        Assert.EndsWith("— pass --election", guess.Doubt);
    }

    [Theory]
    [InlineData("BLITAR – FGD digelar di Aula Polres Blitar, Jumat (20/9/2024).", "Aula Polres Blitar")]
    [InlineData("Rakor berlangsung di Gedung Serbaguna Pemkab Konawe pada Senin pagi.", "Gedung Serbaguna Pemkab Konawe")]
    [InlineData("Pemungutan suara diamankan di TPS 05 Desa Sumberejo yang dijaga dua personel.", "TPS 05 Desa Sumberejo")]
    [InlineData("Apel digelar bertempat di Halaman Mapolres Kendal.", "Halaman Mapolres Kendal")]
    public void The_location_is_the_named_venue_of_the_lead(string lead, string location)
    {
        var guess = LocationGuess.From([new ReleasePassage(TextPlace.Dateline, lead)]);
        Assert.Equal(location, guess!.Value);
    }

    [Fact]
    public void Tags_come_from_the_site_s_tags_and_the_built_in_terms_with_their_other_forms()
    {
        var passages = new[]
        {
            new ReleasePassage(TextPlace.Title, "Rakor Pengamanan Tempat Pemungutan Suara"),
            new ReleasePassage(TextPlace.Dateline, "Polres menggelar rakor bersama KPU dan Bawaslu tentang TPS rawan dan cooling system."),
            new ReleasePassage(TextPlace.Body, "Operasi Mantap Praja terus berjalan. Kegiatan dialog dengan warga juga digelar."),
        };
        var guess = TagGuess.From(passages, ["dialog", "Operasi Mantap Praja"]);
        Assert.Equal(["rapat-koordinasi", "tps", "pengamanan", "kpu", "bawaslu"], guess!.Values);
        Assert.Contains("'Rakor' 2×", guess.From);
    }

    [Fact]
    public void A_site_name_before_the_headline_is_not_the_headline_and_a_heading_is_preferred()
    {
        var text = ReleaseText.From(ReleaseReader.FromPlainText("Portal Berita Polisi\nPolres Malang Gelar Apel Pergeseran Pasukan\n\nPolres Malang menggelar apel pergeseran pasukan pengamanan TPS di lapangan Mapolres Malang pada Senin pagi."));
        Assert.Equal("Polres Malang Gelar Apel Pergeseran Pasukan", HeadlineGuess.Title(text.Headline!));

        var markdown = ReleaseText.From(ReleaseReader.FromMarkdown("Dikirim dari ponsel Humas Polres\n\n**Polres Malang Gelar Apel Pergeseran Pasukan**\n\nPolres Malang menggelar apel pergeseran pasukan pengamanan TPS di lapangan Mapolres Malang pada Senin pagi."));
        Assert.Equal("Polres Malang Gelar Apel Pergeseran Pasukan", HeadlineGuess.Title(markdown.Headline!));
    }

    [Fact]
    public void A_text_that_starts_with_its_first_paragraph_has_no_headline_and_asks_for_one()
    {
        using var site = new ImportTestSite();
        var imported = site.ImportText("BLITAR – Polres Blitar menggelar patroli dialogis menjelang Pilkada Serentak 2024, Senin (23/9/2024). Patroli menyasar titik rawan.\n");
        Assert.Equal(["title"], imported.Bulletin.Missing);
        Assert.Contains("no headline found before the text — pass --title \"…\"", imported.Bulletin.Warnings);
    }
}
