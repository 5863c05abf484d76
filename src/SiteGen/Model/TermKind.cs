namespace SiteGen.Model;

/// <summary>The ways bulletins are grouped into index pages; each is described in <see cref="IndexKinds"/>.</summary>
public enum TermKind
{
    Unit,
    Polda,
    Election,
    Tag,
    Year,
}
