using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// The shell example of docs/publishing.md for a host that is not GitHub Pages, run as written: <c>sitegen build --changes</c>, then
/// the upload with rsync, rclone and aws s3 and the deletes. The three tools are stand-ins that copy and delete the
/// paths they are given in local folders, so what is checked is that the example reads the list right (spaces,
/// non-ASCII letters) and that, after two builds, every destination holds exactly what output/ holds.
/// </summary>
public sealed class UploadChangesTests
{
    private const string Site = """
        -- content/bulletins/2024/a.md --
        ---
        title: Pertama
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        ---
        Isi pertama, dengan [rekap](Rekap%20Suara%20%E2%80%93%20Kecamatan%20Sukorejo.pdf).
        -- content/bulletins/2024/Rekap Suara – Kecamatan Sukorejo.pdf --
        rekap
        -- content/bulletins/2023/c.md --
        ---
        title: Ketiga
        unit: Polresta Kendari
        date: 2023-11-12
        election: Pemilu 2024
        ---
        Isi ketiga.
        """;

    // Stand-ins for the tools, each doing what the example asks of it in folders under $FAKE_ROOT.
    private const string Rsync = """
        #!/usr/bin/env bash
        # rsync -a --files-from=LIST SRC/ HOST:DEST/: each line of LIST is a path under SRC, copied to DEST.
        set -euo pipefail
        [ "$1" = -a ] && [[ "$2" == --files-from=* ]] || { echo "unexpected rsync $*" >&2; exit 2; }
        list=${2#--files-from=}; src=$3; dest=$FAKE_ROOT/${4#*:}
        while IFS= read -r f; do mkdir -p "$dest/$(dirname "$f")"; cp "$src/$f" "$dest/$f"; done < "$list"
        """;

    private const string Ssh = """
        #!/usr/bin/env bash
        # ssh HOST 'COMMAND': runs COMMAND here, its absolute folders under $FAKE_ROOT.
        set -euo pipefail
        exec bash -c "${2//cd \//cd $FAKE_ROOT/}"
        """;

    private const string Rclone = """
        #!/usr/bin/env bash
        # rclone copy SRC REMOTE:DEST --files-from-raw LIST [--no-traverse] | rclone delete REMOTE:DEST --files-from-raw LIST
        set -euo pipefail
        if [ "$1" = copy ]; then src=$2; dest=$FAKE_ROOT/rclone/${3#*:}; shift 3; else src=; dest=$FAKE_ROOT/rclone/${2#*:}; shift 2; fi
        [ "$1" = --files-from-raw ] || { echo "unexpected rclone option $1" >&2; exit 2; }
        while IFS= read -r f; do
          if [ -n "$src" ]; then mkdir -p "$dest/$(dirname "$f")"; cp "$src/$f" "$dest/$f"; else rm "$dest/$f"; fi
        done < "$2"
        """;

    private const string Aws = """
        #!/usr/bin/env bash
        # aws s3 cp FILE s3://BUCKET/KEY | aws s3 rm s3://BUCKET/KEY
        set -euo pipefail
        case "$2" in
          cp) key=$FAKE_ROOT/s3/${4#s3://}; mkdir -p "$(dirname "$key")"; cp "$3" "$key" ;;
          rm) rm "$FAKE_ROOT/s3/${3#s3://}" ;;
          *) echo "unexpected aws $*" >&2; exit 2 ;;
        esac
        """;

    [SkippableFact]
    public void The_documented_upload_example_leaves_every_destination_with_exactly_the_built_site()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/bash")) throw new SkipException("needs bash and Unix file modes");
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "publishing.md"));
        var block = Regex.Match(readme, @"\*\*Upload only what changed\*\*.*?```sh\n(?<sh>.*?)\n *```", RegexOptions.Singleline);
        Assert.True(block.Success, "docs/publishing.md has no ```sh block under **Upload only what changed**");
        var script = string.Join('\n', block.Groups["sh"].Value.Split('\n').Select(l => l.TrimStart()));
        Assert.Contains("--changes .sitegen/perubahan.txt", script);

        using var site = new TestSite(Site);
        using var fake = new TempFolder();
        var bin = fake.Combine("bin");
        foreach (var (name, text) in new[] { ("rsync", Rsync), ("ssh", Ssh), ("rclone", Rclone), ("aws", Aws),
                     ("sitegen", $"#!/usr/bin/env bash\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll")}' \"$@\"\n") })
        {
            fake.Write($"bin/{name}", text + "\n");
            File.SetUnixFileMode(Path.Combine(bin, name), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["FAKE_ROOT"] = fake.Path,
            ["SITEGEN_LANG"] = "en",
        };
        var destinations = new[] { "var/www/situs", "rclone/situs", "s3/situs" };

        // The first build uploads everything; the second its changes: an edit, a bulletin (and its PDF) gone, one new.
        ShellRunner.Ok("bash", site.Root, environment, "-euo", "pipefail", "-c", script);
        site.Delete("content/bulletins/2024/a.md");
        site.Write("content/bulletins/2024/d.md", "---\ntitle: Keempat\nunit: Polres Blitar\ndate: 2024-10-01\nelection: Pemilu 2024\n---\nIsi keempat.\n");
        site.Write("content/bulletins/2023/c.md", File.ReadAllText(Path.Combine(site.Root, "content/bulletins/2023/c.md")).Replace("Isi ketiga.", "Isi ketiga, diperbaiki."));
        ShellRunner.Ok("bash", site.Root, environment, "-euo", "pipefail", "-c", script);

        var list = File.ReadAllText(Path.Combine(site.Root, ".sitegen/perubahan.txt"));
        Assert.Contains("D 2024/09/a/Rekap Suara – Kecamatan Sukorejo.pdf\n", list);
        Assert.Contains("A 2024/10/d/index.html\n", list);
        Assert.Contains("M 2023/11/c/index.html\n", list);
        var built = Files(Path.Combine(site.Root, "output"));
        foreach (var destination in destinations)
            Assert.Equal(built, Files(fake.Combine(destination)));
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(File.ReadAllBytes(f)), StringComparer.Ordinal);
}
