-- Sabotage, to see the concurrency suite fail: scrutiny.ingest as
-- installed, without its per-meeting advisory lock.  Only for the suite's
-- own throwaway database:
--   CONCURRENCY_PREPARE=tests/concurrency/no-lock.sql bash tests/run-all.sh concurrency
DO $sabotage$
DECLARE
    def text := pg_get_functiondef('scrutiny.ingest(text, text, text, date, text)'::regprocedure);
    without text := regexp_replace(def, 'PERFORM pg_advisory_xact_lock\(.*?\);', 'NULL;');
BEGIN
    IF without = def THEN
        RAISE EXCEPTION 'no advisory lock found in scrutiny.ingest';
    END IF;
    EXECUTE without;
END
$sabotage$;
