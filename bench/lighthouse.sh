#!/usr/bin/env bash
# Lighthouse performance of a built site, as a phone on a slow connection sees it (Lighthouse's default mobile
# emulation: Moto G Power screen, 4× CPU slowdown, simulated slow 4G).
#
#   bench/lighthouse.sh [SITE]        (default: the repository's sample site)
#
# Builds SITE with sitegen (Release) for the address it is served at, serves it on 127.0.0.1 with gzip as a static
# host would, and runs Lighthouse 12.2.3 (npm; later majors need a newer Node) over Debian's Chromium RUNS times
# (default 3) on a page of each kind: home, a bulletin, a unit, a Polda, an election, a tag, a year, an overview (all
# units), a free page and the search page with results (PAGES="home bulletin" picks some). Prints the median scores
# (performance, accessibility, best practices, SEO) and performance metrics of each page. Needs the .NET SDK, Node.js 18.16+, npm and /usr/bin/chromium.
# Lighthouse is installed into SITEGEN_LIGHTHOUSE_DIR (default ~/.cache/sitegen-lighthouse-12.2.3). The machine's
# load shows in the blocking time, so run it on an idle machine. WORK=/some/dir keeps the built site there.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITE=$(cd "${1:-$ROOT}" && pwd)
RUNS=${RUNS:-3}
VERSION=12.2.3
LIGHTHOUSE_DIR=${SITEGEN_LIGHTHOUSE_DIR:-$HOME/.cache/sitegen-lighthouse-$VERSION}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/sitegen-lighthouse-bench.XXXXXX")}
QUERY="pengamanan pilkada"

[ -x /usr/bin/chromium ] || { echo "bench: /usr/bin/chromium is missing (apt-get install -y chromium)" >&2; exit 1; }
command -v node >/dev/null || { echo "bench: node is missing (Node.js 18.16 or later)" >&2; exit 1; }
mkdir -p "$WORK"
echo "bench: work folder $WORK" >&2

if [ ! -f "$LIGHTHOUSE_DIR/node_modules/lighthouse/package.json" ]; then
  echo "bench: installing lighthouse@$VERSION from npm into $LIGHTHOUSE_DIR" >&2
  mkdir -p "$LIGHTHOUSE_DIR"
  npm install --prefix "$LIGHTHOUSE_DIR" --no-audit --no-fund --no-save --silent "lighthouse@$VERSION" >/dev/null
fi

echo "bench: building SiteGen (Release)" >&2
dotnet build -c Release "$ROOT/src/SiteGen.Cli" -v q -nologo >/dev/null
SITEGEN="dotnet $ROOT/src/SiteGen.Cli/bin/Release/net10.0/SiteGen.Cli.dll"

# A static host: files of the built site, gzip for text, index.html for folders, 404.html for the rest.
cat >"$WORK/serve.mjs" <<'EOF'
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
const [folder, portFile] = process.argv.slice(2);
const root = path.resolve(folder);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain', '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };
const server = http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  let status = 200;
  if (!fs.existsSync(file)) { status = 404; file = path.join(root, '404.html'); }
  const type = types[path.extname(file)] || 'application/octet-stream';
  const bytes = fs.readFileSync(file);
  const gzip = /text|json|xml|javascript|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] || '');
  res.writeHead(status, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  res.end(gzip ? zlib.gzipSync(bytes) : bytes);
});
server.listen(0, '127.0.0.1', () => fs.writeFileSync(portFile, String(server.address().port)));
EOF

# The port comes first, so the site can be built for its address.
rm -f "$WORK/port"
node "$WORK/serve.mjs" "$WORK/output" "$WORK/port" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
BASE="http://127.0.0.1:$(cat "$WORK/port")/"

echo "bench: building $SITE for $BASE" >&2
SITEGEN_LANG=en $SITEGEN build --source "$SITE" --output "$WORK/output" --base-url "$BASE" >&2

# Pages: a bulletin from sitegen list, the first unit and election from the built folders.
bulletin=$(SITEGEN_LANG=en $SITEGEN list --source "$SITE" --format tsv --base-url "$BASE" | awk -F'\t' '$2 == "bulletin" && $7 == "false" && $8 == "false" { print $5; exit }')
[ -n "$bulletin" ] || { echo "bench: the site has no published bulletin" >&2; exit 1; }
unit=${BASE}satuan/$(ls "$WORK/output/satuan" | grep -v '\.' | head -1)/
election=${BASE}pemilihan/$(ls "$WORK/output/pemilihan" | grep -v '\.' | head -1)/
polda=${BASE}polda/$(ls "$WORK/output/polda" | grep -v '\.' | head -1)/
tag=${BASE}tag/$(ls "$WORK/output/tag" | grep -v '\.' | head -1)/
year=${BASE}arsip/$(ls "$WORK/output/arsip" | grep -v '\.' | head -1)/
free=$(SITEGEN_LANG=en $SITEGEN list --source "$SITE" --format tsv --base-url "$BASE" | awk -F'\t' '$2 == "page" { print $5; exit }')
search="${BASE}cari/?q=$(node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$QUERY")"

: >"$WORK/runs.tsv"
for page in ${PAGES:-home bulletin unit polda election tag year overview page search}; do
  case $page in
    home) url=$BASE ;; bulletin) url=$bulletin ;; unit) url=$unit ;; polda) url=$polda ;; election) url=$election ;;
    tag) url=$tag ;; year) url=$year ;; overview) url=${BASE}satuan/ ;; search) url=$search ;;
    page) [ -n "$free" ] || continue; url=$free ;;
    *) echo "bench: unknown page kind '$page'" >&2; exit 2 ;;
  esac
  for run in $(seq "$RUNS"); do
    CHROME_PATH=/usr/bin/chromium node "$LIGHTHOUSE_DIR/node_modules/lighthouse/cli/index.js" "$url" --quiet \
      --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$WORK/report.json" \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run"
    node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const a = r.audits;
      const v = (id) => a[id].numericValue;
      const c = (id) => Math.round(r.categories[id].score * 100);
      console.log([process.argv[2], process.argv[3], c("performance"), v("first-contentful-paint"),
        v("largest-contentful-paint"), v("total-blocking-time"), v("cumulative-layout-shift"), v("speed-index"),
        c("accessibility"), c("best-practices"), c("seo")].join("\t"));
    ' "$WORK/report.json" "$page" "$url" >>"$WORK/runs.tsv"
    echo "bench: $page run $run: $(tail -1 "$WORK/runs.tsv" | cut -f3,9-11 | tr '\t' ' ')" >&2
  done
done

node - "$WORK/runs.tsv" "$RUNS" "$(node "$LIGHTHOUSE_DIR/node_modules/lighthouse/cli/index.js" --version)" "$(/usr/bin/chromium --version 2>/dev/null | head -1)" <<'EOF'
const fs = require('fs');
const [file, runs, lighthouse, chromium] = process.argv.slice(2);
const rows = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`Lighthouse ${lighthouse}, mobile emulation (simulated slow 4G, 4× CPU slowdown), ${chromium}; median of ${runs} runs:`);
console.log('');
console.log('| page | performance | accessibility | best practices | SEO | first contentful paint | largest contentful paint | total blocking time | layout shift | speed index |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const page of [...new Set(rows.map((r) => r[0]))]) {
  const mine = rows.filter((r) => r[0] === page);
  const m = (k) => median(mine.map((r) => Number(r[k])));
  console.log(`| ${page} | ${m(2)} | ${m(8)} | ${m(9)} | ${m(10)} | ${(m(3) / 1000).toFixed(1)} s | ${(m(4) / 1000).toFixed(1)} s | ${Math.round(m(5))} ms | ${m(6).toFixed(3)} | ${(m(7) / 1000).toFixed(1)} s |`);
}
EOF
