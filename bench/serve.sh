#!/usr/bin/env bash
# Measures how long an edit takes to reach an open page under 'sitegen serve': the time from saving one edited
# bulletin to the reload event, over several edits of a generated site, as median / min / max.
#
#   bench/serve.sh [--count N] [--edits K] [--corpus DIR]
#
# The site is generated once per count (seed 1) into DIR (default: a folder under the system's temp folder) and reused.
# Edited bulletins are put back as they were afterwards. Also prints full and incremental rebuild times in one process.
set -euo pipefail
cd "$(dirname "$0")/.."

count=10000
edits=11
corpus=""
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --edits) edits="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    *) echo "usage: bench/serve.sh [--count N] [--edits K] [--corpus DIR]" >&2; exit 2 ;;
  esac
done
corpus="${corpus:-${TMPDIR:-/tmp}/sitegen-serve-bench-$count}"

dotnet build -c Release -v quiet -nologo src/SiteGen.Cli >/dev/null
dotnet build -c Release -v quiet -nologo bench/ServeBenchmark >/dev/null
bench="dotnet bench/ServeBenchmark/bin/Release/net10.0/ServeBenchmark.dll"

if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  if [ -d tests/SiteGen.Corpus ]; then
    dotnet run -c Release --project tests/SiteGen.Corpus -- --count "$count" --seed 1 --out "$corpus"
  else
    $bench corpus . "$corpus" "$count"
  fi
  touch "$corpus/.complete"
fi

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== rebuilds in one process (no server)"
$bench rebuild "$corpus" 5 | grep -E '^(full|incremental)'
echo "== sitegen serve: save → reload event"
$bench serve src/SiteGen.Cli/bin/Release/net10.0/SiteGen.Cli.dll "$corpus" "$edits"
