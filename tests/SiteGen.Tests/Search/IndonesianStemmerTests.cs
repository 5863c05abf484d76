using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>Holds the C# and JavaScript Indonesian text handling to Snowball's reference data, SEARCH.md and each other.</summary>
public sealed class IndonesianStemmerTests
{
    private const string RandomTextScript = """
        const text = require(process.argv[1]);
        const inputs = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
        process.stdout.write(JSON.stringify(inputs.map((units) => {
          const s = String.fromCharCode(...units);
          return text.normalize(s).join(' ') + ' | ' +
            text.analyze(s, { isQuery: true }).map((t) => `${t.surface}/${t.stem}@${t.position}`).join(' ');
        })));
        """;

    // ---- (a) and (b): Snowball's 64,586-word reference vocabulary ----

    [Fact]
    public void Stemmer_reproduces_every_snowball_reference_stem()
    {
        string[] words = File.ReadAllLines(VocabularyPath());
        string[] expected = File.ReadAllLines(ReferenceStemsPath());
        Assert.Equal(words.Length, expected.Length);

        var mismatches = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            string actual = IndonesianStemmer.Stem(words[i]);
            if (actual != expected[i])
            {
                mismatches.Add($"line {i + 1}: {words[i]} -> {actual}, expected {expected[i]}");
            }
        }

        Assert.True(
            mismatches.Count == 0,
            $"{mismatches.Count} of {words.Length} stems differ; first 20:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [SkippableFact]
    public void Js_stemmer_reproduces_every_snowball_reference_stem()
    {
        var (exitCode, output) = Node.Run(
            Path.Combine(RepoRoot(), "tests", "SiteGen.Tests", "Search", "js", "stem-vocabulary.js"),
            VocabularyPath(),
            ReferenceStemsPath(),
            JsPath());

        Assert.True(exitCode == 0, $"sitegen-text.js stem() differs from Snowball (exit {exitCode}):\n{Abridge(output, 20)}");
    }

    [Fact]
    public void Stemmer_gives_the_same_stems_from_many_threads()
    {
        string[] words = File.ReadAllLines(VocabularyPath());
        string[] sequential = words.Select(IndonesianStemmer.Stem).ToArray();
        string[] parallel = words.AsParallel().AsOrdered().Select(IndonesianStemmer.Stem).ToArray();
        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("memeberikan", "peberi")] // no second-order prefix after an s/p substitution
    [InlineData("pengamanan", "aman")]
    [InlineData("mengamankan", "aman")]
    [InlineData("menyanyikan", "sanyi")]
    [InlineData("memperbaiki", "baik")]
    [InlineData("pelajaran", "ajar")]
    [InlineData("bekerja", "kerja")]
    [InlineData("kediri", "diri")] // why names must be protected
    public void Stemmer_follows_the_rules_in_search_md(string word, string stem)
    {
        Assert.Equal(stem, IndonesianStemmer.Stem(word));
    }

    [Fact]
    public void Stemmer_returns_the_input_when_nothing_is_removed()
    {
        const string word = "polisi";
        Assert.Same(word, IndonesianStemmer.Stem(word));
    }

    // ---- (c): the normalisation examples of SEARCH.md ----

    [Theory]
    [InlineData("jum'at", "jumat")]
    [InlineData("1.500.000", "1500000")]
    [InlineData("08.30", "8 30")]
    [InlineData("rp1500000", "rp 1500000")]
    [InlineData("Rp1.500.000", "rp 1500000")]
    [InlineData("masing-masing", "masing")]
    [InlineData("e-KTP", "ktp ektp")]
    [InlineData("İNDONESIA İndonesia", "indonesia indonesia")] // culture-aware lower-casing would give i + U+0307 in .NET
    [InlineData("a b kata c", "kata")]
    [InlineData("Pengamanan Pemilu 2024", "pengamanan pemilu 2024")]
    public void Normalize_follows_search_md(string text, string expected)
    {
        var analyzer = new TextAnalyzer();
        Assert.Equal(expected, string.Join(' ', analyzer.Normalize(text)));
    }

    [Fact]
    public void Analyze_removes_stop_words_but_keeps_positions()
    {
        var analyzer = new TextAnalyzer();
        Assert.Equal(
            [new AnalyzedToken("jakarta", "jakarta", 2)],
            analyzer.Analyze("Saya di Jakarta"));
    }

    [Fact]
    public void Analyze_keeps_stop_words_only_for_a_query_made_of_nothing_else()
    {
        var analyzer = new TextAnalyzer();
        Assert.Empty(analyzer.Analyze("adalah apakah"));
        Assert.Equal(
            [new AnalyzedToken("adalah", "ada", 0), new AnalyzedToken("apakah", "apa", 1)],
            analyzer.Analyze("adalah apakah", isQuery: true));
        Assert.Equal(
            [new AnalyzedToken("pilkada", "pilkada", 1)],
            analyzer.Analyze("apakah pilkada", isQuery: true));
    }

    [Fact]
    public void Analyze_does_not_stem_protected_words_or_numbers()
    {
        var plain = new TextAnalyzer();
        var names = new TextAnalyzer(["kediri", "pemalang"]);

        Assert.Equal(["diri", "palang"], plain.Analyze("Kediri Pemalang").Select(t => t.Stem));
        Assert.Equal(["kediri", "pemalang"], names.Analyze("Kediri Pemalang").Select(t => t.Stem));
        Assert.Equal("2024", plain.Analyze("2024").Single().Stem);
    }

    [Fact]
    public void Analyze_avoids_the_substitution_trap()
    {
        Assert.Equal("peberi", new TextAnalyzer().Analyze("memeberikan").Single().Stem);
    }

    // ---- (d): shared vectors, checked in both languages ----

    [Fact]
    public void TextAnalyzer_matches_the_shared_vectors()
    {
        using JsonDocument vectors = JsonDocument.Parse(File.ReadAllText(VectorsPath()));
        JsonElement root = vectors.RootElement;
        var analyzer = new TextAnalyzer(root.GetProperty("protectedWords").EnumerateArray().Select(e => e.GetString()!));

        var failures = new List<string>();
        int count = 0;
        foreach (JsonElement c in root.GetProperty("cases").EnumerateArray())
        {
            count++;
            string name = c.GetProperty("name").GetString()!;
            string input = c.TryGetProperty("inputUtf16", out JsonElement units)
                ? new string(units.EnumerateArray().Select(u => (char)u.GetUInt16()).ToArray())
                : c.GetProperty("input").GetString()!;
            bool isQuery = c.TryGetProperty("isQuery", out JsonElement q) && q.GetBoolean();

            string[] expectedWords = c.GetProperty("normalize").EnumerateArray().Select(e => e.GetString()!).ToArray();
            string[] expectedTokens = c.GetProperty("analyze").EnumerateArray()
                .Select(e => Describe(e[0].GetString()!, e[1].GetString()!, e[2].GetInt32()))
                .ToArray();

            string[] words = analyzer.Normalize(input).ToArray();
            string[] tokens = analyzer.Analyze(input, isQuery).Select(t => Describe(t.Surface, t.Stem, t.Position)).ToArray();

            if (!words.SequenceEqual(expectedWords))
            {
                failures.Add($"{name}: normalize gave [{string.Join(", ", words)}], expected [{string.Join(", ", expectedWords)}]");
            }

            if (!tokens.SequenceEqual(expectedTokens))
            {
                failures.Add($"{name}: analyze gave [{string.Join(", ", tokens)}], expected [{string.Join(", ", expectedTokens)}]");
            }
        }

        Assert.True(count >= 40, $"expected about 40 vector cases, found {count}");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [SkippableFact]
    public void Js_matches_the_shared_vectors()
    {
        var (exitCode, output) = Node.Run(
            Path.Combine(RepoRoot(), "tests", "SiteGen.Tests", "Search", "js", "check-vectors.js"),
            VectorsPath(),
            JsPath());

        Assert.True(exitCode == 0, $"sitegen-text.js differs from text-vectors.json (exit {exitCode}):\n{output}");
    }

    [SkippableFact]
    public void Csharp_and_js_agree_on_random_text()
    {
        // Fixed vectors cover the cases we thought of; random mixes of odd characters cover the rest.
        int[] pool = [
            .. Enumerable.Range(0x20, 0x5F), .. Enumerable.Range(0xA0, 0xE0), .. Enumerable.Range(0x300, 0x70),
            .. Enumerable.Range(0x2000, 0x70), .. Enumerable.Range(0x660, 0x0A), .. Enumerable.Range(0x6F0, 0x0A),
            .. Enumerable.Range(0xFF01, 0x5E), .. Enumerable.Range(0x2460, 0x14), .. Enumerable.Range(0xFB00, 0x07),
            .. Enumerable.Range(0x1E00, 0x100), .. Enumerable.Range(0xAC00, 0x10), 0x2BC, 0x3000, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
        ];
        const string common = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789..--'' ";
        var random = new Random(20240923);
        string[] inputs = Enumerable.Range(0, 3000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => random.NextDouble() < 0.6 ? common[random.Next(common.Length)] : (char)pool[random.Next(pool.Length)])
                .ToArray()))
            .ToArray();

        string inputFile = Path.Combine(Path.GetTempPath(), $"sitegen-text-{Guid.NewGuid():N}.json");
        try
        {
            // Code units, not strings: JSON parsers reject the lone surrogates among them.
            File.WriteAllText(inputFile, JsonSerializer.Serialize(inputs.Select(s => s.Select(c => (int)c))));
            var (exitCode, output) = Node.Run("-e", RandomTextScript, JsPath(), inputFile);
            Assert.True(exitCode == 0, $"node failed (exit {exitCode}):\n{output}");

            string[] js = JsonSerializer.Deserialize<string[]>(output)!;
            var analyzer = new TextAnalyzer();
            var differences = new List<string>();
            for (int i = 0; i < inputs.Length; i++)
            {
                string csharp = string.Join(' ', analyzer.Normalize(inputs[i])) + " | " + string.Join(
                    ' ', analyzer.Analyze(inputs[i], isQuery: true).Select(t => Describe(t.Surface, t.Stem, t.Position)));
                if (csharp != js[i])
                {
                    string escaped = string.Concat(inputs[i].Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
                    differences.Add($"\"{escaped}\": C# {csharp} / JS {js[i]}");
                }
            }

            Assert.True(differences.Count == 0, $"{differences.Count} of {inputs.Length} differ; first 10:\n{string.Join('\n', differences.Take(10))}");
        }
        finally
        {
            File.Delete(inputFile);
        }
    }

    // ---- (e): one stop-word list everywhere ----

    [Fact]
    public void Stop_words_are_the_355_reference_words()
    {
        string[] reference = File.ReadAllLines(Path.Combine(SharedDataDir(), "stopwords-id.txt"))
            .Where(l => l.Length > 0)
            .ToArray();

        Assert.Equal(355, StopWords.All.Count);
        Assert.Equal(reference, StopWords.All);
        Assert.Equal(StopWords.All.Order(StringComparer.Ordinal), StopWords.All);
        Assert.True(StopWords.Contains("adalah"));
        Assert.False(StopWords.Contains("polisi"));
        Assert.False(StopWords.Contains("# Indonesian"));
    }

    [SkippableFact]
    public void Js_stop_words_equal_the_csharp_list()
    {
        var (exitCode, output) = Node.Run(
            "-e",
            "process.stdout.write(JSON.stringify(require(process.argv[1]).stopWords))",
            JsPath());

        Assert.True(exitCode == 0, $"node failed (exit {exitCode}):\n{output}");
        string[] js = JsonSerializer.Deserialize<string[]>(output)!;
        Assert.Equal(StopWords.All, js);
    }

    // ---- helpers ----

    private static string Describe(string surface, string stem, int position) => $"{surface}/{stem}@{position}";

    /// <remarks>SITEGEN_REPO lets a scratch project outside the checkout run these tests.</remarks>
    private static string RepoRoot()
    {
        string? overridden = Environment.GetEnvironmentVariable("SITEGEN_REPO");
        if (!string.IsNullOrEmpty(overridden))
        {
            Assert.True(
                File.Exists(Path.Combine(overridden, "SiteGen.sln")),
                $"SITEGEN_REPO is '{overridden}', which holds no SiteGen.sln.");
            return Path.GetFullPath(overridden);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        Assert.Fail($"No folder above {AppContext.BaseDirectory} holds SiteGen.sln (set SITEGEN_REPO to the checkout).");
        return "";
    }

    private static string SharedDataDir()
    {
        string dir = Path.Combine(RepoRoot(), "tests", "data");
        Assert.True(
            Directory.Exists(Path.Combine(dir, "snowball-indonesian")),
            $"Reference data is missing: expected {dir}/snowball-indonesian.");
        return dir;
    }

    private static string VocabularyPath() => Path.Combine(SharedDataDir(), "snowball-indonesian", "voc.txt");

    private static string ReferenceStemsPath() => Path.Combine(SharedDataDir(), "snowball-indonesian", "output.txt");

    private static string VectorsPath() => Path.Combine(RepoRoot(), "tests", "SiteGen.Tests", "Search", "text-vectors.json");

    private static string JsPath() => Path.Combine(RepoRoot(), "themes", "default", "assets", "js", "sitegen-text.js");

    // The script lists every mismatch, then a count; keep the first few and the count.
    private static string Abridge(string text, int count)
    {
        string[] lines = text.TrimEnd().Split('\n');
        return lines.Length <= count + 1
            ? string.Join('\n', lines)
            : string.Join('\n', lines.Take(count)) + "\n...\n" + lines[^1];
    }
}
