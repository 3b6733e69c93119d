/*
 * people.h - who attended a meeting and who declared an interest.
 *
 * Plain C99, no PostgreSQL headers.  Works on a document already split by
 * segment.h (seg_lines, seg_parts, seg_items): the attendance header is the
 * text of the first minutes part before its first item, and the apologies,
 * substitutions and declarations items are found by their titles.  Results
 * are byte spans into the caller's document; arrays come from the caller's
 * allocator, whose tick is called in the long loops.
 */
#ifndef SCRUTINY_PEOPLE_H
#define SCRUTINY_PEOPLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "segment.h"

typedef enum pp_category
{
	PP_MEMBER,
	PP_COOPTED,
	PP_CABINET,
	PP_OFFICER,
	PP_INVITED
} pp_category;

typedef enum pp_status
{
	PP_PRESENT,
	PP_APOLOGIES,
	PP_SUBSTITUTE,
	PP_ABSENT
} pp_status;

typedef enum pp_kind
{
	PP_KIND_NONE,				/* the kind of interest was not stated */
	PP_KIND_PECUNIARY,
	PP_KIND_NON_PECUNIARY,
	PP_KIND_OTHER
} pp_kind;

#define PP_MAX_HON 3

typedef struct pp_person
{
	uint32_t	name_start;		/* the name as printed, no honorific or postnominals */
	uint32_t	name_end;
	uint32_t	role_start;		/* role as printed; equal when none */
	uint32_t	role_end;
	const char *role_fixed;		/* a canonical role ("Chair") instead of the span */
	uint32_t	org_start;		/* organisation as printed; equal when none */
	uint32_t	org_end;
	uint8_t		hon[PP_MAX_HON];	/* indexes for pp_honorific_name() */
	uint8_t		nhon;
	pp_category category;
	pp_status	status;
} pp_person;

typedef struct pp_decl
{
	uint32_t	name_start;
	uint32_t	name_end;
	uint32_t	label_start;	/* the item's number as printed; equal when none */
	uint32_t	label_end;
	uint32_t	interest_start; /* the interest as stated; equal when none */
	uint32_t	interest_end;
	pp_kind		kind;
} pp_decl;

typedef struct pp_result
{
	pp_person  *people;
	size_t		npeople;
	pp_decl    *decls;
	size_t		ndecls;
} pp_result;

/* Attendance; needs seg_items() on d.  Free with pp_free(). */
extern void pp_attendance(const seg_doc *d, pp_result *r, const seg_alloc *a);

/* Declarations of interest; needs seg_items() on d.  Free with pp_free(). */
extern void pp_declarations(const seg_doc *d, pp_result *r, const seg_alloc *a);

extern void pp_free(pp_result *r, const seg_alloc *a);

/* Is doc[s, e) an attendance marker alone ("Present:")? */
extern bool pp_marker_heading(const char *doc, size_t s, size_t e, const seg_alloc *a);

/* Canonical form of an honorific ("Cllr." and "Councillors" give "Councillor"). */
extern const char *pp_honorific_name(uint8_t h);

extern const char *pp_category_name(pp_category c);
extern const char *pp_status_name(pp_status s);
extern const char *pp_kind_name(pp_kind k);	/* NULL for PP_KIND_NONE */

#endif							/* SCRUTINY_PEOPLE_H */
