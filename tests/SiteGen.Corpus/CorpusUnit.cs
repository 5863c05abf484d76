namespace SiteGen.Corpus;

/// <summary>A police unit of the generated site.</summary>
public sealed record CorpusUnit(string Name, string Polda, string Region, string Chief, string Place);
