-- scrutiny.parser and the scrutiny.english configuration.  The sentences
-- imitate the forms of real minutes; names and content are invented.
SET search_path = public, scrutiny;

-- The parser's token types
SELECT * FROM ts_token_type('scrutiny.parser');

-- The parser returns every byte: tokens as written and the blanks between
SELECT * FROM ts_parse('scrutiny.parser', 'Minute 53/17: £1.114m, Cllr Ruane.');
SELECT string_agg(token, '' ORDER BY ord) = 'Minute 53/17: £1.114m, Cllr Ruane.' AS covers
FROM ts_parse('scrutiny.parser', 'Minute 53/17: £1.114m, Cllr Ruane.') WITH ORDINALITY AS p(tokid, token, ord);

-- What each token is indexed as
SELECT alias, token, dictionary, lexemes
FROM ts_debug('scrutiny.english',
  $doc$On 27th March 2018 at 7.54pm Councillor T. Jukes cited Minute 53/17, the LAC overspend of £1.114m (10.4%) and paragraph 7.1.$doc$);

-- Money in different forms gives the same lexeme; a sum is not a bare number
SELECT to_tsvector('scrutiny.english', 'an overspend of £1.114m') @@ to_tsquery('scrutiny.english', '£1,114,000') AS m1,
       to_tsvector('scrutiny.english', 'a grant of £440,000') @@ websearch_to_tsquery('scrutiny.english', '£440k') AS m2,
       to_tsvector('scrutiny.english', '440,000 residents') @@ websearch_to_tsquery('scrutiny.english', '£440,000') AS m3;

-- A minute reference matches itself, in any printed form, and nothing else
SELECT to_tsvector('scrutiny.english', 'see minute 53/2017') @@ websearch_to_tsquery('scrutiny.english', '53/17') AS same,
       to_tsvector('scrutiny.english', 'see minute 53/18') @@ websearch_to_tsquery('scrutiny.english', '53/17') AS other_year,
       to_tsvector('scrutiny.english', '53 pupils in 2017') @@ websearch_to_tsquery('scrutiny.english', '53/17') AS parts;

-- Dates and times by value
SELECT to_tsvector('scrutiny.english', 'the meeting of 27th March 2018') @@ plainto_tsquery('scrutiny.english', '27/3/18') AS date,
       to_tsvector('scrutiny.english', 'closed at 7.54pm') @@ plainto_tsquery('scrutiny.english', '19:54') AS time;

-- Queries in the forms the issue names
SELECT websearch_to_tsquery('scrutiny.english', '"minute 53/17"') AS phrase_minute,
       websearch_to_tsquery('scrutiny.english', '£440,000') AS money,
       websearch_to_tsquery('scrutiny.english', 'Cllr Ruane') AS person,
       phraseto_tsquery('scrutiny.english', 'Councillor Alys Tremayne said') AS phrase_person,
       websearch_to_tsquery('scrutiny.english', 'LAC overspend 53/17') AS mixed;

-- People: a name is found with or without its title
SELECT to_tsvector('scrutiny.english', 'Cllr Ruane asked') @@ websearch_to_tsquery('scrutiny.english', 'Ruane') AS bare,
       to_tsvector('scrutiny.english', 'Ruane asked') @@ websearch_to_tsquery('scrutiny.english', 'Cllr Ruane') AS titled,
       to_tsvector('scrutiny.english', 'Councillor E. Ruane asked') @@ phraseto_tsquery('scrutiny.english', 'Cllr Ruane asked') AS phrase;

-- The thesaurus: acronyms and expansions are indexed alike, both ways
SELECT to_tsvector('scrutiny.english', 'the number of looked after children rose') AS expansion,
       to_tsvector('scrutiny.english', 'the number of LAC rose') AS acronym;
SELECT a.acronym, a.expansion,
       to_tsvector('scrutiny.english', a.acronym) @@ phraseto_tsquery('scrutiny.english', a.expansion) AS expansion_finds_acronym,
       to_tsvector('scrutiny.english', a.expansion) @@ websearch_to_tsquery('scrutiny.english', a.acronym) AS acronym_finds_expansion
FROM (VALUES ('LAC', 'looked after children'), ('CLA', 'children looked after'),
             ('CAF', 'Common Assessment Framework'), ('SEND', 'special educational needs and disabilities'),
             ('SEN', 'special educational needs'), ('CSE', 'child sexual exploitation'),
             ('MASH', 'Multi-Agency Safeguarding Hub'), ('LSCB', 'Local Safeguarding Children Board'),
             ('SCR', 'serious case review'), ('RSC', 'Regional Schools Commissioner'),
             ('DfE', 'Department for Education'), ('CAMHS', 'Child and Adolescent Mental Health Services'),
             ('NQSW', 'newly qualified social worker'), ('UASC', 'unaccompanied asylum-seeking children'),
             ('PSHE', 'personal, social, health and economic education'), ('FE', 'further education'),
             ('LGA', 'Local Government Association'), ('NEET', 'not in education, employment or training'))
     AS a(acronym, expansion);
-- Stop words and stemming as in the english configuration
SELECT to_tsvector('scrutiny.english', 'The Committee was reviewing the reports') AS scrutiny,
       to_tsvector('english', 'The Committee was reviewing the reports') AS english;

-- Headlines highlight whole tokens as written
SELECT to_tsvector('scrutiny.english', 'The CAF''s review cost £22k.');
SELECT ts_headline('scrutiny.english',
  $doc$Members recalled Minute 53/17. The LAC overspend of £1.114m was discussed with Cllr Ruane at 7.54pm.$doc$,
  websearch_to_tsquery('scrutiny.english', '53/17 £1,114,000 Ruane'));
SELECT ts_headline('scrutiny.english',
  'The number of looked after children rose by 10.4% in 2017/18.',
  websearch_to_tsquery('scrutiny.english', 'LAC'));
SELECT ts_headline('scrutiny.english',
  repeat('Routine business was noted. ', 20) || 'The CAF''s review cost £22k. ' || repeat('Other items followed. ', 20),
  plainto_tsquery('scrutiny.english', 'common assessment framework'), 'MaxWords=12, MinWords=5');
-- websearch_to_tsquery reads each word of its input alone, so an expansion
-- typed there is searched word by word, not as its acronym
SELECT websearch_to_tsquery('scrutiny.english', 'looked after children') AS websearch,
       plainto_tsquery('scrutiny.english', 'looked after children') AS plain,
       phraseto_tsquery('scrutiny.english', 'looked after children') AS phrase;

-- Ranking
SELECT body, round(ts_rank_cd(to_tsvector('scrutiny.english', body), q)::numeric, 3) AS rank
FROM (VALUES ('The LAC overspend was noted.'),
             ('Looked after children: the overspend on placements for looked after children grew.'),
             ('No children were discussed.')) AS t(body),
     websearch_to_tsquery('scrutiny.english', 'LAC overspend') AS q
ORDER BY rank DESC, body;

-- Titles are not indexed alone: "Cllr Ruane" in websearch syntax is two words
SELECT websearch_to_tsquery('scrutiny.english', 'Cllr Ruane') AS websearch,
       to_tsvector('scrutiny.english', 'The Councillor thanked Mr Vance and Cllr Ostrander') AS titles;

-- A GIN index on to_tsvector('scrutiny.english', ...) is used
CREATE TABLE minutes_items (ref minute_ref, body text);
INSERT INTO minutes_items
SELECT minute_ref(i, 2017), format('Item %s: the Panel discussed report %s and costs of £%s.', i, i, i * 1000)
FROM generate_series(1, 2000) i;
INSERT INTO minutes_items VALUES
  ('53/17', 'The LAC overspend of £440,000 was reported by Cllr Ruane (see Minute 52/17).'),
  ('54/17', 'Looked after children: the overspend on placements, Minute 53/17 refers.');
CREATE INDEX minutes_items_fts ON minutes_items USING gin (to_tsvector('scrutiny.english', body));
ANALYZE minutes_items;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT ref FROM minutes_items, websearch_to_tsquery('scrutiny.english', 'LAC overspend 53/17') q
WHERE to_tsvector('scrutiny.english', body) @@ q;
RESET enable_seqscan;
SELECT ref, ts_headline('scrutiny.english', body, q)
FROM minutes_items, websearch_to_tsquery('scrutiny.english', 'LAC overspend') q
WHERE to_tsvector('scrutiny.english', body) @@ q
ORDER BY ref;
SELECT ref FROM minutes_items WHERE to_tsvector('scrutiny.english', body) @@ websearch_to_tsquery('scrutiny.english', '"minute 53/17"');
-- item 440/17 costs "£440000", the same sum as "£440,000"
SELECT ref FROM minutes_items WHERE to_tsvector('scrutiny.english', body) @@ websearch_to_tsquery('scrutiny.english', '£440,000');
DROP TABLE minutes_items;

-- A value dictionary needs a known token type
CREATE TEXT SEARCH DICTIONARY bad_value (TEMPLATE = scrutiny.value, type = 'colour');
CREATE TEXT SEARCH DICTIONARY bad_value (TEMPLATE = scrutiny.value);

-- scrutiny.english_words: each word's stem is kept, and expansions are
-- matched longest first; a word that starts an expansion is indexed as
-- itself when the rest does not follow
SELECT ts_lexize('scrutiny.english_words', 'Reviewing') AS word,
       ts_lexize('scrutiny.english_words', 'the') AS stop_word,
       ts_lexize('scrutiny.english_words', 'CLA') AS one_word_rule;
SELECT to_tsvector('scrutiny.english', 'special educational needs and disabilities, then special educational needs alone') AS longest_first,
       to_tsvector('scrutiny.english', 'looked after the children') AS broken_expansion,
       to_tsvector('scrutiny.english', 'children looked 53/17 after') AS other_token_type,
       to_tsvector('scrutiny.english', 'placements for children looked after') AS at_the_end;
-- Kept answers are the stemmer's: a text of 70,000 different words (more
-- than are kept at once) gives what scrutiny.english_stem gives
CREATE TEXT SEARCH CONFIGURATION stem_only (COPY = scrutiny.english);
ALTER TEXT SEARCH CONFIGURATION stem_only ALTER MAPPING FOR word, acronym WITH scrutiny.english_stem;
SELECT to_tsvector('scrutiny.english', t) = to_tsvector('stem_only', t) AS same_as_stemmer
FROM (SELECT string_agg('w' || translate(i::text, '0123456789', 'abcdefghij') || ' the', ' ') AS t
      FROM generate_series(1, 70000) i) words;
DROP TEXT SEARCH CONFIGURATION stem_only;
-- A words dictionary needs a single-word dictionary and a readable rule file
\set VERBOSITY terse
CREATE TEXT SEARCH DICTIONARY bad_words (TEMPLATE = scrutiny.words);
CREATE TEXT SEARCH DICTIONARY bad_words (TEMPLATE = scrutiny.words, dictionary = 'scrutiny.english_stem', colour = 'red');
CREATE TEXT SEARCH DICTIONARY bad_words (TEMPLATE = scrutiny.words, dictionary = 'scrutiny.english_stem', acronyms = 'no_such_file');
CREATE TEXT SEARCH DICTIONARY bad_words (TEMPLATE = scrutiny.words, dictionary = 'scrutiny.acronyms', acronyms = 'scrutiny_acronyms');
\set VERBOSITY default
-- A scrutiny dictionary never wraps another (under any name, itself
-- included): one that reached itself would recurse until the stack ran out
CREATE TEXT SEARCH DICTIONARY words_of_words (TEMPLATE = scrutiny.words, dictionary = 'scrutiny.english_words');
CREATE TEXT SEARCH DICTIONARY value_of_words (TEMPLATE = scrutiny.value, type = 'person', dictionary = 'scrutiny.english_words');
CREATE TEXT SEARCH DICTIONARY self_words (TEMPLATE = scrutiny.words, dictionary = 'scrutiny.english_stem');
ALTER TEXT SEARCH DICTIONARY self_words (dictionary = 'self_words');
ALTER TEXT SEARCH DICTIONARY self_words (expansion_dictionary = 'self_words', acronyms = 'scrutiny_acronyms');
SELECT ts_lexize('self_words', 'Reviewing') AS still_usable;
DROP TEXT SEARCH DICTIONARY self_words;
