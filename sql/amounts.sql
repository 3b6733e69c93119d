SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS scrutiny;
RESET client_min_messages;
SET search_path = public, scrutiny;
-- scrutiny.amounts() and scrutiny.percentages(): the tokenizer's money and
-- percent tokens with numeric values, the text as printed and 1-based
-- character offsets.  Invented passages.

-- Every money form: thousands separators, pence, k, m, bn, "million", ranges
SELECT amount, currency, label, start, len FROM amounts(
  'The overspend was £1.114m against a budget of £26k; placements cost £3,387 a week, up to £2,000,000 per annum. '
  'Reserves stood at £12.4m (£1.5bn across the region), a grant of £10 million, fees of £5.50, and a range of £1m-£2m.');

-- The offsets give the label back, also after multi-byte characters
SELECT a.label, substr(t, a.start, a.len) = a.label AS same
FROM (SELECT 'Café ‘Ŵ’ – costs rose to £4.2m, then £750k.'::text AS t) s, amounts(s.t) a;

-- Forms that are not reported: other currencies and pence are not money tokens
SELECT count(*) FROM amounts('It cost €20 or $30, about 50p or 75 pence a head.');

-- Percentages
SELECT value, label, start, len FROM percentages(
  'Attainment rose by 1% from 65% to 66%; caseloads were 24.9% above target and 10.4% of pupils were absent.');
-- "per cent" and "percent" in words, as formal minutes print them
SELECT value, label, start, len FROM percentages(
  'Turnout was 24.9 per cent, up 5 Percent; a 3 percentage point rise.');

-- Odd text, long text
SELECT count(*) FROM amounts('££££ £ £. £,, £m £k 1%% %');
SELECT count(*) FROM percentages('££££ £ £. £,, £m £k 1%% %');
SELECT count(*), sum(amount) FROM amounts(repeat('£1.5m and 2% ', 10000));
SELECT count(*), sum(value) FROM percentages(repeat('£1.5m and 2% ', 10000));
SELECT count(*) FROM amounts(NULL);
SELECT count(*) FROM percentages('');
