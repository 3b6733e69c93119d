#!/bin/sh
# Install what building and testing scrutiny needs, if it is missing.
# Debian 12 package names; as root it runs apt-get, otherwise it prints the
# command to run and stops.
set -eu

PG_MAJOR=${PG_MAJOR:-15}
# the Debian packages (tests/deb.sh): dpkg-dev, debhelper, lintian, postgresql-server-dev-all (pg_buildext's dh --with pgxs)
# the loader: libpq, poppler (PDF), libxml2 (HTML, XML), libcurl (ModernGov sites), libzip (Word); qpdf makes the tests' encrypted PDF
PKGS="postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR libicu-dev libpcre2-dev pkg-config clang libclang-rt-14-dev cppcheck clang-tidy valgrind python3 libpq-dev libpoppler-glib-dev libxml2-dev libcurl4-openssl-dev libzip-dev qpdf dpkg-dev debhelper lintian postgresql-server-dev-all"

missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
    echo "scrutiny needs these packages:$missing" >&2
    echo "Run as root:  $cmd" >&2
    exit 1
fi
echo "Installing:$missing"
sh -c "$cmd"
