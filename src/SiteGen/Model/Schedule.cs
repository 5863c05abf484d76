namespace SiteGen.Model;

/// <summary>Bulletins a build left out because their date has not come yet: how many, and when the first of them appears.</summary>
/// <param name="Next">The earliest of their dates, in the site's time zone; null when there are none.</param>
public sealed record Schedule(int Count, DateTimeOffset? Next)
{
    public static readonly Schedule None = new(0, null);

    /// <summary>This schedule with one more bulletin, dated <paramref name="date"/>.</summary>
    public Schedule And(DateTimeOffset date) => new(Count + 1, Next is { } next && next <= date ? next : date);
}
