/*
 * textnorm.h - Unicode normalisation (NFKC, through ICU) of extracted text.
 */
#ifndef SCRUTINY_TEXTNORM_H
#define SCRUTINY_TEXTNORM_H

#include "postgres.h"

/*
 * s[0..len) as text, NFKC-normalised when the database is UTF-8 and the
 * text holds non-ASCII characters; palloc'd in the current memory context.
 */
extern text *normalized_text(const char *s, size_t len);

/*
 * s[0..len) on one line, as titles, names and venues are returned: markup
 * stripped, typography plain, white space collapsed (seg_clean_inline),
 * then normalised as above.
 */
extern text *inline_text(const char *s, size_t len);

#endif							/* SCRUTINY_TEXTNORM_H */
