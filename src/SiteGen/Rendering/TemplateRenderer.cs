using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>Renders a page through a layout and base.html with a fresh Scriban context per call (contexts are not thread-safe; templates are).</summary>
public sealed class TemplateRenderer(Theme theme, ScriptObject functions, int loopLimit)
{
    private readonly ThemeTemplateLoader _loader = new(theme);
    private readonly KeyValuePair<string, Template>[] _partials =
        theme.Templates.Where(t => t.Key.StartsWith("partials/", StringComparison.Ordinal)).ToArray();

    /// <summary>Renders <c>layouts/{layout}.html</c>, then base.html around it. Throws <see cref="Scriban.Syntax.ScriptRuntimeException"/> on a template error.</summary>
    public string Render(string layout, ScriptObject globals)
    {
        var context = NewContext();
        context.PushGlobal(functions);
        globals["main"] = null;
        context.PushGlobal(globals);
        var main = theme.Templates[$"layouts/{layout}.html"].Render(context);
        globals["main"] = new HtmlString(main);
        return theme.Templates["layouts/base.html"].Render(context);
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext
        {
            StrictVariables = true,
            // A misspelt member ("bulletin.titel") is an error with file and line, not an empty string.
            EnableRelaxedMemberAccess = false,
            LoopLimit = loopLimit,
            RecursiveLimit = 64,
            TemplateLoader = _loader,
            // Scriban cuts any value longer than 1 MB when printing it; a long bulletin must come out whole.
            LimitToString = 0,
        };
        var include = (IScriptCustomFunction)context.BuiltinObject["include"]!;
        context.BuiltinObject.SetValue("include", new SafeIncludeFunction(include), true);
        foreach (var (path, template) in _partials) context.CachedTemplates[path] = template;
        return context;
    }
}
