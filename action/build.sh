#!/usr/bin/env bash
# The gate, then the site: 'sitegen check' (every content error and broken link stops here, each also an annotation on
# its line of the bulletin), then 'sitegen build' into SITEGEN_OUTPUT, both with the address the site is published at.
# Environment: SITEGEN_SOURCE (the site's folder), SITEGEN_BASE_URL (empty: base_url of sitegen.yaml), SITEGEN_OUTPUT
# (default: output/ in the site's folder), SITEGEN_STRICT=true (warnings stop it too), SITEGEN_EVENT (the event's name).
# Step outputs: output (the built folder) and digest (a fingerprint of every file of it, the same for the same site).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=action/common.sh
. "$here/common.sh"

source="${SITEGEN_SOURCE:-.}"
output_dir="${SITEGEN_OUTPUT:-}"
[ -n "$output_dir" ] || output_dir="${source%/}/output"
base_url="${SITEGEN_BASE_URL:-}"
event="${SITEGEN_EVENT:-${GITHUB_EVENT_NAME:-}}"

if [ -z "$base_url" ] && [ "$event" != pull_request ] && [ -n "${GITHUB_ACTIONS:-}" ]; then
  # actions/configure-pages found no Pages site: what would be built would carry the wrong address everywhere.
  printf '### %s\n\n%s\n' "$(say 'GitHub Pages belum diaktifkan' 'GitHub Pages is not enabled')" \
    "$(say 'Buka Settings → Pages → Build and deployment, pilih Source: GitHub Actions, lalu jalankan ulang alur kerja ini.' \
           'Open Settings → Pages → Build and deployment, choose Source: GitHub Actions, then run this workflow again.')" | summary
  fail "GitHub Pages belum diaktifkan di repositori ini: Settings → Pages → Source: GitHub Actions, lalu jalankan ulang" \
       "GitHub Pages is not enabled for this repository: Settings → Pages → Source: GitHub Actions, then run again"
fi

args=(--source "$source")
[ -n "$base_url" ] && args+=(--base-url "$base_url")
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# What sitegen prints for people (stderr) goes to the log and the job summary; annotations (stdout) straight to the runner.
run() {
  local title="$1"; shift
  sitegen "$@" 2> "$log"
  local code=$?
  cat "$log" >&2
  # <pre> with the text escaped: a line quoted from a bulletin cannot end the block and turn into Markdown of the summary.
  { printf '### %s\n\n<pre>\n' "$title"; sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$log"; printf '</pre>\n\n'; } | summary
  return $code
}

strict=()
[ "${SITEGEN_STRICT:-false}" = true ] && strict=(--strict)
if ! run "$(say 'Pemeriksaan (sitegen check)' 'Check (sitegen check)')" check "${args[@]}" "${strict[@]}"; then
  say 'Perbaiki masalah di atas (juga ditandai pada baris buletinnya), lalu commit lagi; situs yang sudah terbit tidak berubah.' \
      'Fix the problems above (also marked on their lines of the bulletins) and commit again; the published site is unchanged.' \
    | { cat; printf '\n'; } | summary
  exit 1
fi
# What the last build learnt (.sitegen) and the site it built are trusted only as this action restored them from GitHub's
# cache: committed to the repository, which a pull request can do, they could put into the site what no bulletin says.
cache=()
if [ -n "$(git -C "$source" ls-files -- .sitegen 2>/dev/null)$(git ls-files -- "$output_dir" 2>/dev/null)" ]; then
  note "folder .sitegen atau folder situs ($output_dir) tersimpan di git, jadi cache build tidak dipakai (isinya dapat diubah lewat pull request); keluarkan dari git: git rm -r --cached .sitegen $output_dir, lalu commit" \
       "the .sitegen folder or the site's folder ($output_dir) is committed to git, so the build cache is not used (a pull request could change it); take them out of git: git rm -r --cached .sitegen $output_dir, then commit"
  cache=(--no-cache)
fi
run "$(say 'Situs (sitegen build)' 'Site (sitegen build)')" build "${args[@]}" --output "$output_dir" "${cache[@]}" || exit 1

# The same site gives the same bytes (SiteGen's builds are deterministic), so the same fingerprint: the scheduled run
# compares it with the last published one and does not publish an unchanged site again.
digest="$(cd "$output_dir" && find . -type f ! -name .sitegen-output -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-64)"
output output "$output_dir"
output digest "$digest"
