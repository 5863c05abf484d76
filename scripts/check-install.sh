#!/usr/bin/env bash
# Packs SiteGen as a .NET tool, installs it into a temporary tool path and follows docs/publishing.md as an office would:
# sitegen init (non-interactive), sitegen new, write the release, sitegen check, sitegen build. Then builds the sample
# site with the installed 'sitegen' in a new folder that has no theme of its own (the built-in theme is used).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$repo/src/SiteGen.Cli" -c Release -o "$work/packages" --nologo -v quiet
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/src/SiteGen.Cli/SiteGen.Cli.csproj")"
dotnet tool install SiteGen.Tool --version "$version" --tool-path "$work/tools" --add-source "$work/packages" >/dev/null
sitegen="$work/tools/sitegen"
"$sitegen" --version | grep -qx "$version"
# Indonesian by default, English on request: the English messages travel in the package too.
"$sitegen" --help | grep -q "Cara pakai:"
"$sitegen" --help --lang en | grep -q "Usage:"

# An office's own site, as docs/publishing.md ("Installing the sitegen tool") starts one.
(cd "$work" && "$sitegen" init buletin --title "Buletin Humas Polres Contoh" --unit "Polres Contoh" --polda "Polda Jawa Timur" \
  --region "Kabupaten Contoh" --base-url https://humas-polres-contoh.github.io/buletin/ < /dev/null > /dev/null)
cd "$work/buletin"
test -f .github/workflows/terbitkan.yml
grep -q "version: \"$version\"" .github/workflows/terbitkan.yml
bulletin="$("$sitegen" new "Apel Pengamanan Tahapan Pemilu" --unit "Polres Contoh" --election "Pemilu 2029")"
# Fresh from 'new', the bulletin still says "write the release here": the gate refuses it.
if "$sitegen" check 2>/dev/null; then echo "check-install: check passed a bulletin that still holds the placeholder" >&2; exit 1; fi
sed -i 's/^Tulis isi rilis di sini\..*$/Personel gabungan mengikuti apel pengamanan di halaman kantor./' "$bulletin"
"$sitegen" check
"$sitegen" build
test -f output/index.html
grep -q "Apel Pengamanan Tahapan Pemilu" output/index.html

mkdir "$work/site"
cp -r "$repo/sitegen.yaml" "$repo/content" "$work/site/"
(cd "$work/site" && "$sitegen" build)
test -f "$work/site/output/index.html"
test -f "$work/site/output/feed.xml"
grep -q 'lang="id"' "$work/site/output/index.html"
echo "check-install: the installed tool started, checked and built a new office's site, and built the sample site"
