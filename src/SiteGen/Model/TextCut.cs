namespace SiteGen.Model;

/// <summary>Shortens text at a word boundary, for summaries and excerpts.</summary>
public static class TextCut
{
    public static string AtWord(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length);
        if (cut < length / 2) cut = length;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '-', '(') + "…";
    }
}
