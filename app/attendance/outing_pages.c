/* outing_pages.c - who is out now, the printable register, coming back (LV-11). */
#include "attendance/pages.h"

#include <stdio.h>
#include <string.h>

#include "attendance/month.h"
#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

static int db_status(int rc) { return rc == DB_GONE ? 503 : 500; }

int outing_now_page(struct req *r)
{
	struct dbres res;
	long long now = clock_now();
	int rc = DB_RUN(ST_OUT_NOW, &res, DBI(now), DBI(now));
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		static const char *const cols[] = {"Id", "Number", "Name", "Dept", "Destination", "Purpose"};
		for (size_t c = 0; c < 6; c++)
			page_set(r, db_str(&res, i, c), "Out.%zu.%s", i, cols[c]);
		page_set_time(r, db_int(&res, i, 6), "Out.%zu.From", i);
		page_set_time(r, db_int(&res, i, 7), "Out.%zu.To", i);
		page_set(r, db_str(&res, i, 8), "Out.%zu.Companions", i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return db_status(rc);
	page_set_time(r, now, "Now");
	page_title(r, "Outing.NowTitle");
	return view_page(r, 200, "flows/outing_now.cs");
}

int outing_register_page(struct req *r)
{
	struct month m;
	struct dbres res;
	if (r->form.nerr || month_of(r, "month", &m))
		return 400;
	long long dept = form_get(&r->form, "dept")->num;
	long long from = cal_day_start_utc(m.first, 0), to = cal_day_start_utc(m.last + 1, 0);
	int rc = DB_RUN(ST_OUT_REGISTER, &res, DBI(from), DBI(to), DBI(dept), DBI(dept));
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		static const char *const cols[] = {"Number", "Name", "Dept", "Destination", "Purpose"};
		for (size_t c = 0; c < 5; c++)
			page_set(r, db_str(&res, i, c), "Rows.%zu.%s", i, cols[c]);
		page_set_time(r, db_int(&res, i, 5), "Rows.%zu.From", i);
		page_set_time(r, db_int(&res, i, 6), "Rows.%zu.To", i);
		page_set(r, db_str(&res, i, 7), "Rows.%zu.Companions", i);
		if (db_get(&res, i, 8))
			page_set_time(r, db_int(&res, i, 8), "Rows.%zu.Back", i);
		page_set(r, db_str(&res, i, 9), "Rows.%zu.State", i);
		page_set(r, db_str(&res, i, 10), "Rows.%zu.Approver", i);
	}
	db_free(&res);
	if (rc == DB_OK)
		rc = list_depts(r, "Depts") ? DB_ERR : DB_OK;
	if (rc != DB_OK)
		return db_status(rc);
	page_set(r, m.text, "Month");
	page_set_int(r, dept, "Dept");
	page_title(r, "Outing.RegisterTitle");
	return view_page(r, 200, "flows/outing_register.cs");
}

struct back_ctx {
	struct req *r;
	long long id, now;
};

static int back_tx(void *arg)
{
	struct back_ctx *c = arg;
	struct dbres res;
	int rc = DB_RUN(ST_REQ_LOCK, &res, DBI(c->id));
	int found = rc == DB_OK && res.nrows == 1;
	int ok = found && !strcmp(db_str(&res, 0, 2), "outing") && !strcmp(db_str(&res, 0, 7), "approved");
	int own = found && (db_int(&res, 0, 4) == c->r->user.id || db_int(&res, 0, 5) == c->r->user.id);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!found || !ok)
		return found ? 409 : 404;
	if (!own)
		return 403;
	if ((rc = DB_RUN(ST_OUT_BACK, &res, DBI(c->now), DBI(c->id))) != DB_OK) {
		db_free(&res);
		return rc;
	}
	int changed = res.affected == 1;
	db_free(&res);
	if (!changed)
		return 409;
	rc = DB_RUN(ST_REQ_BUMP, NULL, DBI(c->now), DBI(c->id));
	return rc == DB_OK ? audit_req(c->r, "outing_back", "request", c->id, "") : rc;
}

int outing_back_submit(struct req *r)
{
	struct back_ctx c = {r, r->arg_id, clock_now()};
	int rc = db_tx(back_tx, &c);
	if (rc != DB_OK)
		return rc > 0 ? rc : db_status(rc);
	char to[64];
	snprintf(to, sizeof to, "/requests/%lld", c.id);
	resp_redirect(r, to);
	return 0;
}
