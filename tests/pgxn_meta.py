#!/usr/bin/env python3
"""Check a META.json against the PGXN Meta Spec v1.0.x, and against the project.

    tests/pgxn_meta.py META.json             the spec's rules; exit 1 on any error
    tests/pgxn_meta.py --project . META.json  also: names and versions agree with
                                              the control file, named files exist
    tests/pgxn_meta.py --self-test           broken documents must be refused

No validator for the spec is packaged for Debian or npm, so the rules are
written here, one function per kind of value of the spec (term, version,
version range, license, maintainer, path, prereqs, resources, ...).
Unknown keys are errors except custom ones (x_ or X_), as the spec says.
"""
import copy
import json
import os
import re
import sys

SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*)?"
    r"(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?")
RANGE_PART = re.compile(r"(?:(?:[=!]=|[<>]=?)\s*)?(?:%s)" % SEMVER.pattern)
LICENSES = {
    "agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd", "freebsd",
    "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1", "lgpl_3_0", "mit",
    "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay",
    "sun", "zlib", "open_source", "restricted", "unrestricted", "unknown",
}
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONSHIPS = {"requires", "recommends", "suggests", "conflicts"}
META_SPEC_URLS = {"https://pgxn.org/meta/spec.txt", "http://pgxn.org/meta/spec.txt"}
URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def custom(key):
    return isinstance(key, str) and len(key) > 2 and key[:2] in ("x_", "X_")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def keys(self, where, obj, allowed, required=(), min_props=0):
        """obj is an object whose keys are among allowed or custom."""
        if not isinstance(obj, dict):
            self.err(where, "must be an object")
            return False
        for k in required:
            if k not in obj:
                self.err(where, "required key %r missing" % k)
        for k in obj:
            if k not in allowed and not custom(k):
                self.err(where, "unknown key %r (custom keys start with x_)" % k)
        if len(obj) < min_props:
            self.err(where, "must have at least %d key(s)" % min_props)
        return True

    def string(self, where, v):
        if not isinstance(v, str) or not v:
            self.err(where, "must be a non-empty string")
            return False
        return True

    def term(self, where, v):
        if self.string(where, v) and (len(v) < 2 or re.search(r"[/\\\s\x00-\x1f\x7f]", v)):
            self.err(where, "%r is no term (2 or more characters, no slash, backslash, "
                            "space or control character)" % v)

    def tag(self, where, v):
        if self.string(where, v) and (not 2 <= len(v) <= 255 or re.search(r"[/\\\x00-\x1f\x7f]", v)):
            self.err(where, "%r is no tag (2 to 255 characters, no slash, backslash or "
                            "control character)" % v)

    def version(self, where, v):
        if not isinstance(v, str) or not SEMVER.fullmatch(v):
            self.err(where, "%r is not a semantic version X.Y.Z" % (v,))

    def version_range(self, where, v):
        if v == 0 or v == "0":
            return
        if isinstance(v, bool) or not isinstance(v, str) or \
                not all(RANGE_PART.fullmatch(p.strip()) for p in v.split(",")):
            self.err(where, "%r is no version range (0, X.Y.Z, '>= X.Y.Z, < X.Y.Z', ...)" % (v,))

    def uri(self, where, v):
        if not isinstance(v, str) or not URI.fullmatch(v):
            self.err(where, "%r is not a URI" % (v,))

    def path(self, where, v):
        if self.string(where, v):
            parts = v.split("/")
            if v.startswith("/") or "\\" in v or ".." in parts or "" in parts:
                self.err(where, "%r is not a relative path in unix form" % v)

    def maintainer(self, where, v):
        if isinstance(v, list):
            if not v:
                self.err(where, "must not be an empty list")
            for i, m in enumerate(v):
                self.string("%s[%d]" % (where, i), m)
        else:
            self.string(where, v)

    def license(self, where, v):
        if isinstance(v, str):
            if v not in LICENSES:
                self.err(where, "%r is not one of the spec's license names" % v)
        elif isinstance(v, list):
            if not v:
                self.err(where, "must not be an empty list")
            for i, n in enumerate(v):
                if n not in LICENSES:
                    self.err("%s[%d]" % (where, i), "%r is not one of the spec's license names" % (n,))
        elif isinstance(v, dict):
            if not v:
                self.err(where, "must not be an empty object")
            for name, url in v.items():
                self.uri("%s.%s" % (where, name), url)
        else:
            self.err(where, "must be a license name, a list of them or an object of name: URL")

    def provides(self, where, v):
        if not self.keys(where, v, set(v) if isinstance(v, dict) else set(), min_props=1):
            return
        for name, ext in v.items():
            w = "%s.%s" % (where, name)
            self.term(w + " (name)", name)
            if self.keys(w, ext, {"file", "version", "abstract", "docfile", "docpath"},
                         required=("file", "version")):
                if "file" in ext:
                    self.path(w + ".file", ext["file"])
                if "docfile" in ext:
                    self.path(w + ".docfile", ext["docfile"])
                if "version" in ext:
                    self.version(w + ".version", ext["version"])
                for k in ("abstract", "docpath"):
                    if k in ext:
                        self.string("%s.%s" % (w, k), ext[k])

    def prereqs(self, where, v):
        if not self.keys(where, v, PHASES, min_props=1):
            return
        for phase, rels in v.items():
            if custom(phase):
                continue
            w = "%s.%s" % (where, phase)
            if not self.keys(w, rels, RELATIONSHIPS, min_props=1):
                continue
            for rel, deps in rels.items():
                if custom(rel):
                    continue
                wr = "%s.%s" % (w, rel)
                if not isinstance(deps, dict):
                    self.err(wr, "must be an object of name: version range")
                    continue
                for dep, rng in deps.items():
                    self.term("%s.%s (name)" % (wr, dep), dep)
                    self.version_range("%s.%s" % (wr, dep), rng)

    def resources(self, where, v):
        if not self.keys(where, v, {"homepage", "bugtracker", "repository"}, min_props=1):
            return
        if "homepage" in v:
            self.uri(where + ".homepage", v["homepage"])
        if "bugtracker" in v:
            b = v["bugtracker"]
            if self.keys(where + ".bugtracker", b, {"web", "mailto"}, min_props=1):
                if "web" in b:
                    self.uri(where + ".bugtracker.web", b["web"])
                if "mailto" in b and not (isinstance(b["mailto"], str) and EMAIL.fullmatch(b["mailto"])):
                    self.err(where + ".bugtracker.mailto", "%r is not an email address" % (b["mailto"],))
        if "repository" in v:
            r = v["repository"]
            if self.keys(where + ".repository", r, {"url", "web", "type"}, min_props=1):
                for k in ("url", "web"):
                    if k in r:
                        self.uri("%s.repository.%s" % (where, k), r[k])
                if "type" in r:
                    self.string(where + ".repository.type", r["type"])

    def no_index(self, where, v):
        if not self.keys(where, v, {"file", "directory"}, min_props=1):
            return
        for k in ("file", "directory"):
            if k in v:
                vals = v[k] if isinstance(v[k], list) else [v[k]]
                if not vals:
                    self.err("%s.%s" % (where, k), "must not be empty")
                for i, p in enumerate(vals):
                    self.string("%s.%s[%d]" % (where, k, i), p)

    def meta_spec(self, where, v):
        if self.keys(where, v, {"version", "url"}, required=("version",)):
            if "version" in v and not (isinstance(v["version"], str)
                                       and re.fullmatch(r"1\.0\.\d+", v["version"])):
                self.err(where + ".version", "%r: this checker reads meta-spec 1.0.x" % (v["version"],))
            if "url" in v and v["url"] not in META_SPEC_URLS:
                self.err(where + ".url", "%r is not the spec's URL" % (v["url"],))

    def document(self, meta):
        top = {"name", "version", "abstract", "maintainer", "license", "provides", "meta-spec",
               "description", "generated_by", "tags", "no_index", "prereqs", "release_status",
               "resources"}
        if not self.keys("META.json", meta, top, required=(
                "name", "version", "abstract", "maintainer", "license", "provides", "meta-spec")):
            return
        if "meta-spec" in meta:
            self.meta_spec("meta-spec", meta["meta-spec"])
        if "name" in meta:
            self.term("name", meta["name"])
        if "version" in meta:
            self.version("version", meta["version"])
        for k in ("abstract", "description", "generated_by"):
            if k in meta:
                self.string(k, meta[k])
        if "maintainer" in meta:
            self.maintainer("maintainer", meta["maintainer"])
        if "license" in meta:
            self.license("license", meta["license"])
        if "provides" in meta:
            self.provides("provides", meta["provides"])
        if "prereqs" in meta:
            self.prereqs("prereqs", meta["prereqs"])
        if "resources" in meta:
            self.resources("resources", meta["resources"])
        if "no_index" in meta:
            self.no_index("no_index", meta["no_index"])
        if "release_status" in meta and meta["release_status"] not in ("stable", "testing", "unstable"):
            self.err("release_status", "%r is not stable, testing or unstable" % (meta["release_status"],))
        if "tags" in meta:
            tags = meta["tags"]
            if not isinstance(tags, list) or not tags:
                self.err("tags", "must be a non-empty list")
            else:
                for i, t in enumerate(tags):
                    self.tag("tags[%d]" % i, t)

    def project(self, meta, top):
        """The distribution agrees with the control files and names files it holds."""
        provides = meta.get("provides") if isinstance(meta.get("provides"), dict) else {}
        for name, ext in provides.items():
            control = os.path.join(top, name + ".control")
            if not os.path.exists(control):
                self.err("provides." + name, "no %s.control in the project" % name)
                continue
            with open(control, encoding="utf-8") as f:
                m = re.search(r"^default_version\s*=\s*'([^']*)'", f.read(), re.M)
            default = m.group(1) if m else None
            want = default + ".0" * (2 - default.count(".")) if default else None
            if not isinstance(ext, dict):
                continue
            if want and ext.get("version") != want:
                self.err("provides.%s.version" % name, "%r, but %s.control's default_version "
                         "%r is %r" % (ext.get("version"), name, default, want))
            if default and isinstance(meta.get("version"), str) and \
                    not meta["version"].startswith(want.rsplit(".", 1)[0] + "."):
                self.err("version", "%r is not a release of %s %s" % (meta["version"], name, default))
            for k in ("file", "docfile"):
                p = ext.get(k)
                if isinstance(p, str) and not os.path.exists(os.path.join(top, p)):
                    self.err("provides.%s.%s" % (name, k), "%r is not in the project" % p)
        if meta.get("license") == "postgresql":
            lic = os.path.join(top, "LICENSE")
            first = open(lic, encoding="utf-8").readline().strip() if os.path.exists(lic) else ""
            if first != "PostgreSQL License":
                self.err("license", "'postgresql', but LICENSE does not open with 'PostgreSQL License'")


def check(meta, top=None):
    c = Checker()
    c.document(meta)
    if top is not None and isinstance(meta, dict):
        c.project(meta, top)
    return c.errors


def self_test(path):
    """Each broken copy of a good META.json must be refused."""
    with open(path, encoding="utf-8") as f:
        good = json.load(f)
    if check(good):
        print("self-test: %s itself is refused" % path)
        return 1

    def drop(k):
        return lambda m: m.pop(k)

    def put(keys, v):
        def f(m):
            for k in keys[:-1]:
                m = m[k]
            m[keys[-1]] = v
        return f
    ext = next(iter(good["provides"]))
    cases = [
        ("no license", drop("license")),
        ("no provides", drop("provides")),
        ("no meta-spec", drop("meta-spec")),
        ("version X.Y", put(["version"], "0.7")),
        ("license by its title", put(["license"], "PostgreSQL")),
        ("name with a space", put(["name"], "scru tiny")),
        ("unknown top key", put(["homepage"], "https://example.org/")),
        ("provides without file", lambda m: m["provides"][ext].pop("file")),
        ("absolute file", put(["provides", ext, "file"], "/usr/share/x.sql")),
        ("unknown phase", put(["prereqs", "install"], {"requires": {"PostgreSQL": "15.0.0"}})),
        ("unknown relationship", put(["prereqs", "runtime", "needs"], {"PostgreSQL": "15.0.0"})),
        ("bad version range", put(["prereqs", "runtime", "requires"], {"PostgreSQL": "15"})),
        ("bad release_status", put(["release_status"], "beta")),
        ("empty tags", put(["tags"], [])),
        ("empty resources", put(["resources"], {})),
        ("meta-spec 2", put(["meta-spec", "version"], "2.0.0")),
    ]
    bad = 0
    for name, mutate in cases:
        m = copy.deepcopy(good)
        mutate(m)
        if check(m):
            print("ok: refused: %s" % name)
        else:
            print("NOT refused: %s" % name)
            bad += 1
    print("self-test: %d of %d broken documents refused" % (len(cases) - bad, len(cases)))
    return 1 if bad else 0


def main(argv):
    top = None
    if argv[:1] == ["--self-test"]:
        return self_test(argv[1] if len(argv) > 1 else "META.json")
    if argv[:1] == ["--project"] and len(argv) > 1:
        top, argv = argv[1], argv[2:]
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        with open(argv[0], encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        print("%s: %s" % (argv[0], e))
        return 1
    errors = check(meta, top)
    for e in errors:
        print("%s: %s" % (argv[0], e))
    if not errors:
        print("%s: valid PGXN Meta Spec %s" % (argv[0], meta["meta-spec"]["version"]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
