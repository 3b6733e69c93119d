-- tokenize(doc): every token with its type, text as written, normalised value
-- and 1-based character offsets.  The sentences imitate the forms of real
-- minutes; names and content are invented.
SET search_path = public, scrutiny;

-- Minute references, year ranges, dates and times
SELECT ordinal, type, token, value, start, len FROM tokenize(
$doc$Further to Minute 41/19 and PC12/20, the 2018/19 budget (2015-2018 plan) was noted on 27 March 2018 at 6.00 pm.$doc$);

-- Dates in every printed form; the year is unknown in "14<sup>th</sup> May"
SELECT type, token, value FROM tokenize(
$doc$held on 6th April 2017, 14<sup>th</sup> May, 24 August, 2015, 30/3/17, 07/04/2017, March 2019 and Sept 2nd$doc$);

-- Times
SELECT type, token, value FROM tokenize('from 7.54pm until 9.03 p.m.; resumed at 12 noon, closed 18:30, began 10am, 2.00 PM');

-- Money, percentages, numbers and ordinals
SELECT type, token, value FROM tokenize(
$doc$An overspend of £1.114m (£1,114,000), £22k and £440,000, £2,000,000 per annum, £3.5 million, £12.50; 53% and 10.4% of 1,250 pupils; the 3rd and 21st reviews; 4.5 posts$doc$);

-- Section references, acronyms, email, URL and phone numbers
SELECT type, token, value FROM tokenize(
$doc$See paragraph 7.1, Section 5.2, Appendix 1, Appendix B and Schedule 12A. The LAC and CAF's reviews, DfE guidance, SEND, SLAs and Ofsted. Contact j.bloggs@example.gov.uk, https://democracy.example.gov.uk/ieListDocuments.aspx?Id=12, www.example.gov.uk or telephone 024 7612 3456, (024) 7612 3457, 0121 496 0000.$doc$);

-- People: titles, initials, and names that stop at the next title or word
SELECT type, token, value FROM tokenize(
$doc$Councillor P. Quayle (Chair), Cllr Ostrander, Mr Vance explained, Ms. K. Marwood, Mrs B Ellery, Rt.Hon. Alys Tremayne and Councillors R. Pell and Durrant. Councillor D. Heskey Councillor A. Wynne attended; Cllr Ostrander Mary Lyle Tom Finch sent apologies.$doc$);

-- Headings in capitals are words, not acronyms
SELECT type, token FROM tokenize(E'71/19 DECLARATIONS OF INTEREST AND PARTY WHIP\nThe CSE and MASH reports.');

-- Words: apostrophes, hyphens, letters in any script (ICU word boundaries)
SELECT type, token, value, start, len FROM tokenize(
$doc$Children's services’ co-ordinator Siân Llŷr of Ysgol Gŵyr met Zoë Ó Súilleabháin and Ærøskøbing’s mayor; 日本語のテキスト.$doc$);

-- Things that look like the typed tokens but are not
SELECT type, token, value FROM tokenize(
$doc$Application 13/01573/FUL, version 1.2.3, ratio 3/4, 12/2019/14, £ sign alone, £5abc, 99 problems, 2017/2040 and 45/17/18$doc$);

-- substr(doc, start, len) gives back every token, in any script
SELECT bool_and(substr(d, start, len) = token) AS spans_match, count(*) AS tokens
FROM (VALUES ($doc$Zoë’s report — £1.5m for Ysgol Gŵyr (Minute 12/20) on 6th April 2017 at 7.54pm. Cllr Ruane.$doc$)) AS t(d),
     tokenize(d);

-- Tokens never overlap and come in order
SELECT count(*) AS overlapping
FROM (SELECT start, len, lag(start + len) OVER (ORDER BY ordinal) AS prev_end
      FROM tokenize($doc$On 27 March 2018 at 6.00 pm Councillor T. Jukes cited minute 53/17 and £1.114m for LAC.$doc$)) t
WHERE start < prev_end;

-- Empty, blank and punctuation-only texts give no rows
SELECT count(*) FROM tokenize('');
SELECT count(*) FROM tokenize(E' \n\t... -- ,;');

-- A token is never longer than 256 bytes
SELECT max(octet_length(token)) FROM tokenize(repeat('a', 1000) || ' ' || 'http://example.org/' || repeat('x', 400));

-- A run of one letter or digit far longer than a token is cut into tokens of
-- 256 bytes that cover it, in time linear in its length
SELECT type, count(*), min(len), max(len), sum(len)
FROM scrutiny.tokenize(repeat('a', 1000000) || ' ' || repeat('7', 1000000))
GROUP BY type ORDER BY type;
