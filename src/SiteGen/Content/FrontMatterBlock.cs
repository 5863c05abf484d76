using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line each starts on.</summary>
public sealed record FrontMatterBlock(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Splits <paramref name="text"/>; reports a missing or unclosed block and returns null.</summary>
    public static FrontMatterBlock? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---" || text.StartsWith("--- \n", StringComparison.Ordinal)))
        {
            var firstLine = text.Length == 0 ? "" : text[..Math.Max(0, text.IndexOf('\n') is var n && n >= 0 ? n : text.Length)];
            var message = firstLine.TrimEnd() == "---" ? Say.FrontMatterFirstLineExact : Say.FrontMatterMissing;
            diagnostics.Error(new SourcePosition(path, 1, 1), DiagnosticCodes.FrontMatterMissing, message);
            return null;
        }
        var start = text.IndexOf('\n') + 1;
        if (start == 0) start = text.Length;
        var position = start;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            if (lineText.TrimEnd() is "---" or "...")
            {
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatterBlock(text[start..position], 2, body, line + 1);
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }
        diagnostics.Error(new SourcePosition(path, 1, 1), DiagnosticCodes.FrontMatterMissing, Say.FrontMatterNotClosed);
        return null;
    }
}
