using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checking;

/// <summary>How corrections are put together and made: several on one line, a stale one, one that would overlap another.</summary>
public sealed class CorrectorTests
{
    private static Diagnostic With(int line, string before, string after) =>
        new("content/a.md", line, 1, Severity.Error, "SG0205", "x") { Fix = new LineFix(line, before, after) };

    [Fact]
    public void Two_fixes_of_different_parts_of_one_line_are_made_together()
    {
        var planned = Corrector.Plan([With(4, "tanggal: 20/09/2024", "date: 20/09/2024"), With(4, "tanggal: 20/09/2024", "tanggal: 2024-09-20")]);
        Assert.Equal([new Correction("content/a.md", 4, "tanggal: 20/09/2024", "date: 2024-09-20")], planned);
    }

    [Fact]
    public void Of_two_fixes_that_change_the_same_part_only_the_first_is_made()
    {
        var planned = Corrector.Plan([With(3, "unit: polres blitar", "unit: Polres Blitar"), With(3, "unit: polres blitar", "unit: Polres Blitar Kota")]);
        Assert.Equal("unit: Polres Blitar", Assert.Single(planned).After);
    }

    [Fact]
    public void A_line_that_no_longer_reads_as_the_fix_saw_it_is_left_and_so_is_its_file()
    {
        using var folder = new TempFolder();
        folder.Write("content/a.md", "---\ntitle: Rapat\ndate: 2024-09-21\n---\n");
        var before = File.ReadAllBytes(folder.Combine("content/a.md"));
        var bag = new DiagnosticBag();
        var made = Corrector.Apply(folder.Path, [new Correction("content/a.md", 3, "date: 20/09/2024", "date: 2024-09-20")], write: true, bag);
        Assert.Empty(made);
        Assert.Empty(bag.ToSortedList());
        Assert.Equal(before, File.ReadAllBytes(folder.Combine("content/a.md")));
    }

    [Fact]
    public void A_file_outside_the_site_or_reached_through_a_link_is_never_written()
    {
        using var outside = new TempFolder();
        outside.Write("a.md", "date: 20/09/2024\n");
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("content"));
        File.CreateSymbolicLink(folder.Combine("content/link.md"), outside.Combine("a.md"));
        var bag = new DiagnosticBag();
        var made = Corrector.Apply(folder.Path,
            [new Correction("../" + Path.GetFileName(outside.Path) + "/a.md", 1, "date: 20/09/2024", "date: 2024-09-20"),
             new Correction("content/link.md", 1, "date: 20/09/2024", "date: 2024-09-20")], write: true, bag);
        Assert.Empty(made);
        Assert.Equal("date: 20/09/2024\n", File.ReadAllText(outside.Combine("a.md")));
    }
}
