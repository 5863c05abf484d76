namespace SiteGen.Search;

/// <summary>One glossary line: a short form readers type (an acronym such as "Pilkada") and the phrases it stands for.</summary>
/// <param name="Term">The short form as written in the glossary.</param>
/// <param name="Phrases">The long forms, as written ("pemilihan kepala daerah").</param>
public sealed record GlossaryEntry(string Term, IReadOnlyList<string> Phrases);
