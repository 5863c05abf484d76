#!/usr/bin/env bash
# Page load on a slow phone connection: the sample site's pages in headless Chromium with the network throttled as
# Lighthouse's mobile profile assumes (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed 4×.
#
#   bench/page-load.sh [PATH ...]       (default: the home page, a bulletin, a unit, an election and the search page)
#
# Builds the repository's sample site (Release) into a work folder, serves it gzip-compressed as a static host does,
# and prints for each page: bytes transferred (HTML, CSS and JS, pictures, other), first contentful paint, largest
# contentful paint and the load event, the median of RUNS loads (default 5) with an empty cache. Needs the .NET SDK,
# Node.js, npm and Chromium (/usr/bin/chromium); playwright-core comes from npm into the work folder.
# WORK=/some/dir keeps the files there (default: a new temp folder).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-5}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/sitegen-page-load.XXXXXX")}
[ -x /usr/bin/chromium ] || { echo "bench: /usr/bin/chromium is missing (apt-get install -y chromium)" >&2; exit 1; }
mkdir -p "$WORK/npm"
echo "bench: work folder $WORK" >&2

echo "bench: building SiteGen (Release) and the sample site" >&2
dotnet build -c Release "$ROOT/src/SiteGen.Cli" -v q -nologo >/dev/null
rm -rf "$WORK/site"
dotnet "$ROOT/src/SiteGen.Cli/bin/Release/net10.0/SiteGen.Cli.dll" build --source "$ROOT" --output "$WORK/site" --lang en >&2

echo "bench: installing playwright-core from npm into $WORK/npm" >&2
(cd "$WORK/npm" && npm install --silent --no-audit --no-fund playwright-core@1 >/dev/null)

if [ $# -eq 0 ]; then
  BULLETIN=$(cd "$WORK/site" && ls -d 2024/09/*/ | head -n 1)
  set -- "" "$BULLETIN" "satuan/polres-blitar/" "pemilihan/pilkada-serentak-2024/" "cari/?q=pengamanan"
fi
RUNS=$RUNS node "$ROOT/bench/measure-page-load.mjs" "$WORK/site" "$WORK/npm/node_modules/playwright-core" "$@"
