#!/usr/bin/env bash
# Packs the sitegen tool for a release: scripts/pack-release.sh TAG [FOLDER] packs SiteGen.Tool with the tag's version
# (v0.2.0 → 0.2.0) into FOLDER (default: packages/), then installs the package alone into a temporary folder and checks
# that 'sitegen --version' prints that version. The release workflow runs it on every version tag; the package is what
# the action installs. SITEGEN_REPOSITORY (owner/name) is where the action and releases live, written into the tool.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tag="${1:?usage: scripts/pack-release.sh TAG [FOLDER]}"
out="$(mkdir -p "${2:-packages}" && cd "${2:-packages}" && pwd)"
[[ "$tag" =~ ^v([0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?)$ ]] || { echo "pack-release: '$tag' is not a version tag such as v0.2.0" >&2; exit 2; }
version="${BASH_REMATCH[1]}"
properties=(-p:Version="$version")
[ -n "${SITEGEN_REPOSITORY:-}" ] && properties+=(-p:SiteGenRepository="$SITEGEN_REPOSITORY")

dotnet pack "$repo/src/SiteGen.Cli" -c Release -o "$out" --nologo -v quiet "${properties[@]}"
package="$out/SiteGen.Tool.$version.nupkg"
test -f "$package"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="release" value="%s" /></packageSources></configuration>\n' "$out" > "$work/nuget.config"
dotnet tool install SiteGen.Tool --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" >/dev/null
printed="$("$work/tools/sitegen" --version)"
[ "$printed" = "$version" ] || { echo "pack-release: the packed sitegen says version '$printed', not '$version'" >&2; exit 1; }
echo "$package"
