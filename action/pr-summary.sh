#!/usr/bin/env bash
# The job summary of a pull request: each bulletin and page it adds, changes, moves or removes, with its title and
# address (from 'sitegen list' of the pull request, and of its base for what it removes), and how many other files of
# the site it changes. Environment: SITEGEN_SOURCE, SITEGEN_BASE_URL, SITEGEN_BASE (the base commit; when HEAD is the
# merge commit GitHub checks out for a pull request, its first parent is the base and is used instead).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=action/common.sh
. "$here/common.sh"

source="${SITEGEN_SOURCE:-.}"
base_url="${SITEGEN_BASE_URL:-}"
limit="${SITEGEN_SUMMARY_ROWS:-300}"

base=""
if git -C "$source" rev-parse -q --verify 'HEAD^2' >/dev/null; then
  base="$(git -C "$source" rev-parse 'HEAD^1')"
elif [ -n "${SITEGEN_BASE:-}" ]; then
  git -C "$source" cat-file -e "${SITEGEN_BASE}^{commit}" 2>/dev/null \
    || git -C "$source" fetch -q --no-tags --depth=1 origin "$SITEGEN_BASE" 2>/dev/null || true
  git -C "$source" cat-file -e "${SITEGEN_BASE}^{commit}" 2>/dev/null && base="$SITEGEN_BASE"
fi
if [ -z "$base" ]; then
  note "commit dasar pull request tidak ditemukan; ringkasan buletin dilewati" "the pull request's base commit was not found; no summary of bulletins"
  exit 0
fi

work="$(mktemp -d)"
cleanup() {
  if [ -d "$work/base" ]; then git -C "$source" worktree remove --force "$work/base" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Paths relative to the site's folder, as sitegen list gives them.
git -C "$source" -c core.quotePath=false diff --relative --name-status -M "$base" HEAD -- content sitegen.yaml themes > "$work/changes"

list_args=(--format tsv)
[ -n "$base_url" ] && list_args+=(--base-url "$base_url")

# The listing as lines "path<US>kind<US>title<US>date<US>permalink<US>unit<US>draft<US>future": the unit separator keeps
# empty fields (a tab, being white space to 'read', would not).
declare -A head_row base_row
load() {
  local -n rows="$1"
  local path rest
  while IFS=$'\x1f' read -r path rest; do rows["$path"]="$rest"; done < <(tail -n +2 "$2" | tr '\t' '\037')
}
sitegen list --source "$source" "${list_args[@]}" > "$work/head.tsv" 2>/dev/null || true
load head_row "$work/head.tsv"
if grep -q '^[DR]' "$work/changes"; then
  if git -C "$source" worktree add -q --detach "$work/base" "$base" >/dev/null 2>&1; then
    prefix="$(git -C "$source" rev-parse --show-prefix)"
    sitegen list --source "$work/base/$prefix" "${list_args[@]}" > "$work/base.tsv" 2>/dev/null || true
    load base_row "$work/base.tsv"
  fi
fi

cell() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/|/\\|/g' <<< "$1"; }

# describe ROW: "title (notes)<US>permalink" for a listing row, or a note that it could not be read.
describe() {
  local kind title date permalink _unit draft future notes=()
  if [ -z "$1" ]; then
    printf '%s\x1f' "$(say '(tidak terbaca; lihat hasil pemeriksaan)' '(could not be read; see the check)')"
    return
  fi
  IFS=$'\x1f' read -r kind title date permalink _unit draft future <<< "$1"
  [ "$kind" = page ] && notes+=("$(say halaman page)")
  [ "$draft" = true ] && notes+=("$(say 'draf, tidak terbit' 'draft, not published')")
  [ "$future" = true ] && notes+=("$(say "terjadwal: ${date:0:10} ${date:11:5}" "scheduled: ${date:0:10} ${date:11:5}")")
  if [ ${#notes[@]} -gt 0 ]; then
    local joined="${notes[0]}" more
    for more in "${notes[@]:1}"; do joined="$joined; $more"; done
    title="$title ($joined)"
  fi
  printf '%s\x1f%s' "$(cell "$title")" "$(cell "$permalink")"
}

rows=()
others=0
while IFS=$'\t' read -r status first second; do
  path="${second:-$first}"
  case "$path" in
    content/bulletins/*.md|content/pages/*.md) ;;
    *) others=$((others + 1)); continue ;;
  esac
  files="\`$(cell "$path")\`"
  case "$status" in
    A*|C*) what="$(say Baru Added)"; IFS=$'\x1f' read -r title address <<< "$(describe "${head_row[$path]:-}")" ;;
    M*|T*) what="$(say Diubah Changed)"; IFS=$'\x1f' read -r title address <<< "$(describe "${head_row[$path]:-}")" ;;
    R*)
      what="$(say Dipindah Moved)"
      IFS=$'\x1f' read -r title address <<< "$(describe "${head_row[$path]:-}")"
      IFS=$'\x1f' read -r _ old_address <<< "$(describe "${base_row[$first]:-}")"
      files="\`$(cell "$first")\` → $files"
      if [ -n "$old_address" ] && [ "$old_address" != "$address" ]; then address="$address ($(say 'dulu' 'was') ~~${old_address}~~)"; fi
      ;;
    D*)
      what="$(say Dihapus Removed)"
      IFS=$'\x1f' read -r title address <<< "$(describe "${base_row[$path]:-}")"
      [ -n "$address" ] && address="~~${address}~~"
      ;;
    *) continue ;;
  esac
  rows+=("| $what | $title | $address | $files |")
done < "$work/changes"

{
  printf '### %s\n\n' "$(say 'Buletin dalam pull request ini' 'Bulletins in this pull request')"
  if [ ${#rows[@]} -eq 0 ]; then
    printf '%s\n' "$(say 'Tidak ada buletin atau halaman yang ditambah, diubah atau dihapus.' 'No bulletin or page is added, changed or removed.')"
  else
    printf '| | %s | %s | %s |\n| --- | --- | --- | --- |\n' "$(say Judul Title)" "$(say Alamat Address)" "$(say Berkas File)"
    printf '%s\n' "${rows[@]:0:$limit}"
    if [ ${#rows[@]} -gt "$limit" ]; then
      printf '\n%s\n' "$(say "… dan $(( ${#rows[@]} - limit )) lainnya." "… and $(( ${#rows[@]} - limit )) more.")"
    fi
  fi
  if [ "$others" -gt 0 ]; then
    printf '\n%s\n' "$(say "Berkas lain di situs yang berubah (foto, data, pengaturan atau tema): $others." "Other files of the site that changed (pictures, data, settings or theme): $others.")"
  fi
  printf '\n'
} | summary
output bulletins "${#rows[@]}"
