using SiteGen.Diagnostics;
using SiteGen.Messages;
using YamlDotNet.Core;

namespace SiteGen.Yaml;

/// <summary>
/// Tells, in a writer's words, what is wrong where YamlDotNet stopped reading: an unclosed quote or bracket, a ': ' inside a
/// value, an indented line, a list item under a key that already has its text, a tab used to indent. YamlDotNet's own
/// wording ("While scanning a plain scalar value, found invalid mapping") means nothing to the people who write bulletins.
/// </summary>
internal static class YamlMistake
{
    /// <summary>The place and plain message for <paramref name="e"/>, raised while reading <paramref name="lines"/>.</summary>
    /// <param name="lineOffset">Lines of the file before the text, so the fix names the file's line.</param>
    public static (int Line, int Column, string Message, LineFix? Fix) Explain(YamlException e, string[] lines, int lineOffset)
    {
        var (line, column) = ((int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column));
        var text = line <= lines.Length ? lines[line - 1] : "";
        var message = e.Message;
        if (message.Contains("quoted scalar", StringComparison.Ordinal))
        {
            var quote = column - 1 < text.Length && text[column - 1] is '"' or '\'' ? text[column - 1] : '"';
            return (line, column, Say.YamlUnclosedQuote.With(quote), null);
        }
        if (message.Contains("expected ',' or ']'", StringComparison.Ordinal) && UnclosedBracket(lines) is { } open)
            return (open.Line, open.Column, Say.YamlUnclosedBracket, null);
        if (message.Contains("invalid mapping", StringComparison.Ordinal))
        {
            var indent = text.Length - text.TrimStart(' ').Length;
            if (indent > 0 && Setting(text.Trim()) is { } indented)
                return (line, indent + 1, Say.YamlIndentedLine.With(indented.Key, text.Trim()), null);
            if (indent == 0 && Setting(text) is { } setting)
                return (line, setting.Key.Length + 3, Say.YamlColonInValue.With(setting.Key, $"{setting.Key}: {YamlText.Quoted(setting.Value)}"), null);
        }
        if (message.Contains("did not find expected key", StringComparison.Ordinal))
        {
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
                return (line, column, Say.YamlListItemWithoutKey.With(KeyAbove(lines, line) ?? "tags"), null);
            if (column >= 2 && column - 2 < text.Length && QuoteBefore(text, column - 1) && Setting(text) is { } quoted)
                return (line, column, Say.YamlTextAfterQuote.With($"{quoted.Key}: '{quoted.Value.Replace("'", "''", StringComparison.Ordinal)}'"), null);
            if (!text.Contains(':') && trimmed.Length > 0)
                return (line, 1, Say.YamlNotASetting.With(trimmed), null);
            if (text.IndexOf(':') is var colon and > 0 && colon + 1 < text.Length && text[colon + 1] != ' ')
                return (line, colon + 2, Say.YamlNoSpaceAfterColon.With(text[..(colon + 1)] + " " + text[(colon + 1)..].TrimStart()), null);
        }
        if (message.Contains("cannot start any token", StringComparison.Ordinal) && column - 1 < text.Length && Setting(text) is { } odd)
            return (line, column, Say.YamlCannotStart.With(text[column - 1], $"{odd.Key}: {YamlText.Quoted(odd.Value)}"), null);
        return (line, column, Say.YamlUnreadable, null);
    }

    /// <summary>The first '[' that is not closed on its line, 1-based; null when every line closes its brackets.</summary>
    public static (int Line, int Column)? UnclosedBracket(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var open = lines[i].IndexOf('[');
            if (open >= 0 && lines[i].Count(c => c == '[') > lines[i].Count(c => c == ']')) return (i + 1, open + 1);
        }
        return null;
    }

    /// <summary>The key and value of a line written "key: value" with a plain key; null for any other line.</summary>
    private static (string Key, string Value)? Setting(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0) return null;
        var key = text[..colon];
        if (!key.All(c => char.IsLetterOrDigit(c) || c is '_' or '-')) return null;
        return (key, text[(colon + 2)..].Trim());
    }

    private static bool QuoteBefore(string text, int index) => text[..index].TrimEnd() is { Length: > 0 } before && before[^1] is '"' or '\'';

    /// <summary>The key of the nearest line above <paramref name="line"/> that starts a setting.</summary>
    private static string? KeyAbove(string[] lines, int line)
    {
        for (var i = line - 2; i >= 0; i--)
            if (Setting(lines[i]) is { } setting) return setting.Key;
        return null;
    }
}
