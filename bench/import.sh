#!/usr/bin/env bash
# Import benchmark: how long 'sitegen import --dry-run' takes, and how much memory, on releases as large as its limits
# allow and on files made to be refused.
#
#   bench/import.sh                  SiteGen built here (Release)
#   SITEGEN_DLL=/path/SiteGen.Cli.dll bench/import.sh     another build, e.g. an older commit's, to compare
#
# Inputs, made in $WORK (default: a new temp folder) with python3: one paragraph of 1, 2 and 4 MB dense with what
# the guesses look for (units, dates in every form, elections, a venue, tags, brackets, abbreviations), a first
# paragraph of 4 MB whose every full stop ends an abbreviation, 4 MB of short paragraphs, a .docx holding 7 MB of
# such text in one paragraph, and two .docx files to be refused: one whose picture unpacks to 1.5 GB and one
# holding 300 MB of text. The site is this repository's sample site; nothing is
# written. Prints wall time, CPU time (user + system: on a shared machine the steadier figure), peak memory and the
# command's last line for each.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/sitegen-import-bench.XXXXXX")}"
mkdir -p "$WORK"
if [ -z "${SITEGEN_DLL:-}" ]; then
  echo "building SiteGen (Release)..." >&2
  dotnet build "$repo/src/SiteGen.Cli" -c Release --nologo -v quiet >/dev/null
  SITEGEN_DLL="$repo/src/SiteGen.Cli/bin/Release/net10.0/SiteGen.Cli.dll"
fi

python3 - "$WORK" <<'PY'
import sys, zipfile, os
work = sys.argv[1]
head = "Polres Blitar Amankan Pilkada Serentak 2024 di Seluruh Kecamatan\n\n"
lead = "BLITAR – Polres Blitar mengamankan Pilkada Serentak 2024 di Aula Polres Blitar, Jumat (20/9/2024). "
dense = ("Polres Blitar 13/8/2024 Pemilu 2024 Polres Xyz [[[[[[[[ PSU & Senin (14/8/2024) pemilihan bupati 2024 14 Agustus 2024 Agustus 15, 2024 "
         "2024-08-16 di Aula Polres Blitar netralitas rakor tempat pemungutan suara AKBP. Budi S.H. Pilkada Serentak 2024 Kapolres Malang. ")
def repeat(start, unit, size):
    return start + unit * ((size - len(start)) // len(unit))
MB = 1024 * 1024
for mb in (1, 2, 4):
    open(f"{work}/line-{mb}mb.txt", "w").write(repeat(head + lead, dense, mb * MB - 1024) + "\n")
open(f"{work}/abbreviations-4mb.txt", "w").write(repeat(head + "BLITAR – Polres Blitar mengamankan Pilkada Serentak 2024, Jumat (20/9/2024), di ", "Jl. A. Yani ", 4 * MB - 1024) + "\n")
open(f"{work}/paragraphs-4mb.md", "w").write(repeat(head + lead + "\n\n", "Senin (13/8/2024) Polres Blitar Pemilu 2024 Reporter: Budi. [x](y) #\n\n", 4 * MB - 1024))

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
picture_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>')
def paragraph(text):
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r></w:p>"
def docx(name, body, extra=None):
    with zipfile.ZipFile(f"{work}/{name}", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>')
        if extra: extra(z)
title = "Polres Blitar Amankan Pilkada Serentak 2024 di Seluruh Kecamatan"
docx("text-7mb.docx", paragraph(title) + paragraph(repeat(lead, dense, 7 * MB)))
def huge_picture(z):
    z.writestr("word/_rels/document.xml.rels", picture_rels)
    info = zipfile.ZipInfo("word/media/image1.png")
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as part:
        zeros = bytes(MB)
        for _ in range(1536): part.write(zeros)
docx("picture-1.5gb.docx", paragraph(title) + paragraph(lead), huge_picture)
with zipfile.ZipFile(f"{work}/text-300mb.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("_rels/.rels", rels)
    with z.open("word/document.xml", "w", force_zip64=True) as part:
        part.write(f'<w:document {W}><w:body>'.encode())
        block = (paragraph(lead) * 1000).encode()
        for _ in range(300 * MB // len(block)): part.write(block)
        part.write(b"</w:body></w:document>")
PY

printf '\n| input | file size | wall s | CPU s | peak MiB | last line |\n| --- | ---: | ---: | ---: | ---: | --- |\n'
for input in line-1mb.txt line-2mb.txt line-4mb.txt abbreviations-4mb.txt paragraphs-4mb.md text-7mb.docx picture-1.5gb.docx text-300mb.docx; do
  file="$WORK/$input"
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" dotnet "$SITEGEN_DLL" import "$file" --source "$repo" --dry-run >/dev/null 2>"$WORK/err.txt" || true
  read -r wall user sys kb < <(tail -1 "$WORK/time.txt")
  size=$(du -h "$file" | cut -f1)
  last=$(grep -v '^Command exited' "$WORK/err.txt" | tail -1 | cut -c1-110)
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$input" "$size" "$wall" "$cpu" "$((kb / 1024))" "$last"
done
