/* calendar_import.c - an admin imports a year of the work calendar (LV-01)
 * from a CSV or iCalendar file once it is published: every day or none,
 * in one transaction with its audit row. */
#include "attendance/pages.h"

#include <stdio.h>
#include <stdlib.h>

#include "attendance/attendance_sql.h"
#include "attendance/holidayfile.h"
#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/leave/leave_assess.h"
#include "http/form.h"
#include "http/req.h"
#include "http/valid.h"
#include "view/page.h"
#include "view/view.h"

struct import {
	struct req *r;
	struct holiday_row *rows;
	long n;
};

static int import_tx(void *arg)
{
	struct import *im = arg;
	char detail[96], first[12], last[12];
	for (long i = 0; i < im->n; i++) {
		const struct holiday_row *h = &im->rows[i];
		int rc = DB_RUN(ST_CAL_PUT, NULL, DBI(h->day), DBS(h->workday ? "workday" : "holiday"), DBS(h->name));
		if (rc != DB_OK)
			return rc;
	}
	lv_day_text(im->rows[0].day, first, sizeof first);
	lv_day_text(im->rows[im->n - 1].day, last, sizeof last);
	snprintf(detail, sizeof detail, "%ld days, %s .. %s", im->n, first, last);
	return audit_by(&im->r->actor, "calendar_import", "", 0, detail);
}

static int this_year(void)
{
	int y;
	cal_ymd(cal_utc_to_day(clock_now()), &y, NULL, NULL);
	return y;
}

/* POST /admin/calendar/import - the file's days replace those days'
 * entries; other days stay as they are.  A bad file changes nothing and
 * the page says which line and why, beside the file field. */
int calendar_admin_import(struct req *r)
{
	const struct fval *f = form_get(&r->form, "file");
	struct import im = {r, NULL, 0};
	int bad_line = 0, y;
	/* no file, or one the field table refused (too large): its own words */
	const char *bad_key = f->present && f->err != V_OK ? verr_key(f->err) : "Calendar.Import.Err.NoFile";
	if (!r->form.nerr && f->file)
		im.n = holidayfile_parse(f->file->value, f->file->len, &im.rows, &bad_line, &bad_key);
	else
		im.n = -1;
	if (im.n == -2)
		return 500;
	if (im.n < 0) {
		page_set_int(r, bad_line, "Import.Line");
		view_set_text(r, "Form.file.Error", bad_key);
		return calendar_admin_show(r, this_year(), 400);
	}
	int rc = db_tx(import_tx, &im);
	cal_ymd(im.rows[0].day, &y, NULL, NULL);
	free(im.rows);
	if (rc != DB_OK)
		return rc;
	page_set_int(r, im.n, "Import.Count");
	return calendar_admin_show(r, y, 200);
}
