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
        // Scores by site index in per-thread tables (this runs once per bulletin); a stamp marks the entries of this call.
        var table = t_table ??= new ScoreTable();
        var stamp = table.Begin();
        foreach (var (list, score) in termsOf)
        {
            var at = IndexOf(list, bulletin.Index);
            if (at < 0) continue;
            var from = Math.Max(0, at - Window);
            var to = Math.Min(list.Count - 1, at + Window);
            for (var i = from; i <= to; i++)
            {
                var other = list[i];
                if (other.Index != bulletin.Index) table.Add(other, score, stamp);
            }
        }
        var best = new List<(Bulletin Bulletin, int Score)>(Count + 1);
        foreach (var index in table.Touched)
        {
            var candidate = (table.Bulletins[index]!, table.Scores[index]);
            var place = best.Count;
            while (place > 0 && Better(candidate, best[place - 1], bulletin.Index)) place--;
            if (place >= Count) continue;
            best.Insert(place, candidate);
            if (best.Count > Count) best.RemoveAt(Count);
        }
        var result = new Bulletin[best.Count];
        for (var i = 0; i < result.Length; i++) result[i] = best[i].Bulletin;
        return result;
    }

    [ThreadStatic] private static ScoreTable? t_table;

    /// <summary>Scores indexed by a bulletin's site index, reused from call to call without clearing.</summary>
    private sealed class ScoreTable
    {
        private int[] _stamps = [];
        private int _stamp;

        public int[] Scores { get; private set; } = [];
        public Bulletin?[] Bulletins { get; private set; } = [];
        public List<int> Touched { get; } = [];

        public int Begin()
        {
            Touched.Clear();
            return ++_stamp;
        }

        public void Add(Bulletin bulletin, int score, int stamp)
        {
            var index = bulletin.Index;
            if (index >= _stamps.Length)
            {
                var size = Math.Max(index + 1, _stamps.Length * 2);
                Array.Resize(ref _stamps, size);
                Scores = [.. Scores, .. new int[size - Scores.Length]];
                Bulletins = [.. Bulletins, .. new Bulletin?[size - Bulletins.Length]];
            }
            if (_stamps[index] != stamp)
            {
                _stamps[index] = stamp;
                Scores[index] = 0;
                Bulletins[index] = bulletin;
                Touched.Add(index);
            }
            Scores[index] += score;
        }
    }

    /// <summary>Higher score first, then closer in time, then newer: a total order, so the pick never depends on the table's order.</summary>
    private static bool Better((Bulletin Bulletin, int Score) a, (Bulletin Bulletin, int Score) b, int index)
    {
        if (a.Score != b.Score) return a.Score > b.Score;
        var da = Math.Abs(a.Bulletin.Index - index);
        var db = Math.Abs(b.Bulletin.Index - index);
        return da != db ? da < db : a.Bulletin.Index < b.Bulletin.Index;
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
