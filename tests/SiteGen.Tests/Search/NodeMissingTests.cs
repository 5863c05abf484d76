using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>On a machine with only the .NET SDK, the tests of the theme's JavaScript are skipped with how to run them, not failed and not passed.</summary>
public sealed class NodeMissingTests
{
    [Fact]
    public void Without_node_a_javascript_test_is_skipped_and_says_to_install_node()
    {
        using var folderWithoutNode = new TempFolder();

        var skip = Assert.Throws<SkipException>(() => Node.RunFrom(folderWithoutNode.Path, "-e", "process.exit(0)"));

        Assert.Contains("node was not found on PATH", skip.Message);
        Assert.Contains("Install Node.js", skip.Message);
    }
}
