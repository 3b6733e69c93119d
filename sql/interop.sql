SET client_min_messages=warning; CREATE EXTENSION IF NOT EXISTS scrutiny; RESET client_min_messages; SET search_path = public, scrutiny;
-- scrutiny.import_moderngov() and scrutiny.meeting_ocd(): ModernGov's web
-- service (mgWebService.asmx) in, Open Civic Data events out.  The XML below
-- is written by hand in the shape the service returns; the council, its
-- committees, places and people are invented.  Surrogate keys are never
-- printed, so that the suite does not depend on what other suites inserted.
SET datestyle = ISO;
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never

--
-- The functions
--
SELECT p.oid::regprocedure AS function, p.prosecdef AS security_definer, p.provolatile AS volatility,
       p.proparallel AS parallel, p.proisstrict AS strict, p.proconfig AS config,
       pg_catalog.obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
  FROM pg_proc AS p
 WHERE p.oid IN ('scrutiny.import_moderngov(xml,text)'::regprocedure, 'scrutiny.meeting_ocd(bigint)'::regprocedure,
                 'scrutiny.moderngov_text(text)'::regprocedure, 'scrutiny.import_moderngov(text,text)'::regprocedure,
                 'scrutiny.moderngov_date(text)'::regprocedure, 'scrutiny.moderngov_time(text)'::regprocedure,
                 'scrutiny.moderngov_name(text)'::regprocedure, 'scrutiny.moderngov_html_text(text)'::regprocedure,
                 'scrutiny.moderngov_xml(text)'::regprocedure,
                 'scrutiny.moderngov_person(bigint,text,text,text,text,text,text)'::regprocedure)
 ORDER BY 1::text;

SELECT r.rolname, f.function, pg_catalog.has_function_privilege(r.rolname, f.function, 'EXECUTE') AS execute
  FROM (VALUES ('scrutiny_reader'), ('scrutiny_officer'), ('scrutiny_loader')) AS r(rolname),
       (VALUES ('scrutiny.import_moderngov(xml,text)'), ('scrutiny.import_moderngov(text,text)'),
               ('scrutiny.meeting_ocd(bigint)')) AS f(function)
 ORDER BY 2, 1;
SELECT pg_catalog.has_function_privilege('public', 'scrutiny.import_moderngov(xml,text)', 'EXECUTE') AS public_may_import,
       pg_catalog.has_function_privilege('public', 'scrutiny.import_moderngov(text,text)', 'EXECUTE') AS public_may_import_text;

--
-- What ingest has made from minutes before anything comes from ModernGov:
-- the council, its Cabinet (named in capitals, as the minutes print it) and
-- one meeting of it, without ModernGov ids.
--
INSERT INTO council (name) VALUES ('Wemble Vale District Council');
INSERT INTO body (council_id, name, kind)
SELECT c.id, 'CABINET', 'cabinet' FROM council AS c WHERE c.name = 'Wemble Vale District Council';
INSERT INTO meeting (council_id, body_id, held_on, starts_at, ends_at)
SELECT b.council_id, b.id, '2024-02-15', '10:00', '11:40'
  FROM body AS b JOIN council AS c ON c.id = b.council_id
 WHERE c.name = 'Wemble Vale District Council' AND b.name = 'CABINET';

CREATE VIEW wv_body AS
SELECT b.name, b.kind, b.external_id
  FROM body AS b JOIN council AS c ON c.id = b.council_id
 WHERE c.name = 'Wemble Vale District Council';
CREATE VIEW wv_meeting AS
SELECT b.name AS body, m.held_on, m.starts_at, m.ends_at, m.venue, m.municipal_year, m.external_id
  FROM meeting AS m JOIN body AS b ON b.council_id = m.council_id AND b.id = m.body_id
  JOIN council AS c ON c.id = m.council_id
 WHERE c.name = 'Wemble Vale District Council';
CREATE VIEW wv_attendance AS
SELECT m.external_id AS meeting, p.name, p.honorific, a.status, a.role, a.category, a.source
  FROM attendance AS a
  JOIN person AS p ON p.council_id = a.council_id AND p.id = a.person_id
  JOIN meeting AS m ON m.council_id = a.council_id AND m.id = a.meeting_id
  JOIN council AS c ON c.id = a.council_id
 WHERE c.name = 'Wemble Vale District Council';

--
-- GetCommittees.  The service escapes entities twice ("&amp;amp;",
-- "&amp;#39;"); a deleted committee is not imported.  CABINET takes the id
-- 101 and ModernGov's spelling; the others are new.
--
SELECT import_moderngov($xml$<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committee>
    <committeeid>101</committeeid>
    <committeetitle>Cabinet</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
    <committeecategory>Executive</committeecategory>
  </committee>
  <committee>
    <committeeid>142</committeeid>
    <committeetitle>Highways &amp;amp; Transport Scrutiny Committee</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
    <committeecategory>Overview and Scrutiny</committeecategory>
  </committee>
  <committee>
    <committeeid>157</committeeid>
    <committeetitle>Children&amp;#39;s Services Panel</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>True</committeeexpired>
  </committee>
  <committee>
    <committeeid>160</committeeid>
    <committeetitle>Development Control Committee (old)</committeetitle>
    <committeedeleted>True</committeedeleted>
    <committeeexpired>True</committeeexpired>
  </committee>
</committees>$xml$, 'Wemble Vale District Council');
SELECT * FROM wv_body ORDER BY external_id;

-- The same response again changes nothing.
SELECT import_moderngov($xml$<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committee><committeeid>101</committeeid><committeetitle>Cabinet</committeetitle></committee>
  <committee><committeeid>142</committeeid><committeetitle>Highways &amp;amp; Transport Scrutiny Committee</committeetitle></committee>
  <committee><committeeid>157</committeeid><committeetitle>Children&amp;#39;s Services Panel</committeetitle></committee>
</committees>$xml$, 'Wemble Vale District Council');

--
-- GetMeetings, one call per committee.  Dates come as dd/mm/yyyy (ISO is
-- accepted), times as 18:00 or 6.30 pm; "TBC" is no time.  The Cabinet's
-- meeting of 15 February is the one made from minutes: it takes the id.
-- A cancelled meeting is not imported.
--
SELECT import_moderngov($xml$<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <committee>
    <committeeid>142</committeeid>
    <committeetitle>Highways &amp;amp; Transport Scrutiny Committee</committeetitle>
    <committeemeetings>
      <meeting>
        <meetingid>9001</meetingid>
        <meetingdate>04/03/2024</meetingdate>
        <meetingtime>18:00</meetingtime>
        <meetingstatus>confirmed</meetingstatus>
      </meeting>
      <meeting>
        <meetingid>9002</meetingid>
        <meetingdate>2024-06-10</meetingdate>
        <meetingtime>6.30 pm</meetingtime>
        <meetingstatus>confirmed</meetingstatus>
      </meeting>
      <meeting>
        <meetingid>9003</meetingid>
        <meetingdate>15/07/2024</meetingdate>
        <meetingtime>TBC</meetingtime>
        <meetingstatus>Cancelled</meetingstatus>
      </meeting>
      <meeting>
        <meetingid>9004</meetingid>
        <meetingdate>14/01/2099</meetingdate>
        <meetingtime>TBC</meetingtime>
        <meetingstatus>confirmed</meetingstatus>
      </meeting>
    </committeemeetings>
  </committee>
</getmeetings>$xml$, 'Wemble Vale District Council');
SELECT import_moderngov($xml$<getmeetings>
  <committee>
    <committeeid>101</committeeid>
    <committeetitle>Cabinet</committeetitle>
    <committeemeetings>
      <meeting><meetingid>8801</meetingid><meetingdate>15/02/2024</meetingdate><meetingtime>10.00 am</meetingtime></meeting>
    </committeemeetings>
  </committee>
</getmeetings>$xml$, 'Wemble Vale District Council');
SELECT * FROM wv_meeting ORDER BY held_on;

-- A committee with no meetings in the range: only the count.
SELECT import_moderngov('<getmeetings><meetingscount>0</meetingscount></getmeetings>', 'Wemble Vale District Council');

--
-- GetMeeting: the venue, and the attendees with their roles and attendance.
-- Honorifics and postnominals are taken off the names ("Cllr. Dr ... MBE");
-- "Expected" is skipped, and so (with a notice) is a value not understood.
--
SELECT import_moderngov($xml$<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>9001</meetingid>
  <meetingdate>04/03/2024</meetingdate>
  <meetingtime>18:00</meetingtime>
  <meetingstatus>confirmed</meetingstatus>
  <meetinglocation>Council Chamber, Wemble Vale Civic Centre</meetinglocation>
  <agendapublished>True</agendapublished>
  <minutepublished>True</minutepublished>
  <attendees>
    <attendee membertype="committee member" memberid="211" name="Councillor Alma Brightwater" roledescription="Chair" attendance="Present" politicalparty="Independent"/>
    <attendee membertype="committee member" memberid="212" name="Cllr. Owen Fairlie" roledescription="Vice-Chair" attendance="Present as expected"/>
    <attendee membertype="committee member" memberid="213" name="Cllr. Dr Rhian Talbot-Evans MBE" roledescription="Committee Member" attendance="Apologies"/>
    <attendee membertype="substitute" memberid="214" name="Councillor Tomas O&amp;#39;Hare" roledescription="Substitute" attendance="Present as substitute"/>
    <attendee membertype="co-opted member" memberid="215" name="Mrs Wendy Pargeter" roledescription="Parent Governor" attendance="Absent"/>
    <attendee membertype="officer" memberid="216" name="Ian Marlowe" roledescription="Democratic Services Officer" attendance="In attendance"/>
    <attendee membertype="committee member" memberid="217" name="Councillor Kit Varley" roledescription="Committee Member" attendance="Expected"/>
    <attendee membertype="committee member" memberid="218" name="Councillor Ned Ashby" roledescription="Committee Member" attendance="Sent Deputy"/>
  </attendees>
</meeting>$xml$, 'Wemble Vale District Council');
SELECT * FROM wv_meeting WHERE external_id = '9001';
SELECT name, honorific, status, role, category, source FROM wv_attendance WHERE meeting = '9001' ORDER BY status, name;
SELECT p.name, p.key, p.honorific
  FROM person AS p JOIN council AS c ON c.id = p.council_id
 WHERE c.name = 'Wemble Vale District Council' ORDER BY p.key;

-- Again: nothing changes (the council may be named in any case).
SELECT import_moderngov($xml$<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>9001</meetingid>
  <meetingdate>04/03/2024</meetingdate>
  <meetingtime>18:00</meetingtime>
  <meetinglocation>Council Chamber, Wemble Vale Civic Centre</meetinglocation>
  <attendees>
    <attendee membertype="committee member" memberid="211" name="Councillor Alma Brightwater" roledescription="Chair" attendance="Present"/>
    <attendee membertype="committee member" memberid="212" name="Cllr. Owen Fairlie" roledescription="Vice-Chair" attendance="Present as expected"/>
    <attendee membertype="committee member" memberid="213" name="Cllr. Dr Rhian Talbot-Evans MBE" roledescription="Committee Member" attendance="Apologies"/>
    <attendee membertype="substitute" memberid="214" name="Councillor Tomas O&amp;#39;Hare" roledescription="Substitute" attendance="Present as substitute"/>
    <attendee membertype="co-opted member" memberid="215" name="Mrs Wendy Pargeter" roledescription="Parent Governor" attendance="Absent"/>
    <attendee membertype="officer" memberid="216" name="Ian Marlowe" roledescription="Democratic Services Officer" attendance="In attendance"/>
  </attendees>
</meeting>$xml$, 'WEMBLE VALE DISTRICT COUNCIL');

-- Changed values update: the meeting starts later in another room, the
-- Vice-Chair sent apologies, the co-opted member came after all, and the
-- officer is no longer listed.  4 rows: the meeting, two attendance rows
-- updated, one deleted.
SELECT import_moderngov($xml$<meeting>
  <meetingid>9001</meetingid>
  <meetingdate>04/03/2024</meetingdate>
  <meetingtime>18:30</meetingtime>
  <meetinglocation>Committee Room 2, Wemble Vale Civic Centre</meetinglocation>
  <attendees>
    <attendee membertype="committee member" memberid="211" name="Councillor Alma Brightwater" roledescription="Chair" attendance="Present"/>
    <attendee membertype="committee member" memberid="212" name="Cllr. Owen Fairlie" roledescription="Vice-Chair" attendance="Apologies"/>
    <attendee membertype="committee member" memberid="213" name="Cllr. Dr Rhian Talbot-Evans MBE" roledescription="Committee Member" attendance="Apologies"/>
    <attendee membertype="substitute" memberid="214" name="Councillor Tomas O&amp;#39;Hare" roledescription="Substitute" attendance="Present as substitute"/>
    <attendee membertype="co-opted member" memberid="215" name="Mrs Wendy Pargeter" roledescription="Parent Governor" attendance="Present"/>
  </attendees>
</meeting>$xml$, 'Wemble Vale District Council');
SELECT body, held_on, starts_at, venue FROM wv_meeting WHERE external_id = '9001';
SELECT name, status, role FROM wv_attendance WHERE meeting = '9001' ORDER BY status, name;

-- A renamed committee: the body follows, and its kind with it.
SELECT import_moderngov($xml$<committees>
  <committee><committeeid>157</committeeid><committeetitle>Children and Young People Scrutiny Panel</committeetitle></committee>
</committees>$xml$, 'Wemble Vale District Council');
SELECT * FROM wv_body WHERE external_id = '157';

--
-- Attendance read from the minutes is never touched: once a meeting has it,
-- ModernGov's attendees for that meeting are not imported.  Only the venue
-- changes here.
--
INSERT INTO person (council_id, name, key, honorific)
SELECT c.id, 'Alma Brightwater', person_key('Alma Brightwater'), 'Councillor'
  FROM council AS c WHERE c.name = 'Wemble Vale District Council'
ON CONFLICT DO NOTHING;
INSERT INTO attendance (council_id, meeting_id, person_id, status, role, category, source)
SELECT m.council_id, m.id, p.id, 'apologies', NULL, 'member', 'minutes'
  FROM meeting AS m JOIN person AS p ON p.council_id = m.council_id AND p.key = 'alma brightwater'
  JOIN council AS c ON c.id = m.council_id
 WHERE c.name = 'Wemble Vale District Council' AND m.external_id = '9002';
SELECT import_moderngov($xml$<meeting>
  <meetingid>9002</meetingid>
  <meetingdate>10/06/2024</meetingdate>
  <meetingtime>18:30</meetingtime>
  <meetinglocation>Council Chamber, Wemble Vale Civic Centre</meetinglocation>
  <attendees>
    <attendee memberid="211" name="Councillor Alma Brightwater" roledescription="Chair" attendance="Present"/>
    <attendee memberid="212" name="Cllr. Owen Fairlie" roledescription="Vice-Chair" attendance="Present"/>
  </attendees>
</meeting>$xml$, 'Wemble Vale District Council');
SELECT name, status, role, source FROM wv_attendance WHERE meeting = '9002';

--
-- GetAllMeetingsByDate (each meeting names its committee), in a SOAP
-- envelope as the service's SOAP endpoint returns it.  An ISO date with a
-- time of midnight gives no time.  Committee 170 is new.
--
SELECT import_moderngov($xml$<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <GetAllMeetingsByDateResponse xmlns="http://moderngov.co.uk/namespaces">
      <GetAllMeetingsByDateResult>
        <getmeetingsbydate>
          <meetings>
            <meeting>
              <meetingid>8802</meetingid>
              <meetingdate>12/09/2024</meetingdate>
              <meetingtime>10.00 a.m.</meetingtime>
              <committeeid>101</committeeid>
              <committeetitle>Cabinet</committeetitle>
            </meeting>
            <meeting>
              <meetingid>9501</meetingid>
              <meetingdate>2024-09-19T00:00:00</meetingdate>
              <committeeid>170</committeeid>
              <committeetitle>Licensing Sub-Committee</committeetitle>
            </meeting>
          </meetings>
        </getmeetingsbydate>
      </GetAllMeetingsByDateResult>
    </GetAllMeetingsByDateResponse>
  </soap:Body>
</soap:Envelope>$xml$, 'Wemble Vale District Council');
SELECT * FROM wv_meeting WHERE held_on >= '2024-09-01' ORDER BY held_on;

-- ModernGov may keep two committees of one title (an expired one and its
-- successor).  A body's name is unique in its council, so the second
-- committee's meetings go to the body the first one made.
SELECT import_moderngov($xml$<committees>
  <committee><committeeid>171</committeeid><committeetitle>Licensing Sub-Committee</committeetitle></committee>
</committees>$xml$, 'Wemble Vale District Council');
SELECT import_moderngov($xml$<getmeetings><committee>
  <committeeid>171</committeeid><committeetitle>Licensing Sub-Committee</committeetitle>
  <committeemeetings><meeting><meetingid>9601</meetingid><meetingdate>01/10/2024</meetingdate></meeting></committeemeetings>
</committee></getmeetings>$xml$, 'Wemble Vale District Council');
SELECT body, held_on, external_id FROM wv_meeting WHERE body = 'Licensing Sub-Committee' ORDER BY held_on;

--
-- GetCouncillorsByWard: councillors with their party and ward, matched to
-- the people attendance made by ModernGov's id (an attendee's memberid),
-- else by the name's key.
--
SELECT import_moderngov($xml$<?xml version="1.0" encoding="utf-8"?>
<councillorsbyward xmlns="http://moderngov.co.uk/namespaces">
  <wards>
    <ward><wardid>11</wardid><wardtitle>Abbeyfield</wardtitle>
      <councillors>
        <councillor><councillorid>303</councillorid><fullusername>Councillor Ruth Quarmby</fullusername>
          <politicalpartytitle>Wemble Independents</politicalpartytitle></councillor>
        <councillor><councillorid>318</councillorid><fullusername>Councillor Dr Ishaan Varma MBE</fullusername>
          <politicalpartytitle>Labour</politicalpartytitle></councillor>
      </councillors></ward>
    <ward><wardtitle>Mill Green &amp;amp; Sowley</wardtitle>
      <councillors><councillor><councillorid>214</councillorid><fullusername>Cllr Tomas O&amp;#39;Hare</fullusername>
        <politicalpartytitle>Green Party</politicalpartytitle></councillor>
        <councillor><councillorid>327</councillorid><fullusername> </fullusername></councillor></councillors></ward>
  </wards>
</councillorsbyward>$xml$, 'Wemble Vale District Council');
SELECT p.name, p.honorific, p.party, p.ward, p.external_id
  FROM person AS p JOIN council AS c ON c.id = p.council_id
 WHERE c.name = 'Wemble Vale District Council' AND p.external_id IS NOT NULL
 ORDER BY p.external_id;
-- two councillors of one name are two people (by ModernGov's id), with a
-- WARNING; the second's key is one no name reduces to
SELECT import_moderngov($xml$<councillorsbyward><wards><ward><wardtitle>Sowley Hill</wardtitle><councillors>
  <councillor><councillorid>401</councillorid><fullusername>Councillor Sam Price</fullusername></councillor>
  <councillor><councillorid>402</councillorid><fullusername>Cllr Sam Price</fullusername>
    <politicalpartytitle>Labour</politicalpartytitle></councillor>
</councillors></ward></wards></councillorsbyward>$xml$, 'Wemble Vale District Council');
SELECT p.name, p.key, p.party, p.external_id
  FROM person AS p JOIN council AS c ON c.id = p.council_id
 WHERE c.name = 'Wemble Vale District Council' AND p.external_id IN ('401', '402')
 ORDER BY p.external_id;
-- again: nothing to change, and no warning (each is found by its id)
SELECT import_moderngov($xml$<councillorsbyward><wards><ward><wardtitle>Sowley Hill</wardtitle><councillors>
  <councillor><councillorid>401</councillorid><fullusername>Councillor Sam Price</fullusername></councillor>
  <councillor><councillorid>402</councillorid><fullusername>Cllr Sam Price</fullusername>
    <politicalpartytitle>Labour</politicalpartytitle></councillor>
</councillors></ward></wards></councillorsbyward>$xml$, 'Wemble Vale District Council');
-- and both attend a meeting as themselves
SELECT import_moderngov($xml$<meeting><meetingid>9702</meetingid><meetingdate>12/11/2024</meetingdate>
  <committeeid>142</committeeid>
  <attendees><attendee memberid="402" name="Councillor Sam Price" attendance="Present"/>
    <attendee memberid="401" name="Councillor Sam Price" attendance="Apologies"/></attendees>
</meeting>$xml$, 'Wemble Vale District Council');
SELECT p.external_id, a.status FROM attendance AS a
  JOIN meeting AS m ON m.council_id = a.council_id AND m.id = a.meeting_id AND m.external_id = '9702'
  JOIN person AS p ON p.council_id = a.council_id AND p.id = a.person_id
  JOIN council AS c ON c.id = a.council_id AND c.name = 'Wemble Vale District Council'
 ORDER BY p.external_id;
-- the same answer again changes nothing
SELECT import_moderngov($xml$<councillorsbyward><wards><ward><wardtitle>Abbeyfield</wardtitle><councillors>
  <councillor><councillorid>303</councillorid><fullusername>Councillor Ruth Quarmby</fullusername>
    <politicalpartytitle>Wemble Independents</politicalpartytitle></councillor>
</councillors></ward></wards></councillorsbyward>$xml$, 'Wemble Vale District Council');

--
-- GetMeeting with what the service records after the meeting: its actual
-- start and finish, the documents it links (the printed minutes among
-- them), an attendee's party and ward, and the minutes held item by item
-- (escaped HTML), which become the meeting's minutes when no printed
-- minutes are linked.  The minutes of an item that is restricted, not to
-- be displayed or not published (items 3, 5 and 6) are left out.
--
SELECT import_moderngov($xml$<meeting>
  <meetingid>9701</meetingid><meetingdate>05/11/2024</meetingdate><meetingtime>14:00</meetingtime>
  <meetingactualstarttime>14:05</meetingactualstarttime><meetingactualfinishtime>15:50</meetingactualfinishtime>
  <committeeid>142</committeeid><committeetitle>Highways &amp; Transport Scrutiny Committee</committeetitle>
  <attendees>
    <attendee memberid="318" name="Councillor Ishaan Varma" attendance="Present" roledescription="Chair"
              politicalparty="Labour" ward="Abbeyfield"/>
    <attendee memberid="340" name="Councillor Bethan Lloyd-Amory" attendance="Apologies"
              politicalparty="Liberal Democrat" ward="Sowley Hill"/>
  </attendees>
  <agendaitems>
    <agendaitem><agendaitemid>1</agendaitemid><agendaitemnumber>1</agendaitemnumber><minutesitemnumber>57</minutesitemnumber>
      <agendaitemtitle>Apologies for Absence</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;Apologies were received from Councillor Lloyd-Amory.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem>
    <agendaitem><agendaitemid>2</agendaitemid><agendaitemnumber>2</agendaitemnumber><minutesitemnumber>58</minutesitemnumber>
      <agendaitemtitle>Sowley Hill Play Area</agendaitemtitle>
      <minutesnonemptyhtmlbody>&lt;p&gt;The Committee considered a report on replacing the play equipment at Sowley Hill.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;RESOLVED:&lt;/strong&gt; That the replacement be approved at a cost of &amp;pound;48,000.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem>
    <agendaitem><agendaitemid>3</agendaitemid><agendaitemnumber>3</agendaitemnumber><minutesitemnumber>59</minutesitemnumber>
      <agendaitemtitle>Disposal of the Old Depot</agendaitemtitle><isrestricted>True</isrestricted>
      <minutesnonemptyhtmlbody>&lt;p&gt;The bid from the purchaser was accepted.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem>
    <agendaitem><agendaitemid>4</agendaitemid><agendaitemnumber>4</agendaitemnumber>
      <agendaitemtitle>Date of Next Meeting</agendaitemtitle></agendaitem>
    <agendaitem><agendaitemid>5</agendaitemid><agendaitemnumber>5</agendaitemnumber><minutesitemnumber>60</minutesitemnumber>
      <agendaitemtitle>Staffing Review</agendaitemtitle><isdisplayallowed>False</isdisplayallowed>
      <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED: That two posts be deleted.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem>
    <agendaitem><agendaitemid>6</agendaitemid><agendaitemnumber>6</agendaitemnumber><minutesitemnumber>61</minutesitemnumber>
      <agendaitemtitle>Winter Gritting</agendaitemtitle><isminutepublished>False</isminutepublished>
      <minutesnonemptyhtmlbody>&lt;p&gt;Draft: RESOLVED: That the routes be noted.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem>
  </agendaitems>
  <linkeddocuments>
    <linkeddoc><attachmentid>801</attachmentid><title>Agenda frontsheet</title><url>documents/g9701/Agenda frontsheet.pdf</url></linkeddoc>
    <linkeddoc><attachmentid>802</attachmentid><title>Exempt appendix</title><url>documents/g9701/exempt.pdf</url><isrestricted>True</isrestricted></linkeddoc>
  </linkeddocuments>
</meeting>$xml$, 'Wemble Vale District Council');
SELECT m.held_on, m.starts_at, m.ends_at, m.minutes_url, m.links
  FROM meeting AS m JOIN council AS c ON c.id = m.council_id AND c.name = 'Wemble Vale District Council'
 WHERE m.external_id = '9701';
SELECT name, honorific, status, role, source FROM wv_attendance WHERE meeting = '9701' ORDER BY name;
SELECT p.name, p.party, p.ward, p.external_id FROM person AS p JOIN council AS c ON c.id = p.council_id
 WHERE c.name = 'Wemble Vale District Council' AND p.external_id IN ('318', '340') ORDER BY p.external_id;
SELECT d.source, d.content
  FROM document AS d JOIN meeting AS m ON m.council_id = d.council_id AND m.id = d.meeting_id
  JOIN council AS c ON c.id = m.council_id AND c.name = 'Wemble Vale District Council'
 WHERE m.external_id = '9701';
SELECT i.label, i.title, r.text AS resolution
  FROM item AS i JOIN meeting AS m ON m.council_id = i.council_id AND m.id = i.meeting_id
  JOIN council AS c ON c.id = m.council_id AND c.name = 'Wemble Vale District Council'
  LEFT JOIN resolution AS r ON r.council_id = i.council_id AND r.item_id = i.id
 WHERE m.external_id = '9701' ORDER BY i.ordinal;
-- once the service links printed minutes, the item-by-item text is not
-- taken again (the loader ingests the printed minutes, which replace it)
SELECT import_moderngov($xml$<meeting><meetingid>9701</meetingid><meetingdate>05/11/2024</meetingdate>
  <agendaitems><agendaitem><minutesitemnumber>58</minutesitemnumber><agendaitemtitle>Sowley Hill Play Area</agendaitemtitle>
    <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED: That the replacement be deferred.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem></agendaitems>
  <linkeddocuments><linkeddoc><title>Printed minutes 05th-Nov-2024 14.00 Cabinet</title><url>documents/g9701/Printed minutes.pdf</url></linkeddoc>
    <linkeddoc><title>Draft minutes</title><url>documents/g9701/draft.pdf</url></linkeddoc></linkeddocuments>
</meeting>$xml$, 'Wemble Vale District Council');
SELECT m.minutes_url, pg_catalog.jsonb_array_length(m.links) AS links, r.text AS resolution
  FROM meeting AS m JOIN council AS c ON c.id = m.council_id AND c.name = 'Wemble Vale District Council'
  JOIN resolution AS r ON r.council_id = m.council_id AND r.meeting_id = m.id
 WHERE m.external_id = '9701';
-- nor by a later answer that links no documents: the printed minutes
-- stored for the meeting still stand
SELECT import_moderngov($xml$<meeting><meetingid>9701</meetingid><meetingdate>05/11/2024</meetingdate>
  <agendaitems><agendaitem><minutesitemnumber>58</minutesitemnumber><agendaitemtitle>Sowley Hill Play Area</agendaitemtitle>
    <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED: That the replacement be withdrawn.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem></agendaitems>
</meeting>$xml$, 'Wemble Vale District Council');
SELECT m.minutes_url, r.text AS resolution
  FROM meeting AS m JOIN council AS c ON c.id = m.council_id AND c.name = 'Wemble Vale District Council'
  JOIN resolution AS r ON r.council_id = m.council_id AND r.meeting_id = m.id
 WHERE m.external_id = '9701';

--
-- An answer passed as text, as a client reads it off the wire: a
-- byte-order mark before the XML declaration (which no xml value may hold)
-- is dropped.
--
SELECT import_moderngov(E'\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<committees xmlns="http://moderngov.co.uk/namespaces"><committee><committeeid>195</committeeid><committeetitle>Overview and Scrutiny Committee</committeetitle></committee></committees>',
                        'Wemble Vale District Council');
SELECT b.name, b.external_id FROM body AS b JOIN council AS c ON c.id = b.council_id
 WHERE c.name = 'Wemble Vale District Council' AND b.external_id = '195';
-- the helpers on their own
SELECT t, moderngov_date(t) AS date, moderngov_time(t) AS time
  FROM (VALUES ('04/03/2024'), ('2024-03-04T18:05:00'), ('2024-03-04T00:00:00'), ('04/03/2024 18:05'),
               ('6.30 pm'), ('noon'), ('TBC'), ('31/02/2024')) AS v(t);
SELECT * FROM moderngov_name('Councillor Dr Ann Reid-Pryce OBE (Vice-Chair)');

--
-- A row the import cannot read (no id, a date that is none, a committee it
-- does not know and may not make) is skipped with a WARNING, and the rest
-- of the answer is imported: one bad meeting does not stop a bulk load.
--
SELECT import_moderngov($xml$<getmeetings><committee><committeeid>142</committeeid><committeemeetings>
  <meeting><meetingid>9020</meetingid><meetingdate>12/09/2024</meetingdate></meeting>
  <meeting><meetingid>9021</meetingid><meetingdate>31/02/2024</meetingdate></meeting>
</committeemeetings></committee></getmeetings>$xml$, 'Wemble Vale District Council');
SELECT count(*) AS meetings_9020 FROM wv_meeting WHERE external_id = '9020';
SELECT import_moderngov('<meeting><meetingid>9022</meetingid><meetingdate>March 2024</meetingdate></meeting>', 'Wemble Vale District Council');
SELECT import_moderngov('<getmeetings><committee><committeeid>142</committeeid><committeemeetings><meeting><meetingdate>12/09/2024</meetingdate></meeting></committeemeetings></committee></getmeetings>', 'Wemble Vale District Council');
SELECT import_moderngov('<committees><committee><committeeid>180</committeeid></committee></committees>', 'Wemble Vale District Council');
SELECT import_moderngov('<committees><committee><committeetitle>Standards Committee</committeetitle></committee></committees>', 'Wemble Vale District Council');
SELECT import_moderngov('<meeting><meetingid>9023</meetingid><meetingdate>12/09/2024</meetingdate></meeting>', 'Wemble Vale District Council');
SELECT import_moderngov('<getmeetings><committee><committeeid>190</committeeid><committeemeetings><meeting><meetingid>9024</meetingid><meetingdate>12/09/2024</meetingdate></meeting></committeemeetings></committee></getmeetings>', 'Wemble Vale District Council');
SELECT import_moderngov('<meeting><meetingid>9001</meetingid><meetingdate>04/03/2024</meetingdate><attendees><attendee attendance="Present"/></attendees></meeting>', 'Wemble Vale District Council');
SELECT count(*) AS meetings_9021_to_9024 FROM wv_meeting WHERE external_id IN ('9021', '9022', '9023', '9024');

--
-- Errors: SQLSTATE 22P02 with a hint for a document of another shape or
-- text that is no XML, 22023 without a council; XML that does not parse
-- as an xml value fails before the call, with PostgreSQL's 2200N.
-- Nothing is written by a call that fails.
--
SELECT import_moderngov('<agendaitems/>', 'Wemble Vale District Council');
\echo :LAST_ERROR_SQLSTATE
SELECT import_moderngov('<committees/><committees/>', 'Wemble Vale District Council');
\echo :LAST_ERROR_SQLSTATE
SELECT import_moderngov('<committees><committee>', 'Wemble Vale District Council');
\echo :LAST_ERROR_SQLSTATE
SELECT import_moderngov('<committees/>', '  ');
\echo :LAST_ERROR_SQLSTATE
SELECT import_moderngov(NULL, 'Wemble Vale District Council');
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY sqlstate
SELECT import_moderngov('<committees><committee>'::xml, 'Wemble Vale District Council');
\set VERBOSITY default

-- An empty list imports nothing but the council, made on first use.
SELECT import_moderngov('<committees/>', 'Little Wemble Parish Council');
SELECT import_moderngov('<committees/>', 'Little Wemble Parish Council');

-- ModernGov's text: entities decoded once more, white space collapsed.
SELECT t AS given, moderngov_text(t) AS text
  FROM unnest(ARRAY['Children&#39;s  Services', ' O&#x27;Hare &amp; Sons&nbsp;', 'Fish & Chips', '&#0; &bogus;', '   ']) AS t;

--
-- meeting_ocd(): the meeting as an Open Civic Data event.  The council's
-- external_id is its ModernGov site, which gives the meeting page.
-- Surrogate keys (extras.council_id, meeting_id, body_id) are left out here.
--
UPDATE council SET external_id = 'https://democracy.wemble-vale.example'
 WHERE name = 'Wemble Vale District Council';
SELECT m.id AS m9001, m.council_id AS wv FROM meeting AS m JOIN council AS c ON c.id = m.council_id
 WHERE c.name = 'Wemble Vale District Council' AND m.external_id = '9001' \gset
SELECT m.id AS m9002 FROM meeting AS m WHERE m.council_id = :wv AND m.external_id = '9002' \gset
SELECT m.id AS m9004 FROM meeting AS m WHERE m.council_id = :wv AND m.external_id = '9004' \gset
SELECT m.id AS m8801 FROM meeting AS m WHERE m.council_id = :wv AND m.external_id = '8801' \gset

-- A meeting without items: attendance from the minutes, times from
-- ModernGov (10 June is British Summer Time).
SELECT jsonb_pretty(meeting_ocd(:m9002) #- '{extras,council_id}' #- '{extras,meeting_id}' #- '{extras,body_id}');

-- Minutes of meeting 9001 (the end time from meeting_info), with an item
-- taken in private; resolutions become the items' notes and decisions.
UPDATE meeting SET ends_at = '20:15' WHERE council_id = :wv AND id = :m9001;
INSERT INTO document (council_id, meeting_id, kind, source, content, public_content, sha256, parser_version)
SELECT :wv, :m9001, 'minutes', 'https://democracy.wemble-vale.example/documents/g9001/Printed minutes.pdf',
       t, t, encode(sha256(convert_to(t, 'UTF8')), 'hex'), '0.4'
  FROM (VALUES ('HIGHWAYS & TRANSPORT SCRUTINY COMMITTEE ... (minutes text)')) AS v(t);
INSERT INTO item (council_id, meeting_id, document_id, ordinal, ref, label, title, body, start, len,
                  exempt, exempt_paragraph, exempt_basis)
SELECT :wv, :m9001, d.id, v.ordinal, v.ref::minute_ref, v.label, v.title, v.body, 1, 10, v.exempt, v.para, v.basis
  FROM document AS d,
       (VALUES (1, '61/23', '61/23', 'Apologies', 'Apologies were received from Councillors Fairlie and Talbot-Evans.', false, NULL, NULL),
               (2, '62/23', '62/23', 'Winter Gritting Routes', 'The Committee considered the report on gritting routes.', false, NULL, NULL),
               (3, '63/23', '63/23', 'Depot Lease', 'The Committee considered the lease of the depot.', true, '3', 'Schedule 12A'),
               (4, NULL, NULL, NULL, 'The meeting closed at 8.15 pm.', false, NULL, NULL))
       AS v(ordinal, ref, label, title, body, exempt, para, basis)
 WHERE d.council_id = :wv AND d.meeting_id = :m9001;
-- The exempt item's text and resolution are private rows; the export is
-- of the public record, so it shows the item and not its decision.
INSERT INTO item_private (council_id, item_id, body, start, len)
SELECT i.council_id, i.id, i.body, i.start, i.len FROM item AS i
 WHERE i.council_id = :wv AND i.meeting_id = :m9001 AND i.exempt;
UPDATE item SET body = '' WHERE council_id = :wv AND meeting_id = :m9001 AND exempt;
INSERT INTO resolution_private (council_id, item_id, meeting_id, ordinal, label, text, kind)
SELECT i.council_id, i.id, i.meeting_id, 1, NULL, 'That the lease be renewed for five years.', 'agreed'
  FROM item AS i WHERE i.council_id = :wv AND i.meeting_id = :m9001 AND i.exempt;
INSERT INTO resolution (council_id, item_id, meeting_id, ordinal, label, text, kind, votes_for, votes_against, abstentions, carried)
SELECT i.council_id, i.id, i.meeting_id, v.ordinal, v.label, v.text, v.kind, v.f, v.a, v.ab, v.carried
  FROM item AS i
  JOIN (VALUES ('62/23', 1, '(a)', 'That the gritting routes in the report be approved.', 'agreed', 7, 2, 1, true),
               ('62/23', 2, '(b)', 'That a briefing note on salt stocks be circulated.', 'requested', NULL, NULL, NULL, NULL))
       AS v(ref, ordinal, label, text, kind, f, a, ab, carried) ON i.ref = v.ref::minute_ref
 WHERE i.council_id = :wv AND i.meeting_id = :m9001;
SELECT jsonb_pretty(meeting_ocd(:m9001) #- '{extras,council_id}' #- '{extras,meeting_id}' #- '{extras,body_id}');

--
-- Every key the OCD event schema requires, with its JSON type, for a past
-- meeting with items, one without, one still to come (14 January 2099, no
-- time) and the Cabinet's meeting made from minutes.
--
CREATE TEMP TABLE ocd_required (key text, type text);
INSERT INTO ocd_required VALUES
    ('_type', 'string'), ('name', 'string'), ('description', 'string'), ('classification', 'string'),
    ('start_date', 'string'), ('end_date', 'string'), ('timezone', 'string'), ('all_day', 'boolean'),
    ('status', 'string'), ('location', 'object'), ('participants', 'array'), ('agenda', 'array'),
    ('media', 'array'), ('documents', 'array'), ('links', 'array'), ('sources', 'array'), ('extras', 'object');
SELECT v.meeting, count(*) AS keys,
       count(*) FILTER (WHERE jsonb_typeof(v.e -> r.key) = r.type) AS right_type,
       string_agg(r.key, ', ') FILTER (WHERE jsonb_typeof(v.e -> r.key) IS DISTINCT FROM r.type) AS wrong
  FROM (VALUES ('9001', meeting_ocd(:m9001)), ('9002', meeting_ocd(:m9002)),
               ('9004', meeting_ocd(:m9004)), ('8801', meeting_ocd(:m8801))) AS v(meeting, e)
  CROSS JOIN ocd_required AS r
 GROUP BY v.meeting ORDER BY v.meeting;

-- The values as the schema constrains them.
SELECT v.meeting,
       v.e ->> '_type' = 'event' AS type_event,
       length(v.e ->> 'name') > 0 AS name,
       v.e ->> 'start_date' ~ '^[0-9]{4}(-[0-9]{2}){2}(T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))?$' AS start_date,
       v.e ->> 'end_date' ~ '^([0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))?)?$' AS end_date,
       v.e ->> 'status' AS status,
       length(v.e -> 'location' ->> 'name') > 0 AS location_name,
       jsonb_array_length(v.e -> 'sources') >= 1
         AND NOT EXISTS (SELECT FROM jsonb_array_elements(v.e -> 'sources') AS s
                          WHERE jsonb_typeof(s -> 'url') <> 'string' OR s ->> 'url' !~ '^[a-z][a-z0-9+.-]*:') AS sources,
       NOT EXISTS (SELECT FROM jsonb_array_elements(v.e -> 'participants') AS p
                    WHERE length(p ->> 'name') = 0 OR p ->> 'type' NOT IN ('organization', 'person')
                       OR length(p ->> 'note') = 0) AS participants,
       NOT EXISTS (SELECT FROM jsonb_array_elements(v.e -> 'agenda') AS a
                    WHERE length(a ->> 'description') = 0 OR jsonb_typeof(a -> 'order') <> 'string'
                       OR EXISTS (SELECT FROM jsonb_array_elements(a -> 'notes') AS n
                                   WHERE jsonb_typeof(n) <> 'string' OR length(n #>> '{}') = 0)) AS agenda,
       NOT EXISTS (SELECT FROM jsonb_array_elements(v.e -> 'documents') AS d
                    WHERE length(d ->> 'note') = 0 OR length(d ->> 'url') = 0) AS documents
  FROM (VALUES ('9001', meeting_ocd(:m9001)), ('9002', meeting_ocd(:m9002)),
               ('9004', meeting_ocd(:m9004)), ('8801', meeting_ocd(:m8801))) AS v(meeting, e)
 ORDER BY v.meeting;

-- A meeting of a council with no ModernGov site and no documents: its one
-- source is the row itself; no time, so the start is a date.
UPDATE council SET external_id = NULL WHERE id = :wv;
SELECT e ->> 'start_date' AS start_date, e ->> 'end_date' AS end_date, e -> 'links' AS links,
       e -> 'sources' -> 0 ->> 'url' LIKE 'urn:scrutiny:council:%:meeting:%' AS urn,
       e -> 'sources' -> 0 ->> 'note' AS note, e ->> 'status' AS status, e -> 'location' AS location
  FROM (SELECT meeting_ocd(:m9004) AS e) AS x;

-- A meeting that does not exist (or that the caller cannot see) is NULL.
SELECT meeting_ocd(-1) IS NULL AS unknown, meeting_ocd(NULL) IS NULL AS null_id;

DROP VIEW wv_body, wv_meeting, wv_attendance;
