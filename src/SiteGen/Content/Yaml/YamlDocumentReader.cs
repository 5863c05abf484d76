using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Content.Yaml;

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
                $"YAML syntax error: the text holds the control character U+{(int)text[control]:X4}, which YAML does not allow; remove it");
            return null;
        }
        var parser = new Parser(new StringReader(text));
        var reader = new State(parser, path, lineOffset, diagnostics);
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
                diagnostics.Error(at, DiagnosticCodes.YamlUnsupported,
                    "a second YAML document starts here; keep one document (remove the extra '---' or '...')");
                return null;
            }
            return reader.Failed ? null : root;
        }
        catch (YamlException e)
        {
            diagnostics.Error(reader.Position(e.Start), DiagnosticCodes.YamlSyntax,
                $"YAML syntax error: {Describe(e)}; check indentation, and put text that contains ': ' or starts with a special character in quotes");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException && e.TargetSite?.DeclaringType?.Assembly == typeof(Parser).Assembly)
        {
            // YamlDotNet's scanner fails this way on some malformed input instead of raising a YamlException.
            diagnostics.Error(reader.Position(reader.LastMark), DiagnosticCodes.YamlSyntax,
                "YAML syntax error after this place: the text could not be read; check quotes, brackets and indentation");
            return null;
        }
    }

    private static int? FirstControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] is (< ' ' and not ('\t' or '\n' or '\r')) or '\u007f') return i;
        return null;
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes positions like "(Line: 1, Col: 2, Idx: 3) - (...): "; the diagnostic carries the position already.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
        return message.TrimEnd('.').Replace("While parsing", "while reading", StringComparison.Ordinal);
    }

    private sealed class State(IParser parser, string path, int lineOffset, DiagnosticBag diagnostics)
    {
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
                Fail(current.Start, DiagnosticCodes.YamlUnsupported, $"YAML is nested more than {MaxDepth} levels deep; flatten it");
                TooDeep = true;
                return new YamlScalar(Position(current.Start), "", false);
            }
            if (current is NodeEvent node)
            {
                if (!node.Anchor.IsEmpty)
                    Fail(node.Start, DiagnosticCodes.YamlUnsupported, $"YAML anchors ('&{node.Anchor.Value}') are not supported; write the value out in full");
                if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && !PlainTags.Contains(node.Tag.Value))
                    Fail(node.Start, DiagnosticCodes.YamlUnsupported, $"YAML tag '{node.Tag.Value}' is not supported; remove it and write plain text, lists and mappings");
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
                        var value = ReadNode(depth + 1);
                        if (keyNode is not YamlScalar key)
                        {
                            Fail(keyStart, DiagnosticCodes.YamlUnsupported, $"a mapping key must be plain text, not a {keyNode.KindName}");
                            continue;
                        }
                        if (seen.TryGetValue(key.Value, out var first))
                        {
                            Fail(keyStart, DiagnosticCodes.DuplicateKey,
                                $"key '{key.Value}' appears twice (first on line {first.Position.Line}); keep one");
                            continue;
                        }
                        seen.Add(key.Value, key);
                        entries.Add(new YamlEntry(key, value));
                    }
                    return new YamlMapping(Position(start.Start), entries);
                }
                case AnchorAlias alias:
                    Fail(alias.Start, DiagnosticCodes.YamlUnsupported, $"YAML aliases ('*{alias.Value.Value}') are not supported; write the value out in full");
                    parser.MoveNext();
                    return new YamlScalar(Position(alias.Start), "", false);
                default:
                    // YamlDotNet's parser can end a mapping or list where a value should be (a NUL inside text does this).
                    throw new YamlException(current.Start, current.End, "the text could not be read here");
            }
        }
    }
}
