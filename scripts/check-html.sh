#!/usr/bin/env bash
# Builds the sample site and runs the Nu HTML Checker (vnu-jar from the npm registry, needs Java) over every page.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cache="${SITEGEN_TOOLS_CACHE:-${TMPDIR:-/tmp}/sitegen-tools}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v java >/dev/null || { echo "check-html: Java is needed for the Nu HTML Checker" >&2; exit 1; }
if [ ! -f "$cache/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --silent vnu-jar@26.9.27 >/dev/null
fi

dotnet run --project "$repo/src/SiteGen.Cli" -c Release -- build --source "$repo" --output "$work/site" >/dev/null
java -jar "$cache/node_modules/vnu-jar/build/dist/vnu.jar" --skip-non-html --errors-only "$work/site"
echo "check-html: $(find "$work/site" -name '*.html' | wc -l) pages, no HTML errors"
