SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
RESET client_min_messages;
SET search_path = public, scrutiny;
-- scrutiny.declarations(): every form of issue 5.  All names, councils and
-- content are invented; the passages only imitate the layout of real minutes.

-- Two councillors in one sentence; an interest of unstated kind.
SELECT * FROM declarations($d$
PARKS COMMITTEE

Present: Councillor A. Ashby (Chair)

12/21 DECLARATIONS OF INTEREST AND PARTY WHIP

Councillors R. Barlow and S. Cowell declared an interest, as they were trustees of the Millbrook Community Garden.

13/21 MINUTES

Resolved that the minutes be approved.
$d$);

-- A disclosable pecuniary interest in a minute referred to by number.
SELECT * FROM declarations($d$
Present: Councillor M Dacre (Chair)

#### 71. Declarations of Interests

Councillor T Eastwood declared a disclosable pecuniary interest in the matter referred to in minute 75 below headed "Bus Shelters". He withdrew from the meeting during the consideration of this item.

#### 72. Minutes

The minutes were approved.
$d$);

-- Nil returns in any wording give no row.
SELECT count(*) FROM declarations($d$
1. DECLARATIONS OF INTEREST

There were no declarations of interest intimated.

2. MINUTES

The minutes were approved.
$d$);
SELECT count(*) FROM declarations($d$
1. Declarations of Interest

No interests were declared.

2. Minutes

The minutes were approved.
$d$);
SELECT count(*) FROM declarations($d$
1. Declarations of Interest

None.

2. Minutes

The minutes were approved.
$d$);

-- A table flattened to one cell per line.
SELECT * FROM declarations($d$
1. Declarations of Interest

Councillor
Minute Number
Nature of Interest
Councillor F Gatley
4
Personal interest as a governor of Hillside School
Councillor H Ingham
6
Disclosable pecuniary interest as the owner of land at Ridge Farm

2. Minutes

The minutes were approved.
$d$);

-- "Name - interest" rows with a continuation line, dot and ellipsis leaders.
SELECT * FROM declarations($d$
5. DECLARATIONS OF INTEREST

Councillor J Kenyon - Other Disclosable Interest in item 7 as a member of the
Lowfield Residents' Association
Councillor L Mercer ........ significant other interest, item 9, a relative works for the applicant
Mrs N Oldroyd … non-pecuniary interest as a volunteer at the food bank

6. MINUTES

The minutes were approved.
$d$);

-- Statutory categories in sentences; a declaration made inside another item.
SELECT * FROM declarations($d$
3. Declarations of Interest

Councillor P Quayle declared a personal and prejudicial interest in item 8 as her husband is the applicant.
Cllr. Dr Rowe declared a non-pecuniary interest in agenda item 10.

4. Community Grants

Councillor S Tilsley declared an Other Disclosable Interest as chair of a bidding group and left the room.

5. Minutes

The minutes were approved.
$d$);

-- Two declarations in one paragraph, one sentence each.
SELECT * FROM declarations($d$
2. Declarations of Interest

Cllr Browning declared a pecuniary interest in item 5. Councillor Greenway declared a non-pecuniary interest in item 6 as a member of the Rotary Club.

3. Planning applications

Noted.
$d$);

-- Empty input and odd bytes: no rows and no error.
SELECT count(*) FROM declarations('');
SELECT count(*) FROM declarations(E'1. Declarations of interest\n\nCouncillor\nMinute\nInterest\n( \u2026 -- declared interest');
