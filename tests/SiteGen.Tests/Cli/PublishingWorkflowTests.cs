using System.Text.RegularExpressions;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The CI setups in the repository (GitHub Pages workflow, GitLab snippet in the README) build the site before
/// they test it, so a broken bulletin is reported by sitegen build on its line instead of as a failing test.
/// </summary>
public sealed class PublishingWorkflowTests
{
    [Fact]
    public void Pages_workflow_builds_with_the_pages_address_before_testing_and_deploys_what_it_built()
    {
        var root = Load(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml")));
        var push = Map(Map(root, "on"), "push");
        Assert.Contains("main", Strings(Child(push, "branches")));

        var jobs = Map(root, "jobs");
        var steps = Seq(Map(jobs, "build")).Select(s => (YamlMappingNode)s).ToList();
        int configure = steps.FindIndex(s => Text(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true);
        int build = steps.FindIndex(s => Text(s, "run") is { } run && run.Contains("src/SiteGen.Cli", StringComparison.Ordinal) && run.Contains("-- build", StringComparison.Ordinal));
        int test = steps.FindIndex(s => Text(s, "run")?.TrimStart().StartsWith("dotnet test", StringComparison.Ordinal) == true);
        int upload = steps.FindIndex(s => Text(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);

        Assert.True(build >= 0, "pages.yml has no step that runs sitegen build");
        Assert.True(test >= 0, "pages.yml has no step that runs dotnet test");
        Assert.True(build < test, "pages.yml runs dotnet test before sitegen build, so a content error fails a test and the ::error annotations of sitegen build never appear");
        Assert.True(configure >= 0 && configure < build, "the Pages address comes from actions/configure-pages, which must run before the build");
        Assert.Equal("pages", Text(steps[configure], "id"));

        var buildStep = steps[build];
        Assert.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", Text(buildStep, "run"));
        Assert.DoesNotContain("--output", Text(buildStep, "run"));
        Assert.False(buildStep.Children.ContainsKey(new YamlScalarNode("continue-on-error")), "a failed build must fail the job");
        Assert.False(buildStep.Children.ContainsKey(new YamlScalarNode("env")) && Map(buildStep, "env").Children.ContainsKey(new YamlScalarNode("GITHUB_ACTIONS")),
            "the runner sets GITHUB_ACTIONS=true, which turns on the annotations; the build step must not override it");

        Assert.True(upload > test, "the site is uploaded only after the tests passed");
        Assert.Equal("output", Text(Map(steps[upload], "with"), "path"));
        Assert.Equal("build", Text(Map(jobs, "deploy"), "needs"));
    }

    [Fact]
    public void Gitlab_snippet_in_the_readme_builds_before_testing_and_installs_node_for_the_search_tests()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var block = Regex.Match(readme, @"\*\*GitLab Pages\*\*.*?```yaml\n(?<yaml>.*?)\n *```", RegexOptions.Singleline);
        Assert.True(block.Success, "README.md has no ```yaml block under **GitLab Pages**");
        var lines = block.Groups["yaml"].Value.Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var pages = Map(Load(string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()))), "pages");

        var script = Strings(Child(pages, "script")).ToList();
        int build = script.FindIndex(s => s.Contains("src/SiteGen.Cli", StringComparison.Ordinal) && s.Contains("-- build", StringComparison.Ordinal));
        int node = script.FindIndex(s => s.Contains("install", StringComparison.Ordinal) && s.Contains("nodejs", StringComparison.Ordinal));
        int test = script.FindIndex(s => s.StartsWith("dotnet test", StringComparison.Ordinal));
        Assert.True(build >= 0 && test >= 0, "the GitLab snippet must run sitegen build and dotnet test");
        Assert.True(build < test, "the GitLab snippet runs dotnet test before sitegen build, so a content error shows as a failing test instead of its file and line");
        Assert.True(node >= 0 && node < test, "the .NET SDK image has no Node: the snippet must install it before dotnet test, or the search tests are skipped");

        Assert.Contains("--output public --base-url \"$CI_PAGES_URL/\"", script[build]);
        Assert.Equal(["public"], Strings(Child(Map(pages, "artifacts"), "paths")));
    }

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"expected '{key}'");

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        Child(node, key) as YamlMappingNode ?? throw new Xunit.Sdk.XunitException($"expected a mapping under '{key}'");

    private static YamlSequenceNode Seq(YamlMappingNode job) =>
        Child(job, "steps") as YamlSequenceNode ?? throw new Xunit.Sdk.XunitException("expected a list of steps");

    private static IEnumerable<string> Strings(YamlNode node) => node switch
    {
        YamlSequenceNode list => list.Children.Select(c => ((YamlScalarNode)c).Value ?? ""),
        YamlScalarNode scalar => [scalar.Value ?? ""],
        _ => throw new Xunit.Sdk.XunitException("expected text or a list of text"),
    };

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
