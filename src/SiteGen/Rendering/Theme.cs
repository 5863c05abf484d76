using Scriban;
using Scriban.Runtime;
using SiteGen.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Rendering;

/// <summary>A theme ready to render: every template parsed once (so all syntax errors appear together), the translations of the site's language, the assets.</summary>
public sealed class Theme
{
    /// <summary>Layouts every theme must have; base.html wraps the others, which it receives as <c>main</c>.</summary>
    public static readonly string[] RequiredLayouts = ["base", "home", "bulletin", "term", "terms", "page", "search", "404"];

    /// <summary>Translation keys SiteGen itself uses for page titles and menu entries, those of index kinds' overviews taken from <see cref="Model.IndexKinds"/>.</summary>
    public static readonly string[] RequiredTranslations =
        [
            .. Model.IndexKinds.All.Select(k => k.Overview?.TitleKey).OfType<string>(), "search_title", "not_found_title", "redirect_text",
            "nav_home", .. Model.IndexKinds.All.Select(k => k.Overview?.NavKey).OfType<string>(),
        ];

    public required string DisplayRoot { get; init; }
    /// <summary>Parsed templates by path within the theme ("layouts/home.html", "partials/header.html").</summary>
    public required IReadOnlyDictionary<string, Template> Templates { get; init; }
    public required ScriptObject Translations { get; init; }
    public required IReadOnlyList<SourceFile> Assets { get; init; }
    /// <summary>The search glossary from <c>search/glossary.yaml</c>; empty when the theme has none.</summary>
    public Search.Glossary Glossary { get; init; } = Search.Glossary.Empty;

    public string Translate(string key) => Translations[key]?.ToString() ?? key;

    public static Theme? Compile(ThemeSource source, string language, DiagnosticBag diagnostics)
    {
        var failed = false;
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in source.Templates)
        {
            var display = source.DisplayRoot + "/" + file.Path;
            var template = Template.Parse(file.Text, display);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                    diagnostics.Error(new SourcePosition(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                        DiagnosticCodes.TemplateSyntax, Say.TemplateSyntaxError.With(message.Message));
                failed = true;
                continue;
            }
            templates.Add(file.Path, template);
        }
        foreach (var layout in RequiredLayouts)
        {
            var path = $"layouts/{layout}.html";
            if (templates.ContainsKey(path) || source.Templates.Any(t => t.Path == path)) continue;
            diagnostics.Error(SourcePosition.File(source.DisplayRoot + "/" + path), DiagnosticCodes.ThemeMissing,
                Say.ThemeLayoutMissing.With(path, string.Join(", ", RequiredLayouts.Select(l => l + ".html"))));
            failed = true;
        }
        var translations = ReadTranslations(source, language, diagnostics);
        var glossary = source.SearchData.FirstOrDefault(f => f.Path == Search.Glossary.ThemePath) is { } glossaryFile
            ? Search.Glossary.Read(glossaryFile.Text, source.DisplayRoot + "/" + glossaryFile.Path, diagnostics)
            : Search.Glossary.Empty;
        if (failed || translations is null) return null;
        return new Theme { DisplayRoot = source.DisplayRoot, Templates = templates, Translations = translations, Assets = source.Assets, Glossary = glossary };
    }

    private static ScriptObject? ReadTranslations(ThemeSource source, string language, DiagnosticBag diagnostics)
    {
        var path = $"i18n/{language}.yaml";
        var display = source.DisplayRoot + "/" + path;
        var file = source.Translations.FirstOrDefault(t => t.Path == path);
        if (file is null)
        {
            var available = source.Translations.Select(t => Path.GetFileNameWithoutExtension(t.Path));
            diagnostics.Error(SourcePosition.File(display), DiagnosticCodes.TranslationMissing,
                Say.ThemeLanguageMissing.With(language, string.Join(", ", available)));
            return null;
        }
        var root = YamlDocumentReader.Read(file.Text, display, 0, diagnostics);
        if (root is not YamlMapping map)
        {
            diagnostics.Error(SourcePosition.File(display), DiagnosticCodes.TranslationMissing, Say.ThemeTranslationsNotSettings);
            return null;
        }
        var translations = new ScriptObject();
        var ok = true;
        foreach (var entry in map.Entries)
        {
            if (entry.Value is YamlScalar scalar) translations[entry.Key.Value] = scalar.Value;
            else
            {
                diagnostics.Error(entry.Value.Position, DiagnosticCodes.TranslationMissing, Say.ThemeTranslationNotText.With(entry.Key.Value, entry.Value.KindName));
                ok = false;
            }
        }
        var missing = RequiredTranslations.Where(k => map.Find(k) is null).ToArray();
        if (missing.Length > 0)
        {
            diagnostics.Error(SourcePosition.File(display), DiagnosticCodes.TranslationMissing,
                Say.ThemeTranslationsMissing.With(string.Join(", ", missing.Select(k => $"'{k}'"))));
            ok = false;
        }
        // Other languages of the theme should offer the same keys, or a site switched to them fails at render time.
        foreach (var other in source.Translations.Where(t => t != file))
        {
            var otherDisplay = source.DisplayRoot + "/" + other.Path;
            if (YamlDocumentReader.Read(other.Text, otherDisplay, 0, new DiagnosticBag()) is not YamlMapping otherMap) continue;
            var absent = map.Entries.Where(e => otherMap.Find(e.Key.Value) is null).Select(e => $"'{e.Key.Value}'").ToArray();
            if (absent.Length > 0)
                diagnostics.Warning(SourcePosition.File(otherDisplay), DiagnosticCodes.TranslationMissing,
                    Say.ThemeTranslationsMissingHere.With(string.Join(", ", absent), path));
        }
        translations.IsReadOnly = true;
        return ok ? translations : null;
    }
}
