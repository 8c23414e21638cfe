#!/usr/bin/env python3
"""Adds or updates English translations in a .en.resx file (created when missing).

Usage: scripts/translate.py PATH.en.resx "日本語" "English" ["日本語" "English" ...]
Keys are the Japanese text as written in the view or class; the value is its English.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""

def main(argv):
    if len(argv) < 4 or len(argv) % 2 != 0:
        sys.exit(__doc__)
    path = Path(argv[1])
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HEADER, encoding="utf-8")
    tree = ET.parse(path)
    root = tree.getroot()
    existing = {d.get("name"): d for d in root.findall("data")}
    for ja, en in zip(argv[2::2], argv[3::2]):
        d = existing.get(ja)
        if d is None:
            d = ET.SubElement(root, "data", {"name": ja, "xml:space": "preserve"})
            ET.SubElement(d, "value")
            existing[ja] = d
        d.find("value").text = en
    ET.indent(tree, "  ")
    tree.write(path, encoding="utf-8", xml_declaration=True)

if __name__ == "__main__":
    main(sys.argv)
