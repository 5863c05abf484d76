using System.Text.RegularExpressions;
using SiteGen.Starter;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The publishing setups, read as YAML: the workflow <c>sitegen init</c> writes for an office, SiteGen's action it
/// uses (action.yml), this repository's own workflows (Pages for the sample site, tests, releases) and the GitLab
/// snippet of docs/publishing.md. What GitHub alone can run is checked by its shape; the action's own logic, in action/*.sh,
/// runs in <see cref="Publishing.ActionTests"/>.
/// </summary>
public sealed class PublishingWorkflowTests
{
    private static readonly Lazy<YamlMappingNode> InitWorkflow = new(() => Load(NewSite.Files(
        new SiteAnswers("Buletin", "Polres Blitar", "Polda Jawa Timur", "Kabupaten Blitar", "https://example.org/", "Asia/Jakarta"),
        TestSite.Now, "1.2.3", "humas-uji/sitegen").Single(f => f.Path == NewSite.WorkflowPath).Text));

    private static YamlMappingNode Action => Load(File.ReadAllText(Path.Combine(RepoPaths.Root, "action.yml")));

    private static YamlMappingNode RepositoryWorkflow(string name) => Load(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", name)));

    [Fact]
    public void The_init_workflow_runs_on_push_to_main_on_pull_requests_by_hand_and_every_hour()
    {
        var on = Map(InitWorkflow.Value, "on");
        Assert.Equal(["main"], Strings(Child(Map(on, "push"), "branches")));
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("workflow_dispatch")));
        var cron = Text(Assert.IsType<YamlMappingNode>(Assert.Single(Seq(on, "schedule").Children)), "cron")!;
        // Hourly: a fixed minute, every hour of every day.
        Assert.Matches(new Regex(@"^[0-5]?\d \* \* \* \*$"), cron);
    }

    [Fact]
    public void The_init_workflow_reads_only_and_only_its_deploy_job_may_write_pages()
    {
        var workflow = InitWorkflow.Value;
        Assert.Equal(Pairs(("contents", "read")), Pairs(Map(workflow, "permissions")));
        var jobs = Map(workflow, "jobs");
        Assert.Equal(Pairs(("contents", "read"), ("pages", "read")), Pairs(Map(Map(jobs, "build"), "permissions")));
        Assert.Equal(Pairs(("pages", "write"), ("id-token", "write")), Pairs(Map(Map(jobs, "deploy"), "permissions")));
        // A pull request never waits behind publishing, and a newer push to it replaces the older run.
        var concurrency = Map(workflow, "concurrency");
        Assert.Contains("github.event_name == 'pull_request'", Text(concurrency, "group"));
        Assert.Equal("${{ github.event_name == 'pull_request' }}", Text(concurrency, "cancel-in-progress"));
    }

    [Fact]
    public void The_init_workflow_checks_and_builds_with_the_pinned_action_and_publishes_only_when_it_says_so()
    {
        var jobs = Map(InitWorkflow.Value, "jobs");
        var steps = Steps(Map(jobs, "build"));
        int checkout = Find(steps, s => Uses(s, "actions/checkout@"));
        int pages = Find(steps, s => Uses(s, "actions/configure-pages@"));
        int sitegen = Find(steps, s => Text(s, "uses") == "humas-uji/sitegen@v1.2.3");
        int upload = Find(steps, s => Uses(s, "actions/upload-pages-artifact@"));
        Assert.True(checkout < pages && pages < sitegen && sitegen < upload);
        Assert.Equal("2", Text(Map(steps[checkout], "with"), "fetch-depth")); // the base commit, for the pull request's summary
        Assert.Equal("pages", Text(steps[pages], "id"));
        Assert.Equal("true", Text(steps[pages], "continue-on-error")); // the action explains a Pages site that is not turned on

        var with = Map(steps[sitegen], "with");
        Assert.Equal("1.2.3", Text(with, "version"));
        Assert.Equal("${{ steps.pages.outputs.base_url }}", Text(with, "base-url"));
        Assert.Equal("sitegen", Text(steps[sitegen], "id"));
        Assert.Equal("steps.sitegen.outputs.publish == 'true'", Text(steps[upload], "if"));
        Assert.Equal("${{ steps.sitegen.outputs.output }}", Text(Map(steps[upload], "with"), "path"));

        var build = Map(jobs, "build");
        Assert.Equal("${{ steps.sitegen.outputs.publish }}", Text(Map(build, "outputs"), "publish"));
        var deploy = Map(jobs, "deploy");
        Assert.Equal("build", Text(deploy, "needs"));
        Assert.Equal("needs.build.outputs.publish == 'true'", Text(deploy, "if"));
        Assert.Equal("github-pages", Text(Map(deploy, "environment"), "name"));
        var deploySteps = Steps(deploy);
        int deployPages = Find(deploySteps, s => Uses(s, "actions/deploy-pages@"));
        int remember = Find(deploySteps, s => Uses(s, "actions/cache/save@"));
        Assert.True(deployPages < remember, "the published site's fingerprint is saved only after it was deployed");
    }

    [Fact]
    public void The_fingerprint_the_deploy_job_saves_is_the_one_the_action_looks_up_on_a_scheduled_run()
    {
        var save = Steps(Map(Map(InitWorkflow.Value, "jobs"), "deploy")).Single(s => Uses(s, "actions/cache/save@"));
        var restore = Steps(Map(Action, "runs")).Single(s => Uses(s, "actions/cache/restore@"));
        Assert.Equal(Text(Map(save, "with"), "path"), Text(Map(restore, "with"), "path"));
        Assert.Equal("sitegen-terbit-${{ needs.build.outputs.digest }}", Text(Map(save, "with"), "key"));
        Assert.Equal("sitegen-terbit-${{ steps.build.outputs.digest }}", Text(Map(restore, "with"), "key"));
        Assert.Equal("true", Text(Map(restore, "with"), "lookup-only"));
        Assert.Equal("github.event_name == 'schedule'", Text(restore, "if"));
    }

    [Fact]
    public void No_workflow_an_office_runs_builds_sitegen_or_runs_its_tests()
    {
        foreach (var step in AllSteps(InitWorkflow.Value).Concat(Steps(Map(Action, "runs"))))
        {
            var run = Text(step, "run") ?? "";
            Assert.DoesNotContain("dotnet test", run);
            Assert.DoesNotContain("dotnet build", run);
            Assert.DoesNotContain("src/SiteGen", run);
        }
    }

    [Fact]
    public void The_action_installs_the_pinned_version_from_its_cache_or_release_then_checks_builds_and_decides()
    {
        var action = Action;
        Assert.Equal("composite", Text(Map(action, "runs"), "using"));
        Assert.Equal("true", Text(Map(Map(action, "inputs"), "version"), "required"));
        foreach (var output in new[] { "publish", "output", "digest", "sitegen" })
            Assert.True(Map(action, "outputs").Children.ContainsKey(new YamlScalarNode(output)), $"action.yml has no output '{output}'");

        var steps = Steps(Map(action, "runs"));
        int dotnet = Find(steps, s => Uses(s, "actions/setup-dotnet@"));
        int toolCache = Find(steps, s => Uses(s, "actions/cache@") && Text(Map(s, "with"), "key")!.StartsWith("sitegen-tool-", StringComparison.Ordinal));
        int install = Find(steps, s => Script(s) == "install.sh");
        int pictures = Find(steps, s => Uses(s, "actions/cache@") && Text(Map(s, "with"), "key")!.StartsWith("sitegen-cache-", StringComparison.Ordinal));
        int build = Find(steps, s => Script(s) == "build.sh");
        int summary = Find(steps, s => Script(s) == "pr-summary.sh");
        int published = Find(steps, s => Uses(s, "actions/cache/restore@"));
        int decide = Find(steps, s => Script(s) == "decide.sh");
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], new[] { dotnet, toolCache, install, pictures, build, summary, published, decide });

        // The cache step restores the very folder the install step installs into, keyed by the version.
        Assert.Equal(Text(Map(steps[toolCache], "with"), "path"), Text(Map(steps[install], "env"), "SITEGEN_TOOLS"));
        Assert.Contains("${{ inputs.version }}", Text(Map(steps[toolCache], "with"), "key"));
        Assert.Equal("${{ inputs.version }}", Text(Map(steps[install], "env"), "SITEGEN_VERSION"));
        Assert.Equal("${{ inputs.base-url }}", Text(Map(steps[build], "env"), "SITEGEN_BASE_URL"));
        // The build cache: saved anew for each commit, restored from the newest, with the built site whose pages it records.
        var cache = Map(steps[pictures], "with");
        Assert.Contains("${{ github.sha }}", Text(cache, "key"));
        Assert.Contains("sitegen-cache-${{ runner.os }}-", Text(cache, "restore-keys"));
        Assert.Contains("${{ inputs.source }}/.sitegen", Text(cache, "path"));
        Assert.Contains("inputs.output", Text(cache, "path"));
        Assert.Equal("${{ steps.install.outputs.sitegen }}", Text(Map(steps[build], "env"), "SITEGEN"));
        Assert.Equal("always() && github.event_name == 'pull_request' && steps.install.outcome == 'success'", Text(steps[summary], "if"));
        Assert.Equal("${{ github.event.pull_request.base.sha }}", Text(Map(steps[summary], "env"), "SITEGEN_BASE"));
        Assert.Equal("${{ steps.published.outputs.cache-hit }}", Text(Map(steps[decide], "env"), "SITEGEN_PUBLISHED"));
        Assert.Equal("${{ steps.decide.outputs.publish }}", Text(Map(Map(action, "outputs"), "publish"), "value"));

        foreach (var step in steps.Where(s => Text(s, "run") is not null))
        {
            Assert.Equal("bash", Text(step, "shell"));
            var script = Path.Combine(RepoPaths.Root, "action", Script(step)!);
            Assert.True(File.Exists(script), $"action.yml runs {script}, which does not exist");
            if (!OperatingSystem.IsWindows()) Assert.True((File.GetUnixFileMode(script) & UnixFileMode.UserExecute) != 0, $"{script} is not executable");
        }
    }

    [Fact]
    public void Every_action_a_workflow_or_the_action_uses_is_pinned_by_its_major_version()
    {
        var all = AllSteps(InitWorkflow.Value).Concat(Steps(Map(Action, "runs")))
            .Concat(new[] { "pages.yml", "ci.yml", "release.yml" }.SelectMany(name => AllSteps(RepositoryWorkflow(name))));
        foreach (var uses in all.Select(s => Text(s, "uses")).OfType<string>().Where(u => u.StartsWith("actions/", StringComparison.Ordinal)))
            Assert.Matches(new Regex(@"^actions/[a-z-]+(/[a-z-]+)?@v\d+$"), uses);
    }

    [Theory]
    [InlineData("push", "", "true", "Situs diterbitkan.")]
    [InlineData("workflow_dispatch", "", "true", "Situs diterbitkan.")]
    [InlineData("pull_request", "", "false", "Pull request: diperiksa dan dibangun, tidak diterbitkan.")]
    [InlineData("schedule", "false", "true", "Situs diterbitkan.")]
    [InlineData("schedule", "true", "false", "Situs sama dengan yang sudah terbit; tidak diterbitkan ulang.")]
    public void The_action_publishes_pushes_and_changed_scheduled_builds_never_pull_requests(string eventName, string published, string publish, string said)
    {
        using var temp = new TempFolder();
        var outputs = temp.Combine("output");
        var summary = temp.Combine("summary");
        File.WriteAllText(outputs, "");
        File.WriteAllText(summary, "");
        ShellRunner.Ok(Path.Combine(RepoPaths.Root, "action", "decide.sh"), temp.Path, new Dictionary<string, string>
        {
            ["SITEGEN_EVENT"] = eventName, ["SITEGEN_PUBLISHED"] = published, ["GITHUB_OUTPUT"] = outputs, ["GITHUB_STEP_SUMMARY"] = summary,
        });
        Assert.Equal($"publish={publish}\n", File.ReadAllText(outputs));
        Assert.Equal(said + "\n\n", File.ReadAllText(summary));
    }

    [Fact]
    public void The_sample_sites_pages_workflow_uses_the_action_built_from_this_commit_and_runs_no_tests()
    {
        var workflow = RepositoryWorkflow("pages.yml");
        Assert.Equal(["main"], Strings(Child(Map(Map(workflow, "on"), "push"), "branches")));
        var steps = Steps(Map(Map(workflow, "jobs"), "build"));
        int pages = Find(steps, s => Uses(s, "actions/configure-pages@"));
        int sitegen = Find(steps, s => Text(s, "uses") == "./");
        int upload = Find(steps, s => Uses(s, "actions/upload-pages-artifact@"));
        Assert.True(pages < sitegen && sitegen < upload);
        Assert.Equal("source", Text(Map(steps[sitegen], "with"), "version"));
        Assert.Equal("${{ steps.pages.outputs.base_url }}", Text(Map(steps[sitegen], "with"), "base-url"));
        Assert.False(steps[sitegen].Children.ContainsKey(new YamlScalarNode("continue-on-error")), "a content error must fail the job");
        Assert.Equal("${{ steps.sitegen.outputs.output }}", Text(Map(steps[upload], "with"), "path"));
        Assert.DoesNotContain(AllSteps(workflow), s => (Text(s, "run") ?? "").Contains("dotnet test", StringComparison.Ordinal));
        Assert.Equal("build", Text(Map(Map(workflow, "jobs"), "deploy"), "needs"));
    }

    [Fact]
    public void Sitegens_tests_run_in_a_workflow_of_their_own()
    {
        var steps = Steps(Map(Map(RepositoryWorkflow("ci.yml"), "jobs"), "test"));
        Assert.Contains(steps, s => Text(s, "run") == ".ci/run");
        Assert.Contains("dotnet test", File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run")));
        Assert.Contains("scripts/check-install.sh", File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run")));
    }

    [Fact]
    public void A_version_tag_packs_the_tool_with_its_version_and_attaches_it_to_the_release()
    {
        var workflow = RepositoryWorkflow("release.yml");
        Assert.Equal(["v*"], Strings(Child(Map(Map(workflow, "on"), "push"), "tags")));
        Assert.Equal(Pairs(("contents", "write")), Pairs(Map(workflow, "permissions")));
        var job = Map(Map(workflow, "jobs"), "release");
        var steps = Steps(job);
        int pack = Find(steps, s => (Text(s, "run") ?? "").Contains("scripts/pack-release.sh \"$GITHUB_REF_NAME\"", StringComparison.Ordinal));
        int attach = Find(steps, s => (Text(s, "run") ?? "").Contains("gh release create", StringComparison.Ordinal));
        int nuget = Find(steps, s => (Text(s, "run") ?? "").Contains("dotnet nuget push", StringComparison.Ordinal));
        Assert.True(pack < attach && attach < nuget);
        Assert.Equal("${{ github.repository }}", Text(Map(steps[pack], "env"), "SITEGEN_REPOSITORY"));
        Assert.Equal("env.NUGET_API_KEY != ''", Text(steps[nuget], "if"));
        Assert.Equal("${{ secrets.NUGET_API_KEY }}", Text(Map(job, "env"), "NUGET_API_KEY"));
    }

    [Fact]
    public void Gitlab_snippet_in_the_publishing_guide_installs_the_tool_and_checks_before_it_builds()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "publishing.md"));
        var block = Regex.Match(guide, @"\*\*GitLab Pages\*\*.*?```yaml\n(?<yaml>.*?)\n *```", RegexOptions.Singleline);
        Assert.True(block.Success, "docs/publishing.md has no ```yaml block under **GitLab Pages**");
        var lines = block.Groups["yaml"].Value.Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var pages = Map(Load(string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()))), "pages");

        var script = Strings(Child(pages, "script")).ToList();
        int install = script.FindIndex(s => s.StartsWith("dotnet tool install", StringComparison.Ordinal) && s.Contains("SiteGen.Tool", StringComparison.Ordinal));
        int check = script.FindIndex(s => s.StartsWith("sitegen check", StringComparison.Ordinal));
        int build = script.FindIndex(s => s.StartsWith("sitegen build", StringComparison.Ordinal));
        Assert.True(install >= 0 && install < check && check < build, "the GitLab snippet must install SiteGen, then run sitegen check (the gate), then sitegen build");
        Assert.DoesNotContain(script, s => s.Contains("dotnet test", StringComparison.Ordinal));
        Assert.Contains("--base-url \"$CI_PAGES_URL/\"", script[check]);
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

    private static YamlSequenceNode Seq(YamlMappingNode node, string key) =>
        Child(node, key) as YamlSequenceNode ?? throw new Xunit.Sdk.XunitException($"expected a list under '{key}'");

    private static List<YamlMappingNode> Steps(YamlMappingNode job) => Seq(job, "steps").Children.Cast<YamlMappingNode>().ToList();

    private static IEnumerable<YamlMappingNode> AllSteps(YamlMappingNode workflow) =>
        Map(workflow, "jobs").Children.Values.Cast<YamlMappingNode>().SelectMany(Steps);

    private static int Find(List<YamlMappingNode> steps, Func<YamlMappingNode, bool> which)
    {
        var index = steps.FindIndex(s => which(s));
        Assert.True(index >= 0, "no such step");
        return index;
    }

    private static bool Uses(YamlMappingNode step, string prefix) => Text(step, "uses")?.StartsWith(prefix, StringComparison.Ordinal) == true;

    /// <summary>The script of action/ a step runs, from <c>"$GITHUB_ACTION_PATH/action/x.sh"</c>.</summary>
    private static string? Script(YamlMappingNode step) =>
        Text(step, "run") is { } run && Regex.Match(run, @"^""\$GITHUB_ACTION_PATH/action/(?<name>[a-z-]+\.sh)""$") is { Success: true } m ? m.Groups["name"].Value : null;

    private static string[] Pairs(YamlMappingNode node) => node.Children.Select(p => $"{((YamlScalarNode)p.Key).Value}: {((YamlScalarNode)p.Value).Value}").ToArray();

    private static string[] Pairs(params (string Key, string Value)[] pairs) => pairs.Select(p => $"{p.Key}: {p.Value}").ToArray();

    private static IEnumerable<string> Strings(YamlNode node) => node switch
    {
        YamlSequenceNode list => list.Children.Select(c => ((YamlScalarNode)c).Value ?? ""),
        YamlScalarNode scalar => [scalar.Value ?? ""],
        _ => throw new Xunit.Sdk.XunitException("expected text or a list of text"),
    };

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
