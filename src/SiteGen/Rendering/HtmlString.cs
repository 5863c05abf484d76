namespace SiteGen.Rendering;

/// <summary>HTML that is already safe (rendered Markdown, a rendered partial); templates print it as it is, everything else is escaped.</summary>
public sealed record HtmlString(string Html)
{
    public override string ToString() => Html;
}
