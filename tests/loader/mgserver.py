#!/usr/bin/env python3
"""A ModernGov web service on the loopback address, for the loader's tests.

    mgserver.py DIR PORTFILE

Serves two sites from the answers in DIR (written by tests/loader/run.sh in
the shapes of the real service): /good/..., where every answer is right, and
/bad/..., which answers one request with a 500 before the right answer, one
never in time, one cut short, and one with a meeting whose date is no date;
and whatever else DIR holds.  A file beside an answer says how to send it:
NAME.500once, NAME.hang, NAME.cut (a length it does not keep), NAME.nolength
(no length: the body ends when the connection closes).
It writes the port it listens on to PORTFILE and serves until killed.
"""
import http.server
import os
import sys
import threading
import time
import urllib.parse

ROOT = sys.argv[1]
hits = {}
lock = threading.Lock()


def answer_file(path, query):
    """The file that answers path?query: DIR/path/Operation[_value].xml or a document."""
    name = path.strip("/")
    q = urllib.parse.parse_qs(query)
    for key in ("lCommitteeId", "lMeetingId"):
        if key in q:
            name += "_" + q[key][0]
    for candidate in (name + ".xml", name):
        full = os.path.join(ROOT, candidate)
        if os.path.isfile(full):
            return full
    return None


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def handle(self):
        # a client that stops reading (over its --max-size) is not the
        # server's failure
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_request(self, code="-", size="-"):
        # one line a request, whatever its answer
        with open(os.path.join(ROOT, "requests.log"), "a") as f:
            f.write("%s %s %s\n" % (self.headers.get("User-Agent", "-"), self.path, code))

    def do_GET(self):
        parts = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(parts.path)
        with lock:
            hits[self.path] = hits.get(self.path, 0) + 1
            n = hits[self.path]
        f = answer_file(path, parts.query)
        if f is None:
            self.send_error(404)
            return
        body = open(f, "rb").read()
        if f.endswith(".500once.xml") or os.path.exists(f + ".500once"):
            if n == 1:
                self.send_error(500)
                return
        if os.path.exists(f + ".hang"):
            self.log_request("hang")
            time.sleep(30)          # the client's --timeout ends the wait
            return
        self.send_response(200)
        ctype = "application/pdf" if body.startswith(b"%PDF") else (
            "text/html" if b"<html" in body[:200] else "text/xml; charset=utf-8")
        self.send_header("Content-Type", ctype)
        if os.path.exists(f + ".cut"):
            self.send_header("Content-Length", str(len(body) + 1000))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
            return
        if os.path.exists(f + ".nolength"):
            # the body's end is the connection's end
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True
            return
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with open(sys.argv[2], "w") as f:
        f.write(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
