#!/usr/bin/env bash
# The Debian packages (debian/): built from a copy of the source in a
# scratch directory (dpkg-buildpackage -us -uc -b), checked with lintian,
# installed into this machine (dpkg -i, as root), and tested installed with
# debian/tests/installcheck, the autopkgtest: pg_buildext installcheck runs
# the pg_regress and isolation suites in a throwaway cluster (pg_virtualenv).
#
#   DEB_NO_INSTALL=1   stop after the build and lintian
#   DEB_KEEP=1         keep the scratch directory (its path is printed)
#
# Installing replaces the files `make install` put in the server's
# directories with the package's (the same files): run-all.sh runs this
# suite last, and the machine is left with the packages installed.
# Prints "N passed, N failed"; exits non-zero on failure.
set -u
cd "$(dirname "$0")/.." || exit 1

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok: $1"; }
bad() { failed=$((failed + 1)); echo "FAILED: $1"; }
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

for tool in dpkg-buildpackage dpkg-parsechangelog lintian pg_buildext; do
    command -v "$tool" >/dev/null || { bad "deb: $tool not found (tests/install-deps.sh installs it)"; finish; }
done

version=$(dpkg-parsechangelog -l debian/changelog -S Version)
WORK=$(mktemp -d -t scrutiny-deb.XXXXXX)
SRC=$WORK/scrutiny-$version
cleanup() {
    if [ -n "${DEB_KEEP:-}" ]; then echo "(scratch directory kept: $WORK)"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
mkdir "$SRC"

# The source without build products: the files git knows of (committed or
# not, less what .gitignore leaves out), else a copy cleaned by make clean.
if git rev-parse --verify -q HEAD >/dev/null 2>&1; then
    git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
        [ -e "$f" ] && printf '%s\0' "$f"
    done | tar --null -T - -cf - | tar -xf - -C "$SRC"
else
    tar --exclude=./tests/build -cf - . | tar -xf - -C "$SRC" &&
        make -s -C "$SRC" clean >/dev/null
fi || { bad "deb: copy of the source"; finish; }

# --- build -------------------------------------------------------------------
echo "building in $SRC"
if (cd "$SRC" && dpkg-buildpackage -us -uc -b) >"$WORK/build.log" 2>&1; then
    ok "deb: dpkg-buildpackage -us -uc -b"
else
    tail -n 40 "$WORK/build.log"
    bad "deb: dpkg-buildpackage -us -uc -b"; finish
fi
grep -E '^dpkg-deb: building package' "$WORK/build.log"

arch=$(dpkg-architecture -qDEB_HOST_ARCH)
packages=$(sed -n 's/^Package: //p' "$SRC/debian/control")
ext_pkgs=$(grep -E '^postgresql-[0-9]+-scrutiny$' <<<"$packages")
debs=()
for p in $packages; do
    deb=$WORK/${p}_${version}_$arch.deb
    if [ -f "$deb" ]; then debs+=("$deb"); else bad "deb: no $(basename "$deb")"; fi
done
[ "${#debs[@]}" -gt 0 ] || finish

# The extension package holds what make install installs: the library, the
# control file, every script of the source and the full script of the
# current version, the text search files, the docs; the loader package the
# loader and its man page.
current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" scrutiny.control)
expect() {
    local p=$1
    shift
    local listing missing=() f
    listing=$(dpkg-deb -c "$WORK/${p}_${version}_$arch.deb" | awk '{ print $6 }' | sed 's|^\./|/|')
    for f in "$@"; do grep -qxF "$f" <<<"$listing" || missing+=("$f"); done
    if [ ${#missing[@]} -eq 0 ]; then
        ok "deb: $p holds its $# files"
    else
        printf 'missing: %s\n' "${missing[@]}"; bad "deb: $p contents"
    fi
}
for ext_pkg in $ext_pkgs; do
    pg_major=${ext_pkg#postgresql-}
    pg_major=${pg_major%-scrutiny}
    share=/usr/share/postgresql/$pg_major
    # shellcheck disable=SC2046  # one argument per file listed
    expect "$ext_pkg" "/usr/lib/postgresql/$pg_major/lib/scrutiny.so" "$share/extension/scrutiny.control" \
        "$share/extension/scrutiny--$current.sql" \
        $(cd "$SRC" && ls extension/sql/scrutiny--*.sql | sed "s|^extension/sql/|$share/extension/|") \
        $(cd "$SRC" && ls extension/tsearch/*.ths extension/tsearch/*.stop | sed "s|^extension/tsearch/|$share/tsearch_data/|") \
        "/usr/share/doc/postgresql-doc-$pg_major/extension/scrutiny/README.md.gz" \
        "/usr/share/doc/$ext_pkg/copyright"
done
expect scrutiny-load /usr/bin/scrutiny-load /usr/share/man/man1/scrutiny-load.1.gz \
    /usr/share/doc/scrutiny-load/copyright

# --- lintian -----------------------------------------------------------------
changes=$WORK/scrutiny_${version}_$arch.changes
lintian --fail-on error,warning "$changes" >"$WORK/lintian.log" 2>&1
rc=$?
grep -v '^running with root privileges is not recommended' "$WORK/lintian.log"
if [ $rc -eq 0 ]; then ok "deb: lintian (no error or warning)"; else bad "deb: lintian (exit $rc)"; fi

# --- install and test installed ---------------------------------------------
if [ -n "${DEB_NO_INSTALL:-}" ]; then
    echo "SKIPPED install and installcheck (DEB_NO_INSTALL=1)"; finish
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIPPED install and installcheck: dpkg -i needs root (DEB_NO_INSTALL=1 says so quietly)"; finish
fi
main_debs=()
for d in "${debs[@]}"; do case $d in *-dbgsym_*) ;; *) main_debs+=("$d") ;; esac; done
if dpkg -i "${main_debs[@]}" >"$WORK/dpkg.log" 2>&1; then
    ok "deb: dpkg -i $(for d in "${main_debs[@]}"; do printf '%s ' "$(basename "$d")"; done)"
else
    cat "$WORK/dpkg.log"
    bad "deb: dpkg -i"; finish
fi
for p in $packages; do
    if dpkg -V "$p" >"$WORK/verify.log" 2>&1 && [ ! -s "$WORK/verify.log" ]; then
        ok "deb: $p installed, its files as packaged (dpkg -V)"
    else
        cat "$WORK/verify.log"; bad "deb: dpkg -V $p"
    fi
done
if /usr/bin/scrutiny-load --version >"$WORK/version.log" 2>&1; then
    ok "deb: $(cat "$WORK/version.log")"
else
    cat "$WORK/version.log"; bad "deb: scrutiny-load --version"
fi

# The autopkgtest, as autopkgtest runs it: from the top of the source tree.
(cd "$SRC" && sh debian/tests/installcheck) >"$WORK/installcheck.log" 2>&1
rc=$?
cat "$WORK/installcheck.log"
# PostgreSQL 15 prints "test name ... ok", 16+ prints TAP "ok 1 - name".
n_ok=$(grep -cE '(\.\.\. ok|^ok [0-9]+ )' "$WORK/installcheck.log")
n_bad=$(grep -cE '(\.\.\. FAILED|^not ok [0-9]+ )' "$WORK/installcheck.log")
passed=$((passed + n_ok))
failed=$((failed + n_bad))
[ "$n_bad" -eq 0 ] || echo "FAILED: deb: installcheck, $n_bad tests"
if [ $rc -ne 0 ] && [ "$n_bad" -eq 0 ]; then bad "deb: debian/tests/installcheck (exit $rc)"; fi
if [ $rc -eq 0 ] && [ "$n_ok" -eq 0 ]; then bad "deb: debian/tests/installcheck ran no test"; fi
finish
