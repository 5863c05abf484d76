namespace SiteGen.Diagnostics;

/// <summary>Finds an exception a build knows how to answer among those a failure carries (parallel work wraps them).</summary>
public static class Thrown
{
    /// <summary>The <typeparamref name="T"/> that <paramref name="e"/> is or carries, however deep; null when there is none.</summary>
    public static T? Carried<T>(Exception e) where T : Exception => e switch
    {
        T found => found,
        AggregateException all => all.InnerExceptions.Select(Carried<T>).FirstOrDefault(f => f is not null),
        _ => e.InnerException is { } inner ? Carried<T>(inner) : null,
    };
}
