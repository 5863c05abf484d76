#!/usr/bin/env bash
# Installs the sitegen tool at SITEGEN_VERSION into SITEGEN_TOOLS, the quickest way that works:
#   1. it is there already (restored by the cache step): nothing to do;
#   2. the release's package, {releases}/v{version}/SiteGen.Tool.{version}.nupkg, installed from that file alone (the
#      releases of SITEGEN_REPOSITORY, or SITEGEN_RELEASES: any address curl reads, file:// included);
#   3. the NuGet feeds dotnet knows (nuget.org), when the release has no package;
#   4. packed from the action's own source (the slow way), for a version that was never packed.
# SITEGEN_VERSION=source always packs the source beside this script: SiteGen's own repository publishes its sample site so.
# Puts the tool folder on GITHUB_PATH; step outputs: sitegen (the command's path) and from (cache, release, nuget, source).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=action/common.sh
. "$here/common.sh"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

version="${SITEGEN_VERSION:-}"
[[ "$version" =~ ^(source|[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?)$ ]] \
  || fail "versi SiteGen '$version' tidak dikenal; tulis versi rilis, mis. version: 0.2.0" \
          "unknown SiteGen version '$version'; write a released version, e.g. version: 0.2.0"
tools="${SITEGEN_TOOLS:-${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/sitegen/$version}"
source_root="${SITEGEN_ACTION_PATH:-$(cd "$here/.." && pwd)}"
# Where the releases are: SITEGEN_RELEASES, or the releases of the repository the action was taken from. The runner does
# not always fill github.action_repository in a composite action; the action's folder (_actions/OWNER/REPO/REF) names it too.
repository="${SITEGEN_REPOSITORY:-}"
if [ -z "$repository" ] && [[ "$source_root" =~ /_actions/([^/]+)/([^/]+)/[^/]+/?$ ]]; then
  repository="${BASH_REMATCH[1]}/${BASH_REMATCH[2]}"
fi
releases="${SITEGEN_RELEASES:-}"
if [ -z "$releases" ] && [ -n "$repository" ]; then releases="${GITHUB_SERVER_URL:-https://github.com}/$repository/releases/download"; fi
started=$(date +%s%N)

installed() { [ -x "$tools/sitegen" ] && [ "$("$tools/sitegen" --version 2>/dev/null)" = "$1" ]; }

# A feed of one folder and nothing else: installing from it never waits on nuget.org.
offline_install() {
  local feed="$1" wanted="$2"
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="release" value="%s" /></packageSources></configuration>\n' "$feed" > "$feed/nuget.config"
  dotnet tool install SiteGen.Tool --version "$wanted" --tool-path "$tools" --configfile "$feed/nuget.config" >/dev/null
}

if [ "$version" != source ] && installed "$version"; then
  from=cache
else
  rm -rf "$tools"
  feed="$(mktemp -d)"
  trap 'rm -rf "$feed"' EXIT
  from=""
  if [ "$version" != source ]; then
    if [ -n "$releases" ] \
      && curl -fsSL --retry 2 -o "$feed/SiteGen.Tool.$version.nupkg" "$releases/v$version/SiteGen.Tool.$version.nupkg" 2>/dev/null; then
      offline_install "$feed" "$version"
      from=release
    elif [ "${SITEGEN_NUGET:-true}" = true ] \
      && dotnet tool install SiteGen.Tool --version "$version" --tool-path "$tools" >/dev/null 2>&1; then
      from=nuget
    fi
  fi
  if [ -z "$from" ]; then
    [ -f "$source_root/src/SiteGen.Cli/SiteGen.Cli.csproj" ] \
      || fail "SiteGen $version tidak ditemukan di rilis maupun NuGet, dan sumbernya tidak ada di $source_root" \
              "SiteGen $version is in no release nor on NuGet, and its source is not in $source_root"
    wanted="$version"
    if [ "$version" = source ]; then
      # A version of its own, so no package of the same number on a feed is taken for this build of the source.
      base="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$source_root/src/SiteGen.Cli/SiteGen.Cli.csproj")"
      wanted="$base-source.$(git -C "$source_root" rev-parse --short HEAD 2>/dev/null || echo local)"
    fi
    note "SiteGen $wanted belum dipaketkan; dibangun dari sumbernya (beberapa menit)" \
         "SiteGen $wanted was never packed; building it from its source (a few minutes)"
    dotnet pack "$source_root/src/SiteGen.Cli" -c Release -o "$feed" -p:Version="$wanted" --nologo -v quiet >&2
    offline_install "$feed" "$wanted"
    from=source
  fi
fi

seconds=$(awk -v ns=$(( $(date +%s%N) - started )) 'BEGIN { printf "%.1f", ns / 1e9 }')
note "SiteGen $("$tools/sitegen" --version) dipasang ($from) dalam $seconds detik" \
     "SiteGen $("$tools/sitegen" --version) installed ($from) in $seconds s"
if [ -n "${GITHUB_PATH:-}" ]; then echo "$tools" >> "$GITHUB_PATH"; fi
output sitegen "$tools/sitegen"
output from "$from"
