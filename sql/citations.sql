SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
RESET client_min_messages;
SET search_path = public, scrutiny;
-- scrutiny.citations(): the earlier minutes an item cites and how.
-- All passages below are invented; they only imitate the wording of minutes.

--
-- Relations
--
-- amends: the cited minute is to be changed
SELECT * FROM citations(E'It was requested by a Member that the first sentence of the third paragraph of Minute 41/22 be amended to read: ''The Chair asked for a briefing''.');
SELECT * FROM citations(E'A Member also requested that an amendment be made in regard to the second sentence of Minute 44/22 to read: ''Members noted the figures''.');
SELECT * FROM citations(E'Resolved that minute 17/23 be rescinded. Corrections to minute 18/23 were agreed.');
-- further_to
SELECT * FROM citations(E'Further to minute 28/21 the Scrutiny Board considered a briefing note. Following on from Minute No. 30/21, Members asked for a visit.');
SELECT * FROM citations(E'With reference to Minute 9/22, the Committee noted the update. Arising from minute 10/22 the Chair reported progress.');
-- refers: anything else, lists and runs of minutes
SELECT * FROM citations(E'Members noted minutes 12/22 and 13/22, and Minutes 14/22-16/22. The matter had been considered at the last meeting (Minute 11/22 refers).');
-- further_to wins over an amendment of something else
SELECT * FROM citations(E'Further to minute 5/23 the Board considered the amended admissions policy.');

--
-- References printed without a year take the municipal year of held_on
--
-- held in March 2023: municipal year 2022 (May 2022 to April 2023)
SELECT * FROM citations(E'Councillor Reed declared an interest in the planning matter at minute 75 below. Further to Minute No. 12 the Panel noted the update. Minutes 4, 5 and 6 were noted.', '2023-03-01');
-- held in May 2023: municipal year 2023
SELECT ref, label FROM citations(E'See minute 75.', '2023-05-02');
-- without held_on: ref NULL, label as printed
SELECT * FROM citations(E'Councillor Reed declared an interest in the planning matter at minute 75 below. Further to Minute No. 12 the Panel noted the update.');
-- sub-minutes and suffixes
SELECT * FROM citations(E'Minute 12.3 refers. It was agreed that minute 8a be deleted.', '2022-06-01');
SELECT * FROM citations(E'Minute 12.3 refers.', 'infinity');

--
-- Not citations
--
-- the item's own heading, minutes of a meeting, durations, years, dates, decimals
SELECT * FROM citations(E'45/22 MINUTES\n\nThe minutes of the meeting held on 3 May 2022 were approved. The meeting lasted 90 minutes. The Minutes 2019 report was noted. Minute 14/05/2022 was not. Minutes 3.50 pm.', '2022-06-01');
SELECT * FROM citations(E'## 12/22 **Work Programme**\n\nSeven minute briefings were held.', '2022-06-01');

--
-- Offsets are characters: substr() gives the label back
--
SELECT label, substr(t, start, len) = label AS same
FROM (VALUES (E'Caf\u00e9 \u2013 r\u00e9sum\u00e9: further to Minute 53/17 and minute 7, the Board met.')) v(t),
     citations(t, '2017-09-05');

--
-- Odd text: no error
--
SELECT * FROM citations(NULL, '2022-06-01');
SELECT * FROM citations(NULL);
SELECT * FROM citations('');
SELECT * FROM citations(E'minute minute 99999999 minute 0 minute 00012 Minute No. No. No. No. 5 min. 3');
SELECT count(*) FROM citations(repeat(E'Further to minute 1, ', 20000), '2020-06-01');

-- A cancel request stops a long call
SET statement_timeout = '20ms';
\set VERBOSITY sqlstate
SELECT count(*) FROM citations(repeat(E'minute minute minute be amended. ', 3000000));
\set VERBOSITY default
RESET statement_timeout;
