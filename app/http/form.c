/*
 * form.c - declared field tables turned into validated, typed values.
 *
 * Handlers see only fvals: a value that failed validation keeps its raw
 * text for re-display but never a usable num/text/file, so "forgot to
 * check err" cannot turn into using bad input.
 */
#include "http/form.h"

#include <stdlib.h>
#include <string.h>

/* The error to report when the input cannot even be read as this type. */
static enum verr type_err(enum ftype t)
{
	switch (t) {
	case FT_INT: return V_NOT_INT;
	case FT_AMOUNT: return V_NOT_AMOUNT;
	case FT_DATE: return V_NOT_DATE;
	case FT_DATETIME: return V_NOT_DATETIME;
	case FT_TEXT:
	case FT_SECRET:
	case FT_LINES: return V_CONTROL_CHAR;
	case FT_IDLIST: return V_NOT_INT;
	case FT_EMAIL: return V_NOT_EMAIL;
	case FT_ENUM:
	case FT_BOOL: return V_NOT_CHOICE;
	case FT_TOKEN: return V_NOT_TOKEN;
	case FT_FILE: break;
	}
	return V_REQUIRED;
}

static size_t clamp_chars(long long v)
{
	return v < 0 ? 0 : (size_t)v;
}

static char *dup_mem(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/* Trimmed copy for TEXT/EMAIL; whole copy for LINES/ENUM/TOKEN. */
static int keep_text(struct fval *v, const struct param *p, int trimmed)
{
	size_t off = 0, len = p->len;
	if (trimmed)
		valid_trim(p->value, p->len, &off, &len);
	char *t = dup_mem(p->value + off, len);
	if (!t)
		return -1;
	v->text = t;
	return 0;
}

static enum verr check_file(const struct field *fd, const struct param *p, struct fval *v)
{
	if (fd->max > 0 && p->len > (unsigned long long)fd->max)
		return V_TOO_LONG;
	v->file = p;
	return V_OK;
}

/* Validates a present value; fills num/text. -1 only when memory ran out. */
static int check_value(const struct field *fd, const struct param *p, struct fval *v)
{
	const char *s = p->value;
	switch (fd->type) {
	case FT_INT: v->err = valid_int(s, fd->min, fd->max, &v->num); return 0;
	case FT_AMOUNT: v->err = valid_amount(s, fd->min, fd->max, &v->num); return 0;
	case FT_DATE: {
		int days = 0;
		v->err = valid_date(s, &days);
		v->num = days;
		return 0;
	}
	case FT_DATETIME: v->err = valid_datetime(s, &v->num); return 0;
	case FT_TEXT:
	case FT_LINES:
		v->err = valid_text(s, p->len, clamp_chars(fd->min), clamp_chars(fd->max),
							fd->type == FT_LINES);
		return v->err == V_OK ? keep_text(v, p, fd->type == FT_TEXT) : 0;
	case FT_SECRET:
		v->err = valid_text(s, p->len, clamp_chars(fd->min), clamp_chars(fd->max), 0);
		return v->err == V_OK ? keep_text(v, p, 0) : 0;
	case FT_EMAIL:
		if (keep_text(v, p, 1) != 0)
			return -1;
		v->err = valid_email(v->text);
		return 0;
	case FT_ENUM:
		v->err = valid_enum(s, fd->choices, &v->num);
		return v->err == V_OK ? keep_text(v, p, 0) : 0;
	case FT_TOKEN:
		v->err = valid_token(s, clamp_chars(fd->max));
		return v->err == V_OK ? keep_text(v, p, 0) : 0;
	case FT_BOOL:
		v->err = (strcmp(s, "1") == 0 || strcmp(s, "on") == 0) ? V_OK : V_NOT_CHOICE;
		v->num = v->err == V_OK;
		return 0;
	case FT_FILE: v->err = check_file(fd, p, v); return 0;
	case FT_IDLIST: break;
	}
	v->err = V_REQUIRED;
	return 0;
}

static int is_blank(const struct param *p)
{
	size_t off, tlen;
	valid_trim(p->value, p->len, &off, &tlen);
	return tlen == 0;
}

/* Decides whether the param counts as sent for this field at all. */
static int is_present(const struct field *fd, const struct param *p)
{
	if (!p)
		return 0;
	if (fd->type == FT_FILE)
		return p->filename != NULL && p->len > 0;
	return !is_blank(p);
}

/* "<digits>:<digits>", 1-15 and 1-10 digits. */
static int id_pair_ok(const char *s)
{
	size_t a = strspn(s, "0123456789");
	if (a < 1 || a > 15 || s[a] != ':')
		return 0;
	size_t b = strspn(s + a + 1, "0123456789");
	return b >= 1 && b <= 10 && s[a + 1 + b] == '\0';
}

/* Every value under the name, checked one by one, joined for the handler. */
static int read_idlist(const struct field *fd, const struct params *in, struct fval *v)
{
	size_t count = 0, len = 0;
	memset(v, 0, sizeof *v);
	for (size_t i = 0; i < in->n; i++) {
		if (strcmp(in->v[i].name, fd->name))
			continue;
		if (!id_pair_ok(in->v[i].value) || ++count > (size_t)(fd->max > 0 ? fd->max : 1)) {
			v->err = id_pair_ok(in->v[i].value) ? V_TOO_LONG : V_NOT_INT;
			return 0;
		}
		len += in->v[i].len + 1;
	}
	v->present = count > 0;
	v->err = !count && (fd->flags & FIELD_REQUIRED) ? V_REQUIRED : V_OK;
	if (!count)
		return 0;
	char *t = malloc(len + 1);
	if (!t)
		return -1;
	t[0] = '\0';
	for (size_t i = 0; i < in->n; i++)
		if (!strcmp(in->v[i].name, fd->name)) {
			if (t[0])
				strcat(t, ",");
			strcat(t, in->v[i].value);
		}
	v->text = t;
	v->num = (long long)count;
	return 0;
}

static int read_field(const struct field *fd, const struct params *in, struct fval *v)
{
	if (fd->type == FT_IDLIST)
		return read_idlist(fd, in, v);
	const struct param *p = params_get(in, fd->name);
	memset(v, 0, sizeof *v);
	if (p)
		v->raw = fd->type == FT_FILE ? p->filename : p->value;
	v->present = is_present(fd, p);
	if (!v->present) {
		v->err = (fd->flags & FIELD_REQUIRED) ? V_REQUIRED : V_OK;
		return 0;
	}
	if (fd->type != FT_FILE && (p->filename || memchr(p->value, '\0', p->len))) {
		v->err = type_err(fd->type);   /* a smuggled file or hidden NUL is never text */
		return 0;
	}
	if (check_value(fd, p, v) != 0)
		return -1;
	if (v->err != V_OK) {
		free((char *)v->text);
		v->text = NULL;
		v->num = 0;
		v->file = NULL;
	}
	return 0;
}

int form_read(struct form *f, const struct field *fields, size_t n, const struct params *in)
{
	memset(f, 0, sizeof *f);
	f->fields = fields;
	f->n = n;
	f->v = calloc(n ? n : 1, sizeof *f->v);
	if (!f->v) {
		f->nerr = -1;
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (read_field(&fields[i], in, &f->v[i]) != 0) {
			form_free(f);
			f->nerr = -1;
			return -1;
		}
		if (f->v[i].err != V_OK)
			f->nerr++;
	}
	return f->nerr;
}

const struct fval *form_get(const struct form *f, const char *name)
{
	if (!f || !f->v || !name)
		return NULL;
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->fields[i].name, name) == 0)
			return &f->v[i];
	return NULL;
}

const char *fval_raw(const struct fval *v)
{
	return v && v->raw ? v->raw : "";
}

void form_free(struct form *f)
{
	if (!f)
		return;
	if (f->v)
		for (size_t i = 0; i < f->n; i++)
			free((char *)f->v[i].text);
	free(f->v);
	memset(f, 0, sizeof *f);
}
