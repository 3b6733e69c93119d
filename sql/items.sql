SET search_path = public, scrutiny;
-- scrutiny.items(): minute headings in every form listed in issue 3, and the
-- lines it must not take for headings.
-- All passages below are invented (councils, people and content); they only
-- imitate the layout of real minutes.

--
-- Heading forms
--

-- "65/17 TITLE" (number/year, upper-case title)
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
ASHCOMBE DISTRICT COUNCIL
OVERVIEW AND SCRUTINY COMMITTEE
4 JULY 2017

41/17 APOLOGIES

Apologies were received from Councillor Brandt.

42/17 OAKFIELD LEISURE CENTRE

The Committee received an update on the roof repairs.

Resolved:

That the update be noted.
$d$);

-- "25/18 **Title**" (markdown emphasis left by a converter)
SELECT ordinal, ref, label, title, left(body, 40) AS body FROM scrutiny.items($d$
**Minutes of the Housing Scrutiny Panel**

8/18 **Chair's Welcome**

The Chair welcomed Ms Quarry to her first meeting.

9/18 **Minutes**

Resolved that the minutes of 2 May 2018 be approved.

10/18 **Empty Homes Strategy**

Members discussed the number of long-term empty homes.
$d$);

-- "#### 73. Title" (markdown heading)
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
# Minutes of the Meeting of Fenwick Borough Council Health Board

#### 12. Declarations of Interests

There were no declarations of interest.

#### 13. Minutes

The minutes of the meeting on 3 March were approved.

#### 14. Adult Day Services Review

The Board considered a briefing note on day services.
$d$);

-- "73. Title", yearless: ref is NULL without held_on ...
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
Minutes of the Corporate Scrutiny Board

73. Apologies and Substitutions

Apologies were received from Councillor Okafor.

74. Library Opening Hours

The Board considered the proposed opening hours.
$d$);

-- ... and takes the municipal year of held_on (2017-04-06 -> 73/16, 2017-05-20 -> 73/17)
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
Minutes of the Corporate Scrutiny Board

73. Apologies and Substitutions

Apologies were received from Councillor Okafor.

74. Library Opening Hours

The Board considered the proposed opening hours.
$d$, DATE '2017-04-06');
SELECT ordinal, ref, label FROM scrutiny.items($d$
Minutes of the Corporate Scrutiny Board

73. Apologies and Substitutions

Apologies were received from Councillor Okafor.

74. Library Opening Hours

The Board considered the proposed opening hours.
$d$, DATE '2017-05-20');

-- "101.     Title" (many spaces after the number)
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
LINDALE TOWN COUNCIL - FINANCE COMMITTEE

101.     Apologies for Absence

None.

102.     Accounts for Payment

The schedule of payments was checked and signed.

103.     Grant Applications

Two applications were considered.
$d$, DATE '2019-06-11');

-- "234  MINUTES – Resolved – That ..." (heading, dash and minute text on one line)
SELECT ordinal, ref, label, title, left(body, 40) AS body FROM scrutiny.items($d$
WESTERLEIGH COUNTY COUNCIL - CABINET

234  MINUTES – Resolved – That the minutes of the meeting held on 2 May 2019 be confirmed.

235  APOLOGIES – Apologies were received from Councillor Pike.

236  BUS SERVICE SUBSIDIES – The Cabinet considered a report on rural bus routes.
$d$);

-- "334 APOLOGIES FOR ABSENCE" (number without a dot)
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
BRACKWELL PARISH COUNCIL

334 APOLOGIES FOR ABSENCE

Councillor Hale sent apologies.

335 DECLARATIONS OF INTEREST

None were declared.

336 CHURCHYARD WALL

The Clerk reported that a quote had been received.
$d$);

-- Numbered summary report of a meeting ("1. Title")
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
Adult Social Care Scrutiny Board

Summary of Matters Considered at the Board

Report of the Chair, Councillor Varga

1. Home Care Recruitment 2019-2021

The Director introduced the recruitment plan.

2. Carers Strategy Refresh

Members welcomed the refreshed strategy.

3. Work Programme

The Board agreed its work programme.
$d$);

-- "Minute 151:  Title." and "Minute No. 12 - Title"
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
Harrowgate Borough Council - Standards Committee

Minute 151:  Declarations of Interest.

None.

Minute 152:  Complaints Update.

The Monitoring Officer reported four new complaints.
$d$);
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
Pellham Town Council - Allotments Committee

Minute No. 12 - Apologies

Apologies from Cllr Dunne.

Minute No. 13 - Water Charges

The Committee reviewed the water charges for 2020.
$d$);

-- "PC45/19 Title" (prefixed minute numbers)
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
KELBY PARISH COUNCIL - PLANNING COMMITTEE

PC45/19 Apologies

Cllr Shaw.

PC46/19 Planning Applications

The Committee considered two applications.

PC47/19 Date of Next Meeting

12 November 2019.
$d$);

-- "Item 5: Title"
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
Rossford Community Council

Item 5: Matters Arising

The bench on Station Road has been repaired.

Item 6: Correspondence

A letter from the bus operator was read out.
$d$, DATE '2020-02-03');

-- ModernGov web layout: the number alone on its line, then the heading, then "Minutes:"
SELECT ordinal, ref, label, title, left(body, 40) AS body FROM scrutiny.items($d$
Minutes:

80.

Apologies for Absence

Minutes:

Apologies were received from Councillor Ferris.

81.

Declarations of Interest

Minutes:

There were none.

82.

Waste Collection Contract

Minutes:

The Committee considered the contract extension.
$d$, DATE '2018-10-15');

-- Body code printed on the line AFTER its heading ("APOLOGIES" / "PLA146/14")
SELECT ordinal, ref, label, title, left(body, 40) AS body FROM scrutiny.items($d$
NORTHMOOR DISTRICT COUNCIL - PLANNING AND LICENSING COMMITTEE

APOLOGIES
PLA146/14
Apologies for absence were received from Councillor Tait.

DECLARATIONS OF INTEREST
PLA147/14
Councillor Moss declared an interest in the Mill Lane application.

APPEALS DECIDED
PLA148/14
The Committee noted three appeal decisions.
$d$);

-- Prefixed numbers with a municipal-year range ("Cou/286/07-08 Title")
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
DENHOLM BOROUGH COUNCIL - COUNCIL MEETING

Cou/286/07-08 Apologies for Absence

Apologies were received from Councillor Ruiz.

Cou/287/07-08 Mayor's Announcements

The Mayor thanked the volunteers at the spring fair.

Cou/288/07-08 Questions from the Public

No questions had been received.
$d$);

-- Sub-minutes: "338.1 ..." belongs to item 338 and is its own row
SELECT ordinal, ref, label, title, left(body, 40) AS body FROM scrutiny.items($d$
TARNHAM COUNTY COUNCIL - CABINET

338 MINUTES

338.1 The Minutes of the meeting held on 4 March 2019 were APPROVED.

338.2 The Minutes of the Transport Sub-Committee held on 11 March 2019 were NOTED.

339 PUBLIC QUESTIONS

There were no public questions.
$d$, DATE '2019-04-02');

-- Scottish side headings: a short heading line, then a paragraph opening with the
-- item number; "1.1 The Convener ..." paragraph numbering is not a heading
SELECT ordinal, ref, label, title, left(body, 40) AS body FROM scrutiny.items($d$
GLENARDEN COUNCIL
EDUCATION COMMITTEE

Declarations of interest.

1 There were no declarations of interest.

Minutes approved.

2 The minute of the meeting of 3 May 2019 was submitted and approved.

Early learning and childcare.

3 There was submitted a report by the Head of Education on funded places.

3.1 The Convener asked about the waiting lists in Kilbride.

3.2 The Head of Education undertook to circulate the figures.
$d$);

--
-- What must not be taken for a heading
--

-- Numbered resolutions "1) That ..." and "- 1. That ..."
SELECT ordinal, label, title FROM scrutiny.items($d$
15/19 PARKS AND OPEN SPACES

The Committee considered the annual parks report.

Resolved:

1) That the report be noted;
2) That a report on play areas be brought to the next meeting.

16/19 ALLOTMENTS

Resolved:

- 1. That the rent increase be supported;
- 2. That the waiting list be reviewed.

17/19 DATE OF NEXT MEETING

9 October 2019.
$d$);

-- Lists inside an item ("1. Leadership" ... "4. Voice of the Child")
SELECT ordinal, label, title FROM scrutiny.items($d$
40. Apologies

None.

41. Family Support Trust Update

The Trust has four priorities:

1. Leadership
2. Workforce
3. Practice
4. Voice of the Child

Members welcomed the update.

42. Work Programme

Noted.
$d$);

-- Paragraph numbers ("3.1 ...") inside an item
SELECT ordinal, label, title FROM scrutiny.items($d$
52/20 HIGHWAYS MAINTENANCE

3.1 The report set out the resurfacing programme for 2020/21.

3.2 Potholes reported online were repaired within 28 days.

53/20 STREET LIGHTING

4.1 All lanterns in the district have been converted to LED.
$d$);

-- Agenda lines ahead of the minutes are not items
SELECT ordinal, label, title FROM scrutiny.items($d$
AGENDA

1. Apologies for Absence
2. Minutes of the Last Meeting (Pages 3 - 6)
3. Community Safety Plan (Pages 7 - 20)

MINUTES

14/20 Apologies for Absence

None.

15/20 Minutes of the Last Meeting

Resolved that the minutes be approved.

16/20 Community Safety Plan

The Panel considered the draft plan.
$d$);

-- Dates and table rows inside an item
SELECT ordinal, label, title FROM scrutiny.items($d$
61/18 SCHOOL ADMISSIONS

The timetable was reported:

12 June 2018 Consultation opens
14 September 2018 Consultation closes

The offer rates were:

Year    Applications    First preference
2016    1,204           91%
2017    1,310           93%

62/18 EXCLUSIONS

3 Oakfield Primary 2 pupils
4 Redbrook Academy 5 pupils

The Committee asked for the figures by ward.
$d$);

-- Planning application numbers ("19/01573/FUL") are not minute numbers
SELECT ordinal, label, title FROM scrutiny.items($d$
56/19 PLANNING APPLICATIONS

19/01573/FUL Land at Mill Lane, Ashby - erection of four dwellings

Resolved that permission be granted.

19/01602/HH 12 Orchard Rise - single storey extension

Resolved that permission be refused.

57/19 APPEALS

None.
$d$);

-- Page numbers and folio numbers in running headers
SELECT ordinal, label, title FROM scrutiny.items($d$
FINANCE COMMITTEE - 3 JUNE 2019

14/19 BUDGET MONITORING

The Committee noted the outturn.

Page 2

219    FINANCE COMMITTEE    3 JUNE 2019

15/19 TREASURY MANAGEMENT

The Committee noted the investment report.

- 3 -

220    FINANCE COMMITTEE    3 JUNE 2019

16/19 INTERNAL AUDIT

The Committee noted the audit plan.
$d$);

--
-- Harder layouts
--

-- A number printed twice by the council gives two items
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
11/19 Minutes

Resolved that the minutes be approved.

12/19 Youth Services

Members considered the youth services review.

12/19 Foster Carer Recruitment

Members considered the recruitment campaign.
$d$);

-- A heading broken over two lines gives one item and one title
SELECT ordinal, label, title FROM scrutiny.items($d$
66/17 ACADEMIES

The Committee considered a report on academies.

67/17 CORPORATE FINANCIAL PERFORMANCE - QUARTER 1 FINANCIAL
MONITORING POSITION FOR 2017/18

The Committee considered the quarter 1 position.
$d$);

-- A heading split by a running header at a page break
SELECT ordinal, label, title FROM scrutiny.items($d$
Highways Scrutiny Panel - 9 July 2019

43/19 MINUTES

Resolved that the minutes be approved.

44/19 REVIEW OF HOME TO SCHOOL

Highways Scrutiny Panel - 9 July 2019

TRANSPORT POLICY

The Panel considered the draft policy.

45/19 WORK PROGRAMME

Highways Scrutiny Panel - 9 July 2019

The work programme was noted.
$d$);

-- heading_pattern with named groups for an unusual form
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
Ambleford Harbour Board

Agenda Item 7 --- Mooring Fees

The Board reviewed the mooring fees.

Agenda Item 8 --- Dredging Contract

The Board considered the tenders.
$d$, DATE '2021-03-01',
   '(?m)^Agenda Item (?<number>\d+) --- (?<title>.+)$');
SELECT ordinal, ref, label, title FROM scrutiny.items($d$
Ambleford Harbour Board

Business 31 of 2021 :: Mooring Fees

The Board reviewed the mooring fees.

Business 32 of 2021 :: Dredging Contract

The Board considered the tenders.
$d$, NULL,
   '(?m)^Business (?<number>\d+) of (?<year>\d{4}) :: (?<title>.+)$');

-- An invalid heading_pattern raises 2201B
\set VERBOSITY sqlstate
SELECT * FROM scrutiny.items($d$
Agenda Item 7 --- Mooring Fees
$d$, NULL, '(?<number>\d+ --- (?<title>.+)$');
\set VERBOSITY default

-- start/len are character offsets into the original doc, also with non-ASCII text
WITH d(doc) AS (VALUES ($d$
Comité de Liaison – Bryn Ŵyn Community Council

“Present”: Cllr Åsa Nørgaard, Cllr Siân Pryce

5/19 Café Licence – Fête Field

The Clerk reported £1,250 received.

6/19 Llwybr Troed – Footpath Repairs

Résumé of works agreed.
$d$))
SELECT i.label, substr(d.doc, i.start, i.len) AS span
FROM d, scrutiny.items(d.doc) i;

-- A heading with its text run on (after a colon, or from the first
-- capitalised word after the capitals), and a decision printed after a
-- dotted signature line that names its minute: it is that item's.
WITH d(doc) AS (VALUES ($d$
MINUTES of a meeting of the Hollins Green Parish Council held on 2 April 2025

41/24 BUS SHELTER: The Clerk reported that the shelter on Station Road had been repaired by the contractor.

42/24 ALLOTMENT RENTS (EXEMPT) Resolved: That the rents of the allotments be held for the coming year.

43/24 PLANNING: Applications Received

No applications had been received.

Chairman ........................ Date .............

42/24 RESOLVED: That the Clerk write to the allotment holders.
$d$))
SELECT i.label, i.title, i.body
FROM d, scrutiny.items(d.doc) i;

-- A coded minute number whose text runs on in mixed case, as parish
-- minutes print it: the title is what comes before the dash, colon or full
-- stop, and the rest of the line is the minute's text.  Agenda-style titles
-- ("To receive ...") under plain numbers read the same way; "3 to 5" does not.
WITH d(doc) AS (VALUES ($d$
Minutes of the Meeting of Fenwick Moor Parish Council held on 9 January 2025

114/24 To receive apologies for absence – Apologies were received from Cllr Ashdown (work).

115/24 Declarations of Interest: None were made.

116/24 Minutes of the Previous Meeting. The minutes of 5 December were approved as a correct record.

117/24 Village Hall Report - The hall committee reported that the boiler had been replaced.
$d$), ($d$
Minutes of the Meeting of Orley Cross Parish Council held on 6 February 2025

1. To receive apologies for absence: Cllr Greaves sent apologies.

2. To approve the minutes of the last meeting. They were approved and signed.

3 to 5 members of the public attended.

3. To consider the grass cutting quotations – The quotation of £420 was accepted.
$d$))
SELECT i.label, i.title, i.body
FROM d, scrutiny.items(d.doc) i;

-- Numbers in brackets, "(139) TITLE" and "[4] Title.", and "1) Title":
-- each is a family of its own, chosen as any other by the chain it makes.
WITH d(doc) AS (VALUES ($d$
MINUTES of a meeting of the COUNCIL held at the Guildhall on 8 February 2024
(139) APOLOGIES FOR ABSENCE
Apologies were received from Councillor Pardew.
(140) MINUTES
RESOLVED – That the minutes of 14 December 2023 be signed.
(141) DECLARATIONS OF INTEREST
None.
$d$), ($d$
Minutes of Brackley Green Parish Council, 4 March 2024
[1] Apologies. Cllr Moat.
[2] Declarations of interest. None.
[3] Finance.
The clerk presented the accounts. It was agreed to pay the invoices listed.
$d$), ($d$
Minutes of the Ordinary Meeting of Glen Arran Community Council, 12 March 2024
1) Welcome and apologies
The chair welcomed everyone.
2) Police report
There were three incidents in February:
1) a theft from a shed;
2) a car broken into.
3) Any other business
None.
$d$))
SELECT i.label, i.title FROM d, scrutiny.items(d.doc) i;

-- The number in the right margin, after the title: town council layouts.
SELECT label, title, body FROM scrutiny.items($d$
Minutes of the Meeting of Hollins Town Council held on 7 March 2024

APOLOGIES FOR ABSENCE                                         C/23/112

Apologies were received from Councillor Tate.

MINUTES                                                       C/23/113

RESOLVED that the minutes of 1 February 2024 be approved.

TOTAL PAYMENTS                                                    2,400
$d$);

-- A record of decisions: the number after "Decision No.:", the title after "Subject:".
SELECT label, ref, title FROM scrutiny.items($d$
CABINET - RECORD OF DECISIONS

Decision No.:   CAB/41/24
Agenda item:    3
Subject:        Minutes of the previous meeting

DECISION:
That the minutes be approved.
------------------------------------------------------------
Decision No.:   CAB/42/24
Agenda item:    6
Subject:        Library Opening Hours

DECISION:
That the revised opening hours be adopted.
$d$);

-- Documents without numbers: headings in markup, underlined, run in before
-- a colon.  The attendance header ("Present" over names) is not an item;
-- label and ref are NULL.
WITH d(doc) AS (VALUES ($d$
# Minutes - 5 March 2024

**Present**

* Councillor Ada Birch - Chair
* Councillor Tom Hale

**Apologies**

* Councillor Joan Reed

**Election of Chair**

RESOLVED that Councillor Birch be elected Chair.

**Declarations of interest**

There were none.

**Budget monitoring**

The committee noted the forecast underspend.
$d$), ($d$
LOWER HALTON PARISH MEETING

Welcome
-------
The Chairman welcomed those present.

Apologies for Absence
---------------------
Apologies were received from Mrs Cole.

Accounts
--------
The accounts were approved.
$d$), ($d$
Upper Dean Parish Council Minutes

Present: R. Lake - Chairman, Mrs. Wynn and a member of the public

Apologies: G. Fox

Minutes: The minutes of 13th January were signed as a correct record.

Planning Applications: Barn conversion at Mill Farm - no objection.

Any Other Business: The bus shelter needs repair.
$d$))
SELECT i.label IS NULL AS no_label, i.ref IS NULL AS no_ref, i.title
FROM d, scrutiny.items(d.doc) i;

-- The minute number on the line under its title, beside the agenda's own
-- number and description (CMIS pages): the minute numbers make the chain.
SELECT label, title, body FROM scrutiny.items($d$
Agenda Items
1 Apologies for Absence
To receive any apologies for absence.
31
Apologies were received from Cllr Hay.
2 Declarations of Interest
Members are asked to declare any interests.
32
None were declared.
4 Work Programme
33
RESOLVED that the work programme be agreed.
$d$);

-- Minutes bound into an agenda pack: the part is titled AGENDA, but its
-- items hold decisions, so it is read as the record; a plain agenda is not.
WITH d(doc) AS (VALUES ($d$
AGENDA

1.   Apologies for Absence

2.   Minutes (Pages 1 - 4)

Agenda Item 2
                                                         Page 1
APOLOGIES FOR ABSENCE
14/2023
Apologies were received from Councillor Hart.

MINUTES
15/2023
RESOLVED – That the minutes of 3 October 2023 be approved.

WORK PROGRAMME
16/2023
RESOLVED – That the work programme be noted.
$d$), ($d$
AGENDA

1.   Apologies for Absence

2.   Minutes of the previous meeting

3.   Work Programme
$d$))
SELECT i.label, i.title FROM d, scrutiny.items(d.doc) i;

-- A page that lost its line breaks: headings inside the flowed text split
-- it, here with the year-first numbers of a joint committee ("2023.046").
SELECT label, ref, title, body FROM scrutiny.items(
  'HOLTBY JOINT BURIAL COMMITTEE MINUTES OF THE MEETING HELD ON 8 FEBRUARY 2024 '
  'Present: Cllr Amos (Chairman), Cllr Birt, Cllr Crane and Cllr Dyer. In attendance: '
  'Mr Ellis (Clerk). The Chairman welcomed members and explained the order of business '
  'for the evening, which had been circulated with the papers. '
  '2023.046 APOLOGIES FOR ABSENCE Apologies were received from Cllr Frome. '
  '2023.047 TREE SURVEY RESOLVED to defer the survey. '
  '2023.048 PAYMENTS RESOLVED that the payments listed be approved.');

-- Parish headings whose minute runs on in the same sentence: the number
-- is enough where no titled scheme competes ("1. Mr ..." and "The ..." open
-- numbered narrative, never a heading of this kind).
SELECT label, title, body FROM scrutiny.items($d$
Minutes of the Annual Meeting of Fenbury Parish Council, 12 May 2025

1. Election of Chairman It was proposed and seconded that Cllr Dale remain as Chairman.

2. Chairman signed his Acceptance of Office.

3. Apologies for absence accepted from Cllr Reed.

4. Declarations of Interest None were made.

5. Accounts were presented and accepted for payment.
$d$);

-- An agenda's Title Case title run on into the minute's text on one line:
-- the text starts at the sentence's opener ("The Clerk", "Cllr Hale"),
-- never after a word that cannot end a title ("... from Cllr Hale").
SELECT label, title, left(body, 40) AS body_starts FROM scrutiny.items($d$
Minutes of Fenbury Parish Council, 9 October 2024

101/24 To Approve the Hedge Cutting Contract 2025/26 Onwards The Clerk had asked three contractors to quote and two had replied. It was agreed to accept the lower quote.

102/24 To Discuss Ownership of the Green and Approve Related Costs, if any Cllr Hale said that the deeds had been found at the county archive. It was agreed to defer the matter.

103/24 To Receive an Update from Cllr Hale on the state of the footpaths at Mill Lane and the stile that had been reported broken in the summer.
$d$);

-- Numbering that starts again: a word processor's list restarted at 1 part
-- way through the minutes, and a second meeting bound into the same file.
-- The numbered paragraphs inside item 4 (sentences) stay in its body.
SELECT label, title FROM scrutiny.items($d$
Minutes of Ashcombe Parish Council, 3 June 2025

1. Apologies for absence
Cllr Vane sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Declarations of interest
None.

4. Clerk's report
The clerk reported on two letters:
1. The highways team will repair the kerb outside the school in July.
2. The bus operator has confirmed that the evening service will continue.

1. Accounts for payment
The payments listed were approved.

2. Planning applications
No objections were raised to 25/00311/FUL.

3. Date of next meeting
1 July 2025.

Minutes of Ashcombe Parish Council, 1 July 2025

1. Apologies for absence
None.

2. Minutes of the last meeting
The minutes of 3 June were approved.
$d$);

-- Numbered lines inside an item are a list, not numbering that starts
-- again: under a heading at once, after a line ending in a colon, when they
-- read as someone's report, or after the meeting closed and was signed
-- (an appendix).  Each document gives items 1 to 3 only.
SELECT n, label, title FROM (VALUES
(1, $d$
1. Apologies for absence
Cllr Vane sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Any other business
1. Footpath at Mill Lane
The stile is broken again.
2. Bus shelter
The glass has been replaced.
$d$),
(2, $d$
1. Apologies for absence
Cllr Vane sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Any other business
Members raised the following:

1. Footpath at Mill Lane
The stile is broken again.

2. Bus shelter
The glass has been replaced.
$d$),
(3, $d$
1. Apologies for absence
Cllr Vane sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Any other business
Members raised these matters.

1. Cllr Moss reported on the footpath
The stile at Mill Lane is broken again.

2. Cllr Hale raised the state of the bus shelter
The glass has been replaced.
$d$),
(4, $d$
1. Apologies for absence
Cllr Vane sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Finance
The payments listed were approved.

The meeting closed at 9.05 pm.

Signed: ............ Chairman

Appendix A

1. Payments schedule
The clerk's list of payments for June.

2. Bank reconciliation
Balances at 31 May 2025.
$d$)) AS d(n, doc), scrutiny.items(d.doc) i
ORDER BY n, i.ordinal;

-- ... but a second meeting after them is numbered again, whatever opens
-- it: after a list inside an item, an annual parish meeting, a committee
-- dated in figures with "Councillors in attendance:", a body named above
-- its date with "Sederunt:", a label line "In attendance:", and items
-- whose first title ends in "-ed" without naming anyone.  Each document
-- gives 1 to 3 twice (the first, 1 to 4 and then 1 to 3).
SELECT n, string_agg(label, ' ' ORDER BY ordinal) AS labels FROM (VALUES
(1, $d$
1. Apologies for absence
Cllr Dunn sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Finance
The payments listed were approved.

4. Any other business
Members raised the following:

1. Verge cutting on Station Road
The county will cut in August.

2. The noticeboard
The glass is cracked.

3. Dog bins at the green
Two more are needed.

4. Grit bins
They are empty.

Planning Committee, 2 July 2025

1. Apologies for absence
None.

2. Planning applications
None were received.

3. Date of next meeting
6 August 2025.
$d$),
(2, $d$
1. Apologies for absence
Cllr Dunn sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Finance
The payments listed were approved.

The meeting closed at 8.40 pm.

Signed: ............ Chairman

Annual Parish Meeting held on 2 July 2025

1. Chairman's report
The chairman reviewed the year.

2. Questions from electors
Residents asked about the green.

3. Any other business
None.
$d$),
(3, $d$
1. Apologies for absence
Cllr Dunn sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Finance
The payments listed were approved.

The meeting closed at 8.40 pm.

Signed: ............ Chairman

BRENTLEY PARISH COUNCIL
Planning Committee 02/07/2025
Councillors in attendance: Dunn, Keel

1. Apologies for absence
None.

2. Planning applications
None were received.

3. Date of next meeting
6 August 2025.
$d$),
(4, $d$
1. Apologies for absence
Cllr Dunn sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Finance
The payments listed were approved.

The meeting closed at 8.40 pm.

Signed: ............ Chairman

Brentley Community Council
Wednesday 2nd July 2025
Sederunt: Cllr Dunn, Cllr Keel

1. Apologies for absence
None.

2. Minutes of the last meeting
The minutes were approved.

3. Date of next meeting
6 August 2025.
$d$),
(5, $d$
1. Apologies for absence
Cllr Dunn sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Finance
The payments listed were approved.

Planning Committee, 2 July 2025
Present: Cllrs Dunn, Keel
In attendance:

1. Apologies for absence
None.

2. Planning applications
None were received.

3. Date of next meeting
6 August 2025.
$d$),
(6, $d$
1. Apologies for absence
Cllr Dunn sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Finance
The payments listed were approved.

Planning Committee, 2 July 2025

1. Station Road speed limit
The county's proposal was supported.

2. Planning applications
None were received.

3. Date of next meeting
6 August 2025.
$d$)) AS d(n, doc), scrutiny.items(d.doc) i
GROUP BY n ORDER BY n;

-- A running header that opens with a date or a year is furniture, though
-- it opens with digits as a numbered heading does: no body holds it.
SELECT label, body FROM scrutiny.items($d$
14.01.2025 Cabinet
1. Apologies for absence
Cllr Vane sent apologies.

2. Budget
The budget was approved.

14.01.2025 Cabinet
3. Capital programme
The programme was noted.

14.01.2025 Cabinet
4. Date of next meeting
11 February 2025.
$d$);
SELECT label, body FROM scrutiny.items($d$
2025/26 Budget Cabinet
1. Apologies for absence
Cllr Vane sent apologies.

2. Budget
The budget was approved.

2025/26 Budget Cabinet
3. Capital programme
The programme was noted.

2025/26 Budget Cabinet
4. Date of next meeting
11 February 2025.
$d$);

-- A heading with its numbered list straight under it, then the next
-- heading: the list counts on from 1, the headings from 3, so neither is a
-- list of headings.  A title may open with a year or a number run into its
-- unit; a date, a time or a count after the number is no title.
SELECT label, title FROM scrutiny.items($d$
1. Apologies
None.

2. Minutes
Approved.

3. Correspondence

1. Civic Award nominations

2. The Playing Field Newsletter

4. 2026/27 precept requirements
Discussion took place.

5. 20mph zones
The county will consult.

6. 7pm start for meetings in winter
Agreed.

7. Close
The meeting closed.
$d$);

-- A list that skips a number is still a list; a planning reference after
-- a number ("1. 2025/0456 Land at ...") is no title.
SELECT label, title FROM scrutiny.items($d$
1. Apologies
None.

2. Payments
1. HMRC PAYE
2. Clerk salary
3. SLCC subscription
5. Village hall hire
6. Grass cutting contractor

3. Planning applications
1. 2025/0456 Land at Mill Lane, one dwelling
No objection.
2. 2025/0471 Rose Cottage, extension
No objection.

4. Close
The meeting closed.
$d$);

-- An item added under a number after the agenda was printed carries its
-- letter: "5A." after "5.".
SELECT label, title FROM scrutiny.items($d$
4. CORRESPONDENCE
Letters from the county were read.

4A. APPOINTMENT OF INTERNAL AUDITOR
Mrs Pryce was appointed for a further year.

5. BUDGET REVIEW
The budget was noted.
$d$);

-- A scanned page: the space between a lettered number and its title lost
-- ("A2Minutes of ..."), and "Reso1ved" for "Resolved"; "A4 paper" in a
-- sentence and a lower-case word after the number ("A5a") are no titles.
SELECT i.label, i.title, r.resolution FROM scrutiny.items($d$
Minutes of the meeting of the Fenmoor Police and Crime Panel held on 5 February 2024

A1Declarations of interest

None were made.

A2Minutes of the meeting held on 4 December 2023

Reso1ved:

That the minutes be confirmed as a correct record.

A3 Chair's announcements

The Chair said that A4 paper copies of the plan were available. A5a was circulated.

A4Proposed Police Precept 2024/25

RES0LVED: That the Panel supports the proposed precept.
$d$) i LEFT JOIN LATERAL scrutiny.resolutions(i.body) r ON true ORDER BY i.ordinal;

-- A scanned page's margin rule read as a bar before the number
-- ("|1459. PLANNING"); a table's row ("| 12 | Apologies |") is no heading.
SELECT label, title FROM scrutiny.items($d$
1458. DISTRICT COUNCILLOR'S REPORT
Cllr Pruett reported on the waste contract.

|1459. PLANNING
23/00876/FUL - Erection of a garage. The Council resolved to support the application.

1460. FINANCE
| 12 | Payments | £1,200 |
The payments were approved.
$d$);
-- A page that lost its line breaks: a title in capitals ends where "A
-- quotation ..." opens the text, and "RESOLVED" in capitals inside the
-- run-on text opens the decision.
SELECT i.label, i.title, r.resolution FROM scrutiny.items($d$
Minutes of the meeting of the Fenwick Joint Burial Committee held on 22 February 2024 at 7.30pm in the Village Hall. 2023.061 APOLOGIES Apologies were received from Cllr Penrose. 2023.062 CHAPEL ROOF A quotation of £2,480 for the repair of the chapel roof exceeds the reserve. RESOLVED to refer the matter to both parish councils. 2023.063 BUDGET 2024/25 The net requirement is £8,100, apportioned: Fenwick Parish Council £5,022.00 Trelask Parish Council £3,078.00 RESOLVED to set the contributions as set out above. 2023.064 DATE OF NEXT MEETING Thursday 16th May 2024 at 7.30pm.
$d$) i LEFT JOIN LATERAL scrutiny.resolutions(i.body) r ON true ORDER BY i.ordinal;
-- A heading's line may hold the next heading after a finished sentence
-- (some of the page's line breaks lost): the number after the line's own
-- is an item, even where its minute reads as a sentence ("6. The minutes
-- ... were approved"); another number inside a sentence is not.
SELECT i.label, i.title, r.resolution FROM scrutiny.items($d$
4. ELECTION OF VICE-CHAIRMAN It was proposed and seconded that Cllr Hobb remain as Vice-Chairman. Cllr Hobb was duly elected. 5. The minutes of the meeting held on 3 March were approved as a true record.

6. FOOTPATHS The Clerk reported that 7. stiles had been repaired.

7. FINANCE The payments listed were approved.
$d$) i LEFT JOIN LATERAL scrutiny.resolutions(i.body) r ON true ORDER BY i.ordinal;
-- A list inside the item counts up before the next number: no split there,
-- and a year after a title in capitals stays in the title.
SELECT i.label, i.title FROM scrutiny.items($d$
4. MATTERS RAISED BY MEMBERS Members raised the following: 1. The hedge on Mill Lane. 2. The gate. 5. The broken bench by the pond.

5. PLAY AREA Items noted: 4. Swing seat worn. 5. Gate latch loose. 6. Bark surface thin.

6. FEES AND CHARGES 2025/26 RESOLVED that the charges be raised by 3%.
$d$) i ORDER BY i.ordinal;
-- The same with numbers and years ("71/24"), in a flowed page's line and
-- in a shorter line: a heading after a finished sentence, or a question's
-- closing quote.
SELECT i.label, i.title FROM scrutiny.items($d$
70/24 Apologies for absence Apologies were received from Cllr Dunn, who was detained at work. 71/24 Declarations of interest None were made. 72/24 Public participation The Chair asked: "Does anyone wish to speak?" 73/24 Minutes of the meeting held on 4 April 2024 were approved. 74/24 Footpaths The Clerk reported that the stile at Long Lane had been repaired by the county council after many reports from walkers over the winter months.

75/24 Finance Payments were approved. 76/24 Correspondence A letter from the school was noted.
$d$) i ORDER BY i.ordinal;

-- NULL, empty and whitespace-only input give no rows
SELECT count(*) FROM scrutiny.items(NULL);
SELECT count(*) FROM scrutiny.items('');
SELECT count(*) FROM scrutiny.items(E'  \n\t\n   \n');
