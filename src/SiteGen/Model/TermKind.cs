namespace SiteGen.Model;

/// <summary>The ways bulletins are grouped into index pages.</summary>
public enum TermKind
{
    Unit,
    Polda,
    Election,
    Tag,
    Year,
}
