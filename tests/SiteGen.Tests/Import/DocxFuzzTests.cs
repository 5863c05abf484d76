using System.Text;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Seeded, repeatable fuzzing of <c>sitegen import</c>'s Word reader: a valid .docx made here, mutated many ways, as a
/// whole file (bytes flipped, cut) and part by part (XML cut, repeated and spliced with hostile fragments; parts removed,
/// doubled, renamed, swapped; pictures replaced; sizes misstated). Each must end in a bulletin or in a message that
/// names the file and says what to do — never an exception or a hang. SITEGEN_FUZZ_ITERATIONS raises the count (default
/// 600 here), SITEGEN_FUZZ_SEED picks the seed.
/// </summary>
public sealed class DocxFuzzTests
{
    private static readonly TimeSpan PerFileBound = TimeSpan.FromSeconds(20);

    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_ITERATIONS"), out var n) ? n : 600;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_SEED"), out var s) ? s : 1120;

    private static readonly string[] Fragments =
    [
        "<", ">", "</w:p>", "<w:p>", "</w:body>", "<w:body>", "<w:r><w:t>x</w:t></w:r>", "\"", "'", "&", "&a;", "&#0;", "&#xD800;", "\0", "\ufeff", "\u202e",
        "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">]>", "<?xml version=\"1.0\"?>", "<!-- -->", "<![CDATA[x]]>",
        " w:val=\"zzz\"", " w:val=\"99999999999\"", " w:val=\"-1\"", " w:val=\"\"", "<w:b w:val=\"maybe\"/>", "<w:outlineLvl w:val=\"x\"/>",
        "<w:numPr><w:ilvl w:val=\"9\"/><w:numId w:val=\"1\"/></w:numPr>", "<w:pStyle w:val=\"Judul\"/>", "<w:basedOn w:val=\"Judul\"/>",
        "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>",
        " Target=\"../../../../etc/passwd\"", " Target=\"/etc/passwd\"", " Target=\"file:///etc/passwd\"", " Target=\"\"", " Target=\"%2e%2e/x\"",
        " TargetMode=\"External\"", " TargetMode=\"x\"", " Id=\"rId1\"", " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\"",
        "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/none.png\"/>",
        " r:embed=\"rIdX\"", " r:link=\"rIdX\"", "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ];

    [Fact]
    public async Task Mutated_Word_files_always_end_in_a_bulletin_or_a_message_never_an_exception()
    {
        using var site = new ImportTestSite();
        var importSite = ImportSite.Load(site.Root);
        var seed = DocxPackage.Of(DocxReaderTests.MakeRelease([(TestImages.Make(120, 80), "Peserta FGD"), (TestImages.Make(90, 60, SkiaSharp.SKEncodedImageFormat.Png), null)]));
        var random = new Random(Seed);
        var outcomes = new int[2];
        for (var i = 0; i < Iterations; i++)
        {
            var input = Mutate(seed, random, out var how);
            var work = Task.Run(() =>
            {
                var blocks = ReleaseReader.Read("rilis.docx", input, out var pictures, out var problem);
                if (blocks is null) return (Imported: false, Problem: problem);
                var bulletin = ReleaseImporter.Import(ReleaseText.From(blocks, pictures), importSite, new ImportOptions(), ImportTestSite.Now);
                if (bulletin.Missing.Count == 0) BulletinWriter.Text(bulletin);
                return (Imported: true, Problem: problem);
            });
            (bool Imported, string? Problem) result;
            try
            {
                result = await work.WaitAsync(PerFileBound);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"input {i} (seed {Seed}; {how}) did not finish within {PerFileBound}");
                throw;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"input {i} (seed {Seed}; {how}) threw instead of reporting:\n{e}");
                throw;
            }
            if (!result.Imported)
            {
                Assert.NotNull(result.Problem);
                Assert.StartsWith("'rilis.docx' ", result.Problem);
                Assert.True(result.Problem!.EndsWith("; open it in Word and save it again as .docx", StringComparison.Ordinal)
                    || result.Problem.Contains("check that this is the right file", StringComparison.Ordinal)
                    || result.Problem.EndsWith("check that it is the release", StringComparison.Ordinal),
                    $"input {i} ({how}): the message does not say what to do: {result.Problem}");
            }
            outcomes[result.Imported ? 0 : 1]++;
        }
        // The mutations must reach both ends, or the fuzzer is not testing anything.
        Assert.True(outcomes[0] > Iterations / 20 && outcomes[1] > Iterations / 20, $"imported {outcomes[0]}, refused {outcomes[1]}");
    }

    /// <summary>One to three mutations of the package, and what they were (for the failure message).</summary>
    private static byte[] Mutate(DocxPackage seed, Random random, out string how)
    {
        var parts = seed.Parts.Select(p => (p.Name, p.Data)).ToList();
        var steps = new List<string>();
        var zipMutation = random.Next(10) == 0 ? random.Next(3) : -1;
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var index = random.Next(parts.Count);
            var (name, data) = parts[index];
            switch (random.Next(9))
            {
                case 0 or 1 or 2 or 3:
                    // XML parts get most of the attention: they are what the reader parses.
                    var xmlIndex = parts.FindIndex(p => p.Name.EndsWith(".xml", StringComparison.Ordinal) || p.Name.EndsWith(".rels", StringComparison.Ordinal));
                    var pick = random.Next(3) == 0 ? xmlIndex : parts.FindIndex(p => p.Name == (random.Next(2) == 0 ? "word/document.xml" : "word/_rels/document.xml.rels"));
                    if (pick < 0) break;
                    parts[pick] = (parts[pick].Name, Encoding.UTF8.GetBytes(MutateText(Encoding.UTF8.GetString(parts[pick].Data), random, out var textHow)));
                    steps.Add($"{parts[pick].Name}: {textHow}");
                    break;
                case 4:
                    parts.RemoveAt(index);
                    steps.Add($"removed {name}");
                    break;
                case 5:
                    var again = random.Next(2) == 0 ? name : name.ToUpperInvariant();
                    parts.Add((again, data));
                    steps.Add($"added {again} again");
                    break;
                case 6:
                    var renamed = random.Next(2) == 0 ? "word/" + name : name.Replace("word/", "", StringComparison.Ordinal);
                    parts[index] = (renamed, data);
                    steps.Add($"renamed {name} to {renamed}");
                    break;
                case 7:
                    var other = random.Next(parts.Count);
                    (parts[index], parts[other]) = ((name, parts[other].Data), (parts[other].Name, data));
                    steps.Add($"swapped {name} and {parts[index].Name}'s contents");
                    break;
                case 8:
                    var media = parts.FindIndex(p => p.Name.Contains("media/", StringComparison.Ordinal));
                    if (media < 0) break;
                    byte[] junk = random.Next(4) switch
                    {
                        0 => [],
                        1 => "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(),
                        2 => parts[media].Data[..(parts[media].Data.Length / 2)],
                        _ => Bytes(random, random.Next(1, 2048)),
                    };
                    parts[media] = (parts[media].Name, junk);
                    steps.Add($"{parts[media].Name} replaced by {junk.Length} other bytes");
                    break;
            }
        }
        var bytes = DocxPackage.Of(parts).ToBytes();
        switch (zipMutation)
        {
            case 0:
                for (var k = random.Next(1, 8); k > 0; k--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                steps.Add("bytes of the ZIP file flipped");
                break;
            case 1:
                bytes = bytes[..random.Next(bytes.Length)];
                steps.Add($"ZIP file cut at {bytes.Length} bytes");
                break;
            case 2:
                var stated = parts[random.Next(parts.Count)].Name;
                bytes = DocxPackage.WithStatedSize(bytes, stated, (uint)random.Next(0, 200_000));
                steps.Add($"{stated} states another size");
                break;
        }
        how = steps.Count == 0 ? "unchanged" : string.Join("; ", steps);
        return bytes;
    }

    private static string MutateText(string text, Random random, out string how)
    {
        if (text.Length == 0) text = " ";
        var at = random.Next(text.Length);
        var length = Math.Min(text.Length - at, random.Next(1, 200));
        switch (random.Next(5))
        {
            case 0:
                how = $"cut {length} characters at {at}";
                return text.Remove(at, length);
            case 1:
                how = $"repeated {length} characters at {at}";
                return text.Insert(at, text.Substring(at, length));
            case 2:
                how = $"cut at {at}";
                return text[..at];
            default:
                var fragment = Fragments[random.Next(Fragments.Length)];
                // Inside a tag, just before '>' or after '<', is where an attribute or a name goes.
                var tag = text.IndexOf('>', at);
                if (tag > 0 && random.Next(2) == 0) at = text[tag - 1] == '/' ? tag - 1 : tag;
                how = $"inserted '{fragment}' at {at}";
                return text.Insert(at, fragment);
        }
    }

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
