namespace SiteGen.Model;

/// <summary>
/// Finds related bulletins: those sharing the unit, an election or tags, scored by what they share, closest in time first.
/// Only a window of neighbours in each shared list is scored, so the work per bulletin is bounded and the whole is linear.
/// </summary>
public static class Related
{
    public const int Count = 5;
    private const int Window = 24;
    private const int UnitScore = 3;
    private const int ElectionScore = 2;
    private const int TagScore = 2;

    /// <param name="bulletins">All bulletins in site order.</param>
    /// <param name="termsOf">For each bulletin, its (term list, score) pairs: the lists must be in site order.</param>
    public static IReadOnlyList<Bulletin> For(Bulletin bulletin, IEnumerable<(IReadOnlyList<Bulletin> List, int Score)> termsOf)
    {
        var scores = new Dictionary<int, (Bulletin Bulletin, int Score)>();
        foreach (var (list, score) in termsOf)
        {
            var at = IndexOf(list, bulletin.Index);
            if (at < 0) continue;
            var from = Math.Max(0, at - Window);
            var to = Math.Min(list.Count - 1, at + Window);
            for (var i = from; i <= to; i++)
            {
                var other = list[i];
                if (other.Index == bulletin.Index) continue;
                scores[other.Index] = scores.TryGetValue(other.Index, out var s) ? (other, s.Score + score) : (other, score);
            }
        }
        return scores.Values
            .OrderByDescending(s => s.Score)
            .ThenBy(s => Math.Abs(s.Bulletin.Index - bulletin.Index))
            .ThenBy(s => s.Bulletin.Index)
            .Take(Count)
            .Select(s => s.Bulletin)
            .ToArray();
    }

    public static IEnumerable<(IReadOnlyList<Bulletin>, int)> SharedLists(
        Bulletin bulletin, IReadOnlyDictionary<(TermKind, string), Term> terms)
    {
        yield return (terms[(TermKind.Unit, bulletin.Unit.Slug)].Bulletins, UnitScore);
        foreach (var election in bulletin.Elections)
            yield return (terms[(TermKind.Election, election.Slug)].Bulletins, ElectionScore);
        foreach (var tag in bulletin.Tags)
            yield return (terms[(TermKind.Tag, tag.Slug)].Bulletins, TagScore);
    }

    /// <summary>Binary search by site index: every term list is in site order.</summary>
    internal static int IndexOf(IReadOnlyList<Bulletin> list, int index)
    {
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = list[mid].Index.CompareTo(index);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
