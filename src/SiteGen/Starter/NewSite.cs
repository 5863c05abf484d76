using System.Globalization;
using System.Reflection;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Rendering;
using SiteGen.Text;
using SiteGen.Yaml;

namespace SiteGen.Starter;

/// <summary>
/// The files <c>sitegen init</c> writes for an office's own site repository: settings, the office's unit, the national
/// elections, an about page, one example bulletin, .gitignore, a README in Indonesian for Humas staff, and the workflow
/// that checks, builds and publishes the site with SiteGen's action. The texts are templates kept in Starter/Files.
/// </summary>
public static class NewSite
{
    public const string WorkflowPath = ".github/workflows/terbitkan.yml";
    public const string AboutPath = "content/pages/tentang.md";
    public const string ExampleName = "contoh-buletin-pertama.md";

    /// <summary>Where the example bulletin goes: the folder of the year it is dated in, as <c>sitegen new</c> files bulletins.</summary>
    public static string ExamplePath(int year) => $"content/bulletins/{year.ToString(CultureInfo.InvariantCulture)}/{ExampleName}";

    /// <summary>What is wrong with a text answer (empty, or holding control or invisible characters); null when it will do.</summary>
    public static string? TextProblem(string value)
    {
        if (value.Trim().Length == 0) return Say.InitValueEmpty;
        if (value.Any(char.IsControl) || TextSafety.HasHidden(value)) return Say.InitValueHidden;
        return null;
    }

    /// <summary>What is wrong with a name that becomes a web address (unit, Polda); null when it will do.</summary>
    public static string? NameProblem(string value) =>
        TextProblem(value) ?? (Slug.From(value).Length == 0 ? Say.InitNameNoLetters.With(value.Trim()) : null);

    /// <summary>What is wrong with a base URL, by the rules sitegen.yaml's <c>base_url</c> is read with; null when it will do.</summary>
    public static string? BaseUrlProblem(string value)
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Read("title: x\n", value.Trim(), diagnostics);
        return diagnostics.HasErrors ? Say.InitBaseUrlInvalid.With(value.Trim()) : null;
    }

    /// <summary>What is wrong with a time zone, by the rules of sitegen.yaml's <c>time_zone</c>; null when it will do.</summary>
    public static string? TimeZoneProblem(string value)
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Read("time_zone: " + YamlText.Scalar(value.Trim()) + "\n", null, diagnostics);
        return diagnostics.HasErrors ? Say.InitTimeZoneInvalid.With(value.Trim()) : null;
    }

    /// <summary>
    /// The files of the new site, paths relative to its folder, in the order they are written. <paramref name="answers"/>
    /// must have passed the checks above; <paramref name="now"/> dates the example bulletin.
    /// </summary>
    /// <param name="version">SiteGen's version, pinned in the workflow and the README.</param>
    /// <param name="repository">SiteGen's GitHub repository ("owner/name"): the action the workflow uses.</param>
    public static IReadOnlyList<(string Path, string Text)> Files(SiteAnswers answers, DateTimeOffset now, string version, string repository)
    {
        var a = answers with
        {
            Title = answers.Title.Trim(), Unit = answers.Unit.Trim(), Polda = answers.Polda.Trim(), Region = answers.Region.Trim(),
            TimeZone = answers.TimeZone.Trim(),
        };
        var settings = SiteConfigReader.Read($"base_url: {YamlText.Scalar(a.BaseUrl.Trim())}\ntime_zone: {YamlText.Scalar(a.TimeZone)}\n", null, new DiagnosticBag());
        var today = TimeZoneInfo.ConvertTime(now, settings.TimeZone);
        var description = $"Rilis resmi Humas {a.Unit} tentang pengamanan pemilihan di {a.Region}.";
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TITLE_YAML"] = YamlText.Scalar(a.Title),
            ["TITLE_MD"] = Markdown(a.Title),
            ["DESCRIPTION_YAML"] = YamlText.Scalar(description),
            ["BASE_URL_YAML"] = YamlText.Scalar(settings.BaseUrl.AbsoluteUri),
            ["TIME_ZONE_YAML"] = YamlText.Scalar(a.TimeZone),
            ["ZONE"] = $"{new DateFormatter(Language.Indonesian).Zone(today, a.TimeZone)} ({a.TimeZone})",
            ["UNIT_YAML"] = YamlText.Scalar(a.Unit),
            ["UNIT_MD"] = Markdown(a.Unit),
            ["UNIT_SH"] = Shell(a.Unit),
            ["POLDA_YAML"] = YamlText.Scalar(a.Polda),
            ["POLDA_MD"] = Markdown(a.Polda),
            ["REGION_YAML"] = YamlText.Scalar(a.Region),
            ["REGION_MD"] = Markdown(a.Region),
            ["EXAMPLE_TITLE_YAML"] = YamlText.Scalar($"Contoh: Humas {a.Unit} Membuka Situs Rilis Pengamanan Pemilihan"),
            ["AUTHOR_YAML"] = YamlText.Scalar("Humas " + a.Unit),
            ["TODAY"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["YEAR"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["VERSION"] = version,
            ["ACTION"] = repository,
        };
        return
        [
            ("sitegen.yaml", Fill("sitegen.yaml", values)),
            ("content/units.yaml", Fill("units.yaml", values)),
            ("content/elections.yaml", Fill("elections.yaml", values)),
            (AboutPath, Fill("about.md", values)),
            (ExamplePath(today.Year), Fill("example.md", values)),
            (".gitignore", Fill("gitignore.txt", values)),
            ("README.md", Fill("README.md", values)),
            (WorkflowPath, Fill("workflow.yml", values)),
        ];
    }

    /// <summary>A template of Starter/Files with every <c>%%NAME%%</c> replaced; a name without a value is a mistake in SiteGen itself.</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("starter/" + template)
            ?? throw new InvalidOperationException($"SiteGen was built without its starter file {template}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var filled = new StringBuilder(text.Length + 256);
        var at = 0;
        while (text.IndexOf("%%", at, StringComparison.Ordinal) is var start and >= 0)
        {
            var end = text.IndexOf("%%", start + 2, StringComparison.Ordinal);
            if (end < 0 || !values.TryGetValue(text[(start + 2)..end], out var value))
                throw new InvalidOperationException($"starter file {template} has an unknown value at {start}");
            filled.Append(text, at, start - at).Append(value);
            at = end + 2;
        }
        return filled.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Text as Markdown shows it literally: the characters that would start emphasis, a link, HTML or a table cell are escaped.</summary>
    private static string Markdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '!') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>Text as it may stand between double quotes in a shell command (the README's, and the next steps init prints).</summary>
    public static string Shell(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '"' or '$' or '`') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
