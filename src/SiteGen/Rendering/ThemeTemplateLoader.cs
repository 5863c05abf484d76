using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Messages;

namespace SiteGen.Rendering;

/// <summary>Resolves <c>include 'name'</c> to the theme's <c>partials/name.html</c>; nothing outside the theme's parsed partials can be included.</summary>
internal sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        // Names are checked as written, before any path is made, so no name can lead out of partials/.
        if (templateName.Length == 0 || templateName.Length > 100 || templateName.Contains("..", StringComparison.Ordinal)
            || templateName.StartsWith('/') || templateName.EndsWith('/') || templateName.Contains("//", StringComparison.Ordinal)
            || !templateName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/'))
            throw new ScriptRuntimeException(callerSpan,
                Say.PartialNameInvalid.With(templateName, theme.DisplayRoot));
        var path = $"partials/{templateName}.html";
        if (!theme.Templates.ContainsKey(path))
        {
            var known = theme.Templates.Keys.Where(k => k.StartsWith("partials/", StringComparison.Ordinal))
                .Select(k => k["partials/".Length..^".html".Length]);
            var near = Diagnostics.NearMatch.Find(templateName, known);
            throw new ScriptRuntimeException(callerSpan,
                Say.PartialNotFound.With(templateName, theme.DisplayRoot, near is null ? "" : "; " + Say.DidYouMean.With(near)));
        }
        return path;
    }

    // Every partial is parsed at start-up and put into each context's cache, so Scriban never needs to load one.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, Say.PartialNotAvailable.With(templatePath));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
