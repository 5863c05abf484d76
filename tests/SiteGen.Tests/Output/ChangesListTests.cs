using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// <c>build --changes FILE</c>: the files a build added, changed and removed against the previous output, for uploading
/// only those. Every test checks the list against a real byte comparison of the output folder before and after.
/// </summary>
public sealed class ChangesListTests
{
    private const string Site = """
        -- content/bulletins/2024/a.md --
        ---
        title: Pertama
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        ---
        Isi pertama.
        -- content/bulletins/2024/b.md --
        ---
        title: Kedua
        unit: Polres Malang
        date: 2024-09-21
        election: Pilkada Serentak 2024
        ---
        Isi kedua.
        -- content/bulletins/2023/c.md --
        ---
        title: Ketiga
        unit: Polresta Kendari
        date: 2023-11-12
        election: Pemilu 2024
        ---
        Isi ketiga.
        """;

    [Fact]
    public void The_first_build_lists_every_file_of_the_output_as_added_sorted_one_line_each()
    {
        using var site = new TestSite(Site);
        var list = Path.Combine(site.Root, "perubahan.txt");

        var result = Build(site, list);

        var files = Files(site.OutputRoot).Keys.Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(".sitegen-output", files);
        Assert.Contains("2024/09/a/index.html", files);
        var bytes = File.ReadAllBytes(list);
        Assert.Equal(string.Concat(files.Select(f => $"A {f}\n")), Encoding.UTF8.GetString(bytes));
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Equal(files.Length, result.Changes!.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_build_of_the_same_content_lists_nothing(bool cached)
    {
        using var site = new TestSite(Site);
        var list = Path.Combine(site.Root, "perubahan.txt");
        Build(site, list, cached);
        var page = Path.Combine(site.OutputRoot, "index.html");
        var firstWrite = File.GetLastWriteTimeUtc(page);
        Thread.Sleep(20);

        Build(site, list, cached);

        // With the record of the last build the output is updated in place and an unchanged file is not written at all;
        // without it every file is written again, and compared.
        if (cached) Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(page));
        else Assert.NotEqual(firstWrite, File.GetLastWriteTimeUtc(page));
        Assert.Empty(File.ReadAllBytes(list));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Editing_one_bulletin_lists_exactly_the_files_whose_bytes_changed_as_M(bool cached)
    {
        using var site = new TestSite(Site);
        var list = Path.Combine(site.Root, "perubahan.txt");
        Build(site, list, cached);
        var before = Files(site.OutputRoot);

        site.Write("content/bulletins/2024/a.md", File.ReadAllText(Path.Combine(site.Root, "content/bulletins/2024/a.md")).Replace("Isi pertama.", "Isi pertama, kini dengan jadwal patroli."));
        Build(site, list, cached);

        var expected = Diff(before, Files(site.OutputRoot));
        Assert.Equal(expected, File.ReadAllText(list));
        Assert.Contains("M 2024/09/a/index.html\n", expected);
        // Only what the edit touched: pages that do not show the bulletin, and the theme's files, are the same bytes.
        Assert.DoesNotContain("2024/09/b/index.html", expected);
        Assert.DoesNotContain("satuan/polresta-kendari/index.html", expected);
        Assert.DoesNotContain(" assets/", expected);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Adding_and_removing_a_bulletin_lists_its_files_as_A_and_D(bool cached)
    {
        using var site = new TestSite(Site);
        var list = Path.Combine(site.Root, "perubahan.txt");
        Build(site, list, cached);
        var before = Files(site.OutputRoot);

        site.Delete("content/bulletins/2023/c.md");
        site.Write("content/bulletins/2024/d.md", "---\ntitle: Keempat\nunit: Polres Blitar\ndate: 2024-10-01\nelection: Pemilu 2024\n---\nIsi keempat.\n");
        var result = Build(site, list, cached);

        var expected = Diff(before, Files(site.OutputRoot));
        Assert.Equal(expected, File.ReadAllText(list));
        Assert.Contains("A 2024/10/d/index.html\n", expected);
        Assert.Contains("D 2023/11/c/index.html\n", expected);
        Assert.Contains("D arsip/2023/index.html\n", expected);
        Assert.Contains(result.Changes!, c => c is { Kind: SiteGen.Output.ChangeKind.Removed, Path: "2023/11/c/index.html" });
    }

    [Fact]
    public void A_failed_build_leaves_the_list_exactly_as_it_was_and_no_temporary_file_beside_it()
    {
        using var site = new TestSite(Site);
        var folder = Path.Combine(site.Root, "unggah");
        var list = Path.Combine(folder, "perubahan.txt");
        Build(site, list);
        var before = File.ReadAllBytes(list);
        var written = File.GetLastWriteTimeUtc(list);

        site.Write("content/bulletins/2024/b.md", "---\ntitle: Rusak\nunit: Polres Tidak Ada\ndate: 2024-09-21\nelection: Pemilu 2024\n---\nIsi.\n");
        var result = SiteBuilder.BuildAndWrite(site.Options(o => o with { ChangesFile = list }));

        Assert.True(result.HasErrors);
        Assert.Null(result.Changes);
        Assert.Equal(before, File.ReadAllBytes(list));
        Assert.Equal(written, File.GetLastWriteTimeUtc(list));
        Assert.Equal([list], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_failed_first_build_writes_no_list()
    {
        using var site = new TestSite(Site.Replace("unit: Polres Malang", "unit: Polres Malangg"));
        var list = Path.Combine(site.Root, "perubahan.txt");
        Assert.True(SiteBuilder.BuildAndWrite(site.Options(o => o with { ChangesFile = list })).HasErrors);
        Assert.False(File.Exists(list));
        Assert.Empty(Directory.GetFiles(site.Root, "*perubahan*"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Names_with_spaces_non_ascii_letters_and_quotes_are_listed_so_that_replaying_the_list_gives_the_new_output(bool cached)
    {
        var hostile = new[] { "Rekap Suara – Kecamatan Sukorejo.pdf", "\"kutipan\".pdf", "laporan  baru.pdf" };
        var links = string.Join("\n\n", hostile.Select((name, i) => $"[lampiran {i}]({Uri.EscapeDataString(name)})"));
        using var site = new TestSite(Site);
        var folder = Path.Combine(site.Root, "content/bulletins/2024");
        foreach (var name in hostile) File.WriteAllText(Path.Combine(folder, name), $"isi {name}\n");
        File.WriteAllText(Path.Combine(folder, "a.md"), File.ReadAllText(Path.Combine(folder, "a.md")) + "\n" + links + "\n");
        var list = Path.Combine(site.Root, "perubahan.txt");
        Build(site, list, cached);
        var previous = Path.Combine(site.Root, "sebelumnya");
        CopyFolder(site.OutputRoot, previous);

        // The picture's name changes, so every hostile name is removed once and added again under another page.
        File.WriteAllText(Path.Combine(folder, "a.md"), File.ReadAllText(Path.Combine(folder, "a.md")).Replace("title: Pertama", "title: Pertama\nslug: pertama-baru"));
        Build(site, list, cached);

        var text = File.ReadAllText(list);
        Assert.Contains("\nA 2024/09/pertama-baru/Rekap Suara – Kecamatan Sukorejo.pdf\n", text);
        Assert.Contains("\nD 2024/09/a/Rekap Suara – Kecamatan Sukorejo.pdf\n", text);
        Assert.Contains("\nA 2024/09/pertama-baru/\"kutipan\".pdf\n", text);
        Assert.Contains("\nA 2024/09/pertama-baru/laporan  baru.pdf\n", text);

        Replay(text, site.OutputRoot, previous);
        Assert.Equal(Files(site.OutputRoot).ToDictionary(f => f.Key, f => Convert.ToHexString(f.Value)),
            Files(previous).ToDictionary(f => f.Key, f => Convert.ToHexString(f.Value)));
    }

    [SkippableFact]
    public void Links_left_in_the_previous_output_are_listed_as_removed_and_never_followed()
    {
        using var elsewhere = new TempFolder();
        elsewhere.Write("arsip/penting.txt", "milik orang lain");
        using var site = new TestSite(Site);
        var list = Path.Combine(site.Root, "perubahan.txt");
        Build(site, list);
        Links.ToFolder(Path.Combine(site.OutputRoot, "tautan"), elsewhere.Path);
        Links.ToFolder(Path.Combine(site.OutputRoot, "putaran"), Path.Combine(site.OutputRoot, "putaran"));
        Links.ToFile(Path.Combine(site.OutputRoot, "berkas"), Path.Combine(elsewhere.Path, "arsip/penting.txt"));

        Build(site, list);

        Assert.Equal("D berkas\nD putaran\nD tautan\n", File.ReadAllText(list));
        Assert.Equal("milik orang lain", File.ReadAllText(Path.Combine(elsewhere.Path, "arsip/penting.txt")));
    }

    [Fact]
    public void A_path_that_starts_with_a_quote_or_holds_a_control_character_is_quoted_as_git_does_and_nothing_else_is()
    {
        var text = Encoding.UTF8.GetString(SiteGen.Output.ChangesFile.Format([
            new(SiteGen.Output.ChangeKind.Added, "\"awal\".pdf"),
            new(SiteGen.Output.ChangeKind.Changed, "a/b\u0001c.pdf"),
            new(SiteGen.Output.ChangeKind.Removed, "a\\b/c\r\nd.pdf"),
            new(SiteGen.Output.ChangeKind.Removed, "a/\\ \"é\" #;.pdf"),
        ]));
        Assert.Equal("A \"\\\"awal\\\".pdf\"\nM \"a/b\\001c.pdf\"\nD \"a\\\\b/c\\r\\nd.pdf\"\nD a/\\ \"é\" #;.pdf\n", text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_list_inside_the_output_folder_is_published_with_the_site_and_never_lists_itself(bool cached)
    {
        using var site = new TestSite(Site);
        var list = Path.Combine(site.OutputRoot, "perubahan.txt");
        Build(site, list, cached);
        Assert.DoesNotContain("perubahan.txt", File.ReadAllText(list));

        site.Delete("content/bulletins/2023/c.md");
        Build(site, list, cached);

        var text = File.ReadAllText(list);
        Assert.Contains("D 2023/11/c/index.html\n", text);
        Assert.DoesNotContain("perubahan.txt", text);
        Assert.Empty(Directory.GetFiles(site.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("output/index.html", true)]
    [InlineData("output/.sitegen-output", true)]
    [InlineData("output/2024", true)]
    [InlineData("output/index.html", false)]
    [InlineData("output/2024", false)]
    public void A_list_that_would_replace_a_file_or_folder_of_the_site_is_refused_and_the_output_stays(string path, bool cached)
    {
        using var site = new TestSite(Site);
        Build(site, Path.Combine(site.Root, "perubahan.txt"));
        var before = Files(site.OutputRoot).ToDictionary(f => f.Key, f => Convert.ToHexString(f.Value));

        var result = SiteBuilder.BuildAndWrite(site.Options(o => o with { ChangesFile = Path.Combine(site.Root, path), ReuseLastBuild = cached }));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0004", error.Code);
        Assert.Equal(before, Files(site.OutputRoot).ToDictionary(f => f.Key, f => Convert.ToHexString(f.Value)));
    }

    [Fact]
    public void A_folder_given_as_the_list_is_refused_before_building()
    {
        using var site = new TestSite(Site);
        Directory.CreateDirectory(Path.Combine(site.Root, "unggah"));
        var result = SiteBuilder.BuildAndWrite(site.Options(o => o with { ChangesFile = Path.Combine(site.Root, "unggah") }));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0004", error.Code);
        Assert.Contains("is a folder; give --changes a file name", error.Message);
        Assert.False(Directory.Exists(site.OutputRoot));
    }

    /// <summary>Builds into the site's output; <paramref name="cached"/>: with the record of the last build, updating the output in place, or writing it whole.</summary>
    private static BuildResult Build(TestSite site, string list, bool cached = true)
    {
        var result = SiteBuilder.BuildAndWrite(site.Options(o => o with { ChangesFile = list, ReuseLastBuild = cached }));
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        return result;
    }

    /// <summary>Every file under <paramref name="folder"/>, hidden ones too, by path with forward slashes.</summary>
    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>The list a byte-for-byte comparison of two folders gives (for names without control characters).</summary>
    private static string Diff(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        var lines = new List<(string Path, char Kind)>();
        foreach (var (path, bytes) in after)
        {
            if (!before.TryGetValue(path, out var old)) lines.Add((path, 'A'));
            else if (!old.AsSpan().SequenceEqual(bytes)) lines.Add((path, 'M'));
        }
        lines.AddRange(before.Keys.Where(p => !after.ContainsKey(p)).Select(p => (p, 'D')));
        return string.Concat(lines.OrderBy(l => l.Path, StringComparer.Ordinal).Select(l => $"{l.Kind} {l.Path}\n"));
    }

    /// <summary>Applies a list to a copy of the previous output as an upload script would: A and M copied from the output, D deleted.</summary>
    private static void Replay(string list, string output, string target)
    {
        foreach (var line in list.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Equal(' ', line[1]);
            var path = Unquote(line[2..]);
            var to = Path.Combine(target, path);
            if (line[0] == 'D')
            {
                File.Delete(to);
                continue;
            }
            Assert.True(line[0] is 'A' or 'M', line);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(Path.Combine(output, path), to, overwrite: true);
        }
    }

    /// <summary>A path as the list writes it: as it is, or in double quotes with C escapes (\n, \t, \", \\, \ooo).</summary>
    private static string Unquote(string written)
    {
        if (!written.StartsWith('"')) return written;
        Assert.EndsWith("\"", written);
        var path = new StringBuilder();
        for (var i = 1; i < written.Length - 1; i++)
        {
            if (written[i] != '\\')
            {
                path.Append(written[i]);
                continue;
            }
            var next = written[++i];
            path.Append(next switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ when char.IsAsciiDigit(next) => (char)Convert.ToInt32(written.Substring(i, 3), 8), _ => next });
            if (char.IsAsciiDigit(next)) i += 2;
        }
        return path.ToString();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var (path, bytes) in Files(from))
        {
            var target = Path.Combine(to, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }
}
