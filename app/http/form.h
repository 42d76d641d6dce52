/*
 * http/form.h - the only way request input reaches a handler.
 *
 * A handler declares a table of fields; form_read() looks up each declared
 * name in the parsed params, validates it with http/valid.h and stores the
 * typed result. Params nobody declared are never looked at.
 *
 *   static const struct field fields[] = {
 *       {"amount", FT_AMOUNT, FIELD_REQUIRED, 1, 100000000, NULL},
 *       {"note",   FT_LINES,  0,              0, 500,       NULL},
 *   };
 *   struct form f;
 *   if (form_read(&f, fields, 2, &params) != 0) ... re-show with errors
 *   long long fen = form_get(&f, "amount")->num;
 *   form_free(&f);
 */
#ifndef HTTP_FORM_H
#define HTTP_FORM_H

#include <stddef.h>

#include "http/params.h"
#include "http/valid.h"

enum ftype { FT_INT, FT_AMOUNT, FT_DATE, FT_DATETIME, FT_TEXT, FT_LINES, FT_EMAIL, FT_ENUM,
			 FT_BOOL, FT_FILE, FT_TOKEN, FT_SECRET, FT_IDLIST };
/* FT_IDLIST: every value sent under the name, each "<id>:<version>" (checkboxes
 * of a bulk action); at most max of them; text holds them joined by commas. */
/* FT_SECRET: a password; kept exactly as typed (no trimming), never shown again. */

#define FIELD_REQUIRED 1u

struct field {
	const char *name;
	enum ftype  type;
	unsigned    flags;          /* FIELD_REQUIRED */
	long long   min, max;       /* INT/AMOUNT(fen) bounds; TEXT/LINES min/max chars; FILE max bytes
								   (0 = limits); TOKEN: max = hex length */
	const char *const *choices; /* FT_ENUM only, NULL-terminated */
};

struct fval {
	int          present;  /* a non-empty value was sent (for FILE: a part with a filename and >0 bytes) */
	enum verr    err;      /* V_OK when valid or absent-and-optional */
	const char  *raw;      /* what the user typed, for re-display (NULL if absent); never NULL-deref
							  in callers: use "" (see fval_raw) */
	long long    num;      /* INT value; AMOUNT fen; DATE days; DATETIME local secs; BOOL 0/1; ENUM index */
	const char  *text;     /* TEXT/LINES/EMAIL/ENUM/TOKEN: the value (trimmed for TEXT/EMAIL), NULL if
							  absent or invalid */
	const struct param *file; /* FT_FILE, NULL if absent or invalid */
};

struct form {
	const struct field *fields;
	size_t n;
	struct fval *v;
	int nerr;
};

/*
 * form_read - validate every declared field against in; fill f (its old
 * contents are ignored) with n fvals; return the number of fields in error
 * (also in f->nerr), or -1 if memory ran out (then f->v is NULL and
 * form_get returns NULL). f->v[i].raw/file point into in, and the texts
 * are owned by f: keep in alive until form_free(f).
 *
 * Rules: the first param with the field's name is used. A value that is
 * blank (only spaces, tabs, CR, LF, U+3000) counts as absent. Absent and
 * FIELD_REQUIRED -> V_REQUIRED; absent and optional -> V_OK, num 0, text
 * NULL. Bounds in the table are always applied (declare them).
 * FT_TEXT/FT_EMAIL store the trimmed value; FT_LINES the value as sent
 * (length counted trimmed). FT_BOOL: "1" or "on" -> 1, absent -> 0, any
 * other value -> V_NOT_CHOICE. FT_FILE: present when a file part with a
 * filename and > 0 bytes came; over max bytes -> V_TOO_LONG; a plain
 * (non-file) value counts as absent. A file part sent for a non-file field,
 * or a value with a NUL byte, is invalid (the type's "not a ..." error).
 * On error raw is kept for re-display, num is 0 and text/file are NULL.
 */
int form_read(struct form *f, const struct field *fields, size_t n, const struct params *in);

/* form_get - the fval of declared field name, NULL if not declared. */
const struct fval *form_get(const struct form *f, const char *name);

/* fval_raw - v->raw, or "" when v or its raw is NULL: safe for re-display. */
const char *fval_raw(const struct fval *v);

/* form_free - free what form_read allocated and zero f; safe on a zeroed f. */
void form_free(struct form *f);

#endif
