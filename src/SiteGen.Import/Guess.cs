using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>
/// A front-matter value guessed from a release, with the words it was guessed from ("'Kapolres Pasuruan' in the dateline"),
/// or no value and a doubt that names the option to pass.
/// </summary>
public sealed record Guess(IReadOnlyList<string> Values, string From, string? Doubt = null)
{
    public static Guess Of(string value, string from, string? doubt = null) => new([value], from, doubt);

    public static Guess Given(string option, params IReadOnlyList<string> values) => new(values, Say.ImportGivenWith.With(option));

    public static Guess Unknown(string doubt) => new([], "", doubt);

    public bool Found => Values.Count > 0;

    public string Value => string.Join(", ", Values);
}
