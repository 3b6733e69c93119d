# scrutiny - PGXS build.
#
#   make                  the extension and scrutiny-load, for the server PG_CONFIG names
#   make install          into that server (DESTDIR=... for a staging root)
#   make -f SRC/Makefile  the same from another directory (a VPATH build, as pg_buildext does)
#   make dist             scrutiny-X.Y.Z.zip for PGXN, from git archive
#   make demo    install what is missing, build, install, run on the sample minutes
#   make test    install what is missing, build, install, run every test suite
#   make bench   benchmarks against PostgreSQL's own equivalents
#
# The PGXS include is guarded so that `make demo` and `make test` work on a
# machine that has no pg_config yet: they install the packages first, then
# run the build in a second make that can see PGXS.

EXTENSION = scrutiny

# The rules below sit above the PGXS include, so name PGXS's default goal.
.DEFAULT_GOAL := all
MODULE_big = scrutiny

# The source tree: this Makefile's directory.  Sources are listed relative
# to it and found through VPATH, so an out-of-tree build (PGXS sets VPATH
# when the Makefile is not in the current directory) builds every object.
SRC := $(patsubst %/,%,$(or $(VPATH),$(dir $(firstword $(MAKEFILE_LIST)))))
src_wildcard = $(patsubst $(SRC)/%,%,$(sort $(wildcard $(addprefix $(SRC)/,$(1)))))

# --- the server -------------------------------------------------------------
# PG_CONFIG=/path/to/pg_config names the server.  Otherwise PG_MAJOR (15
# unless given) names Debian's /usr/lib/postgresql/$(PG_MAJOR)/bin/pg_config;
# only when PG_MAJOR is not given does pg_config on PATH stand in for it.  A
# PG_MAJOR given that the chosen pg_config is not, or a pg_config without
# server headers, stops the build (see PG_PROBLEM).
ifeq ($(origin PG_MAJOR),undefined)
PG_MAJOR := 15
PG_MAJOR_GIVEN :=
else
PG_MAJOR_GIVEN := yes
endif
ifeq ($(origin PG_CONFIG),undefined)
PG_CONFIG := $(firstword $(wildcard /usr/lib/postgresql/$(PG_MAJOR)/bin/pg_config) \
	$(if $(PG_MAJOR_GIVEN),,$(shell command -v pg_config 2>/dev/null)))
endif

comma := ,
PG_PROBLEM :=
ifeq ($(strip $(PG_CONFIG)),)
PG_PROBLEM := no pg_config for PostgreSQL $(PG_MAJOR) (/usr/lib/postgresql/$(PG_MAJOR)/bin/pg_config$(if $(PG_MAJOR_GIVEN),,$(comma) nor pg_config on PATH)): install postgresql-server-dev-$(PG_MAJOR) ('make deps PG_MAJOR=$(PG_MAJOR)' as root does), or name one with PG_CONFIG=/path/to/pg_config
else
PG_VERSION_TEXT := $(shell $(PG_CONFIG) --version 2>/dev/null)
PG_VERSION_MAJOR := $(firstword $(subst ., ,$(word 2,$(PG_VERSION_TEXT))))
PG_SERVER_INCLUDE := $(shell $(PG_CONFIG) --includedir-server 2>/dev/null)
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifeq ($(PG_VERSION_TEXT),)
PG_PROBLEM := PG_CONFIG=$(PG_CONFIG) does not run: name a PostgreSQL server's pg_config
else ifneq ($(and $(PG_MAJOR_GIVEN),$(filter-out $(PG_MAJOR),$(PG_VERSION_MAJOR))),)
PG_PROBLEM := PG_MAJOR=$(PG_MAJOR), but $(PG_CONFIG) is $(PG_VERSION_TEXT): install postgresql-server-dev-$(PG_MAJOR), or give the PG_CONFIG of a PostgreSQL $(PG_MAJOR)
else ifeq ($(wildcard $(PG_SERVER_INCLUDE)/postgres.h),)
PG_PROBLEM := $(PG_CONFIG) ($(PG_VERSION_TEXT)) has no server headers in $(PG_SERVER_INCLUDE): install postgresql-server-dev-$(PG_VERSION_MAJOR), or name another server with PG_CONFIG=
else ifeq ($(wildcard $(PGXS)),)
PG_PROBLEM := $(PG_CONFIG) ($(PG_VERSION_TEXT)) has no PGXS ($(PGXS)): install postgresql-server-dev-$(PG_VERSION_MAJOR)
endif
endif

# Goals that need no server headers or libraries: they install them first
# (deps, demo, test, bench, erd), run a test runner that checks its own
# tools, or only read the git tree.  Any other goal is a build and checks.
NOBUILD_GOALS = deps demo test test-valgrind bench erd unit fuzz fuzz-long lint dist clean distclean maintainer-clean
BUILD_GOALS := $(filter-out $(NOBUILD_GOALS),$(or $(MAKECMDGOALS),all))

# --- the extension ----------------------------------------------------------
CORE_SRCS = $(call src_wildcard,extension/core/*.c)
GLUE_SRCS = $(call src_wildcard,extension/pg/*.c)
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)
OBJ_HEADER_DEPS = $(addprefix $(SRC)/,$(call src_wildcard,extension/core/*.h extension/pg/*.h))

# The install script of the current version is built: the schema lockdown
# of the newest upgrade script first (nothing may run in a schema that holds
# somebody else's objects), then the first version and every upgrade in
# order, so a fresh install and an upgraded one run the same statements.
# The version is the control file's default_version.
CURRENT_VERSION := $(shell sed -n "s/^default_version = '\(.*\)'$$/\1/p" $(SRC)/$(EXTENSION).control)
UPGRADE_CHAIN = extension/sql/scrutiny--0.1.sql extension/sql/scrutiny--0.1--0.2.sql \
	extension/sql/scrutiny--0.2--0.3.sql extension/sql/scrutiny--0.3--0.4.sql \
	extension/sql/scrutiny--0.4--0.5.sql extension/sql/scrutiny--0.5--0.6.sql \
	extension/sql/scrutiny--0.6--0.7.sql
FULL_SCRIPT = extension/sql/scrutiny--$(CURRENT_VERSION).sql
DATA_built = $(FULL_SCRIPT)
DATA = $(filter-out $(FULL_SCRIPT),$(call src_wildcard,extension/sql/scrutiny--*.sql))

# Out of tree, make would take the source tree's own build products (found
# through VPATH) for up to date and build nothing: refuse instead.
ifneq ($(abspath $(SRC)),$(CURDIR))
ifneq ($(BUILD_GOALS),)
SRC_BUILT := $(wildcard $(SRC)/*.so $(SRC)/extension/*/*.o $(SRC)/$(FULL_SCRIPT) $(SRC)/loader/*.o $(SRC)/loader/scrutiny-load)
ifneq ($(SRC_BUILT),)
$(error an out-of-tree build needs a clean source tree, and $(SRC) holds an in-tree build ($(firstword $(SRC_BUILT)) ...): run 'make clean' there first)
endif
endif
endif

DATA_TSEARCH = $(call src_wildcard,extension/tsearch/*.ths extension/tsearch/*.stop)

# Installed into $(docdir)/extension/scrutiny/ (see docmoduledir below).
DOCS = README.md LICENSE Changes $(call src_wildcard,docs/*.md docs/*.svg)

REGRESS = minute_ref minute_refs clean parts items resolutions documents_big tokenize tsearch meeting_info attendance declarations citations actions amounts docmemo encodings schema security interop parallel hardening migrate
REGRESS_OPTS = --encoding=UTF8 --no-locale

# Two sessions at once (pg_isolation_regress, specs/*.spec).
ISOLATION = officer_update moderngov_lock
ISOLATION_OPTS = --encoding=UTF8 --no-locale

# ICU and PCRE2 from pkg-config; a missing pkg-config or .pc file stops a build.
DEP_PKGS = icu-uc icu-i18n libpcre2-8
PKG_CONFIG ?= pkg-config
ifneq ($(BUILD_GOALS),)
ifeq ($(shell command -v $(PKG_CONFIG) 2>/dev/null),)
$(error scrutiny needs pkg-config to find ICU and PCRE2, and '$(PKG_CONFIG)' is not found: install pkg-config ('make deps' as root does))
endif
DEP_MISSING := $(strip $(foreach p,$(DEP_PKGS),$(if $(shell $(PKG_CONFIG) --exists $(p) && echo y),,$(p))))
ifneq ($(DEP_MISSING),)
$(error pkg-config finds no $(DEP_MISSING) (ICU: libicu-dev, PCRE2: libpcre2-dev on Debian; 'make deps' as root installs them), or set PKG_CONFIG_PATH)
endif
endif
PG_CPPFLAGS = -std=c99 $(shell $(PKG_CONFIG) --cflags $(DEP_PKGS) 2>/dev/null)
SHLIB_LINK = $(shell $(PKG_CONFIG) --libs $(DEP_PKGS) 2>/dev/null)

# Warnings are errors in the project's own builds (make test, CI) only:
# they pass WERROR=-Werror; a packager's plain make does not fail on a
# newer compiler's new warning.
WERROR ?=
PG_CFLAGS = -Wall -Wextra $(WERROR) -Wno-unused-parameter -Wno-missing-field-initializers

EXTRA_CLEAN = results regression.diffs regression.out output_iso tests/build

ifeq ($(PG_PROBLEM),)
include $(PGXS)

# Docs get a directory of their own: README.md or schema.md would collide
# with other extensions' docs in $(docdir)/extension/.  PGXS's uninstall
# removes DOCS by their paths, which does not fit names flattened by the
# install, so the directory goes whole.
docmoduledir := $(docmoduledir)/$(EXTENSION)
uninstall: uninstall-docs
uninstall-docs:
	rm -rf '$(DESTDIR)$(docdir)/$(docmoduledir)'

$(FULL_SCRIPT): $(addprefix $(SRC)/,$(UPGRADE_CHAIN) $(EXTENSION).control) $(SRC)/Makefile | $(CURDIR)/extension/sql
	@{ echo '-- scrutiny $(CURRENT_VERSION), built by make from $(notdir $(UPGRADE_CHAIN)); do not edit.'; \
	   printf '%s\n' '\echo Use "CREATE EXTENSION scrutiny" to load this file. \quit'; \
	   sed -n '/^-- BEGIN lockdown$$/,/^-- END lockdown$$/p' $(SRC)/$(lastword $(UPGRADE_CHAIN)); \
	   for f in $(addprefix $(SRC)/,$(UPGRADE_CHAIN)); do echo; echo "-- from $$(basename $$f)"; grep -v '^\\echo ' $$f; done; } >$@.tmp
	@grep -q '^-- END lockdown$$' $@.tmp || { echo "$(lastword $(UPGRADE_CHAIN)) has no lockdown section" >&2; rm -f $@.tmp; exit 1; }
	@mv $@.tmp $@

# Rebuild every object when a header changes (the headers are few and small).
# Out of tree, the object directories are made first (absolute paths, so
# that VPATH does not find the source tree's directories instead).
OBJ_DIRS = $(addprefix $(CURDIR)/,extension/core extension/pg extension/sql)
$(OBJS): $(OBJ_HEADER_DEPS) | $(OBJ_DIRS)
$(OBJ_DIRS):
	$(MKDIR_P) $@

# scrutiny-load, the loader (loader/Makefile): a program of its own, built
# and installed with the extension.  LOADER=no leaves it out.
LOADER ?= yes
ifeq ($(LOADER),yes)
all: loader/scrutiny-load
install: install-loader
uninstall: uninstall-loader
clean: clean-loader
endif

LOADER_ARGS = -C loader -f $(abspath $(SRC))/loader/Makefile PG_CONFIG=$(PG_CONFIG)

loader/scrutiny-load: $(addprefix $(SRC)/,$(call src_wildcard,loader/*.c loader/*.h) loader/Makefile) | $(CURDIR)/loader
	$(MAKE) $(LOADER_ARGS) WERROR=$(WERROR)

install-loader: loader/scrutiny-load
	$(MAKE) $(LOADER_ARGS) install

uninstall-loader:
	$(MAKE) $(LOADER_ARGS) uninstall

clean-loader:
	$(MAKE) $(LOADER_ARGS) clean

$(CURDIR)/loader:
	$(MKDIR_P) $@

else ifneq ($(BUILD_GOALS),)
$(error $(PG_PROBLEM))
endif

.PHONY: deps demo test test-valgrind bench unit fuzz fuzz-long lint dist erd install-loader uninstall-loader clean-loader uninstall-docs

deps:
	@sh $(SRC)/tests/install-deps.sh

# `make demo MINUTES='dir/*.txt'` runs the demo on other minutes.
demo: deps
	$(MAKE) -s install
	@KEEP=$(KEEP) bash tests/demo.sh $(MINUTES)

# The project's own build: warnings are errors.
test: deps
	$(MAKE) -s install WERROR=-Werror
	@bash tests/run-all.sh

bench: deps
	$(MAKE) -s install
	@bash tests/bench/bench.sh

# The pg_regress suites against a server run under valgrind memcheck (slow:
# not part of `make test`; its last result is in docs/testing.md).
test-valgrind: deps
	$(MAKE) -s install
	@bash tests/valgrind/run.sh

unit:
	@bash tests/run-all.sh unit

fuzz:
	@bash tests/run-all.sh fuzz

# Every harness for 10 M executions (hours: FUZZ_HARNESSES="fuzz_segment" runs
# one), its grown corpus merged into tests/fuzz/grown/, which `make fuzz` and
# `make test` then start from.  Figures in docs/testing.md.
fuzz-long:
	@FUZZ_RUNS=$${FUZZ_RUNS:-10000000} FUZZ_GROW=1 bash tests/run-all.sh fuzz

lint:
	@bash tests/run-all.sh lint

# The PGXN release: scrutiny-X.Y.Z.zip with a top directory scrutiny-X.Y.Z/,
# from git archive of HEAD (committed files only; .gitattributes leaves out
# what a user does not need).  X.Y.Z is META.json's version.
DIST_VERSION = $(shell python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' $(SRC)/META.json)
dist:
	@test -n "$(DIST_VERSION)" || { echo "no version in META.json" >&2; exit 1; }
	@git -C $(SRC) diff --quiet HEAD -- || echo "warning: uncommitted changes are not in the zip" >&2
	git -C $(SRC) archive --format=zip --prefix=$(EXTENSION)-$(DIST_VERSION)/ \
	    -o $(abspath $(EXTENSION)-$(DIST_VERSION).zip) HEAD
	@echo "$(EXTENSION)-$(DIST_VERSION).zip"

# docs/schema.svg from the catalog of a throwaway cluster (needs Graphviz;
# not part of `make test`: the SVG is committed).
erd: deps
	$(MAKE) -s install
	@command -v dot >/dev/null || { echo "make erd needs Graphviz: apt-get install graphviz" >&2; exit 1; }
	@bash -c '. tests/pgcluster.sh && cluster_start && trap cluster_stop EXIT && \
	  psql_q -c "CREATE EXTENSION scrutiny" && bash docs/erd.sh --svg docs/schema.svg'
