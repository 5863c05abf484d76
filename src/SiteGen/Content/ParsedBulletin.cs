namespace SiteGen.Content;

/// <summary>A bulletin file after the Parse phase: its checked front matter, the unit and elections it names, and its rendered body.</summary>
public sealed record ParsedBulletin(string SourcePath, FrontMatter Meta, Unit Unit, IReadOnlyList<Election> Elections, RenderedMarkdown Body, Resource? Image)
{
    /// <summary>The files under content/ it publishes beside its page, once each: its picture and those its text uses.</summary>
    public IEnumerable<Resource> Files => Body.Resources.Append(Image).OfType<Resource>().DistinctBy(r => r.SourcePath);
}
