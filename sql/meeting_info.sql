SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
RESET client_min_messages;
SET search_path = public, scrutiny;
SET datestyle = ISO;
-- scrutiny.meeting_info(): the committee's name, date, start and end times,
-- venue and adjournments of a meeting from its minutes.
-- All passages below are invented (councils, people, places); they only
-- imitate the layout of real minutes.

--
-- Title forms
--
-- A name line, then a date line with time and venue (upper case kept as printed)
SELECT * FROM meeting_info(E'HIGHWAYS AND TRANSPORT OVERVIEW AND SCRUTINY COMMITTEE\n\n7 OCTOBER 2019 AT 6.00 PM AT THE TOWN HALL\n\nCouncillor P. Marsh (Chair) Committee Members present\n\n40/19 APOLOGIES\n\nThe meeting terminated at 9.03 pm.');
-- Weekday, "P.M." with stops
SELECT * FROM meeting_info(E'ADULT SOCIAL CARE PANEL\n\nTHURSDAY, 11 OCTOBER, 2018 AT 6.00 P.M. AT THE CIVIC CENTRE\n\nPanel Members Present Councillor R. Oakes\n\n101/18 APOLOGIES\n\nThe meeting terminated at 7.55 pm.');
-- "Minutes of the ..." in bold over two lines; time run into "pm"; venue on the next line
SELECT * FROM meeting_info(E'\n\n**Minutes of the Housing and Communities\nScrutiny Board**\n\n**4 March 2019 at 5.00pm\nat Westholm Council House, Millbridge**\n\nPresent: Councillor Field (Chair);\n\n12/19 **Minutes**\n\n(Meeting ended at 6.10 pm)');
-- A council's name before "Minutes of the Meeting of", "held at TIME on DATE"; no venue
SELECT * FROM meeting_info(E'# Eastmere City Council Minutes of the Meeting of Finance Scrutiny Board (3) held at 2.00 pm on Thursday, 6 June 2019\n\nPresent:\n\nMembers: Councillor R Hale (Chair)\n\n#### 12. Minutes\n\n(Meeting closed at 4.00 pm)');
-- An agenda: "Time and Date" and "Place" labels, a venue with a dash
SELECT * FROM meeting_info(E'### **Agenda**\n\n### **Licensing Committee**\n\n#### **Time and Date**\n\n2.00 pm on Thursday, 27th June, 2019\n\n#### **Place**\n\nCommittee Room 3 - Council House\n\n#### **Public Business**\n\n1. Apologies');
-- "held on ... at 10.00 a.m." on the line after the name, venue after the time
SELECT * FROM meeting_info(E'Minutes of the Meeting of the Planning Committee\nheld on Tuesday, 14th March 2023 at 10.00 a.m. in the Council Chamber, Town Hall\n\nPresent: Councillor A Smith (Chair)\n\n1. Apologies\n\nThe meeting closed at 11.45 a.m.');
-- Name before "MINUTES of the meeting held on"; "Time of Commencement" and "Time of conclusion"
SELECT * FROM meeting_info(E'HOUSING COMMITTEE\n\nMINUTES of the meeting held on Monday 6 March 2023\n\nTime of Commencement: 6.30 p.m.\n\nPresent: Councillors Ash, Birch\n\n12. Minutes\n\nTime of conclusion: 8.15 p.m.');
-- A parish council: venue between "held at" and the date
SELECT * FROM meeting_info(E'Minutes of the meeting of Little Wemble Parish Council held at the Village Hall on Monday 3 April 2023 at 7.30pm\n\nPresent: Cllrs Brown, Green\n\n23/01 Apologies\n\nThe meeting closed at 9.10pm.');
-- An annual meeting of a parish council
SELECT * FROM meeting_info(E'Minutes of the Annual Meeting of Upper Haddon Parish Council held in the Reading Room, Church Lane on Tuesday 14 May 2024 at 7.00 p.m.\n\nPresent: Cllr J Pike (Chairman)\n\nThere being no further business the Chairman closed the meeting at 8.52 p.m.');
-- Scottish: "Minute of Meeting ... held in the Council Chambers, ..."; "12 noon"
SELECT * FROM meeting_info(E'EDUCATION COMMITTEE\n\nMinute of Meeting of the Education Committee held in the Council Chambers, Civic Centre, Kilbrannan on Tuesday 5 March 2024 at 10.00 a.m.\n\nPresent\nCouncillors A Bell and C Dunn.\n\n1. Declarations of Interest\n\nThe meeting ended at 12 noon.');
-- Scottish: "Held in ..." on its own line before "Present:"
SELECT * FROM meeting_info(E'Policy and Resources Committee\n\nHeld in the Council Chambers, Municipal Buildings, Port Ellen on Thursday 7 December 2023 at 2pm\n\nPresent: Provost M Reid (Chair)\n\nThe meeting concluded at 3.40pm.');
-- Welsh county council; 24-hour times; an adjournment over two sentences; past midnight
SELECT * FROM meeting_info(E'Minutes of the meeting of the Cabinet held at County Hall, Llanfair on 4 July 2023\n\nPresent: County Councillor G Jones (Chair)\n\nMeeting commenced at 18:00\n\nThe meeting adjourned at 19.30 for a short break.\nThe meeting reconvened at 19.40.\n\nThe meeting closed at 00.20 am.');
-- Labelled fields; an adjournment with its time first; "finished"
SELECT * FROM meeting_info(E'Regulatory Board\n\nDate: Wednesday, 8 February 2023\nTime: 14:00\nVenue: Committee Room 2 - Civic Offices\n\nPresent: Councillor X\n\nAt 15:10 the Board adjourned; it reconvened at 15:25.\n\nThe meeting finished at 16:40.');
-- Two adjournments, one without a printed reconvening time; "noon"; a remote meeting
SELECT * FROM meeting_info(E'Minutes of the Standards Committee held remotely via Microsoft Teams on Friday 2 October 2020 at noon\n\nPresent: Councillor V Lowe (Chair)\n\nThe Committee adjourned at 12.40 pm and reconvened at 12.50 pm.\n\nThe meeting adjourned at 1.30 pm.\n\nMeeting ended at 2.10 pm');
-- "between ... and ...", "from ... to ..."
SELECT adjourned FROM meeting_info(E'Minutes of the Audit Committee held on 9 January 2024 at 6pm\n\nPresent: Cllr A\n\n(The meeting adjourned between 7.10 pm and 7.20 pm.)\n\nThe meeting was adjourned from 8.00pm to 8.05pm.');
-- An item adjourned to another meeting is not an adjournment of this one
SELECT adjourned FROM meeting_info(E'Minutes of the Audit Committee held on 9 January 2024 at 6pm\n\nPresent: Cllr A\n\nResolved that consideration of the item be adjourned to the next meeting.\n\nThe meeting adjourned at 9.00 pm until 10.00 am on 10 January 2024.');

-- "MINUTES OF A MEETING OF THE ...", all in capitals
SELECT * FROM meeting_info(E'MINUTES OF A MEETING OF THE CABINET HELD AT THE GUILDHALL, HIGH STREET ON 5 JUNE 2023 AT 7.00 PM\n\nPRESENT: Councillor A Brook (Leader)\n\nThe meeting commenced at 7.05 pm and closed at 8.30 pm.');
-- Name and date on one line; a date with stops
SELECT * FROM meeting_info(E'Planning Committee - 12.07.2023 at 7pm\n\nPresent: Councillors C and D');
-- "Meeting of the ..." without "Minutes"
SELECT * FROM meeting_info(E'Meeting of the Harbour Board held on 5 March 2024 in the Main Hall\n\nThe meeting ended at 8.30pm.');
-- Prose with a date is no title
SELECT * FROM meeting_info(E'Members noted that on 5 March 2020 the Council met.\n\nThe item was noted.');

-- "... Committee meeting held on"; another body's closing time is not the meeting's end
SELECT * FROM meeting_info(E'Minutes of the Planning Committee meeting held on 5 March 2024 at 7pm\n\nPresent: X\n\nThe Council''s offices close at 5pm on Fridays.\n\nThe Committee rose at 9.15 pm.');
-- "MINUTES" alone above the name; work that commenced is not the meeting
SELECT * FROM meeting_info(E'MINUTES\n\nPLANNING COMMITTEE\n\nHeld on Tuesday 14 March 2023 at 10.00 a.m. in the Council Chamber\n\nWork commenced at 9am on site. The Chairman thanked everyone and closed the meeting at 11.20 am.');
-- A town council: "commencing at", "Close of meeting:"
SELECT * FROM meeting_info(E'Minutes of the Extraordinary Meeting of Great Bexley Town Council held at the Town Hall on Thursday 2nd February 2023 commencing at 7.30pm\n\nPresent: Cllr A\n\nClose of meeting: 9.05pm');

--
-- In a document pack the agenda's meeting is the next one; the minutes give the details
--
SELECT * FROM meeting_info(E'### **Agenda**\n\n### **Children''s Board**\n\n#### **Time and Date**\n\n2.00 pm on Thursday, 27th June, 2019\n\n#### **Place**\n\nCommittee Room 1\n\n- a) To agree the minutes of the meeting held on 6th June, 2019\n\n# Minutes of the Meeting of Children''s Board held at 2.00 pm on Thursday, 6 June 2019\n\nPresent:\n\n(Meeting closed at 3.30 pm)');

--
-- Not titles, not ends
--
-- "the minutes of the meeting held on" in a resolution is no title; closed to the public is no end
SELECT * FROM meeting_info(E'Resolved that the minutes of the meeting held on 3 May 2022 be approved.\n\nThe meeting was closed to the public at 8.10 pm for the next item.');
-- A chair's summary: "at the Board" is no venue
SELECT * FROM meeting_info(E'Adults Scrutiny Board\n\n24 August, 2015\n\nSummary of Matters Considered at the Board\n\n1. Strategy');

--
-- Odd text: no error, NULL fields, an empty array
--
SELECT * FROM meeting_info('');
SELECT * FROM meeting_info(E'Minutes of\n\n\n');
SELECT * FROM meeting_info(E'Minutes of the meeting held on 31 February 2023 at 25.99 pm');
SELECT count(*) FROM meeting_info(repeat(E'at at in via Minutes of the **\n', 2000));
-- Names and places outside ASCII
SELECT * FROM meeting_info(E'Minutes of the meeting of Cyngor Tref Llanddw\u0302r held at Neuadd y Dref, Stryd Fawr on Monday 8 January 2024 at 7pm\n\nPresent: Cyng. A Hughes');
SELECT * FROM meeting_info(E'Minutes of the Comit\u00e9 des F\u00eates held at the Salle \u00c9mile on 1 June 2022 at 19:30\n\nPresent');
SELECT meeting_info(NULL) IS NULL AS strict;

--
-- A long document: one call scans it all, and a cancel request stops it
--
CREATE TEMP TABLE long_minutes AS
SELECT E'Minutes of the Budget Panel held at the Guildhall on 3 June 2021 at 6.00 pm\n\nPresent: Cllr A\n\n' ||
       repeat(E'The Panel discussed the figures at length and asked about the budget for the coming year.\n\n', 200000) ||
       E'The meeting adjourned at 7.00 pm and reconvened at 7.10 pm.\n\nThe meeting closed at 9.45 pm.' AS doc;
SELECT octet_length(doc) > 15000000 AS over_15_mb FROM long_minutes;
SELECT m.* FROM long_minutes, meeting_info(doc) m;
-- One run of letters with no blank (the scan is linear in any input)
SELECT m.body IS NULL AS no_name, m.adjourned FROM meeting_info(repeat('x', 20000000)) m;
SET statement_timeout = '20ms';
\set VERBOSITY sqlstate
SELECT m.* FROM long_minutes, meeting_info(doc || repeat(E'Minutes of the x\n', 3000000)) m;
\set VERBOSITY default
RESET statement_timeout;
