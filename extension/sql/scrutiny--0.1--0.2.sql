-- scrutiny 0.1 -> 0.2: document structure (clean, parts, items, resolutions)
-- and committee text search (tokenize, the scrutiny.parser text search
-- parser, the scrutiny.english configuration).
-- A fresh CREATE EXTENSION runs scrutiny--0.1.sql and then this script, so
-- installs and upgrades end with the same objects (tests/run-all.sh upgrade).
\echo Use "ALTER EXTENSION scrutiny UPDATE TO '0.2'" to load this file. \quit

-- ---------------------------------------------------------------------
-- Document structure
-- ---------------------------------------------------------------------

CREATE FUNCTION clean(doc text) RETURNS text
    AS 'MODULE_PATHNAME', 'scrutiny_clean'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION clean(text) IS
    'The text of a minutes document without page furniture (running headers and footers, page numbers, blank-page notices, OCR debris) and converter markup, with typography made plain and NFKC-normalised';

CREATE FUNCTION parts(doc text,
    OUT ordinal int, OUT kind text, OUT title text, OUT start int, OUT len int)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'scrutiny_parts'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION parts(text) IS
    'The parts of a document pack (agenda, minutes, report, other) with 1-based character offsets; a plain minutes file is one minutes part';

-- Not STRICT: held_on and heading_pattern default to NULL.
CREATE FUNCTION items(doc text, held_on date DEFAULT NULL, heading_pattern text DEFAULT NULL,
    OUT ordinal int, OUT ref minute_ref, OUT label text, OUT title text, OUT body text,
    OUT start int, OUT len int)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'scrutiny_items'
    LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 15;
COMMENT ON FUNCTION items(text, date, text) IS
    'The minute items of the minutes parts of a document: number as printed, minute_ref (year from the label, else the municipal year of held_on), title, cleaned body and 1-based character offsets of the item in the document';

CREATE FUNCTION resolutions(item text,
    OUT ordinal int, OUT label text, OUT resolution text, OUT kind text,
    OUT start int, OUT len int, OUT votes_for int, OUT votes_against int,
    OUT abstentions int, OUT carried boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'scrutiny_resolutions'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION resolutions(text) IS
    'The single resolutions of a minute item''s decision blocks, each with its number, wording (lead-in carried), kind (noted, approved, agreed, requested, recommended, referred, deferred, other), offsets in the item and any vote';

-- ---------------------------------------------------------------------
-- Committee text search
-- ---------------------------------------------------------------------

-- (text search objects go here)
