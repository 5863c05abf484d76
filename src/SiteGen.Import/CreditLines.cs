using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Credit lines of a release ("Reporter: … | Editor: …", "Pewarta:", "Redaksi", "Foto: …", captions ending "(SP/Name)"),
/// taken out of the body and turned into the bulletin's author and picture credits.
/// </summary>
public sealed partial class CreditLines
{
    private readonly List<CreditLine> _lines = [];

    public IReadOnlyList<CreditLine> Lines => _lines;

    /// <summary>Takes <paramref name="block"/> when it is a credit line or a photo caption; false leaves it in the text.</summary>
    public bool TryAdd(ReleaseBlock block)
    {
        if (block.Kind is not (ReleaseBlockKind.Paragraph or ReleaseBlockKind.Heading)) return false;
        var text = block.Plain;
        if (text.Length == 0 || block.WordCount > 40) return false;
        if (Desk().IsMatch(text))
        {
            _lines.Add(new CreditLine("desk", "Redaksi", text));
            return true;
        }
        var roles = Role().Matches(text);
        if (roles.Count > 0 && roles[0].Index <= 1)
        {
            var found = new List<CreditLine>();
            for (var i = 0; i < roles.Count; i++)
            {
                var end = i + 1 < roles.Count ? roles[i + 1].Index : text.Length;
                var name = text[(roles[i].Index + roles[i].Length)..end].Trim(' ', '|', '•', '·', ',', ';', '-', '–', '(', ')', '/');
                if (name.Length == 0) continue;
                var role = RoleOf(roles[i].Groups["role"].Value);
                if (role == "photo" && Words(name) > 6)
                {
                    // "Foto: Kapolres Blitar membuka FGD (Humas Polres Blitar)" is a caption with its credit in brackets.
                    var credit = TrailingCredit().Match(name);
                    found.Add(new CreditLine("caption", credit.Success ? name[..credit.Index].Trim() : name, text));
                    if (credit.Success) found.Add(new CreditLine("photo", credit.Groups["credit"].Value.Trim(), text));
                    continue;
                }
                if (Words(name) > 8) return false;
                found.Add(new CreditLine(role, name, text));
            }
            if (found.Count == 0) return false;
            _lines.AddRange(found);
            return true;
        }
        var caption = Caption().Match(text);
        if (caption.Success && caption.Groups["credit"].Value.Any(char.IsLower))
        {
            _lines.Add(new CreditLine("caption", caption.Groups["caption"].Value.Trim(), text));
            _lines.Add(new CreditLine("photo", Regex.Replace(caption.Groups["credit"].Value, @"\s*/\s*", "/"), text));
            return true;
        }
        return false;
    }

    /// <summary>Takes a signature such as "Humas Polres Blitar" at the very top or end of a release.</summary>
    public bool TryAddSignature(ReleaseBlock block)
    {
        if (block.Kind != ReleaseBlockKind.Paragraph || block.WordCount > 8 || !Signature().IsMatch(block.Plain)) return false;
        _lines.Add(new CreditLine("source", block.Plain.Trim('(', ')', '.', ' '), block.Plain));
        return true;
    }

    /// <summary>Writers' names, or failing them the source or desk; with the editors after them.</summary>
    public string? Author
    {
        get
        {
            var writers = Names("writer");
            if (writers.Count == 0) writers = Names("source");
            if (writers.Count == 0) writers = Names("desk");
            var editors = Names("editor");
            if (writers.Count == 0 && editors.Count == 0) return null;
            var author = string.Join(", ", writers);
            if (editors.Count > 0) author += (author.Length > 0 ? "; " : "") + "editor: " + string.Join(", ", editors);
            return author;
        }
    }

    /// <summary>True when the author has no writer or source, only editors (the unit's Humas is then named first).</summary>
    public bool AuthorHasOnlyEditors => Names("writer").Count == 0 && Names("source").Count == 0 && Names("desk").Count == 0 && Names("editor").Count > 0;

    public string? ImageCaption => Names("caption").FirstOrDefault();

    public string? ImageCredit => Names("photo").FirstOrDefault();

    /// <summary>The lines the author was read from, for the printout.</summary>
    public IReadOnlyList<string> AuthorLines =>
        _lines.Where(l => l.Role is "writer" or "editor" or "source" or "desk").Select(l => l.Text).Distinct().ToArray();

    private List<string> Names(string role) =>
        _lines.Where(l => l.Role == role).Select(l => l.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string RoleOf(string word) => word.ToLowerInvariant() switch
    {
        "editor" or "redaktur" or "penyunting" or "editing" or "red" => "editor",
        "foto" or "fotografer" or "photo" or "gambar" => "photo",
        "sumber" or "source" => "source",
        _ => "writer",
    };

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\b(?<role>reporter|wartawan|pewarta|penulis|kontributor|jurnalis|peliput|writer|author|oleh|editor|redaktur|penyunting|editing|red|foto|fotografer|photo|gambar|sumber|source)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"^\(?\s*(tim\s+)?redaksi\s*\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Desk();

    [GeneratedRegex(@"^\(?\s*(humas|bid\s*humas|bidhumas|sie\s*humas|si\s*humas|subbag\s*humas|subbagian\s*humas|seksi\s*humas|tim\s*humas)\b[\p{L}\p{N} .]{0,60}\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(?<caption>.{10,400}?)\s*[\(\[]\s*(?:foto\s*[:：]?\s*)?(?<credit>[A-Z][A-Za-z.]{0,11}\s*/\s*[A-Z][\p{L}.'\- ]{1,40}?)\s*[\)\]]\.?$")]
    private static partial Regex Caption();

    [GeneratedRegex(@"\((?<credit>[^()]{2,60})\)\.?$")]
    private static partial Regex TrailingCredit();
}
