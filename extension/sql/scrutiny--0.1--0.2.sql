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

-- The tokenizer.  IMMUTABLE: the tokens depend only on the text and on the
-- ICU word break rules for non-ASCII letters, which change only with an ICU
-- upgrade (after one, REINDEX what is built on scrutiny.english; see
-- docs/search.md).
CREATE FUNCTION scrutiny.tokenize(doc text, OUT ordinal int, OUT type text, OUT token text,
                         OUT value text, OUT start int, OUT len int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'scrutiny_tokenize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 200;
COMMENT ON FUNCTION scrutiny.tokenize(text) IS
'Every token of a committee text (minute references, money, dates, people, acronyms, words ...) with its type, text as written, normalised value and 1-based character offsets';

-- The text search parser.  Its support functions take internal arguments and
-- are called only by the text search machinery; they are marked like
-- PostgreSQL's own parser functions (prsd_start ...).
CREATE FUNCTION scrutiny.tsparser_start(internal, int4) RETURNS internal
AS 'MODULE_PATHNAME', 'scrutiny_tsparser_start'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION scrutiny.tsparser_start(internal, int4) IS 'scrutiny.parser: start parsing a text';

CREATE FUNCTION scrutiny.tsparser_gettoken(internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'scrutiny_tsparser_gettoken'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION scrutiny.tsparser_gettoken(internal, internal, internal) IS 'scrutiny.parser: next token';

CREATE FUNCTION scrutiny.tsparser_end(internal) RETURNS void
AS 'MODULE_PATHNAME', 'scrutiny_tsparser_end'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION scrutiny.tsparser_end(internal) IS 'scrutiny.parser: end parsing';

CREATE FUNCTION scrutiny.tsparser_lextype(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'scrutiny_tsparser_lextype'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION scrutiny.tsparser_lextype(internal) IS 'scrutiny.parser: token types';

CREATE FUNCTION scrutiny.tsparser_headline(internal, internal, tsquery) RETURNS internal
AS 'MODULE_PATHNAME', 'scrutiny_tsparser_headline'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION scrutiny.tsparser_headline(internal, internal, tsquery) IS 'scrutiny.parser: headline';

CREATE TEXT SEARCH PARSER scrutiny.parser (
    START = scrutiny.tsparser_start,
    GETTOKEN = scrutiny.tsparser_gettoken,
    END = scrutiny.tsparser_end,
    LEXTYPES = scrutiny.tsparser_lextype,
    HEADLINE = scrutiny.tsparser_headline
);
COMMENT ON TEXT SEARCH PARSER scrutiny.parser IS
'Committee text: minute references, money, dates, times, people, acronyms and words, as written';

-- Words are stemmed like english_stem, with PostgreSQL's English stop words
-- and the titles of people (Cllr, Councillor, Mr ...) as stop words too
-- (extension/tsearch/scrutiny_english.stop), so that
-- websearch_to_tsquery('Cllr Ruane'), which looks at each word alone, finds
-- the person token "Cllr Ruane" (indexed by the name) and "Ruane" alike.
CREATE TEXT SEARCH DICTIONARY scrutiny.english_stem (TEMPLATE = pg_catalog.snowball,
                                                     Language = english, StopWords = scrutiny_english);
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.english_stem IS
'English stemmer; stop words: English ones and titles of people (Cllr, Councillor, Mr ...)';

-- Dictionaries that index a token by its normalised value (one per type).
CREATE FUNCTION scrutiny.value_init(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'scrutiny_value_init'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION scrutiny.value_init(internal) IS 'scrutiny.value dictionaries: read the options';

CREATE FUNCTION scrutiny.value_lexize(internal, internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'scrutiny_value_lexize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION scrutiny.value_lexize(internal, internal, internal, internal) IS
'scrutiny.value dictionaries: a token''s normalised value as its lexeme';

CREATE TEXT SEARCH TEMPLATE scrutiny.value (INIT = scrutiny.value_init, LEXIZE = scrutiny.value_lexize);
COMMENT ON TEXT SEARCH TEMPLATE scrutiny.value IS
'Index a scrutiny.parser token by its normalised value (option type: the token type)';

CREATE TEXT SEARCH DICTIONARY scrutiny.value_minute_ref (TEMPLATE = scrutiny.value, type = 'minute_ref');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_minute_ref IS 'Minute references, canonical: 53/2017 -> 53/17';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_year_range (TEMPLATE = scrutiny.value, type = 'year_range');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_year_range IS 'Year ranges: 2017/18 -> 2017-2018';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_date (TEMPLATE = scrutiny.value, type = 'date');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_date IS 'Dates, ISO: 27th March 2018 -> 2018-03-27';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_time (TEMPLATE = scrutiny.value, type = 'time');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_time IS 'Times, 24-hour: 7.54pm -> 19:54';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_money (TEMPLATE = scrutiny.value, type = 'money');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_money IS 'Sums of money, in pounds: £1.114m -> £1114000';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_percent (TEMPLATE = scrutiny.value, type = 'percent');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_percent IS 'Percentages: 10.40% -> 10.4%';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_number (TEMPLATE = scrutiny.value, type = 'number');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_number IS 'Numbers without separators: 1,114,000 -> 1114000';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_ordinal (TEMPLATE = scrutiny.value, type = 'ordinal');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_ordinal IS 'Ordinals as numbers: 3rd -> 3';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_section_ref (TEMPLATE = scrutiny.value, type = 'section_ref');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_section_ref IS 'Document parts: Paragraph 7.1 -> paragraph 7.1';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_phone (TEMPLATE = scrutiny.value, type = 'phone');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_phone IS 'Telephone numbers as digits: (024) 7683 3237 -> 02476833237';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_email (TEMPLATE = scrutiny.value, type = 'email');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_email IS 'Email addresses in lower case';
CREATE TEXT SEARCH DICTIONARY scrutiny.value_person (TEMPLATE = scrutiny.value, type = 'person',
                                            dictionary = 'scrutiny.english_stem');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.value_person IS
'People: the name without title or initials, stemmed like words: Councillor T. Jukes -> juke';

-- Acronyms and their expansions, both ways (extension/tsearch/scrutiny_acronyms.ths).
-- The expansions are matched after stemming without stop words, so that
-- "looked after children" and "further education" can be written as said.
CREATE TEXT SEARCH DICTIONARY scrutiny.english_stem_all (TEMPLATE = pg_catalog.snowball, Language = english);
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.english_stem_all IS
'English stemmer without stop words, for matching acronym expansions';
CREATE TEXT SEARCH DICTIONARY scrutiny.acronyms (TEMPLATE = pg_catalog.thesaurus, DictFile = scrutiny_acronyms,
                                        Dictionary = scrutiny.english_stem_all);
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.acronyms IS
'Council and children''s services acronyms: looked after children and LAC are both indexed as lac';

CREATE TEXT SEARCH CONFIGURATION scrutiny.english (PARSER = scrutiny.parser);
COMMENT ON TEXT SEARCH CONFIGURATION scrutiny.english IS
'Committee text: English words stemmed, acronyms and expansions alike, minute references, money, dates and times by value';
ALTER TEXT SEARCH CONFIGURATION scrutiny.english
    ADD MAPPING FOR word, acronym WITH scrutiny.acronyms, scrutiny.english_stem;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR person WITH scrutiny.value_person;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR minute_ref WITH scrutiny.value_minute_ref;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR year_range WITH scrutiny.value_year_range;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR date WITH scrutiny.value_date;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR time WITH scrutiny.value_time;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR money WITH scrutiny.value_money;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR percent WITH scrutiny.value_percent;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR number WITH scrutiny.value_number;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR ordinal WITH scrutiny.value_ordinal;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR section_ref WITH scrutiny.value_section_ref;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR phone WITH scrutiny.value_phone;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR email WITH scrutiny.value_email;
ALTER TEXT SEARCH CONFIGURATION scrutiny.english ADD MAPPING FOR url WITH pg_catalog.simple;
