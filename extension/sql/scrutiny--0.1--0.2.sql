-- scrutiny 0.1 -> 0.2: document structure (clean, parts, items, resolutions)
-- and committee text search (tokenize, the scrutiny.parser text search
-- parser, the scrutiny.english configuration).
-- A fresh CREATE EXTENSION runs scrutiny--0.1.sql and then this script, so
-- installs and upgrades end with the same objects (tests/run-all.sh upgrade).
\echo Use "ALTER EXTENSION scrutiny UPDATE TO '0.2'" to load this file. \quit

-- ---------------------------------------------------------------------
-- Document structure
-- ---------------------------------------------------------------------

-- (document structure objects go here)

-- ---------------------------------------------------------------------
-- Committee text search
-- ---------------------------------------------------------------------

-- (text search objects go here)
