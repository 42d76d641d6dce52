/* supplies_rows.c - item rows and their hand-out, read and checked
 * (supplies_rows.h); pure logic over values and forms. */
#include "flows/supplies/supplies_rows.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"
#include "engine/flow.h"
#include "http/form.h"

static const char *or_empty(const char *s) { return s ? s : ""; }

/* A row's field name: "qty_3". */
static void field_of(char *out, size_t outlen, const char *col, int line)
{
	snprintf(out, outlen, "%s_%d", col, line);
}

void sup_rows_from_vals(const struct rvals *vals, struct sup_rows *out)
{
	char f[16];
	memset(out, 0, sizeof *out);
	for (int i = 1; i <= SUP_ROWS; i++) {
		struct sup_row *w = &out->v[out->n];
		w->line = i;
		field_of(f, sizeof f, "name", i);
		w->name = rvals_text(vals, f);
		field_of(f, sizeof f, "spec", i);
		w->spec = rvals_text(vals, f);
		field_of(f, sizeof f, "unit", i);
		w->unit = rvals_text(vals, f);
		field_of(f, sizeof f, "qty", i);
		w->has_qty = rvals_get(vals, f) != NULL;
		w->qty = rvals_num(vals, f);
		if (*w->name || *w->spec || *w->unit || w->has_qty) {
			out->n++;
			out->last = i;
		}
	}
}

/* Whether the user sent anything in the field (valid or not). */
static int typed(const struct fval *v) { return v && (v->present || (v->raw && v->err != V_OK && *v->raw)); }

void sup_rows_from_form(const struct form *f, struct sup_rows *out)
{
	static const char *const cols[] = {"name", "spec", "qty", "unit"};
	char name[16];
	memset(out, 0, sizeof *out);
	for (int i = 1; i <= SUP_ROWS; i++) {
		const struct fval *v[4];
		int any = 0;
		for (int k = 0; k < 4; k++) {
			field_of(name, sizeof name, cols[k], i);
			v[k] = form_get(f, name);
			any |= typed(v[k]);
		}
		if (!any)
			continue;
		struct sup_row *w = &out->v[out->n++];
		w->line = i;
		w->name = or_empty(v[0] ? v[0]->text : NULL);
		w->spec = or_empty(v[1] ? v[1]->text : NULL);
		w->has_qty = typed(v[2]);
		w->qty = v[2] ? v[2]->num : 0;
		w->unit = or_empty(v[3] ? v[3]->text : NULL);
		out->last = i;
	}
}

static void add(struct sup_err *errs, size_t max, size_t *n, const char *col, int line, const char *key)
{
	if (*n < max) {
		if (line)
			field_of(errs[*n].field, sizeof errs[*n].field, col, line);
		else
			snprintf(errs[*n].field, sizeof errs[*n].field, "%s", col);
		errs[*n].key = key;
	}
	(*n)++;
}

size_t sup_rows_check(const struct sup_rows *rows, struct sup_err *errs, size_t max)
{
	size_t n = 0;
	if (rows->n == 0)
		add(errs, max, &n, "items", 0, "Supplies.Err.NoItems");
	for (size_t i = 0; i < rows->n; i++) {
		const struct sup_row *w = &rows->v[i];
		if (!*w->name)
			add(errs, max, &n, "name", w->line, "Supplies.Err.Name");
		if (!w->has_qty)
			add(errs, max, &n, "qty", w->line, "Supplies.Err.Qty");
		if (!*w->unit)
			add(errs, max, &n, "unit", w->line, "Supplies.Err.Unit");
	}
	return n;
}

/* UTF-8 separators besides ASCII spaces, commas and semicolons:
 * U+3000 (ideographic space), U+3001 (、), U+FF0C (，), U+FF1B (；). */
static size_t sep_len(const char *p)
{
	static const char *const wide[] = {"\xE3\x80\x80", "\xE3\x80\x81", "\xEF\xBC\x8C", "\xEF\xBC\x9B"};
	if (*p && strchr(" \t\r\n,;", *p))
		return 1;
	for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
		if (!strncmp(p, wide[i], 3))
			return 3;
	return 0;
}

int sup_tag_next(const char **p, char *out, size_t outlen, int *too_long)
{
	const char *s = *p;
	size_t k = 0, n;
	while (*s && (n = sep_len(s)) > 0)
		s += n;
	if (!*s)
		return 0;
	for (; *s && !sep_len(s); s++) {
		if (k + 1 < outlen)
			out[k++] = *s;
		else
			*too_long = 1;
	}
	out[k] = '\0';
	*p = s;
	return 1;
}

/* How often tag occurs in the request's tag boxes. */
static int occurrences(const char *tag, const char *const *tags, size_t n)
{
	char t[SUP_TAG_MAX * 4 + 4];
	int count = 0;
	for (size_t j = 0; j < n; j++) {
		const char *p = tags[j];
		int long_tag = 0;
		while (sup_tag_next(&p, t, sizeof t, &long_tag))
			count += !strcmp(t, tag);
	}
	return count;
}

/* One line's tags: one per unit handed, each short enough, none twice. */
static const char *tags_problem(const char *const *tags, size_t n, size_t idx, long long handed)
{
	char t[SUP_TAG_MAX * 4 + 4];
	const char *p = tags[idx];
	long long count = 0;
	int long_tag = 0;
	while (sup_tag_next(&p, t, sizeof t, &long_tag)) {
		if (long_tag || text_chars(t) > SUP_TAG_MAX)
			return "Supplies.Err.TagLong";
		if (occurrences(t, tags, n) > 1)
			return "Supplies.Err.TagTwice";
		count++;
	}
	return count != handed ? "Supplies.Err.TagCount" : NULL;
}

/* One line: returns 1 when it was handed short. */
static int check_line(const struct sup_line *l, int asset, const struct rvals *in, const char *const *tags,
    size_t ntags, struct sup_err *errs, size_t max, size_t *n)
{
	char f[16];
	field_of(f, sizeof f, "handed", l->no);
	const char *given = rvals_get(in, f);
	long long handed = rvals_num(in, f);
	if (!given || !*given) {
		add(errs, max, n, "handed", l->no, "Supplies.Err.Handed");
		return 0;
	}
	if (handed < 0 || handed > l->qty)
		add(errs, max, n, "handed", l->no, "Supplies.Err.HandedOver");
	const char *problem = asset ? tags_problem(tags, ntags, (size_t)l->no - 1, handed)
	                            : *tags[l->no - 1] ? "Supplies.Err.TagNotAsset" : NULL;
	if (problem)
		add(errs, max, n, "tag", l->no, problem);
	return handed < l->qty;
}

size_t sup_handout_check(const struct sup_line *lines, size_t n, int asset, const struct rvals *in,
    struct sup_err *errs, size_t max)
{
	const char *tags[SUP_ROWS];
	char f[16];
	size_t nerr = 0;
	int short_any = 0;
	if (n > SUP_ROWS)
		n = SUP_ROWS;
	for (size_t i = 0; i < n; i++) {
		field_of(f, sizeof f, "tag", (int)i + 1);
		tags[i] = rvals_text(in, f);
	}
	for (size_t i = 0; i < n; i++)
		short_any |= check_line(&lines[i], asset, in, tags, n, errs, max, &nerr);
	if (short_any && !*rvals_text(in, "note"))
		add(errs, max, &nerr, "note", 0, "Supplies.Err.NoteShort");
	return nerr;
}
