/* outing_pages.c - who is out now, the printable register, coming back
 * (LV-11), and the URLs they answer. */
#include "flows/outing/outing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "engine/engine.h"
#include "flows/outing/outing_sql.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "pages/month.h"
#include "pages/pages.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

int outing_now_page(struct req *r)
{
	struct dbres res;
	const struct out_now *o;
	long long now = clock_now();
	int rc = DB_RUN(ST_OUT_NOW, &res, DBI(now), DBI(now));
	for (size_t i = 0; rc == DB_OK && (o = out_now_at(&res, i)); i++) {
		page_set_int(r, o->id, "Out.%zu.Id", i);
		page_set(r, o->number, "Out.%zu.Number", i);
		page_set(r, o->name, "Out.%zu.Name", i);
		page_set(r, o->dept, "Out.%zu.Dept", i);
		page_set(r, o->destination, "Out.%zu.Destination", i);
		page_set(r, o->purpose, "Out.%zu.Purpose", i);
		page_set_time(r, o->from_at, "Out.%zu.From", i);
		page_set_time(r, o->to_at, "Out.%zu.To", i);
		page_set(r, o->companions, "Out.%zu.Companions", i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	page_set_time(r, now, "Now");
	page_title(r, "Outing.NowTitle");
	return view_page(r, 200, "flows/outing/now.cs");
}

static void register_row(struct req *r, const struct out_register *o, size_t i)
{
	page_set(r, o->number, "Rows.%zu.Number", i);
	page_set(r, o->name, "Rows.%zu.Name", i);
	page_set(r, o->dept, "Rows.%zu.Dept", i);
	page_set(r, o->destination, "Rows.%zu.Destination", i);
	page_set(r, o->purpose, "Rows.%zu.Purpose", i);
	page_set_time(r, o->from_at, "Rows.%zu.From", i);
	page_set_time(r, o->to_at, "Rows.%zu.To", i);
	page_set(r, o->companions, "Rows.%zu.Companions", i);
	if (o->back_at)
		page_set_time(r, atoll(o->back_at), "Rows.%zu.Back", i);
	page_set(r, o->state, "Rows.%zu.State", i);
	page_set(r, o->approver, "Rows.%zu.Approver", i);
}

int outing_register_page(struct req *r)
{
	struct month m;
	struct dbres res;
	const struct out_register *o;
	if (r->form.nerr || month_of(r, "month", &m))
		return 400;
	long long dept = form_get(&r->form, "dept")->num;
	long long from = cal_day_start_utc(m.first, 0), to = cal_day_start_utc(m.last + 1, 0);
	int rc = DB_RUN(ST_OUT_REGISTER, &res, DBI(from), DBI(to), DBI(dept), DBI(dept));
	for (size_t i = 0; rc == DB_OK && (o = out_register_at(&res, i)); i++)
		register_row(r, o, i);
	db_free(&res);
	if (rc == DB_OK)
		rc = list_depts(r, "Depts");
	if (rc != DB_OK)
		return rc;
	page_set(r, m.text, "Month");
	page_set_int(r, dept, "Dept");
	page_title(r, "Outing.RegisterTitle");
	return view_page(r, 200, "flows/outing/register.cs");
}

/* Back: once, after an approval, by the person or whoever filed it. */
static int back(struct flow_ctx *c, void *arg)
{
	struct dbres res;
	(void)arg;
	if (strcmp(c->state, "approved"))
		return O_CONFLICT;
	int rc = DB_RUN(ST_OUT_BACK, &res, DBI(c->now), DBI(c->request_id));
	int changed = res.affected == 1;
	db_free(&res);
	if (rc == DB_OK && !changed)
		return O_CONFLICT;
	if (rc == DB_OK)
		flow_note(c, "outing_back", "");
	return rc;
}

int outing_back_submit(struct req *r)
{
	struct amendment a = {&r->actor, r->arg_id, "outing", NULL, back, NULL, ""};
	int rc = engine_amend(&a);
	if (rc != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, "/requests/%lld", r->arg_id);
	resp_redirect(r, to);
	return 0;
}

#define REGISTER_VIEW (ROLE_HEAD | ROLE_DEPUTY | ROLE_DIRECTOR | ROLE_GM | ROLE_EXEC | ROLE_OFFICE | ROLE_CLERK)

static const struct field register_f[] = {
	{"month", FT_TEXT, 0, 7, 7, NULL},
	{"dept", FT_INT, 0, 0, 1000000000, NULL},
};
static FIELDSET(register_fields, register_f);

static const struct route routes[] = {
	ROUTE("GET", "/outings/now", outing_now_page, 0, 0, NULL),
	ROUTE("GET", "/outings/register", outing_register_page, 0, REGISTER_VIEW, &register_fields),
	ROUTE("POST", "/outing/:id/back", outing_back_submit, 0, 0, NULL),
};

ROUTE_TABLE(outing_table, routes);
