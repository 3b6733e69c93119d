#!/usr/bin/env python3
"""Write a .docx of invented minutes, for the loader's tests.

    mkdocx.py OUT.docx TEXT.txt

Each line of TEXT.txt is a paragraph.  A line "12. Title" becomes a
paragraph of an automatically numbered list (Word keeps the number in
numbering.xml, not in the text; the list starts at the first such number),
"(a) text" a paragraph of its second level, and "| a | b |" a table row.
A tab in a line stays a w:tab.
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run(text):
    parts = text.split("\t")
    out = []
    for k, p in enumerate(parts):
        if k:
            out.append("<w:r><w:tab/></w:r>")
        if p:
            out.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(p))
    return "".join(out)


def para(text, level=None):
    ppr = ""
    if level is not None:
        ppr = '<w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr></w:pPr>' % level
    return "<w:p>%s%s</w:p>" % (ppr, run(text))


def main():
    out, src = sys.argv[1], sys.argv[2]
    body = []
    start = None
    rows = []
    for line in open(src, encoding="utf-8").read().split("\n"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            body.append("<w:tbl>%s</w:tbl>" % "".join(
                "<w:tr>%s</w:tr>" % "".join("<w:tc>%s</w:tc>" % para(c) for c in r) for r in rows))
            rows = []
        m = re.match(r"^(\d+)\.\s+(.*)$", line)
        s = re.match(r"^\([a-z]\)\s+(.*)$", line)
        if m:
            start = start or int(m.group(1))
            body.append(para(m.group(2), 0))
        elif s:
            body.append(para(s.group(1), 1))
        else:
            body.append(para(line))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, "".join(body)))
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<w:numbering xmlns:w="%s"><w:abstractNum w:abstractNumId="7">'
                 '<w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="decimal"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
                 % (W, start or 1))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", document)
        z.writestr("word/numbering.xml", numbering)


if __name__ == "__main__":
    main()
