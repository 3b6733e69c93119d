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
