using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// SiteGen packed once, as the release workflow packs it (scripts/pack-release.sh with a version tag), laid out as a
/// GitHub release (releases/v{version}/SiteGen.Tool.{version}.nupkg), and installed by the action's install step from
/// there. Packing takes a minute or two; the tests of <see cref="ActionTests"/> share it. How long installing takes is
/// measured by bench/install.sh, not here.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public const string Version = "9.8.7-test";
    public const string Repository = "humas-uji/sitegen";

    private readonly TempFolder _folder = new();

    public PackedTool()
    {
        var packages = _folder.Combine("packages");
        var pack = ShellRunner.Ok(Path.Combine(RepoPaths.Root, "scripts", "pack-release.sh"), RepoPaths.Root,
            new Dictionary<string, string> { ["SITEGEN_REPOSITORY"] = Repository }, "v" + Version, packages);
        Package = pack.Out.Trim();
        var release = _folder.Combine("releases", "v" + Version);
        Directory.CreateDirectory(release);
        File.Copy(Package, Path.Combine(release, Path.GetFileName(Package)));
        FirstInstall = Install();
    }

    /// <summary>The package the release script made.</summary>
    public string Package { get; }

    /// <summary>Where the "release" is, as the action's install step reads it (curl, file://).</summary>
    public string Releases => new Uri(_folder.Combine("releases")).AbsoluteUri;

    /// <summary>The tool folder the action installs into (the one its cache step restores).</summary>
    public string Tools => _folder.Combine("tools", Version);

    public string Sitegen => Path.Combine(Tools, "sitegen");

    /// <summary>What the first install printed and wrote for the workflow (GITHUB_OUTPUT, GITHUB_PATH).</summary>
    internal Installed FirstInstall { get; }

    internal sealed record Installed(ShellRunner.Run Run, string Outputs, string Path);

    /// <summary>Runs the action's install step as the runner would.</summary>
    internal Installed Install()
    {
        var outputs = _folder.Combine($"install-output-{Guid.NewGuid():N}");
        var path = _folder.Combine($"install-path-{Guid.NewGuid():N}");
        File.WriteAllText(outputs, "");
        File.WriteAllText(path, "");
        var run = ShellRunner.Ok(Path.Combine(RepoPaths.Root, "action", "install.sh"), _folder.Path, new Dictionary<string, string>
        {
            ["SITEGEN_VERSION"] = Version,
            ["SITEGEN_TOOLS"] = Tools,
            ["SITEGEN_RELEASES"] = Releases,
            ["SITEGEN_NUGET"] = "false",
            ["GITHUB_OUTPUT"] = outputs,
            ["GITHUB_PATH"] = path,
        });
        return new Installed(run, File.ReadAllText(outputs), File.ReadAllText(path));
    }

    public void Dispose() => _folder.Dispose();
}
