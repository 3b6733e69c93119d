SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
RESET client_min_messages;
SET search_path = public, scrutiny;
-- scrutiny.attendance(): every attendance form of issue 5 and some the corpus
-- lacks.  All names, councils and content are invented; the passages only
-- imitate the layout of real minutes.

-- Header with the marker after the first name, a list run together on one
-- line, a portfolio holder with a dash, co-opted members, officers as
-- "Name - Title" over broken lines, apologies inside the minutes.
SELECT * FROM attendance($d$
HIGHWAYS SCRUTINY COMMITTEE

3 MARCH 2021 AT 6.00 PM AT THE CIVIC CENTRE

Councillor P. Ashdown (Chair) Committee Members present

Councillor L. Brindle (Vice-Chair)

Councillor F. Corby Councillor G. Dunmore Councillor H. Ellery

Councillor K. Farrant - Transport & Environment **Portfolio Holders present**

Non-elected voting Members

Present

Mr W. Gosling (Parent Governor)

Officers present Nadia Hollins - Interim Director of Place -

Highways

Owen Ingram - Democratic Services Officer Petra Jowett - Head of Legal &

Governance

41/21 APOLOGIES

Apologies were received from Councillors Kettley and Lomax.

42/21 MINUTES

Resolved that the minutes be approved.
$d$);

-- "Present:" paragraphs with plural councillors and a shared role, a
-- co-opted member in the list, apologies with a non-councillor, and
-- "Name, Title, Body;" attendees.
SELECT * FROM attendance($d$
Minutes of the Adult Social Care Scrutiny Board

Present: Councillor Marsh (Chair);
Councillors R Nolan and B K Oakes (Vice-Chairs);
Councillors Pryor, Quint, Rudd and Reverend J Seddon (co-opted member).

Apologies: Councillor Tarrant and Mrs V Upton (co-opted member).

In attendance: Anna Vickers, Chief Executive, Eastmere Care Trust;
Ben Walsh, Finance Lead, Eastmere Council;
Carla Yates

12/20 Minutes

Resolved that the minutes be approved.
$d$);

-- "PRESENT: Councillor X in the chair." then a list with postnominals.
SELECT name, honorific, role, category, status FROM attendance($d$
PLANNING COMMITTEE

PRESENT: Councillor Ambrose in the chair.
Councillors Baxter (Vice-Chair), Crowther, Dalgleish MBE and Eddowes.

15. APOLOGIES

None.

16. MINUTES

Resolved that the minutes be approved.
$d$);

-- One name per line with "(Chair)", categories by heading, employees run
-- together on one line, invited people with a dash, apologies naming
-- councillors and others without commas.
SELECT name, honorific, role, category, status, organisation FROM attendance($d$
# Minutes of the Meeting of the Licensing Panel held at 10.00 am on 2 May 2019

Present:

Members: Councillor R Fenwick (Chair)

Councillor T Garside
Councillor M Hebden

Co-Opted Members: Mrs L Iveson

Cabinet Member: Councillor P Jagger

Employees (by Directorate):

A Kemble, Place Directorate S Lofthouse, People Directorate

Invited: D Mottram – Northvale Partnership Trust

Apologies:

Councillor E Norcross Councillor O Pickles R Quarmby and S Renshaw

#### 7. Declarations of Interests

There were no declarations of interest.
$d$);

-- Separate Present, Apologies and Attending paragraphs where each
-- attendee is "Initial Surname, Job Title;"; names run together without
-- commas; honorifics the corpus lacks.
SELECT name, honorific, role, category, status FROM attendance($d$
Cabinet

Present: Cllr J Abbott Cllr J Bellamy Cllr Mrs B Cartwright Councillor Mrs J. Smith Cllr. Dr Patel

Apologies: Cllr K Denton

Attending: R Ellison, Head of Finance; T Foulkes, Monitoring Officer;

1. Minutes

Resolved that the minutes be approved.
$d$);

-- Scottish: apologies intimated, a non-councillor member with a bracket,
-- Provost and Bailie, "Officers in Attendance:" and "Other Members in
-- Attendance:" blocks, a departure kept as present.
SELECT name, honorific, role, category, status FROM attendance($d$
EDUCATION COMMITTEE

Present: Provost A Gillies, Bailie M Hamilton, Councillors I Jardine and K Kerr.

(Councillor Kerr left the meeting at 7.47pm)

Officers in Attendance: L Lindsay - Head of Education; M Munro - Committee Officer.

Other Members in Attendance: Councillor N Nairn.

1 APOLOGIES

Apologies for absence were intimated from Councillors O Ogilvie, P Paterson and Mr R Ross (Church rep).

2 MINUTES

The minutes were approved.
$d$);

-- Welsh names with accents, "Cynghorydd", apologies "submitted on behalf
-- of", substitutions recorded inside the minutes.
SELECT name, honorific, role, category, status FROM attendance($d$
Cyngor Sir Dyffryn

Present: Cynghorydd Siân Gwenllïan (Chair), Cynghorydd Dafydd ap Ioan, Councillor Ffion Llŷr.

1. APOLOGIES AND SUBSTITUTIONS

Apologies for absence were submitted on behalf of Councillor Rhodri Morgan.
Councillor Eirlys Price attended as a substitute for Councillor Rhodri Morgan.

2. MINUTES

The minutes were approved.
$d$);

-- Forms the corpus lacks: "Sederunt:", a chair after a dash, a substitute
-- in a bracket, "Absent:", "Also Present:" with bare names, a parish list
-- without honorifics.
SELECT name, honorific, role, category, status FROM attendance($d$
KIRKTON COMMUNITY COUNCIL

Sederunt: Councillor A Blair - Convener, Councillor C Drummond - Vice Chairman, Councillor E Fraser (substitute for Councillor G Hay).

Absent: Councillor I Innes.

Also Present: Joan Keir, Lachlan Moir.

1. APOLOGIES

An apology was received from Councillor N Orr.

2. MINUTES

The minutes were approved.
$d$);
SELECT name, honorific, role, category, status FROM attendance($d$
Minutes of Upper Benham Parish Council

Present: P Quarry (Chairman), R Stroud, T Upham and Mrs V Wexley.

Apologies: W Yardley

1. Minutes

Approved.
$d$);

-- A "Councillors:" heading before a plural list, officers with bracketed
-- titles; a Welsh-language header ("Yn bresennol", "Cynghorwyr ... a ...",
-- "Ymddiheuriadau").
SELECT name, honorific, role, category, status FROM attendance($d$
Planning Committee

Present:
Councillors: Smithers (Chair), Jonas (Vice-Chair), Browning and Greenway
Also Present: Councillor Whitely
Officers: Jane Doughty (Head of Planning), John Roebuck (Solicitor)
Apologies: Councillors Blackwood and Greyson

1. Minutes

The minutes were approved.

2. Planning applications

Noted.
$d$);
SELECT name, honorific, role, category, status FROM attendance($d$
Pwyllgor Craffu

Yn bresennol: Cynghorwyr Alun Rhys (Cadeirydd) a Bethan Wyn.
Ymddiheuriadau: Cynghorydd Carys Lloyd.

1. Cofnodion

Cymeradwywyd.

2. Materion eraill

Nodwyd.
$d$);

-- An item's title names an attendance list by a whole word: "Accounts to
-- be presented" and "Representatives' reports" hold no one present.
SELECT name, status FROM attendance($d$
Minutes of Ashcombe Parish Council, 3 June 2025

1. Members present
Cllr Vane (Chair), Cllr Moss.

2. Accounts to be presented for payment
Hedge Cutting Ltd 120.00
Village Hall Trust 45.00

3. Representatives' reports
Cllr Moss gave the school governors' report.
$d$);

-- ... and its plural is the same word: "Absences" lists apologies.
SELECT name, status FROM attendance($d$
Minutes of Ashcombe Parish Council, 3 June 2025

1. Attendances
Cllr Vane (Chair), Cllr Moss.

2. Absences
Cllr Hale.
$d$);

-- Empty input, no attendance, odd bytes: no rows and no error.
SELECT count(*) FROM attendance('');
SELECT count(*) FROM attendance($d$The Chair, Councillor Quayle, opened the meeting.$d$);
SELECT count(*) FROM attendance(E'Present:\n( ( ( Councillor\n-- ; , : .... \u2026 \u2013');
SELECT count(*) FROM attendance(repeat('Present: Councillor A. Bell ', 2000));

-- A cancel request stops a long call.  The documents are stored without
-- compression, so the 10 ms run out inside the scanners (about 90 ms for
-- the whole of each here), which must notice the cancel as they go.
CREATE TEMP TABLE long_docs (kind text, doc text);
ALTER TABLE long_docs ALTER doc SET STORAGE EXTERNAL;
INSERT INTO long_docs VALUES
  ('attendance', repeat(E'Present: Councillor A Brown (Chair), Councillors C Dale and E Fox.\n', 350000)),
  ('declarations', repeat(E'Councillor A Brown declared a pecuniary interest in minute 4.\n', 400000));
SET statement_timeout = '10ms';
\set VERBOSITY sqlstate
SELECT count(*) FROM long_docs l, attendance(l.doc) WHERE l.kind = 'attendance';
SELECT count(*) FROM long_docs l, declarations(l.doc) WHERE l.kind = 'declarations';
\set VERBOSITY default
RESET statement_timeout;
DROP TABLE long_docs;
