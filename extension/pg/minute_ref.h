/*
 * minute_ref.h - the minute_ref type as a Datum, for every glue file that
 * takes or returns one.  The value is the core's packed uint64 (mref.h).
 */
#ifndef SCRUTINY_MINUTE_REF_H
#define SCRUTINY_MINUTE_REF_H

#include "postgres.h"

#include "utils/date.h"

#include "../core/mref.h"

#define DatumGetMinuteRef(d) ((mref) DatumGetInt64(d))
#define MinuteRefGetDatum(v) Int64GetDatum((int64) (v))
#define PG_GETARG_MINUTE_REF(n) DatumGetMinuteRef(PG_GETARG_DATUM(n))
#define PG_RETURN_MINUTE_REF(v) return MinuteRefGetDatum(v)

/*
 * The municipal year of a date (mref_municipal_year); false for infinite
 * dates, which have none.
 */
extern bool date_municipal_year(DateADT date, int *year);

#endif							/* SCRUTINY_MINUTE_REF_H */
