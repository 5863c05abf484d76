using System.Diagnostics;
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Messages;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="HtmlString"/>.
/// Scriban never escapes by itself; doing it here means no theme can forget <c>| html.escape</c>.
/// </summary>
public sealed class EscapingTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    private long _steps;
    private long _deadline = long.MaxValue;

    /// <summary>How many partials deep the current write is (see <see cref="IncludeFunction"/>).</summary>
    internal int IncludeDepth { get; set; }

    /// <summary>Most template steps (evaluated expressions and statements) one page may take; 0 for no limit.</summary>
    internal long StepLimit { get; init; }

    /// <summary>Longest one page may take to render, from when its context is made; a backstop for work that steps cannot see.</summary>
    internal TimeSpan TimeLimit
    {
        init => _deadline = value == TimeSpan.MaxValue ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(value.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Steps taken so far.</summary>
    internal long Steps => _steps;

    /// <summary>
    /// Counts every step against the page's budget. Scriban bounds each loop tree, recursion depth and output size, but not
    /// the total work: a function that calls itself twice per level stays within every one of those and still never ends.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var step = ++_steps;
        if (StepLimit > 0 && step > StepLimit)
            throw new ScriptRuntimeException(scriptNode?.Span ?? default,
                Say.TemplateStepLimit.With(StepLimit));
        // The clock is read only now and then; a step is a small piece of work.
        if ((step & 1023) == 0 && Stopwatch.GetTimestamp() > _deadline)
            throw new ScriptRuntimeException(scriptNode?.Span ?? default,
                Say.TemplateTooSlow);
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

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
