using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// What lets a site of a million bulletins build in bounded memory, shown on the sample site: bodies beyond the memory
/// budget are kept in a temporary file, and the site built is the same byte for byte.
/// </summary>
public sealed class LargeSiteTests
{
    private static BuildResult Build(long bodyBudget) =>
        SiteBuilder.Build(new BuildOptions { SourceRoot = RepoPaths.Root, Now = TestSite.Now, BodyMemoryBudget = bodyBudget });

    [Theory]
    [InlineData(0L)]        // every body in the file
    [InlineData(40_000L)]   // the first few in memory, the rest in the file
    public void Bodies_kept_in_a_file_give_the_same_site_byte_for_byte(long budget)
    {
        var inMemory = Build(BuildOptions.DefaultBodyMemoryBudget);
        var spilled = Build(budget);
        Assert.False(inMemory.HasErrors);
        Assert.Equal(inMemory.Files.Select(f => f.Path), spilled.Files.Select(f => f.Path));
        foreach (var (a, b) in inMemory.Files.Zip(spilled.Files))
            Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), $"{a.Path} differs when bodies are kept in a file");
        Assert.Equal(inMemory.Diagnostics.Select(d => d.ToString()), spilled.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void When_the_temporary_folder_cannot_be_written_bodies_stay_in_memory_with_one_warning_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sitegen-no-such-folder-" + Guid.NewGuid().ToString("N"), "tmp");
        var inMemory = Build(BuildOptions.DefaultBodyMemoryBudget);
        var kept = SiteBuilder.Build(new BuildOptions { SourceRoot = RepoPaths.Root, Now = TestSite.Now, BodyMemoryBudget = 0, BodyFolder = missing });
        Assert.Equal(inMemory.Files.Select(f => f.Path), kept.Files.Select(f => f.Path));
        foreach (var (a, b) in inMemory.Files.Zip(kept.Files))
            Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), $"{a.Path} differs when bodies stay in memory");
        var warning = Assert.Single(kept.Diagnostics, d => d.Code == SiteGen.Diagnostics.DiagnosticCodes.BodyFolderUnusable);
        Assert.Equal(missing, warning.Path);
        Assert.Equal(SiteGen.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal(inMemory.Diagnostics.Count + 1, kept.Diagnostics.Count);
    }

    [Fact]
    public void A_build_reads_a_photo_when_it_uses_it_and_keeps_none_in_memory()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-photos-test").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "content", "bulletins"));
            var photo = Path.Combine(folder, "content", "bulletins", "foto.jpg");
            File.WriteAllBytes(photo, [1, 2, 3]);
            var found = SiteGen.Loading.SourceLoader.Load(folder, new SiteGen.Diagnostics.DiagnosticBag(), readAll: false).ContentFiles["content/bulletins/foto.jpg"];
            var kept = SiteGen.Loading.SourceLoader.Load(folder, new SiteGen.Diagnostics.DiagnosticBag()).ContentFiles["content/bulletins/foto.jpg"];
            File.WriteAllBytes(photo, [4, 5, 6, 7]);
            // The build's file gives the bytes on disk now; serve's load kept the bytes it read.
            Assert.Equal([4, 5, 6, 7], found.Bytes);
            Assert.NotSame(found.Bytes, found.Bytes);
            Assert.Equal([1, 2, 3], kept.Bytes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_body_file_leaves_nothing_in_its_folder_and_gives_back_what_was_kept()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-bodies-test").FullName;
        try
        {
            var store = new BodyStore(memoryBudget: 0, folder);
            var body = new RenderedMarkdown("<p>Patroli <em>malam</em> ✓</p>", "Patroli malam ✓", "Patroli malam ✓\nPengamanan TPS", []);
            body.KeepIn(store);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
            Assert.True(store.Spilled > 0);
            Assert.Equal("<p>Patroli <em>malam</em> ✓</p>", body.Html(PageAddresses.None));
            Assert.Equal("Patroli malam ✓\nPengamanan TPS", body.PlainText);
            Assert.Equal("Patroli malam ✓", body.FirstParagraph);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Removes a picture of the site when the first file of the build arrives, as if someone deleted it meanwhile.</summary>
    private sealed class RemovingSink(string picture) : SiteGen.Output.IOutputSink
    {
        public void Add(SiteGen.Output.OutputFile file) => File.Delete(picture);
    }

    [Fact]
    public void A_picture_removed_while_the_site_is_built_is_an_error_at_that_file_not_a_crash()
    {
        using var site = new TestSite("""
            -- content/bulletins/2024/fgd.md --
            ---
            title: FGD Netralitas
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            image: foto.jpg
            image_alt: Peserta FGD
            ---
            Paragraf pertama.
            -- content/bulletins/2024/foto.jpg --
            @image 600x400
            """);
        var options = site.Options();
        var run = new SiteGen.Pipeline.BuildPipeline(options, keep: false)
            .Run(options, changed: null, new RemovingSink(Path.Combine(site.Root, "content/bulletins/2024/foto.jpg")));
        Assert.False(run.Rendered);
        var error = Assert.Single(run.Diagnostics.ToSortedList(), d => d.IsError);
        Assert.Equal("content/bulletins/2024/foto.jpg", error.Path);
        Assert.Equal(SiteGen.Diagnostics.DiagnosticCodes.FileUnreadable, error.Code);
    }
}
