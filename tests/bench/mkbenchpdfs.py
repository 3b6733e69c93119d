#!/usr/bin/env python3
"""Write N PDFs of invented parish minutes into DIR for the loader's benchmark.

    mkbenchpdfs.py DIR N

Each is a different meeting (its own date) of about two pages: hard-wrapped
lines, a running header and page numbers, as councils' PDFs print them.
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "loader"))
from mkpdf import make_pdf  # noqa: E402

TOPICS = ["Playing field drainage", "Village hall lease", "Speed indicator device",
          "Allotment rents", "Bus shelter repairs", "Footpath 12 diversion",
          "Community orchard", "Defibrillator training"]


def minutes(k, day):
    date = day.strftime("%-d %B %Y")
    lines = ["BENCHFORD PARISH COUNCIL", "",
             "Minutes of the meeting of the Parish Council held on %s at 7.30 pm "
             "in the Village Hall." % date, "",
             "Present: Cllr A. Moss (Chair), Cllr B. Patel, Cllr C. Rowe, Cllr D. Shaw.",
             "In attendance: the Clerk and two members of the public.", ""]
    n = 1
    for title in ["Apologies for absence", "Declarations of interest",
                  "Minutes of the previous meeting"]:
        lines += ["%d. %s" % (n, title), ""]
        if n == 3:
            lines += ["RESOLVED: That the minutes of the last meeting be approved and signed "
                      "by the Chair as a correct record.", ""]
        else:
            lines += ["None were received.", ""]
        n += 1
    for t in range(5):
        title = TOPICS[(k + t) % len(TOPICS)]
        lines += ["%d. %s" % (n, title), "",
                  "The Clerk reported on the %s and the quotations received, which ranged from "
                  "£%d to £%d. Members discussed the options and the timing of the work, and "
                  "the effect on the reserves set aside for the current year." %
                  (title.lower(), 400 + 17 * k % 900, 1400 + 31 * k % 2000), "",
                  "Proposed by Cllr Patel, seconded by Cllr Rowe, and RESOLVED that the lowest "
                  "quotation be accepted and the Clerk place the order.", ""]
        n += 1
    lines += ["The meeting closed at 9.05 pm."]
    return lines


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    start = datetime.date(2001, 1, 1)
    for k in range(count):
        day = start + datetime.timedelta(days=7 * k)
        make_pdf(os.path.join(out, "benchford-%04d.pdf" % k), minutes(k, day),
                 header="Benchford Parish Council - %s" % day.isoformat(),
                 page_numbers=True, lines_per_page=30)


if __name__ == "__main__":
    main()
