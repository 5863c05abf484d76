using SiteGen.Diagnostics;
using SiteGen.Messages;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s with source positions, using YamlDotNet's parser.
/// Only plain data is accepted: anchors, aliases and custom tags are errors, so no input can expand
/// exponentially or ask for a .NET type to be constructed.
/// </summary>
public static class YamlDocumentReader
{
    private const int MaxDepth = 64;

    /// <summary>The only explicit tags accepted: YAML's own plain types. Anything else could ask a loader to build objects.</summary>
    private static readonly HashSet<string> PlainTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "tag:yaml.org,2002:timestamp",
    };

    /// <summary>Reads <paramref name="text"/>; returns null when it is empty or has errors (reported to <paramref name="diagnostics"/>).</summary>
    /// <param name="lineOffset">Lines in the file before <paramref name="text"/> starts, so positions point into the file.</param>
    public static YamlNode? Read(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        // YAML allows no control characters but tab and line ends; YamlDotNet reads the text after one in odd ways.
        if (FirstControl(text) is { } control)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < control; i++)
                if (text[i] == '\n') (line, lineStart) = (line + 1, i + 1);
            diagnostics.Error(new SourcePosition(path, line + lineOffset, control - lineStart + 1), DiagnosticCodes.YamlSyntax,
                Say.YamlControlCharacter.With($"U+{(int)text[control]:X4}"));
            return null;
        }
        var parser = new Parser(new StringReader(text));
        var reader = new State(parser, path, lineOffset, text, diagnostics);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = reader.ReadNode(0);
            if (reader.TooDeep) return null;
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                var at = reader.Position(parser.Current!.Start);
                diagnostics.Error(at, DiagnosticCodes.YamlUnsupported, Say.YamlSecondDocument);
                return null;
            }
            return reader.Failed ? null : root;
        }
        catch (YamlException e)
        {
            var lines = reader.Lines;
            if (!ReportTabs(lines, path, lineOffset, diagnostics))
            {
                var (line, column, message, fix) = YamlMistake.Explain(e.InnerException as YamlException ?? e, lines, lineOffset);
                diagnostics.Error(new SourcePosition(path, line + lineOffset, column), DiagnosticCodes.YamlSyntax, message, fix);
            }
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException && e.TargetSite?.DeclaringType?.Assembly == typeof(Parser).Assembly)
        {
            // YamlDotNet's scanner fails this way on some malformed input (an unclosed '[') instead of raising a YamlException.
            var lines = reader.Lines;
            if (!ReportTabs(lines, path, lineOffset, diagnostics))
            {
                if (YamlMistake.UnclosedBracket(lines) is { } open)
                    diagnostics.Error(new SourcePosition(path, open.Line + lineOffset, open.Column), DiagnosticCodes.YamlSyntax, Say.YamlUnclosedBracket);
                else
                    diagnostics.Error(reader.Position(reader.LastMark), DiagnosticCodes.YamlSyntax, Say.YamlUnreadable);
            }
            return null;
        }
    }

    /// <summary>
    /// Reports each line indented with a tab, which YAML does not allow (YamlDotNet names another line, in its own words);
    /// false when no line is. The fix writes two spaces for each tab, or no indentation at all, whichever makes the text
    /// readable: only a correction that is known to work is offered.
    /// </summary>
    private static bool ReportTabs(string[] lines, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var tabbed = Enumerable.Range(0, lines.Length).Where(i => Indentation(lines[i]).Contains('\t')).ToArray();
        if (tabbed.Length == 0) return false;
        string Spaces(string line) => Indentation(line).Replace("\t", "  ", StringComparison.Ordinal) + line.TrimStart(' ', '\t');
        string Unindented(string line) => line.TrimStart(' ', '\t');
        var (change, message) = Readable(lines, tabbed, Spaces) ? (Spaces, Say.YamlTabIndentSpaces)
            : Readable(lines, tabbed, Unindented) ? (Unindented, Say.YamlTabIndentRemove)
            : ((Func<string, string>?)null, Say.YamlTabIndent);
        foreach (var i in tabbed)
        {
            var fix = change is null ? null : new LineFix(i + 1 + lineOffset, lines[i], change(lines[i]));
            diagnostics.Error(new SourcePosition(path, i + 1 + lineOffset, Indentation(lines[i]).IndexOf('\t') + 1), DiagnosticCodes.YamlSyntax, message, fix);
        }
        return true;
    }

    private static string Indentation(string line) => line[..(line.Length - line.TrimStart(' ', '\t').Length)];

    /// <summary>True when the text reads without error once <paramref name="change"/> is made to the lines at <paramref name="at"/>.</summary>
    private static bool Readable(string[] lines, int[] at, Func<string, string> change)
    {
        var changed = (string[])lines.Clone();
        foreach (var i in at) changed[i] = change(changed[i]);
        var parser = new Parser(new StringReader(string.Join('\n', changed)));
        try
        {
            while (parser.MoveNext()) { }
            return true;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    private static int? FirstControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] is (< ' ' and not ('\t' or '\n' or '\r')) or '\u007f') return i;
        return null;
    }

    private sealed class State(IParser parser, string path, int lineOffset, string text, DiagnosticBag diagnostics)
    {
        private string[]? _lines;

        /// <summary>The text's lines, split only when a mistake needs them (most documents have none).</summary>
        public string[] Lines => _lines ??= text.Split('\n');

        public bool Failed { get; private set; }

        /// <summary>
        /// Nesting beyond <see cref="MaxDepth"/> was found, and reading stopped there: YamlDotNet's scanner takes time
        /// growing with the nesting depth for every bracket, so reading on through 100,000 '[' would take minutes.
        /// </summary>
        public bool TooDeep { get; private set; }

        /// <summary>Where the last event read started, for errors the parser reports without a position.</summary>
        public Mark LastMark { get; private set; } = Mark.Empty;

        public SourcePosition Position(Mark mark) =>
            new(path, (int)Math.Min(int.MaxValue, mark.Line + lineOffset), (int)Math.Min(int.MaxValue, mark.Column));

        private void Fail(Mark at, string code, string message)
        {
            Failed = true;
            diagnostics.Error(Position(at), code, message);
        }

        public YamlNode ReadNode(int depth)
        {
            var current = parser.Current ?? throw new YamlException("The YAML ended unexpectedly.");
            LastMark = current.Start;
            if (depth > MaxDepth)
            {
                Fail(current.Start, DiagnosticCodes.YamlUnsupported, Say.YamlTooDeep.With(MaxDepth));
                TooDeep = true;
                return new YamlScalar(Position(current.Start), "", false);
            }
            if (current is NodeEvent node)
            {
                if (!node.Anchor.IsEmpty)
                    Fail(node.Start, DiagnosticCodes.YamlUnsupported, Say.YamlAnchor.With(node.Anchor.Value));
                if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && !PlainTags.Contains(node.Tag.Value))
                    Fail(node.Start, DiagnosticCodes.YamlUnsupported, Say.YamlTag.With(node.Tag.Value));
            }
            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlScalar(Position(scalar.Start), scalar.Value, scalar.Style is not ScalarStyle.Plain);
                case SequenceStart start:
                {
                    parser.MoveNext();
                    var items = new List<YamlNode>();
                    while (!TooDeep && !parser.TryConsume<SequenceEnd>(out _))
                        items.Add(ReadNode(depth + 1));
                    return new YamlSequence(Position(start.Start), items);
                }
                case MappingStart start:
                {
                    parser.MoveNext();
                    var entries = new List<YamlEntry>();
                    var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                    while (!TooDeep && !parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyStart = parser.Current!.Start;
                        var keyNode = ReadNode(depth + 1);
                        if (TooDeep) break;
                        var valueEvent = parser.Current as Scalar;
                        var value = ReadNode(depth + 1);
                        if (keyNode is not YamlScalar key)
                        {
                            Fail(keyStart, DiagnosticCodes.YamlUnsupported, Say.YamlKeyNotText.With(keyNode.KindName));
                            continue;
                        }
                        if (seen.TryGetValue(key.Value, out var first))
                        {
                            Fail(keyStart, DiagnosticCodes.DuplicateKey, Say.YamlDuplicateKey.With(key.Value, first.Position.Line));
                            continue;
                        }
                        seen.Add(key.Value, key);
                        if (valueEvent is { Style: ScalarStyle.Plain } plain && plain.End.Line > plain.Start.Line)
                            CheckListUnderText(key.Value, plain);
                        entries.Add(new YamlEntry(key, value));
                    }
                    return new YamlMapping(Position(start.Start), entries);
                }
                case AnchorAlias alias:
                    Fail(alias.Start, DiagnosticCodes.YamlUnsupported, Say.YamlAlias.With(alias.Value.Value));
                    parser.MoveNext();
                    return new YamlScalar(Position(alias.Start), "", false);
                default:
                    // YamlDotNet's parser can end a mapping or list where a value should be (a NUL inside text does this).
                    throw new YamlException(current.Start, current.End, "the text could not be read here");
            }
        }

        /// <summary>
        /// A list item written under a key that already has its text ("tags: netralitas", then "  - patroli") is read by YAML
        /// as more of that text ("netralitas - patroli"): reported, so a list is never silently one text.
        /// </summary>
        private void CheckListUnderText(string key, Scalar text)
        {
            for (var line = (int)text.Start.Line + 1; line <= text.End.Line && line <= Lines.Length; line++)
            {
                var written = Lines[line - 1];
                var item = written.TrimStart();
                if (item.StartsWith("- ", StringComparison.Ordinal))
                {
                    Fail(new Mark(0, line, written.Length - item.Length + 1), DiagnosticCodes.YamlSyntax, Say.YamlListUnderText.With(key, item, text.Value));
                    return;
                }
            }
        }

    }
}
