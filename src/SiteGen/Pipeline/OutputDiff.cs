using SiteGen.Output;

namespace SiteGen.Pipeline;

/// <summary>What serve sends to open pages: the output paths one build added, changed or removed against the last good one.</summary>
internal static class OutputDiff
{
    /// <summary>Paths added, changed or removed, sorted; every path when there was no earlier build.</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, OutputFile>? before, IReadOnlyDictionary<string, OutputFile> after)
    {
        if (before is null) return after.Keys.Order(StringComparer.Ordinal).ToArray();
        var changed = new List<string>();
        foreach (var (path, file) in after)
            if (!before.TryGetValue(path, out var old) || (!ReferenceEquals(old.Bytes, file.Bytes) && !old.Bytes.AsSpan().SequenceEqual(file.Bytes)))
                changed.Add(path);
        changed.AddRange(before.Keys.Where(p => !after.ContainsKey(p)));
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    /// <summary>The files in path order; when the paths are those of the last build, in its order without sorting again.</summary>
    public static OutputFile[] Sorted(IReadOnlyDictionary<string, OutputFile> files, OutputFile[]? previous)
    {
        if (previous is not null && previous.Length == files.Count)
        {
            var list = new OutputFile[previous.Length];
            var same = true;
            for (var i = 0; i < list.Length && same; i++)
                same = files.TryGetValue(previous[i].Path, out list[i]!);
            if (same) return list;
        }
        return files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
    }
}
