-- scrutiny 0.2 -> 0.3
\echo Use "ALTER EXTENSION scrutiny UPDATE TO '0.3'" to load this file. \quit

--------------------------------------------------------------------------
-- Committee text search: words stemmed once per backend
--------------------------------------------------------------------------

-- scrutiny.english put the acronym thesaurus in front of the stemmer, so
-- every word was stemmed twice (the thesaurus stems to look a word up).
-- The scrutiny.words template keeps each word's stem and its place in the
-- acronym rules (extension/pg/tswords.c); the thesaurus dictionary
-- scrutiny.acronyms stays for configurations of users' own.
CREATE FUNCTION scrutiny.words_init(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'scrutiny_words_init'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION scrutiny.words_init(internal) IS
'scrutiny.words dictionaries: read the options and the acronym rules';

CREATE FUNCTION scrutiny.words_lexize(internal, internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'scrutiny_words_lexize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION scrutiny.words_lexize(internal, internal, internal, internal) IS
'scrutiny.words dictionaries: a word''s lexemes, or an acronym expansion''s acronym';

CREATE TEXT SEARCH TEMPLATE scrutiny.words (INIT = scrutiny.words_init, LEXIZE = scrutiny.words_lexize);
COMMENT ON TEXT SEARCH TEMPLATE scrutiny.words IS
'Words through a single-word dictionary whose answers are kept, with acronym expansions indexed as the acronym (options: dictionary, acronyms, expansion_dictionary)';

CREATE TEXT SEARCH DICTIONARY scrutiny.english_words (TEMPLATE = scrutiny.words,
    dictionary = 'scrutiny.english_stem', acronyms = 'scrutiny_acronyms',
    expansion_dictionary = 'scrutiny.english_stem_all');
COMMENT ON TEXT SEARCH DICTIONARY scrutiny.english_words IS
'English words stemmed (scrutiny.english_stem), and acronym expansions as the acronym: looked after children and LAC are both indexed as lac';

-- scrutiny.english_stem after it only sees a word when PostgreSQL gives up
-- an expansion in the middle (the next token is of another type).
ALTER TEXT SEARCH CONFIGURATION scrutiny.english
    ALTER MAPPING FOR word, acronym WITH scrutiny.english_words, scrutiny.english_stem;

--------------------------------------------------------------------------
-- People and facts
--------------------------------------------------------------------------

-- meeting_info -----------------------------------------------------------
CREATE FUNCTION meeting_info(doc text,
    OUT body text, OUT held_on date, OUT starts_at time, OUT ends_at time,
    OUT venue text, OUT adjourned jsonb)
    RETURNS record
    AS 'MODULE_PATHNAME', 'scrutiny_meeting_info'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION meeting_info(text) IS
    'A meeting''s details from its minutes: the committee''s name, the date, start and end times, venue and adjournments';

-- attendance -------------------------------------------------------------
CREATE FUNCTION attendance(doc text,
    OUT ordinal int, OUT name text, OUT honorific text, OUT role text,
    OUT category text, OUT status text, OUT organisation text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'scrutiny_attendance'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION attendance(text) IS
    'Every person in a meeting''s attendance sections: name as printed without honorific or postnominals, honorific, role, category (member, co-opted, cabinet member, officer, invited) and status (present, apologies, substitute, absent)';

-- declarations -----------------------------------------------------------
CREATE FUNCTION declarations(doc text,
    OUT name text, OUT item_label text, OUT interest text, OUT kind text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'scrutiny_declarations'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION declarations(text) IS
    'Declarations of interest, one row per person and item: the item''s number as printed, the interest as stated and its kind (pecuniary, non-pecuniary, other); nil returns give no row';

-- citations --------------------------------------------------------------
-- Not STRICT: held_on defaults to NULL.
CREATE FUNCTION citations(item text, held_on date DEFAULT NULL,
    OUT ref minute_ref, OUT label text, OUT relation text, OUT start int, OUT len int)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'scrutiny_citations'
    LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION citations(text, date) IS
    'Earlier minutes an item cites, with the reference as printed, its relation (amends, further_to, refers) and 1-based character offsets; a reference without a year takes the municipal year of held_on';

-- actions ----------------------------------------------------------------
-- Not STRICT: held_on defaults to NULL.
CREATE FUNCTION actions(item text, held_on date DEFAULT NULL,
    OUT ordinal int, OUT action text, OUT kind text, OUT owner text,
    OUT due text, OUT due_on date, OUT resolution_ordinal int)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'scrutiny_actions'
    LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION actions(text, date) IS
    'What a committee asked someone to do or provide, from resolutions and discussion: the request, its kind (briefing_note, report, information, meeting, work_programme, visit, other), owner, when it is due and the resolution it came from';

-- amounts and percentages ------------------------------------------------
CREATE FUNCTION amounts(item text,
    OUT amount numeric, OUT currency text, OUT label text, OUT start int, OUT len int)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'scrutiny_amounts'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION amounts(text) IS
    'Sums of money in a text: the amount, its currency, the text as printed and 1-based character offsets';

CREATE FUNCTION percentages(item text,
    OUT value numeric, OUT label text, OUT start int, OUT len int)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'scrutiny_percentages'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION percentages(text) IS
    'Percentages in a text: the value, the text as printed and 1-based character offsets';
