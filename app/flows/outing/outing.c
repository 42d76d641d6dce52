/*
 * outing.c - 外出登记 (LV-11): where, why, from when to when and with whom;
 * the department manager approves before the person leaves.  Its pages
 * (who is out now, the register, back) are in outing_pages.c.  Its table:
 * outing_requests (sql/005-leave.sql).
 */
#include "flows/outing/outing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/outing/outing_sql.h"
#include "http/form.h"
#include "http/router.h"
#include "pages/flow_page.h"

static const struct field form_fields[] = {
	{"destination", FT_TEXT, FIELD_REQUIRED, 1, 200, NULL},
	{"purpose", FT_LINES, FIELD_REQUIRED, 1, 500, NULL},
	{"from_at", FT_DATETIME, FIELD_REQUIRED, 0, 0, NULL},
	{"to_at", FT_DATETIME, FIELD_REQUIRED, 0, 0, NULL},
	{"companions", FT_TEXT, 0, 0, 200, NULL},
};
static FIELDSET(outing_form, form_fields);

static const char *const values[] = {"destination", "purpose", "companions", NULL};

/* The form's times are Shanghai wall clock (local seconds); stored as UTC. */
static long long utc_of(const struct flow_ctx *c, const char *name)
{
	return rvals_num(&c->vals, name) - SHANGHAI_OFFSET;
}

/* A draft keeps what was typed, a time left empty as none. */
static int save(struct flow_ctx *c)
{
	return DB_RUN(ST_OUT_SAVE, NULL, DBI(c->request_id), DBI(c->requester_id),
	    DBS(rvals_text(&c->vals, "destination")), DBS(rvals_text(&c->vals, "purpose")), DBI(utc_of(c, "from_at")),
	    DBI(utc_of(c, "to_at")), DBS(rvals_text(&c->vals, "companions")));
}

/* LV-11: registered before leaving (to the minute), back after leaving. */
static int rules(struct flow_ctx *c)
{
	long long from = utc_of(c, "from_at"), to = utc_of(c, "to_at");
	if (to <= from)
		return flow_refuse(c, "to_at", "Outing.Err.Order");
	if (from + 60 <= c->now)
		return flow_refuse(c, "from_at", "Outing.Err.Past");
	return DB_OK;
}

/* "YYYY-MM-DDTHH:MM" as the form's datetime-local input wants it. */
static void local_form(long long utc, char *out, size_t outlen)
{
	char t[20];
	clock_fmt_local((time_t)utc, t);
	if (strlen(t) > 10)
		t[10] = 'T';
	snprintf(out, outlen, "%s", t);
}

static void set_time(struct flow_ctx *c, const char *form_name, const char *text_name, long long utc)
{
	char t[24];
	local_form(utc, t, sizeof t);
	rvals_set(&c->vals, form_name, t);
	clock_fmt_local((time_t)utc, t);
	rvals_set(&c->vals, text_name, t);
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_OUT_GET, &res, DBI(c->request_id));
	const struct out_get *row = out_get_at(&res, 0);
	if (rc == DB_OK && row) {
		rvals_set(&c->vals, "destination", row->destination);
		rvals_set(&c->vals, "purpose", row->purpose);
		set_time(c, "from_at", "from_text", row->from_at);
		set_time(c, "to_at", "to_text", row->to_at);
		rvals_set(&c->vals, "companions", row->companions);
		if (row->back_at) {
			char t[20];
			clock_fmt_local((time_t)atoll(row->back_at), t);
			rvals_set(&c->vals, "back_text", t);
		}
	}
	db_free(&res);
	return rc;
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	char when[20] = "";
	if (rvals_get(&c->vals, "from_at"))
		clock_fmt_local((time_t)utc_of(c, "from_at"), when);
	when[16] = '\0';
	snprintf(out, outlen, "%s %s", rvals_text(&c->vals, "destination"), when);
}

static const struct flow flow = {
	.type = "outing",
	.prefix = "WC",
	.values = values,
	.cancellable = 1,
	.save = save,
	.rules = rules,
	.load = load,
	.title = title,
};

static const struct flow_nav nav[] = {
	{"/outings/now", "Outings", 0},
	{NULL, NULL, 0},
};

const struct flow_page outing_type = {
	.flow = &flow,
	.form = &outing_form,
	.form_tmpl = "flows/outing/form.cs",
	.view_tmpl = "flows/outing/view.cs",
	.routes = &outing_table,
	.nav = nav,
};
