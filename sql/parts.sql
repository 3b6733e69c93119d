SET search_path = public, scrutiny;
-- scrutiny.parts(): a plain minutes file and a document pack.
-- All passages below are invented (councils, people and content); they only
-- imitate the layout of real minutes and document packs.

-- A plain minutes file is one "minutes" part covering the whole text
WITH d(doc) AS (VALUES ($d$
ASHCOMBE DISTRICT COUNCIL
OVERVIEW AND SCRUTINY COMMITTEE
4 JULY 2017

41/17 APOLOGIES

Apologies were received from Councillor Brandt.

42/17 OAKFIELD LEISURE CENTRE

Resolved:

That the update be noted.
$d$))
SELECT p.ordinal, p.kind, p.title, p.start, p.len = length(d.doc) - p.start + 1 AS to_end
FROM d, scrutiny.parts(d.doc) p;

-- A document pack: agenda, minutes of the last meeting, a briefing note and a
-- work programme, in that order
WITH d(doc) AS (VALUES ($d$
### **Public Document Pack**

### **Agenda**

### **Housing and Communities Scrutiny Board (4)**

#### **Time and Date**

10.00 am on Tuesday, 14th March, 2023

#### **Public Business**

- 1. Apologies and Substitutions
- 2. Minutes (Pages 3 - 6)
- 3. Empty Homes (Pages 7 - 12)

Report of the Director of Housing

4. Work Programme (Pages 13 - 16)

Briefing Note of the Scrutiny Co-ordinator

# Harwick City Council Minutes of the Meeting of Housing and Communities Scrutiny Board (4) held at 10.00 am on Tuesday, 14 February 2023

Present:

Members: Councillor J Obi (Chair)

#### 31. Declarations of Interests

There were no declarations of interest.

#### 32. Temporary Accommodation

RESOLVED that the report be noted.

(Meeting closed at 11.40 am)

### **Briefing note**

To: Housing and Communities Scrutiny Board (4) Date: 14 March 2023

Subject: Empty Homes

#### 1 Purpose of the Note

1.1 This note sets out the number of long-term empty homes in the city.

#### 2 Recommendations

2.1 The Board is recommended to note the content of the note.

Page 7

Last updated 01/03/23

### **Housing and Communities (4)**

Scrutiny Work Programme 2022/23

#### 14th March 23

Empty Homes

Work programme review
$d$))
SELECT p.ordinal, p.kind, p.title, left(substr(d.doc, p.start, p.len), 30) AS opens_with
FROM d, scrutiny.parts(d.doc) p;

-- items() only takes the items of the minutes part of the pack: 31 and 32, not the
-- agenda lines 1-4 nor the briefing note sections
SELECT ordinal, label, title FROM scrutiny.items($d$
### **Agenda**

- 1. Apologies and Substitutions
- 2. Minutes (Pages 3 - 6)
- 3. Empty Homes (Pages 7 - 12)

# Harwick City Council Minutes of the Meeting of Housing and Communities Scrutiny Board (4) held at 10.00 am on Tuesday, 14 February 2023

#### 31. Declarations of Interests

There were no declarations of interest.

#### 32. Temporary Accommodation

RESOLVED that the report be noted.

### **Briefing note**

Subject: Empty Homes

#### 1 Purpose of the Note

1.1 This note sets out the number of long-term empty homes in the city.
$d$);

-- A hard-wrapped sentence that names the minutes of a meeting after a comma
-- ("Circulated, copy of draft Minutes of Meeting of ...") is an item's
-- paragraph, not a part's title: one part, two items.
WITH d(doc) AS (VALUES ($d$
MINUTES OF THE MEETING OF THE KILBRACK AREA POLICING COMMITTEE, 4 MARCH 2025

1.

Adoption of Minutes

(a)

Circulated, copy of draft Minutes of Meeting of the Kilbrack Area Committee
held on 2nd December, 2024.

Proposed by: Councillor Hart
Seconded by: Councillor Lyne
And Resolved: That the draft Minutes be adopted.

2. Policing in the Area

The Inspector reported a fall in burglaries.
$d$))
SELECT (SELECT count(*) FROM scrutiny.parts(d.doc)) AS parts, i.label, i.title
FROM d, scrutiny.items(d.doc) i;

-- ... but a body's name before the comma is a title's: "Ashcombe Parish
-- Council, Minutes of the Meeting held on ..." opens the minutes after the
-- agenda printed above them.
SELECT ordinal, kind, title FROM scrutiny.parts($d$
Agenda for the meeting of Ashcombe Parish Council on 3 June 2025

1. Apologies for absence
2. Minutes of the last meeting
3. Finance

Ashcombe Parish Council, Minutes of the Meeting held on 3 June 2025

1. Apologies for absence
Cllr Vane sent apologies.

2. Minutes of the last meeting
The minutes were approved and signed.

3. Finance
The payments listed were approved.
$d$);

-- ... and only a name: "Circulated to the Committee, copy of draft Minutes
-- of ..." opens a sentence (lower-case words before the comma), not a part.
SELECT count(*) AS parts FROM scrutiny.parts($d$
MINUTES OF THE MEETING OF THE DRUMALLY AREA COMMITTEE, 5 MAY 2025

1. Apologies

None.

2. Adoption of Minutes

Circulated to the Committee, copy of draft Minutes of Meeting of the
Drumally Area Committee held on 3rd March, 2025.

Resolved: That the draft Minutes be adopted.

3. Roads

The engineer reported on resurfacing.
$d$);

-- A list's entry is never a part's title: "(a) That the minutes of the
-- meeting held on ..." approves them, inside the item (one part, and the
-- item keeps its list).
CREATE TEMP TABLE combined_minutes AS SELECT $d$
MINUTES OF THE MEETING OF THE COMBINED AUTHORITY HELD ON 12 JANUARY 2024

Present: Mayor Ann Holt (Chair), Councillors Bright and Dale.

CA 12/23  Apologies for Absence

None were received.

CA 13/23  Minutes of the Previous Meeting

RESOLVED:

(a) That the minutes of the meeting held on 24 November 2023 be approved as a
correct record.

b) That the minutes of the Scrutiny Committee held on 11 December 2023 be noted.

CA 14/23  Mayor's Update

The Mayor reported on the bus services.
$d$ AS doc;
SELECT p.ordinal, p.kind, p.title FROM combined_minutes m, scrutiny.parts(m.doc) p;
SELECT i.label, r.kind, r.resolution
  FROM combined_minutes m, scrutiny.items(m.doc) i, scrutiny.resolutions(i.body) r;
-- A line of prose that names the last meeting's minutes and goes on after
-- its full stop opens no part: it is text of the item above.
CREATE TEMP TABLE prose_minutes AS SELECT $d$
PRESENT: Cllr Ann Bell (AB) - Chair, Cllr Tom Hill (TH), Cllr Sue Marsh (SM).
The Chairman welcomed everyone to the meeting.
60/24 Apologies for absence Apologies had been received from Cllr Dunn who was detained at work. 61/24 Declarations of interest No declarations were made. 62/24 Public participation There were no members of the public present and so no comments were made on any matter on the agenda at this meeting of the council tonight. 63/24 Minutes of the Parish Council meeting held on 2 May 2024
AB confirmed all Councillors had seen the minutes of the Parish Council meeting held on 2 May 2024. AB noted the following amendment:

Minute 57/24 should read: the bench will be sited by the pond.

64/24 Matters arising

None.
$d$ AS doc;
SELECT p.ordinal, p.kind, p.title FROM prose_minutes m, scrutiny.parts(m.doc) p;
SELECT i.label, i.title FROM prose_minutes m, scrutiny.items(m.doc) i;
-- A title's words before "Minutes of" are capitalised, full stops or not.
SELECT p.ordinal, p.kind, p.title FROM scrutiny.parts($d$
Report of the Clerk to the Parish Council

The Clerk reports on the year's correspondence.

Upton Parish Council. Minutes of the Meeting held at 7.30 p.m. In the Village Hall on 3 June 2025

1. APOLOGIES

None.

2. PAYMENTS

RESOLVED that the payments be approved.
$d$) p;

-- NULL, empty and whitespace-only input give no rows
SELECT count(*) FROM scrutiny.parts(NULL);
SELECT count(*) FROM scrutiny.parts('');
SELECT count(*) FROM scrutiny.parts(E' \n\n\t');
