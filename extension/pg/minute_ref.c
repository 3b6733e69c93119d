/*
 * minute_ref.c - the scrutiny.minute_ref base type: I/O, comparison, hashing,
 * sort support, constructor and accessors.  Parsing and printing are done by
 * the core (extension/core/mref.c); this file only adapts them to fmgr.
 */
#include "compat.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/sortsupport.h"

#include "minute_ref.h"

/* The first byte of the binary form, so the format can change one day. */
#define MINUTE_REF_BINARY_VERSION 1

#define MINUTE_REF_HINT \
	"A minute reference looks like \"65/17\", \"PC45/19\", \"220.2.1/19\" or \"Cou/285/07-08\"."

PG_FUNCTION_INFO_V1(minute_ref_in);
Datum
minute_ref_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	mref		value;
	mref_error	err;
	size_t		errpos;

	if (!mref_parse(str, strlen(str), &value, &err, &errpos))
		scrutiny_input_error(fcinfo,
							 errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							 errmsg("invalid input syntax for type %s: \"%s\"",
									"minute_ref", str),
							 errdetail("%s", mref_error_detail(err)),
							 errhint(MINUTE_REF_HINT));
	PG_RETURN_MINUTE_REF(value);
}

PG_FUNCTION_INFO_V1(minute_ref_out);
Datum
minute_ref_out(PG_FUNCTION_ARGS)
{
	mref		value = PG_GETARG_MINUTE_REF(0);
	char	   *out = palloc(MREF_TEXT_MAX);

	mref_format(value, out);
	PG_RETURN_CSTRING(out);
}

PG_FUNCTION_INFO_V1(minute_ref_send);
Datum
minute_ref_send(PG_FUNCTION_ARGS)
{
	mref		value = PG_GETARG_MINUTE_REF(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, MINUTE_REF_BINARY_VERSION);
	pq_sendint64(&buf, (int64) value);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(minute_ref_recv);
Datum
minute_ref_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	mref		value;

	if (version != MINUTE_REF_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type %s",
						version, "minute_ref"),
				 errhint("Use the text format, or the same scrutiny version on both sides.")));
	value = (mref) pq_getmsgint64(buf);
	if (!mref_is_valid(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", "minute_ref")));
	PG_RETURN_MINUTE_REF(value);
}

/*
 * Comparison.  The packed value orders as the type does, so every operator
 * is one unsigned integer comparison.
 */
#define MINUTE_REF_CMP_FUNC(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_MINUTE_REF(0) op PG_GETARG_MINUTE_REF(1)); \
}

MINUTE_REF_CMP_FUNC(minute_ref_eq, ==)
MINUTE_REF_CMP_FUNC(minute_ref_ne, !=)
MINUTE_REF_CMP_FUNC(minute_ref_lt, <)
MINUTE_REF_CMP_FUNC(minute_ref_le, <=)
MINUTE_REF_CMP_FUNC(minute_ref_gt, >)
MINUTE_REF_CMP_FUNC(minute_ref_ge, >=)

PG_FUNCTION_INFO_V1(minute_ref_cmp);
Datum
minute_ref_cmp(PG_FUNCTION_ARGS)
{
	mref		a = PG_GETARG_MINUTE_REF(0);
	mref		b = PG_GETARG_MINUTE_REF(1);

	PG_RETURN_INT32(a < b ? -1 : (a > b ? 1 : 0));
}

PG_FUNCTION_INFO_V1(minute_ref_smaller);
Datum
minute_ref_smaller(PG_FUNCTION_ARGS)
{
	mref		a = PG_GETARG_MINUTE_REF(0);
	mref		b = PG_GETARG_MINUTE_REF(1);

	PG_RETURN_MINUTE_REF(a < b ? a : b);
}

PG_FUNCTION_INFO_V1(minute_ref_larger);
Datum
minute_ref_larger(PG_FUNCTION_ARGS)
{
	mref		a = PG_GETARG_MINUTE_REF(0);
	mref		b = PG_GETARG_MINUTE_REF(1);

	PG_RETURN_MINUTE_REF(a > b ? a : b);
}

#if PG_VERSION_NUM < 150000
static int
minute_ref_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	mref		a = DatumGetMinuteRef(x);
	mref		b = DatumGetMinuteRef(y);

	return a < b ? -1 : (a > b ? 1 : 0);
}
#endif

PG_FUNCTION_INFO_V1(minute_ref_sortsupport);
Datum
minute_ref_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	/*
	 * On 15+, the stock unsigned comparator lets tuplesort pick its
	 * specialised integer quicksort for this type.
	 */
#if PG_VERSION_NUM >= 150000
	ssup->comparator = ssup_datum_unsigned_cmp;
#else
	ssup->comparator = minute_ref_fastcmp;
#endif
	PG_RETURN_VOID();
}

static inline uint32
fold64(mref v)
{
	return (uint32) v ^ (uint32) (v >> 32);
}

PG_FUNCTION_INFO_V1(minute_ref_hash);
Datum
minute_ref_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32(fold64(PG_GETARG_MINUTE_REF(0)));
}

PG_FUNCTION_INFO_V1(minute_ref_hash_extended);
Datum
minute_ref_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended(fold64(PG_GETARG_MINUTE_REF(0)), PG_GETARG_INT64(1));
}

/*
 * Text argument of the constructor, as an upper- or lower-case ASCII string
 * of letters, or a clear error.
 */
static void
letters_arg(text *arg, const char *what, size_t maxlen, bool upper, char *out)
{
	const char *s = VARDATA_ANY(arg);
	size_t		n = VARSIZE_ANY_EXHDR(arg);
	size_t		i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
			break;
	if (n > maxlen || i < n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s for type %s: \"%s\"", what, "minute_ref",
						text_to_cstring(arg)),
				 errdetail(maxlen == 1 ? "A suffix is one letter a-z."
						   : "A prefix is 1 to 4 letters A-Z."),
				 errhint("Pass NULL for none.")));
	for (i = 0; i < n; i++)
		out[i] = upper ? (char) (s[i] & ~0x20) : (char) (s[i] | 0x20);
	out[n] = '\0';
}

PG_FUNCTION_INFO_V1(minute_ref_make);
Datum
minute_ref_make(PG_FUNCTION_ARGS)
{
	mref_parts	p;
	mref		value;
	int32		number;
	int32		year;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	number = PG_GETARG_INT32(0);
	year = PG_GETARG_INT32(1);
	memset(&p, 0, sizeof(p));

	if (number < 1 || number > MREF_MAX_NUMBER)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("minute number %d is out of range for type %s", number, "minute_ref"),
				 errdetail("The minute number must be between 1 and %d.", MREF_MAX_NUMBER)));
	if (year >= 0 && year <= 99)
		year = mref_expand_year(year);
	if (year < MREF_MIN_YEAR || year > MREF_MAX_YEAR)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("year %d is out of range for type %s", year, "minute_ref"),
				 errdetail("The year must be between %d and %d, or two digits 0 to 99.",
						   MREF_MIN_YEAR, MREF_MAX_YEAR)));
	p.number = number;
	p.year = year;
	if (!PG_ARGISNULL(2))
		letters_arg(PG_GETARG_TEXT_PP(2), "prefix", MREF_MAX_PREFIX, true, p.prefix);
	if (!PG_ARGISNULL(3))
	{
		char		suffix[2];

		letters_arg(PG_GETARG_TEXT_PP(3), "suffix", 1, false, suffix);
		p.suffix = suffix[0];
	}
	if (!mref_pack(&p, &value))
		elog(ERROR, "minute_ref parts out of range after checks");
	PG_RETURN_MINUTE_REF(value);
}

PG_FUNCTION_INFO_V1(minute_ref_number);
Datum
minute_ref_number(PG_FUNCTION_ARGS)
{
	mref_parts	p;

	mref_unpack(PG_GETARG_MINUTE_REF(0), &p);
	PG_RETURN_INT32(p.number);
}

PG_FUNCTION_INFO_V1(minute_ref_year);
Datum
minute_ref_year(PG_FUNCTION_ARGS)
{
	mref_parts	p;

	mref_unpack(PG_GETARG_MINUTE_REF(0), &p);
	PG_RETURN_INT32(p.year);
}

PG_FUNCTION_INFO_V1(minute_ref_prefix);
Datum
minute_ref_prefix(PG_FUNCTION_ARGS)
{
	mref_parts	p;

	mref_unpack(PG_GETARG_MINUTE_REF(0), &p);
	if (p.prefix[0] == '\0')
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(p.prefix));
}

PG_FUNCTION_INFO_V1(minute_ref_suffix);
Datum
minute_ref_suffix(PG_FUNCTION_ARGS)
{
	mref_parts	p;

	mref_unpack(PG_GETARG_MINUTE_REF(0), &p);
	if (p.suffix == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(&p.suffix, 1));
}

PG_FUNCTION_INFO_V1(minute_ref_subminutes);
Datum
minute_ref_subminutes(PG_FUNCTION_ARGS)
{
	mref_parts	p;
	Datum		elems[2];
	int			n = 0;

	mref_unpack(PG_GETARG_MINUTE_REF(0), &p);
	while (n < 2 && p.sub[n] != 0)
	{
		elems[n] = Int32GetDatum(p.sub[n]);
		n++;
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, INT4OID, sizeof(int32), true,
										  TYPALIGN_INT));
}

/*
 * The municipal year runs from May to April and is named by the calendar
 * year in which it began.  Infinite dates have none (NULL from SQL).
 */
bool
date_municipal_year(DateADT date, int *year)
{
	int			y;
	int			month;
	int			day;

	if (DATE_NOT_FINITE(date))
		return false;
	j2date(date + POSTGRES_EPOCH_JDATE, &y, &month, &day);
	/* j2date gives year 0 for 1 BC and so on; the rule holds across it. */
	*year = mref_municipal_year(y, month);
	return true;
}

PG_FUNCTION_INFO_V1(municipal_year);
Datum
municipal_year(PG_FUNCTION_ARGS)
{
	int			year;

	if (!date_municipal_year(PG_GETARG_DATEADT(0), &year))
		PG_RETURN_NULL();
	PG_RETURN_INT32(year);
}
