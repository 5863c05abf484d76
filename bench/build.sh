#!/usr/bin/env bash
# Build benchmark: SiteGen against Hugo on the same generated bulletins.
#
#   bench/build.sh [N ...]        default: 1000 10000 100000
#
# For each N it generates a corpus (tests/SiteGen.Corpus, seed 1; kept in $BENCH_DIR for reruns), builds it
# with 'sitegen build --verbose' (Release) and, when 'hugo' is installed (apt-get install hugo), with Hugo
# using bench/hugo-site (equivalent templates: a page per bulletin, home and unit/election/tag pages
# paginated by 20, related bulletins, feeds, sitemap) and once more without the related bulletins (Hugo's
# related content is slow), each under /usr/bin/time -v. It prints wall time, CPU time, peak memory, pages
# and bytes written, SiteGen's phase timings and the Hugo/SiteGen ratios; then SiteGen once more after one bulletin's
# text is edited, with the cache the first build left (.sitegen/cache: pages unchanged are taken from the output).
#
# Both tools write to $BENCH_OUT, on /dev/shm (memory) when there is one: this machine's virtual disk makes
# creating tens of thousands of files take anything from 2 to 20 s from one run to the next, which would
# drown the tools' own work. A site too large for it (1,000,000 bulletins write some 50 GB) goes to $BENCH_DIR. Hugo runs with related bulletins up to HUGO_RELATED_MAX bulletins (default
# 10000) and without them up to HUGO_MAX (default 30000); beyond, it is skipped (it takes minutes and GBs).
#
# BENCH_CHANGES=K (default 0) measures what 'build --changes' costs: after the first build, K pairs of rebuilds of
# the same corpus into the existing output, one without and one with --changes (every file compared with the one it
# replaces), then one rebuild with a bulletin edited, whose list it counts. It prints the medians of wall and CPU time
# and of the render and write phases (the comparison runs in the writers, during render; finding the removed files is in write).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/sitegen-bench}"
if [ -d /dev/shm ]; then BENCH_OUT="${BENCH_OUT:-/dev/shm/sitegen-bench}"; else BENCH_OUT="${BENCH_OUT:-$BENCH_DIR}"; fi
HUGO_RELATED_MAX="${HUGO_RELATED_MAX:-10000}"
HUGO_MAX="${HUGO_MAX:-30000}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
mkdir -p "$BENCH_DIR" "$BENCH_OUT"

echo "building SiteGen (Release)..." >&2
dotnet build "$repo/src/SiteGen.Cli" -c Release --nologo -v quiet >/dev/null
dotnet build "$repo/tests/SiteGen.Corpus" -c Release --nologo -v quiet >/dev/null
sitegen="$repo/src/SiteGen.Cli/bin/Release/net10.0/SiteGen.Cli.dll"
corpus="$repo/tests/SiteGen.Corpus/bin/Release/net10.0/SiteGen.Corpus.dll"
hugo_version="$(command -v hugo >/dev/null && hugo version | awk '{print $2}' || true)"

# time_field FILE LABEL: a field of /usr/bin/time -v's report.
time_field() { sed -n "s/^[[:space:]]*$2: //p" "$1"; }
wall_seconds() { time_field "$1" "Elapsed (wall clock) time (h:mm:ss or m:ss)" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }'; }
cpu_seconds() { awk -v u="$(time_field "$1" "User time (seconds)")" -v s="$(time_field "$1" "System time (seconds)")" 'BEGIN { printf "%.1f", u + s }'; }
peak_mib() { awk -v k="$(time_field "$1" "Maximum resident set size (kbytes)")" 'BEGIN { printf "%.0f", k / 1024 }'; }

printf '\n| N | tool | wall s | CPU s | peak MiB | pages | files | folders | MiB written |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
summary=""
for n in "${sizes[@]}"; do
  site="$BENCH_DIR/corpus-$n"
  if [ ! -f "$site/sitegen.yaml" ]; then
    rm -rf "$site"
    dotnet "$corpus" --count "$n" --seed 1 --out "$site" >&2
  fi

  # Both tools start with the corpus in the file cache, as on a machine that just checked it out.
  warm() { find "$site/content" -type f -exec cat {} + > /dev/null; }
  warm
  out="$BENCH_OUT/out-sitegen-$n"
  rm -rf "$out" "$site/.sitegen"
  # A site is about 50 KB a bulletin (1,000,000 make some 50 GB): when memory cannot hold it, it is written to $BENCH_DIR's disk.
  if [ "$(df --output=avail -k "$BENCH_OUT" | tail -1)" -lt $((n * 60)) ]; then
    out="$BENCH_DIR/out-sitegen-$n"
    rm -rf "$out"
    echo "N=$n: the site does not fit in $BENCH_OUT; writing it to $out on disk" >&2
  fi
  /usr/bin/time -v -o "$BENCH_DIR/time-sitegen-$n.txt" env SITEGEN_LANG=en dotnet "$sitegen" build --source "$site" --output "$out" --verbose 2> "$BENCH_DIR/log-sitegen-$n.txt"
  pages=$(find "$out" -name '*.html' | wc -l)
  files=$(find "$out" -type f | wc -l)
  folders=$(find "$out" -type d | wc -l)
  bytes=$(du -sb "$out" | awk '{ printf "%.0f", $1 / 1048576 }')
  sg_wall=$(wall_seconds "$BENCH_DIR/time-sitegen-$n.txt")
  sg_peak=$(peak_mib "$BENCH_DIR/time-sitegen-$n.txt")
  printf '| %s | SiteGen | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$sg_wall" "$(cpu_seconds "$BENCH_DIR/time-sitegen-$n.txt")" "$sg_peak" "$pages" "$files" "$folders" "$bytes"
  phases=$(grep -E '^  (load|parse|model|search|render|write) ' "$BENCH_DIR/log-sitegen-$n.txt" | awk '{ printf "%s %s ms (peak %s MiB); ", $1, $2, $4 }')
  summary+="N=$n SiteGen phases: $phases"$'\n'

  # The cached rebuild: one bulletin's text edited (a sentence more) and the site built again into the same output,
  # with the records (.sitegen/cache/pages.bin) the first build left; then the bulletin is put back as it was.
  edited=$(find "$site/content/bulletins" -name '*.md' | LC_ALL=C sort | sed -n 1p)
  cp "$edited" "$BENCH_DIR/edited.md"
  printf '\nKalimat tambahan untuk uji build ulang.\n' >> "$edited"
  /usr/bin/time -v -o "$BENCH_DIR/time-cached-$n.txt" env SITEGEN_LANG=en dotnet "$sitegen" build --source "$site" --output "$out" --verbose 2> "$BENCH_DIR/log-cached-$n.txt"
  cp "$BENCH_DIR/edited.md" "$edited"
  rendered=$(sed -n 's/^  render .* \([0-9]*\) of [0-9]* pages rendered.*/\1/p' "$BENCH_DIR/log-cached-$n.txt")
  printf '| %s | SiteGen, 1 bulletin edited, cached (%s pages rendered) | %s | %s | %s | %s | | | |\n' "$n" "$rendered" \
    "$(wall_seconds "$BENCH_DIR/time-cached-$n.txt")" "$(cpu_seconds "$BENCH_DIR/time-cached-$n.txt")" "$(peak_mib "$BENCH_DIR/time-cached-$n.txt")" "$pages"
  phases=$(grep -E '^  (load|parse|model|search|render|write) ' "$BENCH_DIR/log-cached-$n.txt" | awk '{ printf "%s %s ms (peak %s MiB); ", $1, $2, $4 }')
  summary+="N=$n SiteGen phases, 1 bulletin edited, cached: $phases"$'\n'

  if [ "${BENCH_CHANGES:-0}" -gt 0 ]; then
    list="$BENCH_DIR/changes-$n.txt"
    rm -f "$list" "$BENCH_DIR"/rebuild-*-"$n".tsv
    # rebuild MODE [ARGS...]: one build into the existing output; appends "wall cpu render write" to rebuild-MODE-N.tsv.
    rebuild() {
      local mode=$1; shift
      /usr/bin/time -v -o "$BENCH_DIR/time-rebuild-$n.txt" env SITEGEN_LANG=en dotnet "$sitegen" build --source "$site" --output "$out" --verbose "$@" 2> "$BENCH_DIR/log-rebuild-$mode-$n.txt"
      printf '%s %s %s %s\n' "$(wall_seconds "$BENCH_DIR/time-rebuild-$n.txt")" "$(cpu_seconds "$BENCH_DIR/time-rebuild-$n.txt")" \
        "$(awk '$1 == "render" { print $2 }' "$BENCH_DIR/log-rebuild-$mode-$n.txt")" \
        "$(awk '$1 == "write" { print $2 }' "$BENCH_DIR/log-rebuild-$mode-$n.txt")" >> "$BENCH_DIR/rebuild-$mode-$n.tsv"
    }
    median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
    for ((i = 0; i < BENCH_CHANGES; i++)); do
      rebuild plain
      rebuild changes --changes "$list"
    done
    printf '\n| N = %s, rebuild into the existing output | wall s | CPU s | render ms | write ms |\n| --- | ---: | ---: | ---: | ---: |\n' "$n"
    for mode in plain changes; do
      f="$BENCH_DIR/rebuild-$mode-$n.tsv"
      printf '| %s (median of %s) | %s | %s | %s | %s |\n' "$([ "$mode" = plain ] && echo "build" || echo "build --changes")" "$BENCH_CHANGES" \
        "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f2 "$f" | median)" "$(cut -d' ' -f3 "$f" | median)" "$(cut -d' ' -f4 "$f" | median)"
    done
    grep -o 'changes listed in [0-9]* ms' "$BENCH_DIR/log-rebuild-changes-$n.txt" || true
    echo "same content: $(wc -l < "$list") lines listed, of $(find "$out" -type f | wc -l) files"
    # One bulletin edited (its text, one word more), then put back as it was.
    edited=$(find "$site/content/bulletins" -name '*.md' | LC_ALL=C sort | sed -n 1p)
    cp "$edited" "$edited.orig"
    printf '\nTambahan.\n' >> "$edited"
    rebuild edit --changes "$list"
    mv "$edited.orig" "$edited"
    echo "one bulletin edited: $(grep -c '^A ' "$list" || true) added, $(grep -c '^M ' "$list" || true) changed, $(grep -c '^D ' "$list" || true) removed; of them under search/: $(grep -c '^. search/' "$list" || true)"
  fi

  for variant in related plain; do
    [ -n "$hugo_version" ] || break
    limit=$HUGO_MAX; [ "$variant" = related ] && limit=$HUGO_RELATED_MAX
    label="Hugo $hugo_version"; [ "$variant" = plain ] && label="$label, no related"
    if [ "$n" -gt "$limit" ]; then
      printf '| %s | %s | skipped (N > %s) | | | | |\n' "$n" "$label" "$limit"
      continue
    fi
    hsite="$BENCH_OUT/hugo-$n"
    rm -rf "$hsite"
    mkdir -p "$hsite/content"
    cp -r "$repo/bench/hugo-site/." "$hsite/"
    [ "$variant" = plain ] && sed -i '/\$related/,+1d' "$hsite/layouts/_default/single.html"
    cp -r "$site/content/bulletins" "$hsite/content/bulletins"
    timing="$BENCH_DIR/time-hugo-$variant-$n.txt"
    find "$hsite/content" -type f -exec cat {} + > /dev/null
    /usr/bin/time -v -o "$timing" hugo --quiet --source "$hsite" --destination "$hsite/public" >/dev/null 2> "$BENCH_DIR/log-hugo-$variant-$n.txt" || true
    if [ -f "$hsite/public/index.html" ]; then
      hpages=$(find "$hsite/public" -name '*.html' | wc -l)
      hfiles=$(find "$hsite/public" -type f | wc -l)
      hfolders=$(find "$hsite/public" -type d | wc -l)
      hbytes=$(du -sb "$hsite/public" | awk '{ printf "%.0f", $1 / 1048576 }')
      h_wall=$(wall_seconds "$timing")
      h_peak=$(peak_mib "$timing")
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$label" "$h_wall" "$(cpu_seconds "$timing")" "$h_peak" "$hpages" "$hfiles" "$hfolders" "$hbytes"
      summary+="N=$n $label / SiteGen: wall $(awk -v h="$h_wall" -v s="$sg_wall" 'BEGIN { printf "%.1f", h / s }')x, peak memory $(awk -v h="$h_peak" -v s="$sg_peak" 'BEGIN { printf "%.1f", h / s }')x"$'\n'
    else
      printf '| %s | %s | failed (see %s) | | | | | | |\n' "$n" "$label" "$BENCH_DIR/log-hugo-$variant-$n.txt"
    fi
    rm -rf "$hsite"
  done
  rm -rf "$out"
done
printf '\n%s' "$summary"
[ -n "$hugo_version" ] || echo "(hugo is not installed: apt-get install hugo to compare)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
