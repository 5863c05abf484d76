using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>Writes an imported bulletin as a Markdown file: its front matter by <see cref="FrontMatterWriter"/>, then its body.</summary>
public static partial class BulletinWriter
{
    public static string Text(ImportedBulletin bulletin)
    {
        var front = new FrontMatterWriter()
            .Text(FrontMatterKeys.Title, One(bulletin.Title))
            .Text(FrontMatterKeys.Unit, One(bulletin.Unit))
            .Date(FrontMatterKeys.Date, bulletin.Date.Found ? DateOnly.ParseExact(bulletin.Date.Values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null)
            .List(FrontMatterKeys.Election, bulletin.Election.Values.Select(OneLine).ToArray(), oneAsText: true)
            .List(FrontMatterKeys.Tags, bulletin.Tags?.Values.Select(OneLine).ToArray() ?? [])
            .Text(FrontMatterKeys.Summary, One(bulletin.Summary))
            .Text(FrontMatterKeys.Location, One(bulletin.Location))
            .Text(FrontMatterKeys.Author, One(bulletin.Author))
            .Text(FrontMatterKeys.Image, bulletin.Picture is { } picture ? OneLine(picture.FileName) : null)
            .Text(FrontMatterKeys.ImageAlt, One(bulletin.Picture?.Alt))
            .Text(FrontMatterKeys.ImageCaption, One(bulletin.ImageCaption))
            .Text(FrontMatterKeys.ImageCredit, One(bulletin.ImageCredit))
            .Text(FrontMatterKeys.Slug, bulletin.SlugGiven ? bulletin.Slug : null);
        return front + bulletin.Body.TrimEnd('\n') + "\n";
    }

    /// <summary>The guessed value, on one line; null when there is none.</summary>
    private static string? One(Guess? guess) => guess is { Found: true } ? OneLine(guess.Values[0]) : null;

    /// <summary>
    /// A value guessed from a release's text on one line, without spaces at its ends: a headline or caption broken over
    /// lines in the document is one line of front matter.
    /// </summary>
    private static string OneLine(string value) => Spaces().Replace(value, " ").Trim();

    /// <summary>Writes the file; false when it already exists (it is never replaced).</summary>
    public static bool TryWrite(string fullPath, string text) =>
        TryWrite(fullPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>Writes the file; false when it already exists (it is never replaced).</summary>
    public static bool TryWrite(string fullPath, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        try
        {
            using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            return false;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
