SET search_path = public, scrutiny;
-- scrutiny.clean(): page furniture and typography, one small case each, then
-- real content that must survive.
-- All passages below are invented (councils, people and content); they only
-- imitate the text extracted from council PDFs.

--
-- Page furniture
--

-- A running header repeated on every page between paragraphs (plain, and broken
-- over two bold lines as some converters print it)
SELECT scrutiny.clean($d$
Minutes of the Highways Scrutiny Board

12/18 Minutes

Resolved that the minutes be approved.

Highways Scrutiny Board – 12 November, 2018

13/18 Winter Service

The Board considered the gritting plan.

Highways Scrutiny Board – 12 November, 2018

14/18 Work Programme

Noted.
$d$);
SELECT scrutiny.clean($d$
**Minutes of the Parks Scrutiny Board**

30/19 **Play Areas**

The Board considered the play area audit.

**Parks Scrutiny Board –
3 June, 2019**

31/19 Allotments

The waiting list has fallen.

**Parks Scrutiny Board –
3 June, 2019**

32/19 Tree Planting

Noted.
$d$);

-- A running footer with a folio number that changes from page to page
SELECT scrutiny.clean($d$
41/19 Budget Monitoring

The Committee noted the outturn.

Finance Committee 3.6.19 - 218

42/19 Treasury Management

The Committee noted the investment report.

Finance Committee 3.6.19 - 219

43/19 Internal Audit

Noted.
$d$);

-- "Page 11" and "Page 3 of 8"
SELECT scrutiny.clean($d$
The Panel considered the report.

Page 11

Members asked about the timetable.

Page 3 of 8

Resolved that the report be noted.
$d$);

-- "This page is intentionally left blank"
SELECT scrutiny.clean($d$
(Meeting closed at 4.00 pm)

This page is intentionally left blank

### **Briefing note**
$d$);

-- OCR debris: a run of one- and two-character lines (a rotated page number)
SELECT scrutiny.clean($d$
The Board noted the tracker.

P
a
g
e
2
9

Resolved that the tracker be noted.
$d$);

--
-- Converter markup and typography
--

-- Markdown emphasis and headings
SELECT scrutiny.clean($d$
### **Briefing note**

#### 1 Purpose of the Note

The campaign "**We are with You**" has led to new appointments.

# RESOLVED that the report be noted.
$d$);

-- <sup>th</sup> and friends
SELECT scrutiny.clean($d$
The meeting on 27<sup>th</sup> April and the one on 3<sup>rd</sup> May were both held at 2.00 pm.
$d$);

-- Words hyphenated across a line break are joined; a hyphen inside a line stays
SELECT scrutiny.clean($d$
The Committee considered the recom-
mendations of the Vice-Chair on the safe-
guarding audit.
$d$);

-- Unicode normalised with ICU (NFKC): curly quotes, non-breaking and zero-width
-- spaces, ligatures
SELECT scrutiny.clean(E'The \u201cOfsted\u201d report\u2019s \u2018key\u2019 points were noted.');
SELECT scrutiny.clean(E'Councillor\u00a0A\u00a0Okafor and Coun\u200bcillor Brandt');
SELECT scrutiny.clean(E'The \ufb01nal \ufb02ood plan was con\ufb01rmed.');
SELECT c ~ E'[\u00a0\u200b\u2018\u2019\u201c\u201d\ufb01\ufb02]' AS still_odd
FROM (SELECT scrutiny.clean(E'\u201cA\u201d\u00a0b\u200bc \ufb01 \u2019') AS c) s;
-- A text whose characters NFKC keeps whatever their neighbours (here an accented
-- letter, the pound and euro signs) is kept byte for byte without asking ICU to
-- normalise it; a combining accent, an ellipsis, a fraction, the ohm sign and a
-- character outside the Basic Multilingual Plane still change
SELECT scrutiny.clean(E'Caf\u00e9 hire costs \u00a312 or \u20ac15.') AS kept,
       scrutiny.clean(E'Cafe\u0301 hire\u2026 \u00bd day, 5 \u2126, \U0001D400') AS normalised;
-- A text of more than a megabyte is normalised a piece at a time (a cancel
-- request is heard between pieces), cut before ASCII bytes: the same text as
-- normalising it whole would give
SELECT scrutiny.clean(repeat(E'\ufb01ne Cafe\u0301 ', 150000)) = rtrim(repeat('fine Café ', 150000)) AS pieces_join;

--
-- Real content must survive
--

-- A line that is just a number inside a table of figures is content, not a page
-- number: the same short lines as the OCR debris case above, but they alternate
-- with words and belong to a table (kept).  Likewise "Page 2 of the report" in a
-- sentence and "(Pages 3 - 6)" in an agenda line are not page furniture.
SELECT scrutiny.clean($d$
Households on the housing register by ward:

Abbey
412
Brook
97
Castle
8

Members noted that page 2 of the report had been revised; see Page 2 of the appendix.

- 2. Minutes (Pages 3 - 6)
$d$);

-- A line repeated on several pages because it is real content ("Resolved:",
-- "That the report be noted.") is not a running header
SELECT scrutiny.clean($d$
51/18 Fostering

Resolved:

That the report be noted.

52/18 Adoption

Resolved:

That the report be noted.

53/18 Youth Justice

Resolved:

That the report be noted.
$d$);

-- A lead-in ending in ":-" or ":" or holding a decision verb is content
-- however often it repeats ("The Committee agreed:-" in every item)
SELECT scrutiny.clean($d$
4. ROADS CAPITAL PROGRAMME 2025/26

The Committee agreed:-

(i) to approve the resurfacing programme.

5. STREET LIGHTING

The Committee agreed:-

(i) to note the report.

6. WINTER SERVICE PLAN

The Committee agreed:-

(i) to approve the gritting routes.

7. BRIDGE INSPECTIONS

Members decided as follows:

(i) to note the inspection results.

8. FOOTWAYS

Members decided as follows:

(i) to defer the footway strategy.

9. CAR PARKS

Members decided as follows:

(i) to approve the charges.
$d$) ~ 'agreed:-[^$]*agreed:-[^$]*agreed:-' AS every_lead_in_kept;

-- Clean text keeps every word of the real content
SELECT length(regexp_replace(c, '\s', '', 'g')) AS chars_without_space
FROM (SELECT scrutiny.clean($d$
60/18 APOLOGIES

Apologies were received from Councillor Fenn.

61/18 MINUTES

Resolved that the minutes be approved.
$d$) AS c) s;

-- NULL, empty and whitespace-only input
SELECT scrutiny.clean(NULL) IS NULL AS null_in_null_out;
SELECT scrutiny.clean('') = '' AS empty_stays_empty;
SELECT length(scrutiny.clean(E'  \n\t\n')) AS whitespace_len;
