#!/usr/bin/env python3
"""Adds or replaces messages in SiteGen's .resx files: scripts/resx.py KEY 'Indonesian text' 'English text' [KEY id en ...].
Keeps the entries sorted by key, so two changes that add different messages merge cleanly."""
import sys, re, html
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "SiteGen" / "Messages"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
ENTRY = re.compile(r'  <data name="([^"]+)" xml:space="preserve">\s*<value>(.*?)</value>\s*</data>\n', re.S)

def load(path):
    return {m.group(1): html.unescape(m.group(2)) for m in ENTRY.finditer(path.read_text(encoding="utf-8"))} if path.exists() else {}

def save(path, entries):
    body = "".join(f'  <data name="{k}" xml:space="preserve">\n    <value>{html.escape(v, quote=False)}</value>\n  </data>\n' for k, v in sorted(entries.items()))
    path.write_text(HEADER + body + "</root>\n", encoding="utf-8")

def main(args):
    if len(args) % 3 != 0 or not args:
        sys.exit(__doc__)
    id_path, en_path = ROOT / "Say.resx", ROOT / "Say.en.resx"
    ids, ens = load(id_path), load(en_path)
    for i in range(0, len(args), 3):
        key, id_text, en_text = args[i:i + 3]
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", key):
            sys.exit(f"bad key {key!r}: PascalCase letters and digits")
        ids[key], ens[key] = id_text, en_text
    save(id_path, ids)
    save(en_path, ens)

if __name__ == "__main__":
    main(sys.argv[1:])
