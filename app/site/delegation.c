/* delegation.c - naming and ending deputies. */
#include "site/delegation.h"

#include <stdio.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "engine/engine_sql.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "site/site_sql.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

#define MAX_SPAN_DAYS 366

static const struct field add_fields[] = {
	{"deputy_id", FT_INT, FIELD_REQUIRED, 1, 1000000000, NULL},
	{"from", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"to", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
};
FIELDSET(delegation_fields, add_fields);

static void ymd(int day, char out[11])
{
	int y, m, d;
	cal_ymd(day, &y, &m, &d);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

static int show(struct req *r, int status)
{
	struct dbres res;
	const struct deleg_list *d;
	int rc = DB_RUN(ST_DELEG_LIST, &res, DBI(r->user.id));
	for (size_t i = 0; rc == DB_OK && (d = deleg_list_at(&res, i)); i++) {
		page_set_int(r, d->id, "Delegations.%zu.Id", i);
		page_set(r, d->deputy_name, "Delegations.%zu.Deputy", i);
		page_set(r, d->from_day, "Delegations.%zu.From", i);
		page_set(r, d->to_day, "Delegations.%zu.To", i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	int st = list_roster();
	if (st)
		return st;
	page_title(r, "Deleg.Title");
	return view_page(r, status, "delegation.cs");
}

int delegation_page(struct req *r) { return show(r, 200); }

struct add {
	struct req *r;
	long long deputy;
	char from[11], to[11];
};

static int add_tx(void *ctx)
{
	struct add *a = ctx;
	char detail[96];
	int rc = DB_RUN(ST_DELEG_ADD, NULL, DBI(a->r->user.id), DBI(a->deputy), DBS(a->from), DBS(a->to), DBI(clock_now()));
	snprintf(detail, sizeof detail, "deputy %lld %s..%s", a->deputy, a->from, a->to);
	return rc == DB_OK ? audit_by(&a->r->actor, "delegation_add", "user", a->r->user.id, detail) : rc;
}

static int again(struct req *r, const char *field, const char *key)
{
	page_form_values(r);
	if (field)
		page_form_error(r, field, key);
	return show(r, 400);
}

int delegation_add(struct req *r)
{
	if (r->form.nerr)
		return again(r, NULL, NULL);
	struct add a = {r, form_get(&r->form, "deputy_id")->num, "", ""};
	long long from = form_get(&r->form, "from")->num, to = form_get(&r->form, "to")->num;
	if (a.deputy == r->user.id)
		return again(r, "deputy_id", "Deleg.NotSelf");
	if (to < from || to - from > MAX_SPAN_DAYS)
		return again(r, "to", "Deleg.BadRange");
	struct dbres res;
	int rc = DB_RUN(ST_WHO_USER, &res, DBI(a.deputy));
	const struct who_user *deputy = who_user_at(&res, 0);
	int active = deputy && deputy->active == 1;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!active)
		return again(r, "deputy_id", "Deleg.Inactive");
	ymd((int)from, a.from);
	ymd((int)to, a.to);
	if ((rc = db_tx(add_tx, &a)) != DB_OK)
		return rc;
	resp_redirect(r, "/account/delegation");
	return 0;
}

static int end_tx(void *ctx)
{
	struct req *r = ctx;
	struct dbres res;
	int rc = DB_RUN(ST_DELEG_END, &res, DBI(r->arg_id), DBI(r->user.id));
	int ended = res.affected == 1;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	return ended ? audit_by(&r->actor, "delegation_end", "user", r->user.id, "") : O_NOT_FOUND;
}

int delegation_end(struct req *r)
{
	int rc = db_tx(end_tx, r);
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/account/delegation");
	return 0;
}
