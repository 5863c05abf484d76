#!/usr/bin/env bash
# Packs SiteGen as a .NET tool, installs it into a temporary tool path and builds the sample site
# with the installed 'sitegen' in a new folder that has no theme of its own (the built-in theme is used).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$repo/src/SiteGen.Cli" -c Release -o "$work/packages" --nologo -v quiet
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/src/SiteGen.Cli/SiteGen.Cli.csproj")"
dotnet tool install SiteGen.Tool --version "$version" --tool-path "$work/tools" --add-source "$work/packages" >/dev/null
"$work/tools/sitegen" --version | grep -qx "$version"
# Indonesian by default, English on request: the English messages travel in the package too.
"$work/tools/sitegen" --help | grep -q "Cara pakai:"
"$work/tools/sitegen" --help --lang en | grep -q "Usage:"

mkdir "$work/site"
cp -r "$repo/sitegen.yaml" "$repo/content" "$work/site/"
(cd "$work/site" && "$work/tools/sitegen" build)
test -f "$work/site/output/index.html"
test -f "$work/site/output/feed.xml"
grep -q 'lang="id"' "$work/site/output/index.html"
echo "check-install: the installed tool built the sample site in a new folder"
