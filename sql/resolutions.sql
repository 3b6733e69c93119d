SET search_path = public, scrutiny;
-- scrutiny.resolutions(): every resolution form listed in issue 3, each kind in
-- more than one wording, votes, and an item without a decision.
-- All passages below are invented (councils, people and content); they only
-- imitate the layout of real minutes.

--
-- Resolution forms
--

-- "Resolved:" then one "That ..."
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
The Committee considered a report on leisure centre usage.

Resolved:

That the report be noted.
$r$);

-- "Resolved:" then a numbered list: "1)"
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Members discussed the library consultation.

Resolved:

1) That the consultation responses be noted;
2) That a report on mobile library routes be brought to the next meeting.
$r$);

-- "1."
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

1. That the revised fees and charges be approved;
2. That the matter of parking permits be referred to the Transport Panel.
$r$);

-- "- 1."
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

- 1. That the Committee note the quarter 2 budget position;
- 2. That a briefing note on agency staff costs be circulated to Members;
- 3. That the actions to reduce the overspend be noted.
$r$);

-- "(1)"
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
RESOLVED:

(1) That the Annual Report of the Fostering Service be received.

(2) That Cabinet be recommended to increase the fostering allowance by 3%.
$r$);

-- "(a)"
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

(a) That consideration of the cemetery extension be deferred to the March meeting;

(b) That the Clerk obtain two further quotations.
$r$);

-- "i)"
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

i) That the draft Tree Strategy be endorsed;
ii) That the Committee supports the planting target of 2,000 trees;
iii) That Councillor Reeve be appointed tree champion.
$r$);

-- "Resolved that ..." inline
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
The minutes of the meeting held on 14 January 2020 were considered.

Resolved that the minutes be approved as a correct record.
$r$);

-- "Resolved – That ...", "RESOLVED- That", "RESOLVED:  That"
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Resolved – That the petition be referred to the Highways and Transport Committee.
$r$);
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
RESOLVED- That the decision on the skate park be postponed until the outcome of the funding bid is known.
$r$);
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
RESOLVED:  That the information be noted.
$r$);

-- "Resolved – (a) That ... and, (b) that ..." in one sentence
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Resolved – (a) That the update on the Town Hall roof be noted and, (b) that a further report be submitted when the tenders have been evaluated.
$r$);

-- "RESOLVED that the Scrutiny Board" then "1) Note ..." (lead-in carried into each)
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
The Board considered a presentation on school nursing.

RESOLVED that the Scrutiny Board

1) Note the information provided in the presentation,
2) Support the proposed drop-in sessions in secondary schools
3) Request data on waiting times for the next meeting
$r$);

-- "That: 1. officers will ...; 2. ...; & 4. the report be noted."
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Resolved

That:

1. officers will provide Members with a map of the new ward boundaries;
2. the Head of Service will report progress at each meeting;
3. the Panel will visit the new depot in the spring;
- &
4. the report be noted.
$r$);

-- Two resolutions joined by "; &"
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Resolved

That a note on the cost of school transport appeals be provided to the Panel; & the report be noted.
$r$);

-- Qualifiers: "RESOLVED: (Unanimously)" and "UNANIMOUSLY RESOLVED that"
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
RESOLVED: (Unanimously)

That the Council's Armed Forces Covenant be renewed for a further three years.
$r$);
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
UNANIMOUSLY RESOLVED that the Committee adopt the revised Code of Conduct.
$r$);

-- "It was, Resolved: To approve ..." (no "That")
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Following discussion it was,

Resolved: To approve the Clerk's timesheets for October.
$r$);

-- "RESOLVED: The minutes ... were confirmed" (a statement)
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
RESOLVED: The minutes of the meeting held on 6 February 2019 were confirmed and signed by the Chair.
$r$);

-- Scottish "The Committee resolved:- (i) to approve ...; and (ii) ..."
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
4 There was submitted a report by the Director of Environment on winter gritting routes.

The Committee resolved:-

(i) to approve the revised priority routes; and

(ii) to request a report on salt stocks in November.
$r$);

-- Scottish "DECISION" / "AGREED that ..."
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
5 The Committee heard from the Head of Planning on the local development plan timetable.

DECISION

AGREED that the timetable be noted.
$r$);

-- "Decision:" block with a recommendation to Council, numbering that restarts and
-- roman sub-items belonging to their parent, repeated under "Minutes:" (report once)
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Decision:

1. To recommend to Council that the Capital Strategy 2021/22 be adopted.

The Cabinet also:

1. noted the treasury management indicators;
2. approved the following schemes:
   i) the Riverside footbridge;
   ii) the Marsh Lane depot.

Minutes:

The Cabinet Member for Finance introduced the report.

1. To recommend to Council that the Capital Strategy 2021/22 be adopted.

The Cabinet also:

1. noted the treasury management indicators;
2. approved the following schemes:
   i) the Riverside footbridge;
   ii) the Marsh Lane depot.
$r$);

-- "RESOLVED on a vote of 5 to 2 with 1 abstention to ..."
SELECT ordinal, label, kind, resolution, votes_for, votes_against, abstentions, carried
FROM scrutiny.resolutions($r$
The Committee debated the proposed closure of the public toilets on Quay Street.

RESOLVED on a vote of 5 to 2 with 1 abstention to defer the closure until the summer season has ended.
$r$);

-- Parish "AGREED"
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
The Clerk reported that the notice board by the shop needs replacing.

AGREED to purchase a new oak notice board at a cost of £640.
$r$);

-- "It was RESOLVED that ..." followed by "Proposed by: ... Seconded by: ..."
SELECT ordinal, label, kind, resolution, votes_for, votes_against, abstentions, carried
FROM scrutiny.resolutions($r$
It was RESOLVED that the precept for 2022/23 be set at £38,500.

Proposed by: Cllr Amos  Seconded by: Cllr Bright
For: 6  Against: 1  Abstentions: 0
$r$);

-- A vote stated in a bracket, and no vote stated (votes NULL)
SELECT ordinal, label, kind, resolution, votes_for, votes_against, abstentions, carried
FROM scrutiny.resolutions($r$
RESOLVED (7 for, 0 against, 2 abstentions) that the Council object to the closure of the Westgate post office.
$r$);
SELECT ordinal, label, kind, votes_for, votes_against, abstentions, carried
FROM scrutiny.resolutions($r$
Resolved that the report be noted.
$r$);

--
-- Each kind in more wordings
--

-- requested
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

1) That officers provide figures on fly-tipping prosecutions by ward;
2) That a site visit to the Holloway recycling centre be arranged for Members;
3) That the Committee requests that the Cabinet Member attends the January meeting;
4) That road safety outside schools be added to the work programme.
$r$);

-- recommended
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

1) That the Cabinet be recommended to extend the warm spaces scheme to March;
2) That it be recommended to the Cabinet Member for Housing that the allocations policy be reviewed.
$r$);

-- referred
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

1) That the question of verge cutting be referred to the Rural Affairs Panel;
2) That the complaint be passed to the Standards Committee for determination.
$r$);

-- deferred
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

1) That the item on the Christmas lights be deferred to the next meeting;
2) That a decision on the grant to the bowls club be held over until the accounts are received.
$r$);

-- approved
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

1) That the minutes of the meeting held on 2 March be confirmed as a correct record;
2) That the Risk Management Policy be adopted;
3) That the Equality Action Plan be endorsed.
$r$);

-- agreed
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

1) That the Panel supports the principle of a town-wide 20 mph limit;
2) That the Panel hold its June meeting at the Eastfield Community Centre.
$r$);

-- noted
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

1) That the contents of the performance report be noted;
2) That the annual report of the Youth Council be received.
$r$);

-- other
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Resolved:

1) That Councillor Dale be elected Vice-Chair for the remainder of the municipal year;
2) That the press and public be excluded from the meeting for the following item.
$r$);

--
-- No decision
--

-- Discussion with no decision in it: 0 rows; reported speech ("reported that
-- ... was approved"), a person agreeing, and "It was noted that" are narrative
SELECT count(*) FROM scrutiny.resolutions($r$
The Chair thanked the officers for the presentation on the new cycle lanes.
The Clerk reported that the grant had been approved by the County Council.
The Director agreed that the scheme had been delayed.
It was noted that the contractor would return in May.
Members welcomed the progress made.
$r$);

-- Motions told as prose: the substance after "that", or the motion itself;
-- a bare outcome ("Carried", "Approved.") closes the sentence before it; a
-- lost motion and "Proposed: AB Seconded: CD" alone are not resolutions.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Proposed by Cllr Ames, seconded by Cllr Bell, that the quotation from Hedge Care be accepted.

Cllr Reed proposed acceptance of the grass cutting tender, seconded by Cllr Hale. Approved.

The quotation for the bench was considered. Carried unanimously.

An amendment that the item be deferred was proposed by Cllr Moss and seconded by Cllr Lane but was lost.

The minutes were approved as a true record.
Proposed: AB   Seconded: CD
$r$);

-- A motion hard-wrapped over lines is read whole, to its full stop, and the
-- full stops of a title and initials ("Cllr. P. Marsh") end no sentence; the
-- motion's own verb ("agreed") gives the kind its substance has not.  A
-- sentence that wraps on to the next line reads as one: the Clerk's report
-- of another body's approval is no decision of this one.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
It was proposed by Cllr. P. Marsh, seconded by Cllr. E. Rowlands and unanimously agreed, that the minutes of
the meeting held on the 9th April 2025, as typed and circulated, were correct.    Signed by the Chair

Proposed by Mrs A. B. Owen, seconded by Cllr Tudor and agreed, that the Clerk write to the
highways team about the potholes on Heol Fach.

The Clerk reported that the
play area grant was approved by the county.
$r$);

-- A motion with no outcome of its own and a decision block after it is
-- decided by that block; a motion not seconded is lost; a bilingual outcome
-- ("Cytunwyd / Agreed.") closes the motion before it.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Cllr Lane proposed that the hall fee be waived; this was not seconded.
Proposed by Cllr Ames, seconded by Cllr Bell, that the precept for 2026/27 be
£21,400. An amendment that it be held at £20,900 was lost.
RESOLVED to set a precept of £21,400 for 2026/27.
$r$);
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
It was proposed by Cllr. Hughes and seconded by Cllr. Price that the grant to the
youth club be paid. Cytunwyd / Agreed.
$r$);
-- A bilingual line gives its decision once, in English, after the spaced
-- slash that parts the languages; a finished decision and a blank line end
-- the block, so the item's next part ("(b)", "b)") is no entry of it.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
(a) Taliadau / Payments
    PENDERFYNWYD cymeradwyo'r taliadau. / RESOLVED to approve the payments.
    Cynigiwyd / Proposed: Cyng./Cllr. Wyn. Eiliwyd / Seconded: Cyng./Cllr. Rhys.

(b) Balansau banc / Bank balances: Cyfrif cyfredol / Current account £3,120.40.
    PENDERFYNWYD nodi'r balansau. / RESOLVED to note the balances.
$r$);
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
a) Benches - Cllr Ames reported on three quotes. Members agreed that the oak bench should be bought. Cllr Bell asked about delivery.

b) Hedges - Cllr Bell reported that the hedge by the hall is overgrown.
$r$);
-- A movers' note ("Proposed ..., seconded ...", "Proposer ..., 2nd ...",
-- "Proposed: ... Seconded: ...") after a sentence moves that sentence, on
-- its line or the line above; not a sentence already decided, not a
-- motion that was lost, and not a note with nothing before it.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
The Clerk reported on the quotes. The council will buy the oak bench at £450. Proposed Cllr Ames, seconded Cllr Bell, all in favour.

Cllr Hale reported on the verges. A cutting schedule will be drawn up. Proposer Cllr Key, 2nd Cllr Moss.

The Clerk will order two litter bins for the green.
Proposed: Cllr Pike. Seconded: Cllr Dale. All in favour.

Cllr Dale asked about the shelter. Proposed Cllr Pike, seconded Cllr Dale, but the motion was lost.

RESOLVED: That the grant of £200 be approved.
Proposed: AB   Seconded: CD

Proposed: AB   Seconded: CD
$r$);
-- A list's mark before a movers' note ("5)") is no sentence to move, and a
-- note in a paragraph of its own moves nothing across the blank line (the
-- paragraph above may be a payments list, a subheading or a declaration).
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Cllr Key declared a pecuniary interest and left the room.

Proposer Cllr Ames, 2nd Cllr Bell.

4) It was agreed to accept the quote from Hedge Care.

5)      Proposer Cllr Key, 2nd Cllr Moss
$r$);
-- A nomination with its seconder elects; "Nominated by ... and seconded by
-- ..." alone names the movers of the decision before it.  An outcome that
-- restates the motion just counted confirms it; another decision after it
-- stands.  Concerns "noted about" a matter are what was said.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Chair: Ann Reid nominated by Tom Shaw and seconded by Lyn Day.
It was agreed to appoint Tom Shaw as treasurer. Nominated by Lyn Day and seconded by Ann Reid.

Proposed by Cllr Ames, seconded by Cllr Bell, that Cllr Lowe should remain as Chairman. With no other nominations Cllr Lowe was duly elected.
Cllr Pike proposed approval of the data policy, seconded by Cllr Dale. The Parish Council noted the audit report.
Concerns were noted about the parking on Mill Lane.
$r$);
-- Welsh motions in a Welsh-only item: proposer ("Cynigiwyd gan"),
-- seconder ("eiliwyd gan") and substance ("bod", "y dylid"); a decision
-- word inside the sentence, mutated after "a" ("a phenderfynwyd"); a lost
-- amendment ("collwyd y gwelliant") is none; a planning response.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Cynigiwyd gan y Cyng. Morgan, eiliwyd gan y Cyng. Pugh ac roedd pawb yn gytûn, bod cofnodion y cyfarfod diwethaf yn gywir.
Cynigiodd y Cyng. Pugh welliant, a eiliwyd gan y Cyng. Lewis, y dylid gohirio'r eitem; collwyd y gwelliant.
Trafodwyd cyflwr y maes parcio a phenderfynwyd y dylid gofyn am bris am ei drwsio.

E/40112  Estyniad deulawr, Bryn Teg
         Dim Gwrthwynebiadau
$r$);
-- A decision block restates the motion before it only when it shares its
-- words: a motion followed by a block on another matter stands; a motion
-- that fell in the next sentence does not; "etc." and "Co." end sentences.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Cllr Dale proposed, and Cllr Pike seconded, that the application be deferred for a
site visit. The proposal was carried (For 5, Against 3).

RESOLVED:

That the application be DEFERRED to allow a site visit.
$r$);
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Proposed by Cllr Ames, seconded by Cllr Bell, that the minutes of the meeting held on 4 March be signed as a true record.
The Clerk reported that the play area inspection had found a loose swing chain.
RESOLVED to obtain quotations for repairs to the play area.

It was proposed and seconded that the hedge be cut in March. On a vote (2 for, 5 against) the proposal fell.

The Clerk reported on repairs to benches, bins, signs etc. RESOLVED to ask the contractor for a quote.
$r$);

-- A bare "Agreed" closing a motion's line confirms the motion and opens no
-- block over the heading below it; a motion naming no substance is another
-- decision each time it is printed, in the same words.  "The Council
-- resolved" at a line's end still opens the decision on the next line.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Adoption of Risk Assessment

Cllr Moss proposed acceptance seconded by Cllr Hale. Agreed

Adoption of Annual Accounts

Cllr Moss proposed acceptance seconded by Cllr Hale. Agreed

Planning

24/0612/FUL - Garage, 3 Mill Lane. The Council resolved
to support the application.
$r$);

-- "It was agreed" opening a bulleted line, and a passive outcome ending in
-- a colon over the list it approves, are decisions.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
- It was unanimously agreed that the annual meeting would be held in the village hall.

The following payments were approved:

1. Hedge Care Ltd, verge cutting, £420.00
$r$);

-- Welsh decision words, read when the item has no English ones (a
-- bilingual item prints each decision twice; it is read once, in English).
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Cytunwyd y dylid ychwanegu eitem 5A i'r agenda.

Llythyr gan y Cyngor Sir. Nodwyd.
$r$);
SELECT count(*) FROM scrutiny.resolutions($r$
PENDERFYNWYD derbyn yr ymddiheuriadau.
RESOLVED to accept the apologies.
$r$);

-- Decisions told in the narrative are decisions (the dev corpus counts them):
-- "It was agreed ...", a body that "agreed to", a passive outcome, a bare "Noted".
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
After discussion it was agreed that the Clerk would chase the contractor
for the missing invoice.

The meeting agreed to ask the Chairman to write to the bus company.

The minutes of the meeting held on 4 March were confirmed and signed as a correct record.

Cllr Hale left the room. RESOLVED to support the application.

Letter from the library service. Noted.

Parish Review - all noted.
$r$);

-- A body noting or approving a paper decides ("The Committee noted the
-- report"); noting a fact ("Members noted that ...") is narrative.  After a
-- heading's dash the heading is the subject ("Apologies – Were received and
-- accepted ..."); "proposed for approval ..., seconded by" is a motion.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
The Committee noted the decisions issued by the District Council since the last meeting.
Members noted that the bus shelter had been repaired.
The Parish Council approved the hire of the hall for the summer fete.
$r$);
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Were received and accepted from Cllr Dunmore and Cllr Pryce (holiday).
$r$);
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
The minutes of the meeting held on 2 March were proposed for approval as a correct record by Cllr Ash, seconded by Cllr Birch, all in favour.
$r$);

-- A clerk's margin "Noted" closing a correspondence line is a noted decision
-- on that line; a parish council's response to each planning application
-- ("NO OBJECTIONS", "23/0412 - No observations") is a decision, one per
-- application even when the words repeat; "There were no objections" and
-- "which was Noted" are narrative.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
- Ashbury Bank, Statement 41 dated 1st May, Balance of £3,210.44 Noted

- Ashbury Bank, Statement 42 dated 1st June, Balance of £2,985.10 Noted

P/23/0144 Garage conversion, 4 Mill Lane

NO OBJECTIONS

P/23/0151 Rear extension, Holly Cottage

NO OBJECTIONS

P/23/0160 - No observations, subject to the hedge being kept.

There were no objections from residents at the consultation event.
$r$);

-- "Resolved: (For information only)" heads news, not decisions; the next
-- block is read again.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Resolved: (For information only)

1. Highways: the weight limit sign on Mill Road had been confirmed as correct.
2. Footpaths: the stile on footpath 4 had been approved for repair by the County Council.

Resolved: That the Clerk's report be noted.
$r$);

-- Members' assent told as a fact is an approval, once per sentence even when
-- the words recur; the question and a refusal are not.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
11.1 Standing Orders. The Clerk noted an update. The Chair asked members if they were content with the amended Standing Orders. All Councillors were content.
11.2 Complaints Policy. The Chair asked members if they were content with the policy. All Councillors were content.
11.3 Risk Register. Members were not content with the wording and asked for a redraft.
11.4 Payments. All Councillors noted that they were content with the payments. Councillors gave approval for the bench to be installed.
$r$);

-- The kind is the decision's own verb, not any kind's word in it: the
-- participle after "be", the verb after "to", the body's verb; a noun
-- ("a briefing note on"), a name ("the Grants Panel"), an aside in brackets
-- and a participle qualifying a noun ("recommended by") are not it.
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
RESOLVED:
(1) That the awards recommended by the Village Grants Panel, totalling £4,150, be approved.
(2) That the recommendations of the Audit Committee (Minute 14/23 refers) be adopted.
(3) That the minutes of the Allotments Sub-Committee held on 2 May be received.
(4) That the Trust be asked to provide a further update to the March meeting.
(5) That the Leader be asked to write to the bus operator.
(6) That consideration of the play area lease be deferred to allow a site visit.
(7) That the report be noted and a further report be considered next municipal year.
(8) That the Panel receive a briefing on the harbour dredging programme.
(9) That a briefing note on grass cutting be circulated to members.
(10) That officers provide figures on the use of the car park.
(11) That apologies were received and accepted from Cllr Moss.
(12) That the draft minutes, as circulated, be taken as read and adopted.
$r$);
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Cabinet agreed in principle to the sale of the depot, subject to a further report to Cabinet.

Cabinet agreed:
(i) an uplift of 4% to the grant to the citizens advice service;
(ii) to refuse the request for a loan.
$r$);

-- What those rules leave alone.  A list whose lead-in ends in a full stop
-- and says so ("the following"); letters noted regarding a matter (a
-- paper, not what was said); an English-first bilingual line without its
-- Welsh copy; two decisions on two lines, each its own sentence.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
RESOLVED that the following be approved.

(a) the payments listed;

(b) the bank reconciliation.
$r$);
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Letters were noted regarding the closure of the A47.
RESOLVED to accept the apologies. / PENDERFYNWYD derbyn yr ymddiheuriadau.

The parking was discussed and it was agreed that a quote be sought.
After discussion, it was agreed that the Council would register.
$r$);
-- A movers' note with its motion after the seconder gives that motion; a
-- word that only opens like one ("Proposals", "Proposed works", "2nd May"),
-- a question before it and a vote against it give none.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
The Clerk presented two quotes for the hedge. Proposed Cllr Ames, seconded Cllr Bell, to accept the lower quote of £450.

The shelter was discussed. Proposals for the shelter will be considered at the second meeting in June.

The contractor has been booked. Proposed works to the wall are due to start on 2nd May.

Cllr Reed asked whether the new swings had been installed? Proposed Cllr Ames, seconded Cllr Bell.

The Clerk will write to the bus company. Proposed: Cllr Ames  Seconded: Cllr Bell  For 2  Against 5
$r$);
-- Nominations told in prose are candidates (the election follows), and
-- news of nominations is none; an outcome after a motion confirms it only
-- when it is the election the motion proposed.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Cllr Ames reported that nominations for the second round of the Village Awards close on 1 June.
Cllr Ames was nominated by Cllr Bell and seconded by Cllr Dale. Cllr Pike was nominated by Cllr Hale and seconded by Cllr Moss. Following a ballot Cllr Pike was elected Chairman.

Proposed by Cllr Ames, seconded by Cllr Bell, that the budget for 2025/26 be approved. The footpaths report was noted.
Proposed by Cllr Ames, seconded by Cllr Bell, that the minutes of the meeting held on 3 May be approved. The minutes of the extraordinary meeting held on 17 May were also approved.
$r$);
-- Welsh decision words that tell of none: "as was agreed" (fel y
-- cytunwyd), "was not agreed" (ni chytunwyd), "which was agreed" (a
-- gytunwyd); "gwelliant" is also an improvement, paid for here.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Mae'r Clerc wedi ysgrifennu at y Cyngor Sir, fel y cytunwyd yn y cyfarfod diwethaf.
Trafodwyd y cais ond ni chytunwyd i'w gefnogi.
Adroddodd y Clerc fod y gwaith a gytunwyd ym mis Mawrth wedi ei gwblhau.
Cynigiwyd gan y Cyng. Morgan, eiliwyd gan y Cyng. Pugh, bod y Cyngor yn talu £500 am welliant i'r llwybr.
$r$);
-- The Scottish order, "There was submitted and noted ...", tells a paper's
-- outcome; "There was agreed ..." alone is impersonal narrative; a paper
-- circulated and approved is approved.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
There was submitted and noted the minute of meeting of the Glenmore Community Safety Partnership of 4 October 2023.
There was agreed some concern among members about the timetable.
The minutes of the Harbour Board were circulated and approved.
$r$);
-- A body's request told as a fact: "asked that ...", "asked for ...",
-- "requested a ...", "asked the Clerk to ..."; not a member's question,
-- nor the body asking about something, nor a line that goes on with a
-- sentence from the line above.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
The Committee noted the update. The Committee asked that the Director of Public Health circulate the needs assessment to all members.
Members requested a further report on bus services in March.
The Panel asked the Clerk to write to the operator.
Cllr Dale asked that the lights be checked.
The Committee asked the officers about the delay.
A Member asked that the minute be amended to read: 'The
Committee asked for the waiting times'.
$r$);
-- An outcome on a line of its own: under a sentence it decides that
-- sentence; after a blank line it is the decision on the paragraph above,
-- in its own word; after a decision already counted it confirms it.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
Letter from the Village Hall committee about the new boiler.
Noted.

The Head of Roads advised that the resurfacing of Mill Street would be completed in May.

Noted.

Proposed by Cllr Ames, seconded by Cllr Bell, that the quotation from Hedge Care be accepted.

Agreed.
$r$);
-- Putting a matter on a later agenda defers it; approving the agenda does
-- not.  A Welsh-only minute's kinds are read from its Welsh words.
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
RESOLVED:
(a) To add the bus shelter to the agenda for February.
(b) To include the footpath survey on the next agenda.
(c) To approve the agenda as circulated.
$r$);
SELECT ordinal, kind, resolution FROM scrutiny.resolutions($r$
PENDERFYNWYD:
(a) Cymeradwyo'r taliadau a restrwyd.
(b) Nodi adroddiad yr heddlu.
(c) Gohirio'r eitem tan fis Mawrth.
(d) Penodi Mr Huw Lewis yn archwiliwr mewnol.
(e) Argymell i'r Cyngor Sir fod y cais yn cael ei wrthod.
$r$);
-- A council that numbers its resolutions prints the number after the
-- keyword: it is the resolution's label, and the decision is the text after
-- it, on its line or the next.  A list mark ("2.") is no such number.
SELECT ordinal, label, kind, resolution FROM scrutiny.resolutions($r$
Resolved 24/07/3.01

The minutes of the meeting held on 2nd July were approved and signed by the Chair.

Resolved 24/07/3.02 That the quotation from Fenland Fencing of £1,240 be accepted.

RESOLVED 2. That the Clerk write to the Highways Authority.
$r$);
-- A number alone over its paragraph: the block ends with the paragraph, the
-- next list's first mark is not its entry.  A time, a year or a vote after
-- the keyword is no resolution's number.
SELECT ordinal, label, resolution FROM scrutiny.resolutions($r$
Resolved 24/07/4.01

The noticeboard will be repainted.

1. Allotments

Resolved 24/07/4.02 That the hedge be cut in March.
$r$);
SELECT ordinal, label, resolution FROM scrutiny.resolutions($r$
Agreed 7.30 pm as the start time of future meetings.

RESOLVED 2024/25 precept be set at £12,400.

RESOLVED 5/0 That the bench be bought.
$r$);

-- NULL, empty and whitespace-only input give no rows
SELECT count(*) FROM scrutiny.resolutions(NULL);
SELECT count(*) FROM scrutiny.resolutions('');
SELECT count(*) FROM scrutiny.resolutions(E' \n\t \n');
