#!/usr/bin/env bash
# Times a build of one bulletin made of a shape that makes Markdown (or front matter) slow to read, e.g. 40,000
# '# Judul' lines or '[a](' repeated, at each size, to show that no shape takes time growing faster than its size.
#
#   bench/markdown.sh [--timeout S] [--only TEXT] [SIZE_MB ...]     default: 1 5 10 MB, 60 s
#
# Each cell is the whole in-memory build (load, parse, model, search index, render) of a site holding that one
# bulletin, one core, in seconds, with the first error codes and lines the build reported (e.g. SG0216@7, a
# limit reached). A build still running after the timeout is stopped and shown as "> S s"; larger sizes of that
# shape are then skipped (–).
set -euo pipefail
cd "$(dirname "$0")/.."
timeout=60
only=-
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) timeout="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    -*) echo "usage: bench/markdown.sh [--timeout S] [--only TEXT] [SIZE_MB ...]" >&2; exit 2 ;;
    *) break ;;
  esac
done
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 5 10)
dotnet build -c Release -v quiet -nologo bench/MarkdownBenchmark >/dev/null
dotnet bench/MarkdownBenchmark/bin/Release/net10.0/MarkdownBenchmark.dll table "$timeout" "$only" "${sizes[@]}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
