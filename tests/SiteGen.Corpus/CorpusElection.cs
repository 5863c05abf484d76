namespace SiteGen.Corpus;

/// <summary>An election of the generated site.</summary>
public sealed record CorpusElection(string Name, string Kind, DateOnly VotingDay, string Description);
