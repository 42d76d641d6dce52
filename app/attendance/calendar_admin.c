/* calendar_admin.c - admins keep the work calendar (LV-01): public
 * holidays and make-up working days (调休), each change audited. */
#include "attendance/pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance/attendance_sql.h"
#include "attendance/calendar_year.h"
#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/leave/leave_assess.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

int calendar_admin_show(struct req *r, int year, int status)
{
	struct dbres res;
	const struct cal_year *row;
	char d[12];
	int rc = DB_RUN(ST_CAL_YEAR, &res, DBI(cal_days(year, 1, 1)), DBI(cal_days(year, 12, 31)));
	struct calyear_day *days = rc == DB_OK ? calloc(res.nrows + 1, sizeof *days) : NULL;
	if (rc == DB_OK && !days)
		rc = DB_ERR;
	for (size_t i = 0; rc == DB_OK && (row = cal_year_at(&res, i)); i++) {
		int day = (int)row->day;
		days[i] = (struct calyear_day){day, row->kind, row->name};
		lv_day_text(day, d, sizeof d);
		page_set(r, d, "Days.%zu.Day", i);
		page_set_int(r, cal_weekday(day), "Days.%zu.Weekday", i);
		page_set(r, row->kind, "Days.%zu.Kind", i);
		page_set(r, row->name, "Days.%zu.Name", i);
	}
	if (rc == DB_OK)
		calyear_grid(r, year, days, (int)res.nrows);
	free(days);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	page_set_int(r, year, "Year");
	page_set_int(r, year - 1, "PrevYear");
	page_set_int(r, year + 1, "NextYear");
	page_title(r, "Calendar.Title");
	return view_page(r, status, "attendance/calendar.cs");
}

int calendar_admin_page(struct req *r)
{
	int y;
	if (r->form.nerr)
		return 400;
	long long year = form_get(&r->form, "year")->num;
	cal_ymd(cal_utc_to_day(clock_now()), &y, NULL, NULL);
	return calendar_admin_show(r, year ? (int)year : y, 200);
}

struct cal_change {
	struct req *r;
	int day;
	const char *kind, *name;
};

static int change_tx(void *arg)
{
	struct cal_change *c = arg;
	struct dbres res;
	char before[272], detail[600], d[12];   /* a name is up to 64 characters of up to four bytes */
	int rc = DB_RUN(ST_CAL_GET, &res, DBI(c->day));
	const struct cal_get *old = cal_get_at(&res, 0);
	if (rc == DB_OK && old)
		snprintf(before, sizeof before, "%s %s", old->kind, old->name);
	else
		snprintf(before, sizeof before, "none");
	/* A click decides from what the day is now, read under the row's lock
	 * (again on a retried transaction). */
	const char *kind = c->kind;
	if (rc == DB_OK && !strcmp(kind, "toggle"))
		kind = calyear_toggled(c->day, old ? old->kind : "");
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	rc = !strcmp(kind, "remove") ? DB_RUN(ST_CAL_DEL, NULL, DBI(c->day))
	                             : DB_RUN(ST_CAL_PUT, NULL, DBI(c->day), DBS(kind), DBS(c->name));
	lv_day_text(c->day, d, sizeof d);
	snprintf(detail, sizeof detail, "%s before: %s; after: %s %s", d, before, kind, c->name);
	return rc == DB_OK ? audit_by(&c->r->actor, "calendar_set", "", 0, detail) : rc;
}

/* Back to the year of day, at its month. */
static int after_change(struct req *r, int day)
{
	char to[64];
	int y, m;
	cal_ymd(day, &y, &m, NULL);
	snprintf(to, sizeof to, "/admin/calendar?year=%d#m%d", y, m);
	resp_redirect(r, to);
	return 0;
}

int calendar_admin_submit(struct req *r)
{
	int y;
	if (r->form.nerr) {
		page_form_values(r);
		cal_ymd(cal_utc_to_day(clock_now()), &y, NULL, NULL);
		return calendar_admin_show(r, y, 400);
	}
	const struct fval *name = form_get(&r->form, "name");
	struct cal_change c = {r, (int)form_get(&r->form, "day")->num, form_get(&r->form, "kind")->text,
	    name->text ? name->text : ""};
	int rc = db_tx(change_tx, &c);
	if (rc != DB_OK)
		return rc;
	return after_change(r, c.day);
}

/* POST /admin/calendar/toggle - a click on a day of the year view. */
int calendar_admin_toggle(struct req *r)
{
	if (r->form.nerr)
		return 400;
	struct cal_change c = {r, (int)form_get(&r->form, "day")->num, "toggle", ""};
	int rc = db_tx(change_tx, &c);
	return rc != DB_OK ? rc : after_change(r, c.day);
}
