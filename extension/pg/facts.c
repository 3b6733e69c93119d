/* facts.c - placeholder: the functions below are built by issue 5. */
#include "compat.h"

PG_FUNCTION_INFO_V1(scrutiny_actions);
Datum
scrutiny_actions(PG_FUNCTION_ARGS)
{
	ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED), errmsg("not built yet")));
	PG_RETURN_NULL();
}

PG_FUNCTION_INFO_V1(scrutiny_amounts);
Datum
scrutiny_amounts(PG_FUNCTION_ARGS)
{
	ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED), errmsg("not built yet")));
	PG_RETURN_NULL();
}

PG_FUNCTION_INFO_V1(scrutiny_percentages);
Datum
scrutiny_percentages(PG_FUNCTION_ARGS)
{
	ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED), errmsg("not built yet")));
	PG_RETURN_NULL();
}

