using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Messages;

namespace SiteGen.Rendering;

/// <summary>
/// <c>include 'name'</c>: renders the theme's <c>partials/name.html</c> straight into the page being written.
/// Unlike Scriban's own include it makes no intermediate string, so the partial's output is not escaped a second time
/// and nothing is copied; a partial that includes itself is stopped at <see cref="MaxDepth"/>.
/// </summary>
internal sealed class IncludeFunction(ThemeTemplateLoader loader, IReadOnlyDictionary<string, Template> templates) : IScriptCustomFunction
{
    public const int MaxDepth = 32;

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 1 || arguments[0] is not string name)
            throw new ScriptRuntimeException(span, Say.IncludeNeedsName); // shown as written: its braces are Scriban's
        var page = (EscapingTemplateContext)context;
        if (page.IncludeDepth >= MaxDepth)
            throw new ScriptRuntimeException(span,
                Say.IncludeTooDeep.With(name, MaxDepth + 1));
        var path = loader.GetPath(context, span, name);
        var template = templates[path];
        page.IncludeDepth++;
        context.PushSourceFile(template.SourceFilePath ?? path);
        try
        {
            context.Evaluate(template.Page, false);
        }
        finally
        {
            context.PopSourceFile();
            page.IncludeDepth--;
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
