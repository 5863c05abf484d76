using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// A small site written inline in a test, built for real. Files are given as sections:
/// <c>-- content/bulletins/a.md --</c> followed by the file's text (or <c>@image 1200x800 jpeg</c> for a real picture). Settings, units and elections have
/// defaults (<see cref="DefaultFiles"/>) that a section with the same path replaces.
/// </summary>
internal sealed class TestSite : IDisposable
{
    /// <summary>The moment every test build treats as now: bulletins after it are in the future.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.FromHours(7));

    public const string DefaultConfig = """
        title: Situs Uji
        base_url: https://example.org/
        page_size: 2
        """;

    public const string DefaultUnits = """
        - name: Polres Blitar
          polda: Polda Jawa Timur
          region: Kabupaten Blitar
        - name: Polres Malang
          polda: Polda Jawa Timur
          region: Kabupaten Malang
        - name: Polresta Kendari
          polda: Polda Sulawesi Tenggara
          region: Kota Kendari
        """;

    public const string DefaultElections = """
        - name: Pilkada Serentak 2024
          kind: pilkada
          voting_day: 2024-11-27
          description: Pemilihan kepala daerah serentak.
        - name: Pemilu 2024
          kind: pemilu
          voting_day: 2024-02-14
        """;

    private static readonly Dictionary<string, string> DefaultFiles = new()
    {
        ["sitegen.yaml"] = DefaultConfig,
        ["content/units.yaml"] = DefaultUnits,
        ["content/elections.yaml"] = DefaultElections,
    };

    /// <summary>Site settings that let raw HTML through Markdown (sanitised), to start a site's files with.</summary>
    public const string UnsafeHtmlSettings = """
        -- sitegen.yaml --
        title: Situs
        base_url: https://example.org/
        markdown:
          unsafe_html: true

        """;

    private readonly TempFolder _folder = new();
    private BuildResult? _result;

    public TestSite(string files, bool withDefaults = true)
    {
        var parsed = Parse(files);
        if (withDefaults)
            foreach (var (path, text) in DefaultFiles)
                parsed.TryAdd(path, text);
        foreach (var (path, text) in parsed)
        {
            if (TestImages.FromDirective(text) is { } picture) _folder.WriteBytes(path, picture);
            else _folder.Write(path, text);
        }
    }

    public string Root => _folder.Path;

    public string OutputRoot => _folder.Combine("output");

    public BuildOptions Options(Func<BuildOptions, BuildOptions>? adjust = null)
    {
        var options = new BuildOptions { SourceRoot = Root, Now = Now };
        return adjust is null ? options : adjust(options);
    }

    public BuildResult Build(Func<BuildOptions, BuildOptions>? adjust = null) => _result = SiteBuilder.Build(Options(adjust));

    public BuildResult Result => _result ?? Build();

    /// <summary>Builds and fails the test, listing the diagnostics, if there is any error.</summary>
    public TestSite BuildOk(Func<BuildOptions, BuildOptions>? adjust = null)
    {
        var result = Build(adjust);
        Assert.False(result.HasErrors, "the build failed:\n" + string.Join('\n', result.Diagnostics));
        return this;
    }

    public IReadOnlyList<string> Diagnostics => Result.Diagnostics.Select(d => d.ToString()).ToArray();

    public IReadOnlyList<Diagnostic> Errors => Result.Diagnostics.Where(d => d.IsError).ToArray();

    public bool Has(string path) => Result.Files.Any(f => f.Path == path);

    public string Text(string path)
    {
        var file = Result.Files.FirstOrDefault(f => f.Path == path)
            ?? throw new Xunit.Sdk.XunitException($"the build wrote no {path}; it wrote:\n{string.Join('\n', Result.Files.Select(f => f.Path))}");
        return Encoding.UTF8.GetString(file.Bytes);
    }

    public IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Text(path));

    /// <summary>Writes (or replaces) a file of the site, as an editor would.</summary>
    public void Write(string relative, string text) => _folder.Write(relative, text);

    public void Delete(string relative) => File.Delete(_folder.Combine(relative));

    public void Dispose() => _folder.Dispose();

    /// <summary>Splits "-- path --" sections; the text of each runs to the next section, without the final newline.</summary>
    public static Dictionary<string, string> Parse(string files)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? path = null;
        var text = new StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null) result[path] = text.ToString();
                path = line[3..^3].Trim();
                text.Clear();
                continue;
            }
            if (path is null)
            {
                if (line.Trim().Length > 0) throw new ArgumentException($"text before the first '-- path --' section: {line}");
                continue;
            }
            text.Append(line).Append('\n');
        }
        if (path is not null) result[path] = text.ToString();
        return result;
    }
}
