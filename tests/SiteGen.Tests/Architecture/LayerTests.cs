using System.Reflection;
using NetArchTest.Rules;
using SiteGen.Configuration;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// The core library's folders depend one way: Load → Parse → Model → Render → Write, over a shared layer of text
/// utilities. A folder that calls one above it (a cycle) fails here with the types that do it.
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
}
