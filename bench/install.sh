#!/usr/bin/env bash
# How long the action's install step (action/install.sh) takes to install SiteGen when a packed release exists, and
# when the tool cache restored it: packs SiteGen once as the release workflow does (scripts/pack-release.sh), lays the
# package out as a GitHub release (v{version}/SiteGen.Tool.{version}.nupkg, read over file://), then installs it
# RUNS times into an empty tool folder and RUNS times over the installed one. With FROM_SOURCE=1 it also times the
# fallback for a version that was never packed (the action packs its own source). bench/install.sh [RUNS] (default 5)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
version="0.0.1-bench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

package="$("$repo/scripts/pack-release.sh" "v$version" "$work/packages")"
mkdir -p "$work/releases/v$version"
cp "$package" "$work/releases/v$version/"
echo "package: $(du -h "$package" | cut -f1) ($(basename "$package"))"

install() { SITEGEN_VERSION="$1" SITEGEN_TOOLS="$work/tools" SITEGEN_RELEASES="file://$work/releases" SITEGEN_NUGET=false \
  SITEGEN_LANG=en "$repo/action/install.sh" 2>&1 | sed -n 's/.*installed (\(.*\)) in \(.*\) s$/\1 \2/p'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

fresh=(); cached=()
for _ in $(seq "$runs"); do
  rm -rf "$work/tools"
  fresh+=("$(install "$version" | awk '$1 == "release" { print $2 }')")
  cached+=("$(install "$version" | awk '$1 == "cache" { print $2 }')")
done
echo "from the release, into an empty folder: median $(printf '%s\n' "${fresh[@]}" | median) s (runs: ${fresh[*]})"
echo "already installed (restored by the cache): median $(printf '%s\n' "${cached[@]}" | median) s (runs: ${cached[*]})"
echo "installed size: $(du -sh "$work/tools" | cut -f1)"
if [ "${FROM_SOURCE:-0}" = 1 ]; then
  rm -rf "$work/tools"
  echo "never packed, built from the source: $(install 0.0.2-bench | awk '{ print $2 }') s"
fi
