/*
 * compat.h - every PG_VERSION_NUM guard of the glue lives here, so the rest
 * of the code reads as if there were one server version.
 */
#ifndef SCRUTINY_COMPAT_H
#define SCRUTINY_COMPAT_H

#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"

#if PG_VERSION_NUM < 130000
#error "scrutiny needs PostgreSQL 13 or later"
#endif

/* minute_ref is an 8-byte pass-by-value type. */
#ifndef USE_FLOAT8_BYVAL
#error "scrutiny needs a server where 8-byte values are passed by value (64-bit)"
#endif

/*
 * Input functions report bad input softly on PostgreSQL 16+ (so that
 * pg_input_is_valid() works) and by ereport(ERROR) before that.
 */
#if PG_VERSION_NUM >= 160000
#define scrutiny_input_error(fcinfo, ...) \
	ereturn((fcinfo)->context, (Datum) 0, __VA_ARGS__)
#else
#define scrutiny_input_error(fcinfo, ...) \
	do { \
		(void) (fcinfo); \
		ereport(ERROR, __VA_ARGS__); \
		pg_unreachable(); \
	} while (0)
#endif

/*
 * A materialized set-returning function's tuplestore and descriptor.  The
 * row type the executor expects, when it passes one, is used as it is:
 * reading it from the catalog each call cost more than resolutions() of a
 * short item, and a query calls that once per item.
 */
#if PG_VERSION_NUM >= 150000
#define scrutiny_materialize(fcinfo) \
	InitMaterializedSRF((fcinfo), \
						(fcinfo)->resultinfo != NULL && IsA((fcinfo)->resultinfo, ReturnSetInfo) && \
						((ReturnSetInfo *) (fcinfo)->resultinfo)->expectedDesc != NULL ? \
						MAT_SRF_USE_EXPECTED_DESC : 0)
#else
extern void scrutiny_materialize(FunctionCallInfo fcinfo);
#endif

#endif							/* SCRUTINY_COMPAT_H */
