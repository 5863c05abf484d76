#!/usr/bin/env bash
# Search benchmark: SiteGen's search against Pagefind 1.x on one generated site.
#
#   bench/search.sh [COUNT] [SEED]        (defaults: 10000 bulletins, seed 1)
#
# Generates the corpus (tests/SiteGen.Corpus), builds it with sitegen (Release), runs Pagefind over the same
# built HTML (<html lang="id">), then drives headless Chromium (/usr/bin/chromium) over both for five typical
# queries and two mistyped ones. Prints a table: bytes a browser downloads for the first page of results (library included; gzip -9
# per file, or the stored size when smaller — the same rule for both), files fetched, bulletins found, index
# build time and index size. Needs the .NET SDK, Node.js, npm and Chromium; Pagefind and playwright-core come
# from the npm registry into the work folder. WORK=/some/dir keeps the files there (default: a new temp folder).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
COUNT=${1:-10000}
SEED=${2:-1}
RUNS=${RUNS:-3}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/sitegen-search-bench.XXXXXX")}
SITE=$WORK/site
# Five typical queries, then two with a typo a reader makes (the bulletins relevant to them are those of the word meant).
QUERIES=("pengamanan pilkada" "patroli" "pemilihan kepala daerah" "tps" "polres kediri" "pilkda" "pengamnan pilkada")

[ -x /usr/bin/chromium ] || { echo "bench: /usr/bin/chromium is missing (apt-get install -y chromium)" >&2; exit 1; }
mkdir -p "$WORK/npm"
echo "bench: work folder $WORK" >&2

echo "bench: building SiteGen (Release)" >&2
dotnet build -c Release "$ROOT/src/SiteGen.Cli" -v q -nologo >/dev/null
dotnet build -c Release "$ROOT/tests/SiteGen.Corpus" -v q -nologo >/dev/null
SITEGEN="dotnet $ROOT/src/SiteGen.Cli/bin/Release/net10.0/SiteGen.Cli.dll"

if [ ! -f "$SITE/sitegen.yaml" ]; then
  echo "bench: generating $COUNT bulletins (seed $SEED)" >&2
  dotnet "$ROOT/tests/SiteGen.Corpus/bin/Release/net10.0/SiteGen.Corpus.dll" --count "$COUNT" --seed "$SEED" --out "$SITE"
fi

echo "bench: installing pagefind@1 and playwright-core from npm into $WORK/npm" >&2
(cd "$WORK/npm" && npm install --silent --no-audit --no-fund pagefind@1 playwright-core@1 >/dev/null)
PAGEFIND_VERSION=$(cd "$WORK/npm" && npx --no-install pagefind --version | sed "s/^pagefind //")

# Index build time: the best of RUNS for each engine, run alternately so both see the same machine load.
best_sitegen=""; best_build=""; best_pagefind=""
for run in $(seq "$RUNS"); do
  log=$(SITEGEN_LANG=en $SITEGEN build --source "$SITE" --verbose 2>&1)
  ms=$(echo "$log" | awk '$1 == "search" { print $2 }')
  total=$(echo "$log" | sed -n 's/^built .* in \([0-9.]*\) s;.*/\1/p')
  [ -n "$ms" ] || { echo "$log" >&2; echo "bench: no search timing in sitegen's output" >&2; exit 1; }
  start=$(date +%s.%N)
  (cd "$WORK/npm" && npx --no-install pagefind --site "$SITE/output" >"$WORK/pagefind.log" 2>&1)
  end=$(date +%s.%N)
  pf=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  echo "bench: run $run: sitegen search index ${ms} ms (whole build ${total} s), pagefind ${pf} s" >&2
  if [ -z "$best_sitegen" ] || [ "$ms" -lt "$best_sitegen" ]; then best_sitegen=$ms; fi
  best_build=$(awk -v a="${best_build:-$total}" -v b="$total" 'BEGIN { print (b < a ? b : a) }')
  best_pagefind=$(awk -v a="${best_pagefind:-$pf}" -v b="$pf" 'BEGIN { print (b < a ? b : a) }')
done

grep -q '<html lang="id">' "$SITE/output/index.html" || { echo "bench: the built HTML does not say lang=\"id\"" >&2; exit 1; }
[ -f "$SITE/output/pagefind/pagefind-entry.json" ] || { echo "bench: pagefind wrote no pagefind/ folder" >&2; cat "$WORK/pagefind.log" >&2; exit 1; }
grep -q '"id"' "$SITE/output/pagefind/pagefind-entry.json" || { echo "bench: pagefind did not index Indonesian" >&2; exit 1; }

sitegen_size=$(du -sb "$SITE/output/search" | cut -f1)
sitegen_files=$(find "$SITE/output/search" -type f | wc -l)
pagefind_size=$(find "$SITE/output/pagefind" -type f \( -path '*/index/*' -o -path '*/fragment/*' -o -path '*/filter/*' -o -name '*.pf_meta' -o -name 'pagefind-entry.json' \) -printf '%s\n' | awk '{ s += $1 } END { print s }')
pagefind_files=$(find "$SITE/output/pagefind" -type f \( -path '*/index/*' -o -path '*/fragment/*' -o -path '*/filter/*' -o -name '*.pf_meta' -o -name 'pagefind-entry.json' \) | wc -l)

echo "bench: measuring ${#QUERIES[@]} queries in Chromium" >&2
node "$ROOT/bench/measure-search.mjs" "$SITE/output" "$WORK/npm/node_modules/playwright-core" "$WORK/queries.json" "${QUERIES[@]}"

node - "$WORK/queries.json" "$COUNT" "$best_sitegen" "$best_build" "$best_pagefind" "$sitegen_size" "$sitegen_files" "$pagefind_size" "$pagefind_files" "$PAGEFIND_VERSION" <<'EOF'
const fs = require('fs');
const [file, count, sgMs, sgBuild, pfS, sgSize, sgFiles, pfSize, pfFiles, pfVersion] = process.argv.slice(2);
const rows = JSON.parse(fs.readFileSync(file, 'utf8'));
const kb = (b) => (b / 1024).toFixed(1) + ' kB';
const mb = (b) => (b / 1048576).toFixed(1) + ' MB';
console.log(`Search on ${count} generated bulletins: SiteGen vs Pagefind ${pfVersion} (same built HTML, lang="id")`);
console.log('');
const pct = (x) => (100 * x).toFixed(1) + ' %';
console.log('Bytes a browser downloads for the first page of results (library included):');
console.log('');
console.log('| query | SiteGen (files) | Pagefind (files) | Pagefind / SiteGen |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.query} | ${kb(r.sitegen.sent)} (${r.sitegen.files}) | ${kb(r.pagefind.sent)} (${r.pagefind.files}) | ${(r.pagefind.sent / r.sitegen.sent).toFixed(1)}× |`);
}
console.log('');
console.log('Bulletins found, against the bulletins whose own page holds a form of every query word (acronym or long form):');
console.log('');
console.log('| query | relevant | SiteGen found | recall | precision | Pagefind bulletins (all results) | recall | precision |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const s = r.sitegen.judged;
  const p = r.pagefind.judged;
  console.log(`| ${r.query} | ${s.relevant} | ${s.found} | ${pct(s.recall)} | ${pct(s.precision)} | ${p.found} (${r.pagefind.results}) | ${pct(p.recall)} | ${pct(p.precision)} |`);
}
console.log('');
console.log('| | SiteGen | Pagefind |');
console.log('| --- | ---: | ---: |');
console.log(`| index build time (best of runs) | ${(sgMs / 1000).toFixed(2)} s (whole site build ${sgBuild} s) | ${Number(pfS).toFixed(2)} s |`);
console.log(`| index size on disk | ${mb(+sgSize)} in ${sgFiles} files | ${mb(+pfSize)} in ${pfFiles} files |`);
console.log('');
console.log('Bytes: each file the browser fetched for the search (JS library, index, records or fragments), at gzip -9 size or its stored size if smaller.');
EOF
