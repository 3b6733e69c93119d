-- minute_refs(doc): minute references cited in prose and opening headings.
-- The passages imitate the forms of real minutes; names and content are invented.
SET search_path = public, scrutiny;

-- Citations in prose, in the forms councils use
SELECT ref, label, start, len
FROM minute_refs($doc$It was requested that the second sentence of Minute 41/19 be amended to read 'as detailed in Section 4.3 of the report'.$doc$);
SELECT ref, label FROM minute_refs('Further to minute 12/18 the Panel considered a briefing note.');
SELECT ref, label FROM minute_refs('The Committee noted Min. No. 7/2020 and Minute No. 8/2020.');
SELECT ref, label FROM minute_refs('Members recalled minutes 53/17 and 55/17, and minutes 60/17, 61/17 & 62/17.');
SELECT ref, label FROM minute_refs('The decision (Minute 23/2019 refers) was reported to Cabinet.');
SELECT ref, label FROM minute_refs('As set out at minute item 32/24, the review continues.');
SELECT ref, label FROM minute_refs('See minute PC45/19, minute Cou/285/07-08 and minute 338.1/19.');
SELECT ref, label FROM minute_refs('MINUTE REF: 14a/16 was deferred.');

-- Typography from word processors (no-break space, curly quotes, dashes),
-- runs of minutes, and qualifiers in other orders
SELECT ref, label FROM minute_refs(E'as set out in \u201CMinute\u00A041/19\u201D, Minutes 42/19\u201343/19 and 44/19-45/19; Minute Item No. 46/19; Minute No47/19');

-- Headings: a bare reference at the start of a line
SELECT ref, label, start, len FROM minute_refs($doc$
41/19 APOLOGIES

Apologies were received from Councillor Penhallow.

42/19 **DECLARATIONS OF INTEREST**

There were none.

#### 43/19 Library Service Review
PC7/20 Planning Applications
Cou/12/07-08 Apologies for Absence
$doc$);

-- A body-code number on the line after its heading
SELECT ref, label FROM minute_refs(E'APOLOGIES FOR ABSENCE\nPLA101/15\nApologies were received from Councillor Venn.');

-- Not minute references: dates, year ranges, planning numbers, times,
-- fractions, phone numbers, table cells, yearless minutes
SELECT count(*) AS none FROM minute_refs($doc$
Information circulated to Members 30/3/17; feedback expected 6/2/17.
The meeting held on 14/05/2014 approved the budget for 2017/18 and 2015/16.
Applications 13/01573/FUL, 20/501261/FULL, 16/P/0462/F and 14/506664 were listed.
Please call 0121 496 0001 or (024) 7683 3237/3111 before 10/30.
About 1/2 of the members and 3/4 of the officers attended.
	15/16	school places
15/16
Councillor Quill declared an interest in minute 75 below.
Minute 151:  Declarations of Interest.
The minutes of the meeting held on 20/6/17 were approved.
2017/18 Budget Outturn
$doc$);

-- Offsets are characters, so substr() gives back the label in any text
SELECT label, substr(d, start, len) = label AS same
FROM (SELECT 'Café £2 – Minute 5/21 ’refers’ — and minute 6/21' AS d) t,
     minute_refs(d);

-- Order of rows is document order; empty and odd input give no rows, no error
SELECT count(*) FROM minute_refs('');
SELECT count(*) FROM minute_refs(repeat('minute ', 10000));
SELECT count(*) FROM minute_refs(repeat(E'1/17 \n', 3));
SELECT count(*) FROM minute_refs(repeat('9', 100000) || '/17');
SELECT count(*) FROM minute_refs(repeat(E'Minute 1/17\n', 50000));
SELECT minute_refs(NULL);

-- Joins: every heading that a later document cites
WITH docs(name, body) AS (VALUES
    ('june',  E'53/17 MINUTES\nText.\n55/17 SCHOOL PLACES\nText.'),
    ('sept',  E'64/17 MINUTES\nMinute 53/17 be amended; see also minute 55/17.'))
SELECT c.name AS citing, r.ref, h.name AS cited_in
FROM docs c, minute_refs(c.body) r,
     docs h, minute_refs(h.body) hr
WHERE hr.ref = r.ref AND h.name <> c.name
ORDER BY r.ref, c.name;

-- A paragraph's letter after the year is read with the reference; a lone
-- reference far to the right is a minute book's page mark, not a heading.
SELECT substr(d, r.start, r.len) AS printed, r.ref
  FROM (VALUES (E'                                        52/24\n\nMinutes of the Parish Council\n\nMinute 44/24c should read: the fees were agreed.\n')) AS t(d),
       scrutiny.minute_refs(t.d) r;

-- Parish minutes cite an earlier minute as an item or a section, Welsh
-- minutes as a "cofnod"; a number that is no minute reference stays unread.
SELECT ref, label
  FROM scrutiny.minute_refs($doc$As agreed at item 52/21, the review goes on. The wording in section 6/11 a was changed. Yn dilyn cofnod 118/23, derbyniwyd dau ddyfynbris. Agenda item 5 and the section 106 agreement were noted; item 22/01234/FUL was refused.$doc$);
