using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>An election from <c>content/elections.yaml</c>: Pemilu, Pilkada, Pilkades and the like.</summary>
public sealed record Election(
    string Name,
    string Slug,
    string Kind,
    DateOnly? VotingDay,
    string Description,
    SourcePosition Position);
