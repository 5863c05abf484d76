namespace SiteGen.Starter;

/// <summary>What <c>sitegen init</c> asks about an office's new site.</summary>
/// <param name="Title">The site's name, in every page title.</param>
/// <param name="Unit">The office's unit ("Polres Blitar"), its first entry in units.yaml.</param>
/// <param name="Polda">The Polda the unit belongs to ("Polda Jawa Timur").</param>
/// <param name="Region">The area the unit serves ("Kabupaten Blitar").</param>
/// <param name="BaseUrl">The address the site is published at.</param>
/// <param name="TimeZone">The IANA zone the office's dates are written in ("Asia/Jakarta").</param>
public sealed record SiteAnswers(string Title, string Unit, string Polda, string Region, string BaseUrl, string TimeZone);
