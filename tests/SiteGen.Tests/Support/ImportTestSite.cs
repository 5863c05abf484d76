using System.Text;
using SiteGen.Import;

namespace SiteGen.Tests.Support;

/// <summary>
/// A site with the sample site's units and elections (and any extra files), into which releases are imported as
/// <c>sitegen import</c> does: read, cleaned, guessed, written as text, and checked.
/// </summary>
internal sealed class ImportTestSite : IDisposable
{
    /// <summary>The moment the tests treat as now (the same as every whole-site test).</summary>
    public static readonly DateTimeOffset Now = TestSite.Now;

    public ImportTestSite(string extraFiles = "")
    {
        var data = $"""
            -- content/units.yaml --
            {File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "units.yaml"))}
            -- content/elections.yaml --
            {File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "elections.yaml"))}
            """;
        Site = new TestSite(data + "\n" + extraFiles);
    }

    public TestSite Site { get; }

    public string Root => Site.Root;

    public static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "import", name);

    /// <summary>Imports a fixture file of tests/fixtures/import.</summary>
    public Imported ImportFixture(string name, ImportOptions? options = null) =>
        Import(name, File.ReadAllBytes(Fixture(name)), options);

    /// <summary>Imports text as if it were a .txt file.</summary>
    public Imported ImportText(string text, ImportOptions? options = null) => Import("rilis.txt", Encoding.UTF8.GetBytes(text), options);

    public Imported Import(string fileName, byte[] bytes, ImportOptions? options = null)
    {
        using var file = new MemoryStream(bytes, writable: false);
        var blocks = ReleaseReader.Read(fileName, file, out var pictures, out var problem, out var note) ?? throw new Xunit.Sdk.XunitException(problem);
        var release = ReleaseText.From(blocks, pictures, note is null ? null : [note]);
        var site = ImportSite.Load(Root);
        Assert.Empty(site.Problems);
        var bulletin = ReleaseImporter.Import(release, site, options ?? new ImportOptions(), Now);
        var text = bulletin.Missing.Count == 0 ? BulletinWriter.Text(bulletin) : null;
        var diagnostics = text is null ? [] : site.Check(bulletin.Path!, text, Now, bulletin.Files).Select(d => d.ToString()).ToArray();
        return new Imported(bulletin, release, text, diagnostics);
    }

    /// <summary>Writes the imported file into the site where the command would.</summary>
    public string Write(Imported imported)
    {
        Assert.NotNull(imported.Text);
        var full = Path.Combine(Root, imported.Bulletin.Path!);
        foreach (var file in imported.Bulletin.Files)
            Assert.True(BulletinWriter.TryWrite(Path.Combine(Root, file.Path), file.Bytes), $"{file.Path} already exists");
        Assert.True(BulletinWriter.TryWrite(full, imported.Text!), $"{imported.Bulletin.Path} already exists");
        return full;
    }

    public void Dispose() => Site.Dispose();

    /// <summary>What an import made: the bulletin with its guesses, the cleaned release, the file's text and what a build would say about it.</summary>
    internal sealed record Imported(ImportedBulletin Bulletin, ReleaseText Release, string? Text, IReadOnlyList<string> Diagnostics)
    {
        public string Body => Bulletin.Body;

        /// <summary>The value of a front-matter line of the written file ("unit" → "Polres Blitar"), or null.</summary>
        public string? Front(string key)
        {
            Assert.NotNull(Text);
            var end = Text!.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            foreach (var line in Text[4..end].Split('\n'))
                if (line.StartsWith(key + ": ", StringComparison.Ordinal)) return line[(key.Length + 2)..];
            return null;
        }
    }
}
