#!/usr/bin/env python3
"""Writes each table of UI strings as a neutral (zh-CN, the default) .resx and an .en.resx.

The .tsv files are the one place to edit UI strings: key<TAB>中文<TAB>English. Run: python3 tools/resx/generate.py
"""
import pathlib
from xml.sax.saxutils import escape

here = pathlib.Path(__file__).parent
src = here.parent.parent / "src"
# Each table of strings and the resource it becomes: (tsv, folder, resource base name).
tables = [
    ("strings.tsv", src / "UnionHome.Web" / "Resources", "SharedResource"),
    ("membership.tsv", src / "Modules" / "UnionHome.Membership" / "Resources", "MembershipText"),
    ("events.tsv", src / "Modules" / "UnionHome.Events" / "Resources", "EventsText"),
    ("cases.tsv", src / "Modules" / "UnionHome.Cases" / "Resources", "CasesText"),
]
header = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
for tsv, out, name in tables:
    rows = [line.split("\t") for line in (here / tsv).read_text(encoding="utf-8").splitlines() if line.strip()]
    out.mkdir(parents=True, exist_ok=True)
    for suffix, column in (("", 1), (".en", 2)):
        body = "".join(
            f'  <data name="{escape(r[0])}" xml:space="preserve"><value>{escape(r[column])}</value></data>\n' for r in rows)
        (out / f"{name}{suffix}.resx").write_text(header + body + "</root>\n", encoding="utf-8")
    print(f"{len(rows)} strings written to {out / name}")
