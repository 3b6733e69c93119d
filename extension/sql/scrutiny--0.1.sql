-- scrutiny 0.1: the minute_ref type and minute-reference extraction.
\echo Use "CREATE EXTENSION scrutiny" to load this file. \quit

-- ---------------------------------------------------------------------
-- minute_ref: a reference to a council minute, "65/17", "PC45/19"
-- ---------------------------------------------------------------------

CREATE TYPE minute_ref;

CREATE FUNCTION minute_ref_in(cstring) RETURNS minute_ref
    AS 'MODULE_PATHNAME', 'minute_ref_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION minute_ref_out(minute_ref) RETURNS cstring
    AS 'MODULE_PATHNAME', 'minute_ref_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION minute_ref_recv(internal) RETURNS minute_ref
    AS 'MODULE_PATHNAME', 'minute_ref_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION minute_ref_send(minute_ref) RETURNS bytea
    AS 'MODULE_PATHNAME', 'minute_ref_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE minute_ref (
    INPUT = minute_ref_in,
    OUTPUT = minute_ref_out,
    RECEIVE = minute_ref_recv,
    SEND = minute_ref_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE minute_ref IS
    'Reference to a council minute: optional body prefix, number, up to two sub-minute levels, optional suffix letter and municipal year, e.g. 65/17, PC45/19, 220.2.1/19';
COMMENT ON FUNCTION minute_ref_in(cstring) IS 'text input of minute_ref';
COMMENT ON FUNCTION minute_ref_out(minute_ref) IS 'canonical text output of minute_ref';
COMMENT ON FUNCTION minute_ref_recv(internal) IS 'binary input of minute_ref';
COMMENT ON FUNCTION minute_ref_send(minute_ref) IS 'binary output of minute_ref';

-- Comparison ----------------------------------------------------------

CREATE FUNCTION minute_ref_eq(minute_ref, minute_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'minute_ref_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION minute_ref_ne(minute_ref, minute_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'minute_ref_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION minute_ref_lt(minute_ref, minute_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'minute_ref_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION minute_ref_le(minute_ref, minute_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'minute_ref_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION minute_ref_gt(minute_ref, minute_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'minute_ref_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION minute_ref_ge(minute_ref, minute_ref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'minute_ref_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION minute_ref_cmp(minute_ref, minute_ref) RETURNS integer
    AS 'MODULE_PATHNAME', 'minute_ref_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION minute_ref_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'minute_ref_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION minute_ref_hash(minute_ref) RETURNS integer
    AS 'MODULE_PATHNAME', 'minute_ref_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION minute_ref_hash_extended(minute_ref, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'minute_ref_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION minute_ref_eq(minute_ref, minute_ref) IS 'implementation of = for minute_ref';
COMMENT ON FUNCTION minute_ref_ne(minute_ref, minute_ref) IS 'implementation of <> for minute_ref';
COMMENT ON FUNCTION minute_ref_lt(minute_ref, minute_ref) IS 'implementation of < for minute_ref';
COMMENT ON FUNCTION minute_ref_le(minute_ref, minute_ref) IS 'implementation of <= for minute_ref';
COMMENT ON FUNCTION minute_ref_gt(minute_ref, minute_ref) IS 'implementation of > for minute_ref';
COMMENT ON FUNCTION minute_ref_ge(minute_ref, minute_ref) IS 'implementation of >= for minute_ref';
COMMENT ON FUNCTION minute_ref_cmp(minute_ref, minute_ref) IS 'btree comparison of minute_ref: -1, 0 or 1';
COMMENT ON FUNCTION minute_ref_sortsupport(internal) IS 'btree sort support for minute_ref';
COMMENT ON FUNCTION minute_ref_hash(minute_ref) IS 'hash of a minute_ref';
COMMENT ON FUNCTION minute_ref_hash_extended(minute_ref, bigint) IS 'seeded 64-bit hash of a minute_ref';

CREATE OPERATOR = (
    LEFTARG = minute_ref, RIGHTARG = minute_ref, PROCEDURE = minute_ref_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR <> (
    LEFTARG = minute_ref, RIGHTARG = minute_ref, PROCEDURE = minute_ref_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
    LEFTARG = minute_ref, RIGHTARG = minute_ref, PROCEDURE = minute_ref_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
    LEFTARG = minute_ref, RIGHTARG = minute_ref, PROCEDURE = minute_ref_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
    LEFTARG = minute_ref, RIGHTARG = minute_ref, PROCEDURE = minute_ref_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
    LEFTARG = minute_ref, RIGHTARG = minute_ref, PROCEDURE = minute_ref_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);

COMMENT ON OPERATOR = (minute_ref, minute_ref) IS 'equal';
COMMENT ON OPERATOR <> (minute_ref, minute_ref) IS 'not equal';
COMMENT ON OPERATOR < (minute_ref, minute_ref) IS 'less than: by prefix, year, number, sub-minutes, suffix';
COMMENT ON OPERATOR <= (minute_ref, minute_ref) IS 'less than or equal';
COMMENT ON OPERATOR > (minute_ref, minute_ref) IS 'greater than';
COMMENT ON OPERATOR >= (minute_ref, minute_ref) IS 'greater than or equal';

CREATE OPERATOR CLASS minute_ref_ops
    DEFAULT FOR TYPE minute_ref USING btree AS
        OPERATOR 1 <,
        OPERATOR 2 <=,
        OPERATOR 3 =,
        OPERATOR 4 >=,
        OPERATOR 5 >,
        FUNCTION 1 minute_ref_cmp(minute_ref, minute_ref),
        FUNCTION 2 minute_ref_sortsupport(internal),
        FUNCTION 4 btequalimage(oid);

CREATE OPERATOR CLASS minute_ref_ops
    DEFAULT FOR TYPE minute_ref USING hash AS
        OPERATOR 1 =,
        FUNCTION 1 minute_ref_hash(minute_ref),
        FUNCTION 2 minute_ref_hash_extended(minute_ref, bigint);

COMMENT ON OPERATOR CLASS minute_ref_ops USING btree IS 'default btree operator class for minute_ref';
COMMENT ON OPERATOR CLASS minute_ref_ops USING hash IS 'default hash operator class for minute_ref';
COMMENT ON OPERATOR FAMILY minute_ref_ops USING btree IS 'btree operator family of minute_ref';
COMMENT ON OPERATOR FAMILY minute_ref_ops USING hash IS 'hash operator family of minute_ref';

-- min() and max() ------------------------------------------------------

CREATE FUNCTION minute_ref_smaller(minute_ref, minute_ref) RETURNS minute_ref
    AS 'MODULE_PATHNAME', 'minute_ref_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION minute_ref_larger(minute_ref, minute_ref) RETURNS minute_ref
    AS 'MODULE_PATHNAME', 'minute_ref_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION minute_ref_smaller(minute_ref, minute_ref) IS 'the lesser of two minute_refs';
COMMENT ON FUNCTION minute_ref_larger(minute_ref, minute_ref) IS 'the greater of two minute_refs';

CREATE AGGREGATE min(minute_ref) (
    SFUNC = minute_ref_smaller, STYPE = minute_ref, SORTOP = <,
    COMBINEFUNC = minute_ref_smaller, PARALLEL = SAFE
);
CREATE AGGREGATE max(minute_ref) (
    SFUNC = minute_ref_larger, STYPE = minute_ref, SORTOP = >,
    COMBINEFUNC = minute_ref_larger, PARALLEL = SAFE
);
COMMENT ON AGGREGATE min(minute_ref) IS 'the earliest minute_ref in the group';
COMMENT ON AGGREGATE max(minute_ref) IS 'the latest minute_ref in the group';

-- Constructor and accessors -------------------------------------------

-- Not STRICT: the optional prefix and suffix default to NULL ("none"),
-- while a NULL number or year gives NULL.
CREATE FUNCTION minute_ref(number integer, year integer,
                           prefix text DEFAULT NULL, suffix text DEFAULT NULL)
    RETURNS minute_ref
    AS 'MODULE_PATHNAME', 'minute_ref_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION minute_ref(integer, integer, text, text) IS
    'build a minute_ref from its number, year (four digits, or two: 00-69 = 2000s, 70-99 = 1900s), optional prefix and suffix';

CREATE FUNCTION number(minute_ref) RETURNS integer
    AS 'MODULE_PATHNAME', 'minute_ref_number' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION year(minute_ref) RETURNS integer
    AS 'MODULE_PATHNAME', 'minute_ref_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION prefix(minute_ref) RETURNS text
    AS 'MODULE_PATHNAME', 'minute_ref_prefix' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION suffix(minute_ref) RETURNS text
    AS 'MODULE_PATHNAME', 'minute_ref_suffix' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION subminutes(minute_ref) RETURNS integer[]
    AS 'MODULE_PATHNAME', 'minute_ref_subminutes' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION number(minute_ref) IS 'the minute number: 65 for 65/17';
COMMENT ON FUNCTION year(minute_ref) IS 'the four-digit municipal year: 2017 for 65/17';
COMMENT ON FUNCTION prefix(minute_ref) IS 'the body prefix in upper case (PC for PC45/19), or NULL';
COMMENT ON FUNCTION suffix(minute_ref) IS 'the suffix letter (a for 65a/17), or NULL';
COMMENT ON FUNCTION subminutes(minute_ref) IS 'the sub-minute numbers: {2,1} for 220.2.1/19, {} for none';

CREATE FUNCTION municipal_year(date) RETURNS integer
    AS 'MODULE_PATHNAME', 'municipal_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION municipal_year(date) IS
    'the year in which the May-to-April municipal year containing the date began (NULL for infinite dates)';

-- Citations in prose ---------------------------------------------------

CREATE FUNCTION minute_refs(doc text,
                            OUT ref minute_ref, OUT label text, OUT start integer, OUT len integer)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'minute_refs' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION minute_refs(text) IS
    'minute references cited in a text (Minute 53/17, minutes 53/17 and 55/17, a heading 65/17 TITLE), with the label as printed and its 1-based character offset and length';
