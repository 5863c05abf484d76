namespace SiteGen.Import;

/// <summary>The kind of unit a letterhead names: "RESOR", "RESOR KOTA", "RESOR KOTA BESAR", "SEKTOR", or only "DAERAH" (a Polda).</summary>
public enum UnitKind
{
    None,
    Resor,
    ResorKota,
    ResorKotaBesar,
    Sektor,
    Daerah,
}
