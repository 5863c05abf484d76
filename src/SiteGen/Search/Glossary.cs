using SiteGen.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Search;

/// <summary>
/// The search glossary (<c>search/glossary.yaml</c> of the theme): acronyms, variants and loan phrases and the
/// phrases they stand for, so that either form finds the other. Each term becomes one index term, added to every
/// bulletin that holds one of its phrases (or the term itself, when it is several words); a query holding a phrase
/// asks for that term.
/// </summary>
public sealed class Glossary
{
    /// <summary>Where the glossary lives inside a theme.</summary>
    public const string ThemePath = "search/glossary.yaml";

    public static readonly Glossary Empty = new([]);

    public Glossary(IReadOnlyList<GlossaryEntry> entries) => Entries = entries;

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Reads a glossary: a mapping of "Term: phrase" or "Term: [phrase, phrase]"; problems are reported and the line skipped.</summary>
    public static Glossary Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var root = YamlDocumentReader.Read(text, displayPath, 0, diagnostics);
        if (root is null) return Empty;
        if (root is not YamlMapping map)
        {
            diagnostics.Error(root.Position, DiagnosticCodes.GlossaryInvalid,
                Say.GlossaryNotSettings);
            return Empty;
        }
        var entries = new List<GlossaryEntry>();
        foreach (var entry in map.Entries)
        {
            var phrases = entry.Value switch
            {
                YamlScalar { IsNull: false } scalar => [scalar.Value],
                YamlSequence list when list.Items.All(i => i is YamlScalar { IsNull: false }) => list.Items.Cast<YamlScalar>().Select(s => s.Value).ToArray(),
                _ => (string[]?)null,
            };
            if (phrases is null || phrases.Length == 0)
            {
                diagnostics.Error(entry.Value.Position, DiagnosticCodes.GlossaryInvalid,
                    Say.GlossaryTermEmpty.With(entry.Key.Value));
                continue;
            }
            entries.Add(new GlossaryEntry(entry.Key.Value.Trim(), phrases.Select(p => p.Trim()).ToArray()));
        }
        return new Glossary(entries);
    }
}
