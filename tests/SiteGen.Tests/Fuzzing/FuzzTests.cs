using System.Security.Cryptography;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Fuzzing;

/// <summary>
/// Seeded, repeatable fuzzing: thousands of mutated bulletins and data files. Every input must end in a result or in
/// diagnostics — never an unhandled exception, a hang, or a file written outside the output folder.
/// SITEGEN_FUZZ_ITERATIONS raises the count (default per run: 2,000 bulletins, 2,000 data files — units, elections,
/// settings, free page, search glossary — and 153 whole sites); SITEGEN_FUZZ_SEED picks the seed.
/// </summary>
public sealed class FuzzTests
{
    private static readonly TimeSpan PerFileBound = TimeSpan.FromSeconds(20);

    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_ITERATIONS"), out var n) ? n : 2000;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_SEED"), out var s) ? s : 1120;

    private static IReadOnlyList<byte[]> SeedBulletins() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content", "bulletins"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    [Fact]
    public async Task Mutated_bulletins_always_parse_to_a_bulletin_or_diagnostics()
    {
        var seeds = SeedBulletins();
        var mutator = new Mutator(Seed);
        var units = DataFileReader.ReadUnits(new SourceText("content/units.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "units.yaml"))), new DiagnosticBag());
        var elections = DataFileReader.ReadElections(new SourceText("content/elections.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "elections.yaml"))), new DiagnosticBag());
        var files = new Dictionary<string, SourceFile>();
        var resources = new ResourceResolver(files);
        var reader = new BulletinReader(new MarkdownRenderer(false, resources, "/"), resources, new ReferenceCatalog(units, elections), TimeZoneInfo.Utc);
        var outcomes = new int[2];
        for (var i = 0; i < Iterations; i++)
        {
            var input = mutator.Mutate(seeds[i % seeds.Count]);
            var diagnostics = new DiagnosticBag();
            string? text = null;
            var work = Task.Run(() =>
            {
                text = TextDecoder.Decode(input, "content/bulletins/fuzz.md", diagnostics);
                return text is null ? null : reader.Read(new SourceText("content/bulletins/fuzz.md", text), diagnostics);
            });
            var parsed = await Within(work, PerFileBound, () => $"input {i} (seed {Seed}) did not finish within {PerFileBound}:\n{Preview(input)}");
            Assert.True(parsed is not null || diagnostics.HasErrors, $"input {i} (seed {Seed}) was dropped without an error:\n{Preview(input)}");
            Assert.All(diagnostics.ToSortedList(), d => Assert.True(d.Line >= 0 && d.Message.Length > 0 && d.Code.StartsWith("SG", StringComparison.Ordinal)));
            // A correction describes the file as it was read, line for line, and changes that line only.
            var lines = text?.Split('\n') ?? [];
            foreach (var fix in diagnostics.ToSortedList().Select(d => d.Fix).OfType<LineFix>())
            {
                Assert.True(fix.Line >= 1 && fix.Line <= lines.Length && lines[fix.Line - 1] == fix.Before && !fix.After.Contains('\n') && fix.After != fix.Before,
                    $"input {i} (seed {Seed}): the correction {fix} does not fit the file:\n{Preview(input)}");
            }
            _ = SiteGen.Checking.Corrector.Plan(diagnostics.ToSortedList());
            outcomes[parsed is null ? 1 : 0]++;
        }
        // The mutations must exercise both paths, or the fuzzer is not testing anything.
        Assert.True(outcomes[0] > Iterations / 20 && outcomes[1] > Iterations / 20, $"parsed {outcomes[0]}, rejected {outcomes[1]}");
    }

    [Fact]
    public async Task Mutated_data_files_always_read_to_data_or_diagnostics_that_point_into_them()
    {
        var markdown = new MarkdownRenderer(false, new ResourceResolver(new Dictionary<string, SourceFile>()), "/");
        var pages = new PageReader(markdown, TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"));
        // Each data file the build reads, and how.
        var kinds = new (string Path, Action<SourceText, DiagnosticBag> Read)[]
        {
            ("content/units.yaml", (text, d) => DataFileReader.ReadUnits(text, d)),
            ("content/elections.yaml", (text, d) => DataFileReader.ReadElections(text, d)),
            ("content/tags.yaml", (text, d) => TagFileReader.Read(text, d)),
            ("sitegen.yaml", (text, d) => SiteConfigReader.Read(text.Text, null, d)),
            ("content/pages/tentang.md", (text, d) => pages.Read(text, d)),
            ("themes/default/search/glossary.yaml", (text, d) => Glossary.Read(text.Text, text.Path, d)),
        };
        var seeds = kinds.Select(k => File.ReadAllBytes(Path.Combine(RepoPaths.Root, k.Path))).ToArray();
        var mutator = new Mutator(Seed + 2);
        var outcomes = new int[kinds.Length, 2];
        for (var i = 0; i < Iterations; i++)
        {
            var kind = kinds[i % kinds.Length];
            var input = mutator.Mutate(seeds[i % kinds.Length]);
            var diagnostics = new DiagnosticBag();
            var work = Task.Run(() =>
            {
                if (TextDecoder.Decode(input, kind.Path, diagnostics) is { } text) kind.Read(new SourceText(kind.Path, text), diagnostics);
                return true;
            });
            await Within(work, PerFileBound, () => $"{kind.Path} input {i} (seed {Seed}) did not finish within {PerFileBound}:\n{Preview(input)}");
            var lines = LineCount(System.Text.Encoding.UTF8.GetString(input));
            Assert.All(diagnostics.ToSortedList(), d => Assert.True(
                d.Path == kind.Path && d.Line >= 0 && d.Line <= lines + 1 && d.Message.Length > 0 && d.Code.StartsWith("SG", StringComparison.Ordinal),
                $"{kind.Path} input {i} (seed {Seed}): {d} does not point into the file"));
            outcomes[i % kinds.Length, diagnostics.HasErrors ? 1 : 0]++;
        }
        // Each kind must be seen both read cleanly and refused, or the mutations are not reaching it.
        for (var k = 0; k < kinds.Length; k++)
            Assert.True(outcomes[k, 0] > 0 && outcomes[k, 1] > 0, $"{kinds[k].Path}: {outcomes[k, 0]} read cleanly, {outcomes[k, 1]} with errors");
    }

    [Fact]
    public async Task Mutated_sites_build_or_report_and_never_write_outside_the_output()
    {
        var seeds = SeedBulletins();
        var mutator = new Mutator(Seed + 1);
        var dataFiles = new[] { "sitegen.yaml", "content/units.yaml", "content/elections.yaml", "content/tags.yaml", "content/pages/tentang.md" };
        var sites = Math.Max(20, Iterations / 13);
        using var folder = new TempFolder();
        var outcomes = new int[2];
        var corrections = 0;
        for (var i = 0; i < sites; i++)
        {
            var root = folder.Combine($"site{i}");
            foreach (var data in dataFiles)
            {
                var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, data));
                Write(root, data, i % 3 == 0 && data == dataFiles[i % dataFiles.Length] ? mutator.Mutate(bytes) : bytes);
            }
            // The logo the sample's settings name, as it is: a mutated sitegen.yaml may name another file, or none.
            Write(root, "content/logo.png", File.ReadAllBytes(Path.Combine(RepoPaths.Root, "content/logo.png")));
            for (var b = 0; b < 4; b++)
                Write(root, $"content/bulletins/b{b}.md", b == 0 || i % 2 == 0 ? mutator.Mutate(seeds[(i + b) % seeds.Count]) : seeds[(i + b) % seeds.Count]);
            var before = Snapshot(folder.Path);
            var options = new BuildOptions { SourceRoot = root, OutputRoot = Path.Combine(root, "output"), Now = TestSite.Now, CacheRoot = Path.Combine(root, ".sitegen") };
            var work = Task.Run(() => SiteBuilder.BuildAndWrite(options));
            var result = await Within(work, PerFileBound * 3, () => $"site {i} (seed {Seed}) did not build within the bound");
            Assert.True(result.HasErrors || result.Output.Pages > 0, $"site {i} produced neither pages nor errors");
            var after = Snapshot(folder.Path);
            var changed = after.Where(kv => !before.TryGetValue(kv.Key, out var hash) || hash != kv.Value).Select(kv => kv.Key)
                .Concat(before.Keys.Where(k => !after.ContainsKey(k)))
                .Where(path => !path.StartsWith($"site{i}/output/", StringComparison.Ordinal) && !path.StartsWith($"site{i}/.sitegen/", StringComparison.Ordinal)
                    && path != $"site{i}/.output.lock")
                .ToArray();
            Assert.True(changed.Length == 0, $"site {i} changed files outside its output: {string.Join(", ", changed)}");

            // sitegen check --fix: the corrections change the lines they name and nothing else, and only in the site.
            var planned = SiteGen.Checking.Corrector.Plan(result.Diagnostics);
            var texts = planned.Select(c => c.Path).Distinct().Where(p => File.Exists(Path.Combine(root, p)))
                .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(root, p)));
            var unfixed = Snapshot(folder.Path);
            var made = SiteGen.Checking.Corrector.Apply(root, planned, write: true, new DiagnosticBag());
            corrections += made.Count;
            var touched = Snapshot(folder.Path).Where(kv => !unfixed.TryGetValue(kv.Key, out var hash) || hash != kv.Value).Select(kv => kv.Key).ToArray();
            Assert.True(touched.All(t => made.Any(c => $"site{i}/{c.Path}" == t)), $"site {i}: --fix changed {string.Join(", ", touched)}");
            foreach (var (path, bytes) in texts)
            {
                var old = Lines(bytes);
                var now = Lines(File.ReadAllBytes(Path.Combine(root, path)));
                Assert.Equal(old.Length, now.Length);
                for (var l = 0; l < old.Length; l++)
                    if (old[l] != now[l])
                        Assert.Contains(made, c => c.Path == path && c.Line == l + 1 && now[l].Replace("\r", "").Replace("\n", "").TrimStart('\uFEFF') == c.After);
            }
            outcomes[result.HasErrors ? 1 : 0]++;
            Directory.Delete(root, recursive: true);
        }
        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"built {outcomes[0]}, failed {outcomes[1]}");
        Assert.True(corrections > 0, "no mutated site was corrected, so --fix was not tested");
    }

    /// <summary>The lines of a file with their own line ends, as --fix sees them.</summary>
    private static string[] Lines(byte[] bytes) =>
        System.Text.RegularExpressions.Regex.Split(System.Text.Encoding.UTF8.GetString(bytes), "(?<=\r\n|\n|\r(?!\n))");

    private static async Task<T> Within<T>(Task<T> work, TimeSpan bound, Func<string> hang)
    {
        try
        {
            return await work.WaitAsync(bound);
        }
        catch (TimeoutException)
        {
            Assert.Fail(hang());
            throw;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{hang().Split('\n')[0].Replace("did not finish within", "threw instead of reporting; bound").Replace("did not build within the bound", "threw instead of reporting")}\n{e}\ninput:\n{hang()}");
            throw;
        }
    }

    /// <summary>Lines as YAML counts them: CR, LF and CR LF end a line, and so do NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.</summary>
    private static int LineCount(string text)
    {
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029') lines++;
        }
        return lines;
    }

    private static void Write(string root, string path, byte[] bytes)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static string Preview(byte[] input) =>
        System.Text.Encoding.UTF8.GetString(input, 0, Math.Min(input.Length, 400)).Replace("\0", "\\0");
}
