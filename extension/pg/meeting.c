/*
 * meeting.c - scrutiny.meeting_info(doc): a meeting's details from its
 * minutes as one row (body, held_on, starts_at, ends_at, venue, adjourned).
 *
 * The core (extension/core/meeting.c) finds the spans and values; this file
 * turns them into SQL values, checks for a cancel request while the core
 * scans, and builds the adjournments' jsonb array.
 */
#include "compat.h"

#include "access/htup_details.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/jsonb.h"

#include "../core/meeting.h"
#include "docmemo.h"
#include "textnorm.h"
#include "segalloc.h"

static void
append_time(StringInfo buf, int minutes)
{
	if (minutes < 0)
		appendStringInfoString(buf, "null");
	else
		appendStringInfo(buf, "\"%02d:%02d\"", minutes / 60, minutes % 60);
}

static void
add_adjournment(void *ctx, int adjourned, int reconvened)
{
	StringInfo	buf = ctx;

	appendStringInfoString(buf, buf->len > 1 ? ", {\"adjourned\": " : "{\"adjourned\": ");
	append_time(buf, adjourned);
	appendStringInfoString(buf, ", \"reconvened\": ");
	append_time(buf, reconvened);
	appendStringInfoChar(buf, '}');
}

PG_FUNCTION_INFO_V1(scrutiny_meeting_info);
Datum
scrutiny_meeting_info(PG_FUNCTION_ARGS)
{
	doc_ref		doc = doc_memo_text(fcinfo, 0);
	const char *s = doc.s;
	size_t		len = doc.len;
	TupleDesc	desc;
	Datum		values[6];
	bool		nulls[6] = {true, true, true, true, true, false};
	StringInfoData adj;
	meet_info	mi;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						errmsg("function returning record called in context that cannot accept type record")));
	desc = BlessTupleDesc(desc);

	initStringInfo(&adj);
	appendStringInfoChar(&adj, '[');
	meet_scan(s, len, &mi, add_adjournment, scrutiny_check_cancel, &adj);
	appendStringInfoChar(&adj, ']');

	if (mi.body_end > mi.body_start)
	{
		values[0] = PointerGetDatum(inline_text(s + mi.body_start, mi.body_end - mi.body_start));
		nulls[0] = false;
	}
	/* the tokenizer's dates are checked against the calendar, but make sure */
	if (mi.year > 0 && mi.month >= 1 && mi.month <= 12 && mi.day >= 1 &&
		mi.day <= day_tab[isleap(mi.year)][mi.month - 1] && IS_VALID_JULIAN(mi.year, mi.month, mi.day))
	{
		values[1] = DateADTGetDatum(date2j(mi.year, mi.month, mi.day) - POSTGRES_EPOCH_JDATE);
		nulls[1] = false;
	}
	if (mi.starts_at >= 0)
	{
		values[2] = TimeADTGetDatum((TimeADT) mi.starts_at * 60 * USECS_PER_SEC);
		nulls[2] = false;
	}
	if (mi.ends_at >= 0)
	{
		values[3] = TimeADTGetDatum((TimeADT) mi.ends_at * 60 * USECS_PER_SEC);
		nulls[3] = false;
	}
	if (mi.venue_end > mi.venue_start)
	{
		values[4] = PointerGetDatum(inline_text(s + mi.venue_start, mi.venue_end - mi.venue_start));
		nulls[4] = false;
	}
	values[5] = DirectFunctionCall1(jsonb_in, CStringGetDatum(adj.data));
	pfree(adj.data);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
