namespace SiteGen.Checking;

/// <summary>One line <c>sitegen check --fix</c> corrects: the file (relative to the site's folder), the line, and its text before and after.</summary>
public sealed record Correction(string Path, int Line, string Before, string After);
