# scrutiny - PGXS build.
#
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

# Debian's versioned pg_config, so the PostgreSQL 15 build is chosen even when
# other server versions are installed; PG_CONFIG=... overrides it.
PG_MAJOR ?= 15
PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/$(PG_MAJOR)/bin/pg_config) pg_config)

CORE_SRCS = $(sort $(wildcard extension/core/*.c))
GLUE_SRCS = $(sort $(wildcard extension/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# The install script of the current version is built: the schema lockdown
# of the newest upgrade script first (nothing may run in a schema that holds
# somebody else's objects), then the first version and every upgrade in
# order, so a fresh install and an upgraded one run the same statements.
CURRENT_VERSION = 0.7
UPGRADE_CHAIN = extension/sql/scrutiny--0.1.sql extension/sql/scrutiny--0.1--0.2.sql \
	extension/sql/scrutiny--0.2--0.3.sql extension/sql/scrutiny--0.3--0.4.sql \
	extension/sql/scrutiny--0.4--0.5.sql extension/sql/scrutiny--0.5--0.6.sql \
	extension/sql/scrutiny--0.6--0.7.sql
FULL_SCRIPT = extension/sql/scrutiny--$(CURRENT_VERSION).sql
DATA_built = $(FULL_SCRIPT)
DATA = $(filter-out $(FULL_SCRIPT),$(wildcard extension/sql/scrutiny--*.sql))

DATA_TSEARCH = $(wildcard extension/tsearch/*.ths extension/tsearch/*.stop)

REGRESS = minute_ref minute_refs clean parts items resolutions documents_big tokenize tsearch meeting_info attendance declarations citations actions amounts docmemo schema security interop hardening migrate
REGRESS_OPTS = --encoding=UTF8 --no-locale

# Two sessions at once (pg_isolation_regress, specs/*.spec).
ISOLATION = officer_update moderngov_lock
ISOLATION_OPTS = --encoding=UTF8 --no-locale

DEP_PKGS = icu-uc icu-i18n libpcre2-8
PG_CPPFLAGS = -std=c99 $(shell pkg-config --cflags $(DEP_PKGS) 2>/dev/null)
PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK = $(shell pkg-config --libs $(DEP_PKGS) 2>/dev/null)

EXTRA_CLEAN = results regression.diffs regression.out output_iso tests/build

$(FULL_SCRIPT): $(UPGRADE_CHAIN) Makefile
	@{ echo '-- scrutiny $(CURRENT_VERSION), built by make from $(notdir $(UPGRADE_CHAIN)); do not edit.'; \
	   printf '%s\n' '\echo Use "CREATE EXTENSION scrutiny" to load this file. \quit'; \
	   sed -n '/^-- BEGIN lockdown$$/,/^-- END lockdown$$/p' $(lastword $(UPGRADE_CHAIN)); \
	   for f in $(UPGRADE_CHAIN); do echo; echo "-- from $$(basename $$f)"; grep -v '^\\echo ' $$f; done; } >$@.tmp
	@grep -q '^-- END lockdown$$' $@.tmp || { echo "$(lastword $(UPGRADE_CHAIN)) has no lockdown section" >&2; rm -f $@.tmp; exit 1; }
	@mv $@.tmp $@

# Rebuild every object when a header changes (the headers are few and small).
$(OBJS): $(wildcard extension/core/*.h extension/pg/*.h)

PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
else
all:
	@echo "pg_config not found: run 'make deps' (as root) first, or 'make demo' / 'make test'."
	@false
endif

# scrutiny-load, the loader (loader/Makefile): a program of its own, built
# and installed with the extension.  LOADER=no leaves it out.
LOADER ?= yes
ifeq ($(LOADER),yes)
all: loader/scrutiny-load
install: install-loader
clean: clean-loader
endif

loader/scrutiny-load: $(wildcard loader/*.c loader/*.h) loader/Makefile
	$(MAKE) -C loader PG_CONFIG=$(PG_CONFIG) WERROR=-Werror

install-loader: loader/scrutiny-load
	$(MAKE) -C loader install PG_CONFIG=$(PG_CONFIG)

clean-loader:
	$(MAKE) -C loader clean

.PHONY: deps demo test bench unit fuzz lint erd install-loader clean-loader

deps:
	@sh tests/install-deps.sh

# `make demo DOCS='dir/*.txt'` runs the demo on other minutes.  DOCS is also
# PGXS's list of files to install as documentation, so it is emptied for the
# inner install.
demo: deps
	$(MAKE) -s install DOCS=
	@KEEP=$(KEEP) bash tests/demo.sh $(DOCS)

test: deps
	$(MAKE) -s install DOCS=
	@bash tests/run-all.sh

bench: deps
	$(MAKE) -s install DOCS=
	@bash tests/bench/bench.sh

unit:
	@bash tests/run-all.sh unit

fuzz:
	@bash tests/run-all.sh fuzz

lint:
	@bash tests/run-all.sh lint

# docs/schema.svg from the catalog of a throwaway cluster (needs Graphviz;
# not part of `make test`: the SVG is committed).
erd: deps
	$(MAKE) -s install DOCS=
	@command -v dot >/dev/null || { echo "make erd needs Graphviz: apt-get install graphviz" >&2; exit 1; }
	@bash -c '. tests/pgcluster.sh && cluster_start && trap cluster_stop EXIT && \
	  psql_q -c "CREATE EXTENSION scrutiny" && bash docs/erd.sh --svg docs/schema.svg'
