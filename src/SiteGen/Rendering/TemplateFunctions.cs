using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Configuration;
using SiteGen.Messages;

namespace SiteGen.Rendering;

/// <summary>The functions SiteGen adds for templates: <c>asset</c> (content-hashed URL of a theme asset) and <c>fmt</c> (fill {0}, {1} in a translation).</summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(SiteConfig config, Theme theme, AssetCatalog assets)
    {
        var functions = new ScriptObject();
        functions.Import("asset", new Func<TemplateContext, SourceSpan, string, string>((_, span, path) =>
        {
            if (assets.PathOf(path) is { } hashed) return config.Url(hashed);
            var near = Diagnostics.NearMatch.Find(path, assets.Paths);
            throw new ScriptRuntimeException(span, Say.AssetNotFound.With(path, theme.DisplayRoot, near is null ? "" : "; " + Say.DidYouMean.With(near)));
        }));
        // Imported from the method (not a delegate) so Scriban sees its 'params' and accepts any number of arguments.
        functions.SetValue("fmt", DynamicCustomFunction.Create(null!, typeof(TemplateFunctions).GetMethod(nameof(Format))!), readOnly: true);
        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary>Replaces {0}, {1}, … in <paramref name="text"/> with the arguments; other braces stay as they are.</summary>
    public static string Format(string text, params object?[] arguments)
    {
        var result = text;
        for (var i = 0; i < arguments.Length; i++)
            result = result.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}",
                Convert.ToString(arguments[i], CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return result;
    }
}
