#!/usr/bin/env python3
"""Writes a directory workbook (the layout of Renkei's xlsx export) for every association in the reference data,
with made-up but plausible figures, so the benchmark can load a 63-entry edition with `import-directory`
when the demo data has none. Standard library only (an xlsx is a zip of XML files).

Usage: bench/directory-xlsx.py OUT.xlsx [ASSOCIATIONS.csv]
"""
import csv
import random
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

LEGAL = {"公益財団法人", "公益社団法人", "一般財団法人", "一般社団法人", "特定非営利活動法人"}
MAIN = ["code", "legalForm", "name", "nameEn", "representativeTitle", "representativeName", "postalCode", "address",
        "phone", "email", "website", "foundedOn", "certifiedOn", "endowmentYen", "annualBudgetYen", "staff.seconded",
        "staff.regular", "staff.partTime", "staff.contract", "staff.temporary", "consultationLanguages"]
PROJECTS = ["code", "no", "name", "category", "description", "budgetYen"]
OFFICERS = ["code", "no", "title", "name", "affiliation"]
CATEGORIES = ["多文化共生", "外国人相談", "日本語教育", "防災・災害時支援", "国際交流", "国際協力", "国際理解"]
LANGUAGES = ["英語", "中国語", "韓国語", "ポルトガル語", "スペイン語", "タガログ語", "ベトナム語", "ネパール語", "やさしい日本語"]


def column(n):
    name = ""
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


def sheet_xml(keys, rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
           '<row r="1"><c r="A1" t="inlineStr"><is><t>ベンチマーク用に生成したデータ（架空）</t></is></c></row>',
           '<row r="2"/>']
    for r, values in enumerate([keys] + rows, start=3):
        cells = []
        for c, value in enumerate(values, start=1):
            ref = f"{column(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    source = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parent.parent / "src/Renkei.Web/ReferenceData/associations.csv"
    rnd = random.Random(2023)
    main_rows, project_rows, officer_rows = [], [], []
    with open(source, encoding="utf-8") as f:
        for a in csv.DictReader(f):
            code = a["local_gov_code"]
            budget = rnd.randrange(50, 900) * 1_000_000
            main_rows.append([
                code, a["legal_form"] if a["legal_form"] in LEGAL else "", a["name_ja"], a["name_en"], "理事長",
                f"代表 {rnd.choice('一二三四五六七八九')}郎", f"{rnd.randrange(100, 999)}-{rnd.randrange(0, 9999):04d}",
                f"{a['prefecture']}{a['city'] or ''}中央1-{rnd.randrange(1, 30)}-{rnd.randrange(1, 20)}",
                f"0{rnd.randrange(11, 99)}-{rnd.randrange(100, 999)}-{rnd.randrange(0, 9999):04d}",
                f"info@{a['website_domain'] or 'example.jp'}", f"https://{a['website_domain'] or 'example.jp'}/",
                f"{rnd.randrange(1975, 2000)}-{rnd.randrange(1, 13):02d}", f"{rnd.randrange(1990, 2012)}-{rnd.randrange(1, 13):02d}",
                rnd.randrange(1, 300) * 10_000_000, budget, rnd.randrange(0, 5), rnd.randrange(2, 20), rnd.randrange(0, 10),
                rnd.randrange(0, 12), rnd.randrange(0, 3), "、".join(rnd.sample(LANGUAGES, rnd.randrange(2, 8))),
            ])
            for i in range(1, rnd.randrange(4, 9)):
                project_rows.append([code, i, f"{rnd.choice(CATEGORIES)}事業{i}", rnd.choice(CATEGORIES),
                                     "地域に暮らす外国人住民の生活を支え、共に暮らす地域づくりを進める。" * rnd.randrange(1, 4),
                                     rnd.randrange(1, 500) * 100_000])
            for i, title in enumerate(["理事長", "副理事長", "理事", "監事"], start=1):
                officer_rows.append([code, i, title, f"役員 {i}", a["prefecture"]])

    sheets = [("協会", MAIN, main_rows), ("主な事業", PROJECTS, project_rows), ("役員", OFFICERS, officer_rows)]
    ns = "http://schemas.openxmlformats.org"
    with zipfile.ZipFile(argv[1], "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                             for i in range(1, len(sheets) + 1)) + "</Types>")
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">'
                   f'<Relationship Id="r1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}/spreadsheetml/2006/main" '
                   f'xmlns:r="{ns}/officeDocument/2006/relationships"><sheets>'
                   + "".join(f'<sheet name="{name}" sheetId="{i}" r:id="r{i}"/>' for i, (name, _, _) in enumerate(sheets, start=1))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">'
                   + "".join(f'<Relationship Id="r{i}" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                             for i in range(1, len(sheets) + 1)) + "</Relationships>")
        for i, (_, keys, rows) in enumerate(sheets, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", sheet_xml(keys, rows))
    print(f"{argv[1]}: {len(main_rows)} associations, {len(project_rows)} projects", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
