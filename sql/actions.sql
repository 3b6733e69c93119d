SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
RESET client_min_messages;
SET search_path = public, scrutiny;
SET datestyle = ISO;
-- scrutiny.actions(item, held_on): requests from resolutions and from the
-- discussion, in the wordings of English, Welsh, Scottish and parish minutes.
-- All passages are invented; they only imitate the forms of real minutes.
\pset null '(null)'

--
-- From the discussion
--

-- "A request was made for a briefing note ..."
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
A Member asked whether the new cycle lanes had reduced accidents. The Head of Transport said
that figures were not yet available. A request was made for a briefing note on the accident
figures for the three wards affected.
$a$);

-- "it was agreed that at the next Panel meeting officers would set out ..."
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
- Following a Panel query it was agreed that at the next Panel meeting officers would set out the
  options for the future of the day centres;
- It was also agreed that the Director of Adult Services would provide a summary of the
  consultation responses at each meeting.
$a$);

-- Other councils' wordings: "Officers were asked to circulate ...", a date without a year
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions(
  'Officers were asked to circulate the revised budget figures to all Members by 30 June.',
  date '2019-07-10');
-- ... the same without the meeting date: the due text stays, the date is not known
SELECT kind, owner, due, due_on FROM actions(
  'Officers were asked to circulate the revised budget figures to all Members by 30 June.');

-- "The Chair requested that ... provide a written response"
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions(
  'The Chair requested that the Director of Environmental Services provide a written response to the petitioners.');

-- An officer's undertaking, and a passive "would be circulated to Members"
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
The Cabinet Member for Adult Social Care undertook to circulate the waiting list figures to the Committee.

Members noted that the consultation would be published in May. The Director of Finance confirmed
that the full results would be circulated to Members before the next meeting.
$a$);

-- "asked officers to ... report back"; questions answered at the meeting are not actions
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
Members asked whether the car park would reopen in the spring. The Head of Property explained
that it would. A Member asked for clarification on the parking charges.
The Chair asked officers to look into the complaints about the market and report back to Members.
$a$);

-- Requests already met before the meeting, and amendments to the minutes, are not actions
SELECT count(*) FROM actions($a$
She explained that she had requested a list of vacant posts, which Members had received before the meeting.
A Member requested that the second paragraph of minute 12 be amended to read "forty" for "fourteen".
$a$);

-- Parish minutes: "Clerk to write ...", "Cllr ... to obtain ...", "ACTION:"
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
Clerk to write to Highways about the blocked drain on Church Street.
Cllr Evans to obtain three quotes for the bus shelter repairs.
ACTION: Clerk to obtain a copy of the lease for the playing field.
The Clerk was asked to contact the County Council about speeding on Mill Road within 14 days.
$a$, date '2021-11-08');

--
-- From resolutions: resolution_ordinal is the resolutions() ordinal
--

-- "RESOLVED that a report be brought to the next meeting"
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions(
  'RESOLVED that a report be brought to the next meeting on progress with the library review.');

-- "That a special meeting of the Committee be arranged ...", work programme, site visit
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
Resolved:
1. That the update be noted.
2. That a special meeting of the Committee be arranged to consider the inspection report.
3. That the review of play areas be added to the work programme.
4. That a site visit be arranged to the Hollin Lane depot before the application is determined.
$a$);
SELECT ordinal, kind, resolution FROM resolutions($a$
Resolved:
1. That the update be noted.
2. That a special meeting of the Committee be arranged to consider the inspection report.
3. That the review of play areas be added to the work programme.
4. That a site visit be arranged to the Hollin Lane depot before the application is determined.
$a$);

-- "review the performance ... at its meeting to be held on 27 March 2018"
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
Resolved:
That the Committee review the performance of Northgate Primary School at its meeting to be held on 27 March 2018.
$a$);

-- A resolution with a lead-in, bare requests, a resolution without a verb
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
RESOLVED that the Scrutiny Board
1) Note the progress made on the recycling targets
2) Request information about the cost of the garden waste service be shared with the Board
3) Request that the contractor's performance data be published quarterly
4) That a briefing note on bulky waste collections;
$a$);

-- "That officers will provide ...", "the Assistant Director ... will identify ... to visit"
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
Resolved

That:

1. officers will provide guidance to Members on the new licensing regime;
2. the Assistant Director, once in post, will identify a well performing authority which Members will have the opportunity to visit; &
3. the report be noted.
$a$);

-- "That the Panel receive a note ...", "a further report be considered ... next municipal year"
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
Resolved

That the Panel receive a note providing an overview of the council's fostering service; & the report be noted.

RESOLVED that the report be noted and a further report be considered by the Board next municipal year.
$a$);

-- Welsh council (bilingual heading) and "be asked to provide a briefing note"
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
PENDERFYNIAD / RESOLVED:
That the Head of Highways be asked to provide a briefing note on winter gritting routes to all Members.
$a$);

-- Scottish council: "The Committee agreed to ... request a further report", "within 12 weeks"
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions(
  'The Committee agreed to note the report and to request a further report from the Executive Director of Education within 12 weeks.',
  date '2022-03-01');
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions($a$
The Committee agreed:-
(i) to note the performance report; and
(ii) to instruct the Chief Officer to report back to a future meeting on staffing levels.
$a$);

-- "to be added to the work programme" in the discussion
SELECT ordinal, kind, owner, due, due_on, resolution_ordinal, action FROM actions(
  'Members requested that the condition of school buildings be added to the work programme for the new municipal year.');

-- More wordings, one per line: undertakings, "advised that ... would be reported to the
-- Committee", Welsh bilingual "Cytunwyd", a visit, "after the meeting"; 5, 7 and 13 ask nothing
\pset null '-'
SELECT v.n, a.kind, a.owner, a.due, a.resolution_ordinal AS res, a.action FROM (VALUES
 (1, 'It was noted that officers would provide a written response to Councillor Patel.'),
 (2, 'RESOLVED: (1) That the report be noted. (2) That officers report back to the Committee in six months.'),
 (3, 'Agreed: that the Chair would write to the Minister about rural bus services.'),
 (4, 'The Committee agreed to request that the Executive Director submit a report to the next meeting.'),
 (5, 'The report would be presented to Cabinet on 5 June.'),
 (6, 'Members requested an update on the leisure centre at a future meeting.'),
 (7, 'Decision: The Sub-Committee noted the report.'),
 (8, 'The Head of Finance advised that the outturn would be reported to the Committee in July.'),
 (9, 'Cytunwyd / It was agreed that the Monitoring Officer would arrange training for all Members.'),
 (10, 'The Panel will visit the new depot in the spring.'),
 (11, 'A Member asked how many staff had been trained. The officer undertook to provide the numbers after the meeting.'),
 (12, 'Councillor Brown asked that the response be shared with all ward members.'),
 (13, 'The Chair thanked officers for the report.')
) v(n, t), actions(v.t) a ORDER BY v.n, a.ordinal;
\pset null '(null)'

--
-- Decisions that ask nothing, odd text, NULL
--
SELECT count(*) FROM actions($a$
RESOLVED that the minutes of the meeting held on 5 May 2021, a copy having been circulated, be approved.
The next meeting will be held on 2 June 2021.
RESOLVED that the work programme be noted.
$a$);
SELECT count(*) FROM actions(NULL);
SELECT count(*) FROM actions('');
SELECT count(*) FROM actions(repeat('requested that; be provided. ', 2000));
SELECT count(*) FROM actions(repeat('x', 100000));
SELECT count(*) FROM actions(E'Resolved:\n1)\n2) That\n\u00a0\u2013 asked to\n', 'infinity');

-- A cancel request stops a long call (the document is stored without
-- compression, so the time runs out inside the scanner: the whole takes
-- about 850 ms here)
CREATE TEMP TABLE long_item (doc text);
ALTER TABLE long_item ALTER doc SET STORAGE EXTERNAL;
INSERT INTO long_item VALUES (repeat(E'Officers were asked to circulate the figures to Members by 30 June. ', 400000));
SET statement_timeout = '20ms';
\set VERBOSITY sqlstate
SELECT count(*) FROM long_item, actions(doc, date '2024-05-01');
\set VERBOSITY default
RESET statement_timeout;
DROP TABLE long_item;
