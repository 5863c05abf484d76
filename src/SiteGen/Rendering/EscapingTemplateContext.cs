using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="HtmlString"/>.
/// Scriban never escapes by itself; doing it here means no theme can forget <c>| html.escape</c>.
/// </summary>
public sealed class EscapingTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    /// <summary>How many partials deep the current write is (see <see cref="IncludeFunction"/>).</summary>
    internal int IncludeDepth { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html:
                Write(html.Html);
                return this;
            case HtmlBuffer buffer:
                if (Output is StringBuilderOutput output) output.Builder.Append(buffer.Html);
                else Write(buffer.Html.ToString());
                return this;
            default:
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
                return this;
        }
    }
}
