/* meeting.c - placeholder: the functions below are built by issue 5. */
#include "compat.h"

PG_FUNCTION_INFO_V1(scrutiny_meeting_info);
Datum
scrutiny_meeting_info(PG_FUNCTION_ARGS)
{
	ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED), errmsg("not built yet")));
	PG_RETURN_NULL();
}

