using System.Diagnostics;
using System.Globalization;
using SiteGen;
using SiteGen.Bench;
using SiteGen.Configuration;

// bench/markdown.sh runs this: "table" times every shape at each size, each in a child process ("one") that is
// killed when it runs past the timeout, so a quadratic shape cannot hold the table up.
var shapes = Shapes.All.ToArray();
if (args is ["one", var index, var sizeText])
{
    var (name, unsafeHtml, file) = shapes[int.Parse(index, CultureInfo.InvariantCulture)];
    var text = file(int.Parse(sizeText, CultureInfo.InvariantCulture));
    var root = Directory.CreateTempSubdirectory("sitegen-markdown-bench-").FullName;
    try
    {
        Directory.CreateDirectory(Path.Combine(root, "content", "bulletins"));
        File.WriteAllText(Path.Combine(root, "sitegen.yaml"), "title: Uji\nbase_url: https://example.org/\n" + (unsafeHtml ? "markdown:\n  unsafe_html: true\n" : ""));
        File.WriteAllText(Path.Combine(root, "content", "units.yaml"), "- name: Polres Blitar\n  polda: Polda Jawa Timur\n  region: Kabupaten Blitar\n");
        File.WriteAllText(Path.Combine(root, "content", "elections.yaml"), "- name: Pemilu 2024\n  kind: pemilu\n  voting_day: 2024-02-14\n");
        File.WriteAllText(Path.Combine(root, "content", "bulletins", "uji.md"), text);
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(new BuildOptions { SourceRoot = root, Now = DateTimeOffset.UnixEpoch.AddYears(60), Parallel = false });
        var total = clock.Elapsed.TotalSeconds;
        var parse = result.Timings.FirstOrDefault(t => t.Phase == "parse")?.Elapsed.TotalSeconds ?? 0;
        var codes = string.Join(" ", result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code}@{d.Line}").Distinct().Take(2));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total:F1}\t{parse:F1}\t{text.Length}\t{codes}"));
        return 0;
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}
if (args is ["table", var timeoutText, var filter, .. var sizes] && sizes.Length > 0)
{
    var self = Environment.ProcessPath!;
    var dll = typeof(Shapes).Assembly.Location;
    var timeout = TimeSpan.FromSeconds(double.Parse(timeoutText, CultureInfo.InvariantCulture));
    Console.WriteLine($"| shape | {string.Join(" | ", sizes.Select(s => s + " MB"))} |");
    Console.WriteLine($"| --- |{string.Concat(sizes.Select(_ => " ---: |"))}");
    for (var i = 0; i < shapes.Length; i++)
    {
        if (filter != "-" && !shapes[i].Name.Contains(filter, StringComparison.OrdinalIgnoreCase)) continue;
        var cells = new List<string>();
        var gaveUp = false;
        foreach (var size in sizes)
        {
            if (gaveUp) { cells.Add("–"); continue; }
            var bytes = (int)(double.Parse(size, CultureInfo.InvariantCulture) * 1024 * 1024);
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(dll);
            foreach (var a in new[] { "one", i.ToString(CultureInfo.InvariantCulture), bytes.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEndAsync();
            var errors = child.StandardError.ReadToEndAsync();
            if (!child.WaitForExit(timeout))
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
                cells.Add($"> {timeout.TotalSeconds:F0} s");
                gaveUp = true;
                continue;
            }
            var fields = output.Result.TrimEnd('\n', '\r').Split('\t');
            if (child.ExitCode != 0 || fields.Length < 4)
            {
                var reason = errors.Result.Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal)) ?? $"exit {child.ExitCode}";
                cells.Add("failed: " + reason.Trim());
                continue;
            }
            cells.Add($"{fields[0]} s{(fields[3].Length > 0 ? $" ({fields[3]})" : "")}");
        }
        Console.WriteLine($"| {shapes[i].Name} | {string.Join(" | ", cells)} |");
    }
    return 0;
}
Console.Error.WriteLine("usage: table TIMEOUT_SECONDS FILTER|- SIZE_MB... | one SHAPE_INDEX BYTES");
return 2;
