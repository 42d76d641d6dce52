/*
 * outing.c - 外出登记 (LV-11): where, why, from when to when and with whom;
 * the department manager approves before the person leaves.  Its pages
 * (who is out now, the printable register, back) are in outing_pages.c.
 */
#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/flow.h"
#include "http/req.h"
#include "http/router.h"

static const struct field form_fields[] = {
	{"destination", FT_TEXT, FIELD_REQUIRED, 1, 200, NULL},
	{"purpose", FT_LINES, FIELD_REQUIRED, 1, 500, NULL},
	{"from_at", FT_DATETIME, FIELD_REQUIRED, 0, 0, NULL},
	{"to_at", FT_DATETIME, FIELD_REQUIRED, 0, 0, NULL},
	{"companions", FT_TEXT, 0, 0, 200, NULL},
};
static FIELDSET(outing_form, form_fields);

static const char *const values[] = {"destination", "purpose", "companions", NULL};

static const char *text(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return v && v->text ? v->text : "";
}

static const char *val(const struct flow_ctx *c, const char *name)
{
	const char *v = rvals_get(&c->vals, name);
	return v ? v : "";
}

/* The form's times are Shanghai wall clock; stored as UTC. */
static long long utc_of(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return (v ? v->num : 0) - SHANGHAI_OFFSET;
}

static void from_form(struct flow_ctx *c)
{
	const struct req *r = c->r;
	rvals_set(&c->vals, "destination", text(r, "destination"));
	rvals_set(&c->vals, "purpose", text(r, "purpose"));
	rvals_set(&c->vals, "companions", text(r, "companions"));
	rvals_set(&c->vals, "from_at", fval_raw(form_get(&r->form, "from_at")));
	rvals_set(&c->vals, "to_at", fval_raw(form_get(&r->form, "to_at")));
	rvals_set_num(&c->vals, "from_utc", utc_of(r, "from_at"));
	rvals_set_num(&c->vals, "to_utc", utc_of(r, "to_at"));
}

static int refuse(struct flow_ctx *c, const char *field, const char *key)
{
	snprintf(c->error_field, sizeof c->error_field, "%s", field);
	snprintf(c->error_key, sizeof c->error_key, "%s", key);
	return FLOW_REFUSED;
}

/* LV-11: registered before leaving (to the minute), back after leaving. */
static int save(struct flow_ctx *c)
{
	long long from = rvals_num(&c->vals, "from_utc"), to = rvals_num(&c->vals, "to_utc");
	if (to <= from)
		return refuse(c, "to_at", "Outing.Err.Order");
	if (from + 60 <= c->now)
		return refuse(c, "from_at", "Outing.Err.Past");
	return DB_RUN(ST_OUT_SAVE, NULL, DBI(c->request_id), DBI(c->requester_id), DBS(val(c, "destination")),
	    DBS(val(c, "purpose")), DBI(from), DBI(to), DBS(val(c, "companions")));
}

static void local_form(long long utc, char *out, size_t outlen)
{
	char t[20];
	clock_fmt_local((time_t)utc, t);
	if (strlen(t) > 10)
		t[10] = 'T';
	snprintf(out, outlen, "%s", t);
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	char t[20], f[24];
	int rc = DB_RUN(ST_OUT_GET, &res, DBI(c->request_id));
	if (rc == DB_OK && res.nrows == 1) {
		rvals_set(&c->vals, "destination", db_str(&res, 0, 1));
		rvals_set(&c->vals, "purpose", db_str(&res, 0, 2));
		local_form(db_int(&res, 0, 3), f, sizeof f);
		rvals_set(&c->vals, "from_at", f);
		local_form(db_int(&res, 0, 4), f, sizeof f);
		rvals_set(&c->vals, "to_at", f);
		clock_fmt_local((time_t)db_int(&res, 0, 3), t);
		rvals_set(&c->vals, "from_text", t);
		clock_fmt_local((time_t)db_int(&res, 0, 4), t);
		rvals_set(&c->vals, "to_text", t);
		rvals_set(&c->vals, "companions", db_str(&res, 0, 5));
		if (db_get(&res, 0, 6)) {
			clock_fmt_local((time_t)db_int(&res, 0, 6), t);
			rvals_set(&c->vals, "back_text", t);
		}
	}
	db_free(&res);
	return rc;
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	char when[24];
	snprintf(when, sizeof when, "%s", val(c, "from_at"));
	if (strlen(when) > 10 && when[10] == 'T')
		when[10] = ' ';
	snprintf(out, outlen, "%s %s", val(c, "destination"), when);
}

const struct flow flow_outing = {
	.type = "outing",
	.prefix = "WC",
	.values = values,
	.form = &outing_form,
	.form_tmpl = "flows/outing_form.cs",
	.view_tmpl = "flows/outing_view.cs",
	.cancellable = 1,
	.from_form = from_form,
	.save = save,
	.load = load,
	.title = title,
};
