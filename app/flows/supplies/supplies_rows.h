/*
 * supplies_rows.h - the item rows of a supplies request and the hand-out
 * of each: reading them from a form or from values, and the rules each
 * row must keep.  No database here; what needs one is supplies_record.h.
 *
 * A form has SUP_ROWS rows; row i's fields are name_i, spec_i, qty_i and
 * unit_i.  A hand-out gives, for line i, handed_i and (fixed assets)
 * tag_i, plus one note.
 */
#ifndef LIAISON_SUPPLIES_ROWS_H
#define LIAISON_SUPPLIES_ROWS_H

#include <stddef.h>

struct rvals;
struct form;

/* The rows a form offers.  The engine carries a request's values in at
 * most RVAL_MAX slots, and a page's form in at most 40 fields: 8 rows of
 * four fields fit with the rest (see the static assertion in supplies.c). */
#define SUP_ROWS 8
#define SUP_ROWS_FIRST 3      /* rows an empty form shows */
#define SUP_NAME_MAX 50
#define SUP_SPEC_MAX 100
#define SUP_UNIT_MAX 10
#define SUP_QTY_MAX 99999
#define SUP_PURPOSE_MAX 200
#define SUP_TAGS_MAX 500      /* characters of one row's tag box */
#define SUP_TAG_MAX 32        /* characters of one asset tag */
#define SUP_NOTE_MAX 200
#define SUP_SENT_TO_MAX 100

/* One row as typed ("" and 0 for what is empty). */
struct sup_row {
	int line;                  /* the form's row, 1..SUP_ROWS */
	const char *name, *spec, *unit;
	long long qty;
	int has_qty;
};

/* The rows with anything typed in them, in form order. */
struct sup_rows {
	size_t n;
	struct sup_row v[SUP_ROWS];
	int last;                  /* the last form row with anything typed (0: none) */
};

/* A problem: the field it belongs beside and its language key. */
struct sup_err {
	char field[16];
	const char *key;
};

/* sup_rows_from_vals - the rows of a request's values (as the form gave
 * them: names, specs and units as text, quantities as numbers). */
void sup_rows_from_vals(const struct rvals *vals, struct sup_rows *out);

/* sup_rows_from_form - the rows of a validated form; a row counts as
 * typed when any of its fields was sent, valid or not. */
void sup_rows_from_form(const struct form *f, struct sup_rows *out);

/* sup_rows_check - every problem of the rows into errs (at most max):
 * no row at all ("items"), and per row a missing name, quantity or unit.
 * Returns how many problems there are. */
size_t sup_rows_check(const struct sup_rows *rows, struct sup_err *errs, size_t max);

/* A stored row, as the hand-out checks it. */
struct sup_line {
	int no;                    /* 1..n */
	long long qty;
};

/* sup_handout_check - the hand-out in (handed_i, tag_i, note) of lines:
 * each line's handed quantity given and at most what was asked for; for
 * fixed assets (asset) one tag per unit handed, each at most SUP_TAG_MAX
 * characters and given once in the request, and no tag for supplies; a
 * note when anything is handed short.  Returns how many problems. */
size_t sup_handout_check(const struct sup_line *lines, size_t n, int asset, const struct rvals *in,
    struct sup_err *errs, size_t max);

/* sup_tag_next - the next tag of a tag box from *p (separated by spaces,
 * commas, semicolons or 、，；), into out; 1 when one was found (then *p is
 * past it), 0 at the end.  A tag longer than outlen - 1 bytes is cut and
 * *too_long set. */
int sup_tag_next(const char **p, char *out, size_t outlen, int *too_long);

#endif
