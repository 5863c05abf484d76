using System.Reflection;
using NetArchTest.Rules;
using SiteGen.Configuration;
using SiteGen.Import;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// The core library's folders depend one way: Load → Parse → Model → Render → Write, over a shared layer of text
/// utilities. A folder that calls one above it (a cycle) fails here with the types that do it. Import is a project of
/// its own on top of the core, as the command line is.
/// </summary>
public sealed class LayerTests
{
    private const string Core = "SiteGen";

    /// <summary>
    /// Lowest row first. A namespace may use the namespaces of the rows under its own, never one in its own row or above.
    /// Output holds the files a build makes and writes them to disk; Rendering and Search hand their files to it and it
    /// knows no page, so it sits under them. The last row is the library's front door (SiteBuilder, BuildSession).
    /// </summary>
    private static readonly string[][] Layers =
    [
        ["SiteGen.Text", "SiteGen.Messages"],
        ["SiteGen.Diagnostics"],
        ["SiteGen.Yaml"],
        ["SiteGen.Configuration"],
        ["SiteGen.Loading"],
        ["SiteGen.Output", "SiteGen.Images"],
        ["SiteGen.Content"],
        ["SiteGen.Model"],
        ["SiteGen.Search", "SiteGen.Feeds"],
        ["SiteGen.Rendering"],
        ["SiteGen.Checking", "SiteGen.Listing", "SiteGen.Starter"],
        ["SiteGen.Pipeline"],
        [Core],
    ];

    private static readonly Assembly CoreAssembly = typeof(SiteConfig).Assembly;
    private static readonly Assembly ImportAssembly = typeof(ReleaseImporter).Assembly;

    [Fact]
    public void Every_folder_of_the_core_library_has_a_layer()
    {
        var listed = Layers.SelectMany(row => row).ToHashSet(StringComparer.Ordinal);
        var unlisted = CoreAssembly.GetTypes()
            .Select(t => FolderOf(t.Namespace))
            .Where(ns => ns is not null && !listed.Contains(ns))
            .Distinct()
            .ToArray();
        Assert.Empty(unlisted);
    }

    [Fact]
    public void The_core_library_knows_nothing_of_import()
    {
        var result = Types.InAssembly(CoreAssembly).ShouldNot().HaveDependencyOn("SiteGen.Import").GetResult();
        Assert.True(result.IsSuccessful, "The core library uses import: " + string.Join(", ", result.FailingTypeNames ?? []));
        Assert.DoesNotContain(CoreAssembly.GetReferencedAssemblies(), name => name.Name is "SiteGen.Import" or "SiteGen.Cli");
        // Word, PDF and saved web pages are read by import alone.
        Assert.DoesNotContain(CoreAssembly.GetReferencedAssemblies(), name =>
            name.Name!.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal) || name.Name.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal)
            || name.Name == "SmartReader");
        Assert.DoesNotContain(ImportAssembly.GetReferencedAssemblies(), name => name.Name is "SiteGen.Cli");
    }

    [Fact]
    public void No_layer_uses_one_above_it_or_beside_it()
    {
        var types = Types.InAssembly(CoreAssembly);
        var wrong = new List<string>();
        for (var row = 0; row < Layers.Length; row++)
        {
            foreach (var layer in Layers[row])
            {
                var forbidden = Layers.Skip(row).SelectMany(r => r).Where(other => other != layer);
                foreach (var other in forbidden)
                {
                    var result = types.That().ResideInNamespaceMatching(NamespacePattern(layer))
                        .ShouldNot().HaveDependencyOnAny(DependencyNames(other)).GetResult();
                    if (!result.IsSuccessful)
                        wrong.Add($"{layer} uses {other}: {string.Join(", ", result.FailingTypeNames.Order(StringComparer.Ordinal))}");
                }
            }
        }
        Assert.True(wrong.Count == 0, "A folder uses one above it or beside it:\n" + string.Join("\n", wrong));
    }

    /// <summary>The namespace itself and those under it; the core's own root namespace holds only its front door.</summary>
    private static string NamespacePattern(string layer) =>
        layer == Core ? "^SiteGen$" : "^" + layer.Replace(".", "\\.", StringComparison.Ordinal) + "(\\..+)?$";

    /// <summary>
    /// What a dependency on a layer means to NetArchTest: a namespace prefix, except for the root namespace, whose name
    /// is the prefix of every other; its types are named one by one.
    /// </summary>
    private static string[] DependencyNames(string layer) =>
        layer == Core
            ? CoreAssembly.GetTypes().Where(t => t.Namespace == Core && !t.IsNested).Select(t => t.FullName!).ToArray()
            : [layer];

    /// <summary>"SiteGen.Content" for SiteGen.Content and SiteGen.Content.Anything; "SiteGen" for the root namespace.</summary>
    private static string? FolderOf(string? ns)
    {
        if (ns is null || ns.StartsWith('<') || !(ns == Core || ns.StartsWith(Core + ".", StringComparison.Ordinal))) return null;
        var parts = ns.Split('.');
        return parts.Length == 1 ? Core : parts[0] + "." + parts[1];
    }
}
