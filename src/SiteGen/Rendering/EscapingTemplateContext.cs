using System.Net;
using Scriban;
using Scriban.Parsing;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="HtmlString"/>.
/// Scriban never escapes by itself; doing it here means no theme can forget <c>| html.escape</c>.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html:
                Write(html.Html);
                return this;
            default:
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
                return this;
        }
    }
}
