#!/usr/bin/env python3
"""Write a small PDF of invented minutes, for the loader's tests.

    mkpdf.py OUT.pdf TEXT.txt [--header TEXT] [--page-numbers] [--columns 2]
                              [--lines-per-page N] [--images-only]

TEXT.txt is the text, one printed line per line, hard-wrapped to the page's
width (--width); a line holding only '\\f' starts a new page.  The PDF uses the standard Helvetica font, so no font file
is embedded; characters outside Windows-1252 are not supported.  With
--columns 2 each page's lines are printed in two columns, the left column
first, as a newsletter-style layout prints them.  --images-only draws boxes
and no text: a scanned document as far as text extraction can tell.
"""
import argparse
import textwrap
import zlib


def pdf_string(s):
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def pages_of(lines, per_page):
    page = []
    for line in lines:
        if line == "\f":
            yield page
            page = []
            continue
        page.append(line)
        if len(page) == per_page:
            yield page
            page = []
    if page:
        yield page


def content(page_lines, number, args):
    ops = []
    if args.images_only:
        for k in range(len(page_lines)):
            ops.append("0.5 g 72 %d 400 10 re f" % (760 - 14 * k))
        return "\n".join(ops)
    ops.append("BT /F1 10 Tf")
    if args.header:
        ops.append("1 0 0 1 72 800 Tm %s Tj" % pdf_string(args.header))
    cols = [page_lines]
    if args.columns == 2:
        half = (len(page_lines) + 1) // 2
        cols = [page_lines[:half], page_lines[half:]]
    for ci, col in enumerate(cols):
        x = 72 + ci * 270
        for k, line in enumerate(col):
            ops.append("1 0 0 1 %d %d Tm %s Tj" % (x, 770 - 13 * k, pdf_string(line)))
    if args.page_numbers:
        ops.append("1 0 0 1 290 40 Tm %s Tj" % pdf_string("Page %d" % number))
    ops.append("ET")
    return "\n".join(ops)


def wrap(lines, width):
    """Hard-wrap long lines as a PDF's page width does."""
    out = []
    for line in lines:
        if line == "\f" or len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return out


def make_pdf(out_path, lines, header=None, page_numbers=False, columns=1, lines_per_page=52,
             images_only=False, width=0):
    args = argparse.Namespace(header=header, page_numbers=page_numbers, columns=columns,
                              images_only=images_only)
    lines = wrap(lines, width or (45 if columns == 2 else 95))
    pages = list(pages_of(lines, lines_per_page)) or [[]]

    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 4
    for i, page in enumerate(pages, 1):
        stream = zlib.compress(content(page, i, args).encode("latin-1"))
        objs[n] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[n + 1] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>" % n).encode()
        kids.append("%d 0 R" % (n + 1))
        n += 2
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(kids))).encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (n)
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    with open(out_path, "wb") as f:
        f.write(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("text")
    ap.add_argument("--header")
    ap.add_argument("--page-numbers", action="store_true")
    ap.add_argument("--columns", type=int, default=1)
    ap.add_argument("--lines-per-page", type=int, default=52)
    ap.add_argument("--images-only", action="store_true")
    ap.add_argument("--width", type=int, default=0,
                    help="hard-wrap lines at this many characters (default: 95, or 45 in two columns)")
    a = ap.parse_args()
    with open(a.text, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    make_pdf(a.out, lines, a.header, a.page_numbers, a.columns, a.lines_per_page, a.images_only, a.width)


if __name__ == "__main__":
    main()
