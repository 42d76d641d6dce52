/* calendar_admin.c - admins keep the work calendar (LV-01): public
 * holidays and make-up working days (调休), each change audited. */
#include "attendance/pages.h"

#include <stdio.h>
#include <string.h>

#include "attendance/attendance_sql.h"
#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/leave/leave_assess.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

static int show(struct req *r, int year, int status)
{
	struct dbres res;
	const struct cal_year *row;
	char d[12];
	int rc = DB_RUN(ST_CAL_YEAR, &res, DBI(cal_days(year, 1, 1)), DBI(cal_days(year, 12, 31)));
	for (size_t i = 0; rc == DB_OK && (row = cal_year_at(&res, i)); i++) {
		int day = (int)row->day;
		lv_day_text(day, d, sizeof d);
		page_set(r, d, "Days.%zu.Day", i);
		page_set_int(r, cal_weekday(day), "Days.%zu.Weekday", i);
		page_set(r, row->kind, "Days.%zu.Kind", i);
		page_set(r, row->name, "Days.%zu.Name", i);
	}
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
	return show(r, year ? (int)year : y, 200);
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
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	rc = !strcmp(c->kind, "remove") ? DB_RUN(ST_CAL_DEL, NULL, DBI(c->day))
	                                : DB_RUN(ST_CAL_PUT, NULL, DBI(c->day), DBS(c->kind), DBS(c->name));
	lv_day_text(c->day, d, sizeof d);
	snprintf(detail, sizeof detail, "%s before: %s; after: %s %s", d, before, c->kind, c->name);
	return rc == DB_OK ? audit_by(&c->r->actor, "calendar_set", "", 0, detail) : rc;
}

int calendar_admin_submit(struct req *r)
{
	int y;
	if (r->form.nerr) {
		page_form_values(r);
		cal_ymd(cal_utc_to_day(clock_now()), &y, NULL, NULL);
		return show(r, y, 400);
	}
	const struct fval *name = form_get(&r->form, "name");
	struct cal_change c = {r, (int)form_get(&r->form, "day")->num, form_get(&r->form, "kind")->text,
	    name->text ? name->text : ""};
	int rc = db_tx(change_tx, &c);
	if (rc != DB_OK)
		return rc;
	char to[48];
	cal_ymd(c.day, &y, NULL, NULL);
	snprintf(to, sizeof to, "/admin/calendar?year=%d", y);
	resp_redirect(r, to);
	return 0;
}
