namespace SiteGen.Import;

/// <summary>One credit found in a release: who wrote, edited or photographed it, or a photo caption (role "caption", the caption as name).</summary>
/// <param name="Role">writer, editor, photo, source, desk or caption.</param>
/// <param name="Name">The name (or the caption's words).</param>
/// <param name="Text">The whole line it came from, for the printout.</param>
public sealed record CreditLine(string Role, string Name, string Text);
