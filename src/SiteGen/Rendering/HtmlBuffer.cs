using System.Text;

namespace SiteGen.Rendering;

/// <summary>Safe HTML still in the buffer it was rendered into (the layout's output, given to base.html as <c>main</c>), printed without copying it to a string first.</summary>
internal sealed class HtmlBuffer(StringBuilder html)
{
    public StringBuilder Html => html;

    public override string ToString() => html.ToString();
}
