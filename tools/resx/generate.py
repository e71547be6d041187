#!/usr/bin/env python3
"""Writes each table of UI strings as a neutral (zh-CN, the default) .resx and an .en.resx beside it.

Every Resources/NAME.tsv under src/ (the host's and each module's) is the one place to edit those strings:
key<TAB>中文<TAB>English, written to Resources/NAME.resx and Resources/NAME.en.resx. Run: python3 tools/resx/generate.py
"""
import pathlib
from xml.sax.saxutils import escape

src = pathlib.Path(__file__).parent.parent.parent / "src"
header = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
for tsv in sorted(src.glob("**/Resources/*.tsv")):
    if "bin" in tsv.parts or "obj" in tsv.parts:
        continue
    rows = [line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = [r[0] for r in rows]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise SystemExit(f"{tsv}: keys twice: {', '.join(duplicates)}")
    for suffix, column in (("", 1), (".en", 2)):
        body = "".join(
            f'  <data name="{escape(r[0])}" xml:space="preserve"><value>{escape(r[column])}</value></data>\n' for r in rows)
        (tsv.parent / f"{tsv.stem}{suffix}.resx").write_text(header + body + "</root>\n", encoding="utf-8")
    print(f"{len(rows)} strings written to {tsv.with_suffix('.resx')}")
