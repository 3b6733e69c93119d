#!/usr/bin/env python3
"""The verdict of `make test-valgrind`: which of valgrind's reports are in
scrutiny's code.

valgrind writes one log per process (--log-file=...%p), each report between
the markers given with --error-markers.  A report is scrutiny's when one of
its frames is in scrutiny's sources (extension/core/, extension/pg/: frames
with debug information name their file) or, without it, in scrutiny.so.
Prints scrutiny's reports, then a count of both kinds; exits 1 when there is
one of scrutiny's.

  verdict.py DIR          the logs DIR/valgrind.*.log
  verdict.py --self-test  the reading of reports, on made-up logs
"""
import glob
import os
import re
import sys
import tempfile

BEGIN, END = "VALGRIND-ERROR-BEGIN", "VALGRIND-ERROR-END"
OURS = re.compile(r"extension/(core|pg)/[A-Za-z0-9_]+\.[ch]:\d+|/scrutiny\.so\b")


def reports(directory):
    """(log name, lines of one report) for every report in the logs."""
    for log in sorted(glob.glob(os.path.join(directory, "valgrind.*.log"))):
        block = None
        with open(log, errors="replace") as f:
            for line in f:
                text = re.sub(r"^==\d+== ?", "", line.rstrip("\n"))
                if text == BEGIN:
                    block = []
                elif text == END and block is not None:
                    yield os.path.basename(log), block
                    block = None
                elif block is not None:
                    block.append(text)


def verdict(directory):
    ours, theirs = [], 0
    for name, block in reports(directory):
        if any(OURS.search(line) for line in block):
            ours.append((name, block))
        else:
            theirs += 1
    return ours, theirs


def self_test():
    ok = True
    theirs_report = ["Syscall param write(buf) points to uninitialised byte(s)",
                     "   at 0x4B2A: write (write.c:26)",
                     "   by 0x59F1: XLogWrite (in /usr/lib/postgresql/15/bin/postgres)"]
    ours_report = ["Conditional jump or move depends on uninitialised value(s)",
                   "   at 0x1234: res_scan (/src/scrutiny/extension/core/resolve.c:3040)",
                   "   by 0x5678: scrutiny_resolutions (extension/pg/resolutions.c:77)"]
    ours_stripped = ["Invalid read of size 1",
                     "   at 0x9ABC: ??? (in /usr/lib/postgresql/15/lib/scrutiny.so)"]
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "valgrind.100.log"), "w") as f:
            for block in (theirs_report, ours_report):
                f.write("==100== %s\n" % BEGIN)
                f.writelines("==100== %s\n" % l for l in block)
                f.write("==100== %s\n" % END)
        with open(os.path.join(d, "valgrind.101.log"), "w") as f:
            f.write("==101== %s\n" % BEGIN)
            f.writelines("==101== %s\n" % l for l in ours_stripped)
            f.write("==101== %s\n==101== %s\n" % (END, "a line outside any report"))
        ours, theirs = verdict(d)
        ok &= len(ours) == 2 and theirs == 1
    with tempfile.TemporaryDirectory() as d:
        ours, theirs = verdict(d)
        ok &= not ours and theirs == 0
    print("verdict self-test: %s" % ("passed" if ok else "FAILED"))
    return 0 if ok else 1


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    ours, theirs = verdict(argv[1])
    for name, block in ours:
        print("-- %s" % name)
        print("\n".join(block))
    print("valgrind: %d error(s) in scrutiny's code, %d in PostgreSQL's own (%s)" %
          (len(ours), theirs, "PostgreSQL's suppressions applied" if os.environ.get("PG_VALGRIND_SUPP")
           else "no suppressions"))
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
