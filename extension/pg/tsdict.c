/*
 * tsdict.c - the scrutiny.value text search template: dictionaries that
 * index a token by its normalised value, so that "£1.114m" and
 * "£1,114,000" give the same lexeme and "53/2017" the lexeme of "53/17".
 *
 * The parser returns tokens as written (ts_headline must show them so), and
 * a dictionary sees only the token's text; each dictionary is made for one
 * token type (option "type") and re-runs the core's normaliser, tok_value,
 * on the text.  Lexemes:
 *   money        "£" and the value in pounds ("£1114000"), so a sum never
 *                matches a bare number
 *   person       the words of the name without title or initials, each
 *                through the dictionary named by option "dictionary" (the
 *                stemmer words go through), at consecutive positions
 *   other types  the value
 */
#include "compat.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_ts_dict.h"
#include "catalog/pg_ts_template.h"
#include "commands/defrem.h"
#include "miscadmin.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/regproc.h"
#include "utils/syscache.h"

#include "tsearch.h"

/* The dictionary's name as SQL would write it, schema-qualified when not visible. */
static char *
dict_name(Oid dict_oid)
{
	HeapTuple	tup = SearchSysCache1(TSDICTOID, ObjectIdGetDatum(dict_oid));
	Form_pg_ts_dict form;
	char	   *name;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for text search dictionary %u", dict_oid);
	form = (Form_pg_ts_dict) GETSTRUCT(tup);
	name = TSDictionaryIsVisible(dict_oid)
		? pstrdup(quote_identifier(NameStr(form->dictname)))
		: quote_qualified_identifier(get_namespace_name(form->dictnamespace),
									 NameStr(form->dictname));
	ReleaseSysCache(tup);
	return name;
}

static bool
lexize_is_ours(PGFunction fn)
{
	return fn == scrutiny_value_lexize || fn == scrutiny_words_lexize;
}

static void
refuse(Oid dict_oid, const char *template_name, const char *option)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("text search dictionary \"%s\" cannot be the %s of a %s dictionary",
					dict_name(dict_oid), option, template_name),
			 errdetail("It is a dictionary of a scrutiny template itself; a scrutiny dictionary "
					   "that calls another, or itself, could recurse without end."),
			 errhint("Use a dictionary of another template, such as scrutiny.english_stem.")));
}

void
scrutiny_refuse_own_dictionary(Oid dict_oid, const char *template_name, const char *option)
{
	HeapTuple	tup;
	Oid			template_oid;
	RegProcedure lexize;
	FmgrInfo	finfo;

	/* from the catalog: the cache entry is what must not be built yet */
	tup = SearchSysCache1(TSDICTOID, ObjectIdGetDatum(dict_oid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for text search dictionary %u", dict_oid);
	template_oid = ((Form_pg_ts_dict) GETSTRUCT(tup))->dicttemplate;
	ReleaseSysCache(tup);
	tup = SearchSysCache1(TSTEMPLATEOID, ObjectIdGetDatum(template_oid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for text search template %u", template_oid);
	lexize = ((Form_pg_ts_template) GETSTRUCT(tup))->tmpllexize;
	ReleaseSysCache(tup);
	/* by the C function: a template of another name made on our functions is ours too */
	fmgr_info(lexize, &finfo);
	if (lexize_is_ours(finfo.fn_addr))
		refuse(dict_oid, template_name, option);
}

void
scrutiny_refuse_own_entry(const TSDictionaryCacheEntry *entry, const char *template_name,
						  const char *option)
{
	if (lexize_is_ours(entry->lexize.fn_addr))
		refuse(entry->dictId, template_name, option);
}

typedef struct ValueDict
{
	tok_type	type;
	Oid			subdict_oid;	/* InvalidOid: lower case only */
	TSDictionaryCacheEntry *subdict;
} ValueDict;

PG_FUNCTION_INFO_V1(scrutiny_value_init);
Datum
scrutiny_value_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	ValueDict  *d = (ValueDict *) palloc0(sizeof(ValueDict));
	ListCell   *l;

	check_stack_depth();
	foreach(l, options)
	{
		DefElem    *opt = (DefElem *) lfirst(l);

		if (strcmp(opt->defname, "type") == 0)
		{
			char	   *name = defGetString(opt);

			d->type = tok_type_from_name(name);
			if (d->type == TOK_NONE || d->type == TOK_BLANK)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("unknown scrutiny token type \"%s\"", name),
						 errhint("Use a token type listed by ts_token_type('scrutiny.parser').")));
		}
		else if (strcmp(opt->defname, "dictionary") == 0)
		{
			d->subdict_oid = get_ts_dict_oid(stringToQualifiedNameList(defGetString(opt)), false);
			scrutiny_refuse_own_dictionary(d->subdict_oid, "scrutiny.value", "dictionary");
		}
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized scrutiny.value parameter: \"%s\"", opt->defname)));
	}
	if (d->type == TOK_NONE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("missing type parameter"),
				 errhint("A scrutiny.value dictionary needs type = 'money' or another token type.")));
	PG_RETURN_POINTER(d);
}

/* Lexemes of one name word through the subdictionary; NULL or empty if none. */
static TSLexeme *
name_word_lexemes(ValueDict *d, const char *w, size_t n)
{
	DictSubState dstate = {false, false, NULL};

	if (!OidIsValid(d->subdict_oid))
	{
		TSLexeme   *res = (TSLexeme *) palloc0(sizeof(TSLexeme) * 2);

		res[0].lexeme = lowerstr_with_len(w, (int) n);
		return res;
	}
	if (d->subdict == NULL || !d->subdict->isvalid)
	{
		d->subdict = lookup_ts_dictionary_cache(d->subdict_oid);
		scrutiny_refuse_own_entry(d->subdict, "scrutiny.value", "dictionary");
	}
	return (TSLexeme *) DatumGetPointer(FunctionCall4(&d->subdict->lexize,
													  PointerGetDatum(d->subdict->dictData),
													  PointerGetDatum(w),
													  Int32GetDatum((int32) n),
													  PointerGetDatum(&dstate)));
}

static TSLexeme *
person_lexemes(ValueDict *d, const char *s, size_t len)
{
	size_t		start,
				n,
				i;
	int			count = 0;
	TSLexeme   *res;

	tok_person_name(s, len, &start, &n);
	res = (TSLexeme *) palloc0(sizeof(TSLexeme) * (n / 2 + 2));
	i = start;
	while (i < start + n)
	{
		size_t		w = i;

		while (w < start + n && s[w] != ' ' && s[w] != '\t' && s[w] != '.')
			w++;
		if (w - i >= 2)			/* initials are not indexed */
		{
			TSLexeme   *lx = name_word_lexemes(d, s + i, w - i);

			if (lx != NULL && lx[0].lexeme != NULL)
			{
				res[count].lexeme = lx[0].lexeme;
				res[count].flags = count > 0 ? TSL_ADDPOS : 0;
				count++;
			}
		}
		i = w + 1;
	}
	res[count].lexeme = NULL;
	return res;
}

PG_FUNCTION_INFO_V1(scrutiny_value_lexize);
Datum
scrutiny_value_lexize(PG_FUNCTION_ARGS)
{
	ValueDict  *d = (ValueDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	TSLexeme   *res;
	char	   *value;
	size_t		n;
	size_t		cap;
	size_t		off;

	check_stack_depth();
	if (len <= 0)
		PG_RETURN_POINTER(NULL);
	if (d->type == TOK_PERSON)
		PG_RETURN_POINTER(person_lexemes(d, in, (size_t) len));

	off = d->type == TOK_MONEY ? 2 : 0;	/* room for "£" */
	cap = TOK_VALUE_MAX((size_t) len);
	value = palloc(off + cap + 1);
	n = tok_value(d->type, in, (size_t) len, value + off, cap);
	n = Min(n, cap);
	if (off)
		memcpy(value, "\xc2\xa3", 2);
	value[off + n] = '\0';
	res = (TSLexeme *) palloc0(sizeof(TSLexeme) * 2);
	res[0].lexeme = value;
	PG_RETURN_POINTER(res);
}
