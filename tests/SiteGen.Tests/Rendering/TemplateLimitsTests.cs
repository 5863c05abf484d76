using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The limits a page's template runs under (the whole-site cases are tests/fixtures/broken/theme-limits.txt): here the
/// time backstop, which a whole-site test could only reach by waiting for it.
/// </summary>
public sealed class TemplateLimitsTests
{
    [Fact]
    public void A_page_past_its_time_limit_stops_with_the_template_line_it_was_at()
    {
        var template = Template.Parse("<p>awal</p>\n{{ while true\n  x = 1\nend }}", "themes/lambat/layouts/home.html");
        // No loop or step limit, so only the clock can stop it.
        var context = new EscapingTemplateContext(new TemplateContext().BuiltinObject) { LoopLimit = 0, TimeLimit = TimeSpan.FromMilliseconds(200) };
        context.PushOutput(new StringBuilderOutput());
        var error = Assert.Throws<ScriptRuntimeException>(() => context.Evaluate(template.Page, false));
        Assert.Equal("themes/lambat/layouts/home.html", error.Span.FileName);
        Assert.InRange(error.Span.Start.Line + 1, 2, 3);
        Assert.Contains("took too long", error.OriginalMessage);
    }

    [Fact]
    public void The_step_budget_counts_the_work_of_the_whole_page()
    {
        var template = Template.Parse("{{ for i in 1..100 }}{{ i }}{{ end }}", "themes/x/layouts/home.html");
        var within = new EscapingTemplateContext(new TemplateContext().BuiltinObject) { StepLimit = 1_000 };
        within.PushOutput(new StringBuilderOutput());
        within.Evaluate(template.Page, false);
        Assert.InRange(within.Steps, 100, 1_000);

        var tooFew = new EscapingTemplateContext(new TemplateContext().BuiltinObject) { StepLimit = within.Steps - 1 };
        tooFew.PushOutput(new StringBuilderOutput());
        Assert.Throws<ScriptRuntimeException>(() => tooFew.Evaluate(template.Page, false));
    }
}
