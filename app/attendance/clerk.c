/* clerk.c - the attendance clerk's records: one department's day (with
 * what each person's day counts for, and why), one person's day, and a
 * time clock's CSV - every change audited with what the record was before
 * and what it is after. */
#include "attendance/pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance/attdata.h"
#include "attendance/attendance_sql.h"
#include "attendance/clockcsv.h"
#include "attendance/dayview.h"
#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/calendar.h"
#include "engine/engine_sql.h"
#include "flows/leave/leave_assess.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

static const char *const statuses[] = {"on_time", "late", "absent", NULL};

/* A record as stored. */
struct stored {
	char status[9];
	int late_min, shuttle, absent_halfdays;
	char clock_in[6];
};

static void rec_text(const struct stored *a, char *out, size_t outlen)
{
	if (!a->status[0])
		snprintf(out, outlen, "none");
	else
		snprintf(out, outlen, "%s late=%d shuttle=%d absent=%d clock=%s", a->status, a->late_min, a->shuttle,
		    a->absent_halfdays, a->clock_in);
}

/* Writes one person's day and its audit row (inside a transaction). */
static int put_record(struct req *r, long long user, int day, const struct stored *a, long long now)
{
	struct dbres res;
	struct stored old;
	char before[128], after[128], detail[300], d[12];
	memset(&old, 0, sizeof old);
	int rc = DB_RUN(ST_ATD_GET_LOCK, &res, DBI(user), DBI(day));
	const struct atd_get_lock *row = atd_get_lock_at(&res, 0);
	if (rc == DB_OK && row) {
		snprintf(old.status, sizeof old.status, "%s", row->status);
		old.late_min = (int)row->late_min;
		old.shuttle = (int)row->shuttle;
		old.absent_halfdays = (int)row->absent_halfdays;
		snprintf(old.clock_in, sizeof old.clock_in, "%s", row->clock_in);
	}
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_ATD_PUT, NULL, DBI(user), DBI(day), DBS(a->status), DBI(a->late_min), DBI(a->shuttle),
		    DBI(a->absent_halfdays), DBS(a->clock_in), DBI(r->user.id), DBI(now));
	if (rc != DB_OK)
		return rc;
	rec_text(&old, before, sizeof before);
	rec_text(a, after, sizeof after);
	lv_day_text(day, d, sizeof d);
	snprintf(detail, sizeof detail, "%s before: %s; after: %s", d, before, after);
	return audit_by(&r->actor, "attendance_set", "user", user, detail);
}

/* Each person of the department with their day as it counts. */
static int day_rows(struct req *r, long long dept, int day)
{
	struct attdata d;
	struct pay_policy p;
	char prefix[32];
	attdata_policy(&p);
	dayview_policy_hdf(r, &p);
	int rc = attdata_load(&d, dept, day, day);
	for (size_t i = 0; rc == DB_OK && i < d.npeople; i++) {
		struct att_dayview v;
		const struct att_person *who = &d.people[i];
		page_set_int(r, who->id, "People.%zu.Id", i);
		page_set(r, who->login, "People.%zu.Login", i);
		page_set(r, who->name, "People.%zu.Name", i);
		attdata_day(&d, who->id, day, &p, &v);
		snprintf(prefix, sizeof prefix, "People.%zu", i);
		dayview_hdf(r, &v, prefix);
	}
	attdata_free(&d);
	return rc;
}

int attendance_show_day(struct req *r, long long dept, int day, int status)
{
	char d[12];
	int rc = list_depts(r, "Depts");
	if (rc)
		return rc;
	if (!dept)
		dept = atoll(hdf_get_value(r->hdf, "Depts.0.Id", "0"));
	rc = day_rows(r, dept, day);
	if (rc != DB_OK)
		return rc;
	lv_day_text(day, d, sizeof d);
	page_set(r, d, "Day");
	page_set_int(r, dept, "Dept");
	page_title(r, "Attendance.Title");
	return view_page(r, status, "attendance/day.cs");
}

int attendance_day_page(struct req *r)
{
	if (r->form.nerr)
		return 400;
	const struct fval *d = form_get(&r->form, "day");
	int day = d && d->present ? (int)d->num : cal_utc_to_day(clock_now());
	const struct fval *saved = form_get(&r->form, "saved");
	if (saved && saved->num)
		page_notice(r, "Attendance.Saved");
	return attendance_show_day(r, form_get(&r->form, "dept")->num, day, 200);
}

struct one {
	struct req *r;
	long long user, dept;
	int day;
	struct stored a;
};

static int one_tx(void *arg)
{
	struct one *o = arg;
	struct dbres res;
	int rc = DB_RUN(ST_WHO_USER, &res, DBI(o->user));
	const struct who_user *u = who_user_at(&res, 0);
	int found = rc == DB_OK && u;
	o->dept = found ? u->dept_id : 0;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	return found ? put_record(o->r, o->user, o->day, &o->a, clock_now()) : 404;
}

/* The department of user, 0 when unknown (the page then shows the first). */
static long long dept_of_user(long long user)
{
	struct dbres res;
	int rc = DB_RUN(ST_WHO_USER, &res, DBI(user));
	const struct who_user *u = rc == DB_OK ? who_user_at(&res, 0) : NULL;
	long long dept = u ? u->dept_id : 0;
	db_free(&res);
	return dept;
}

int attendance_again(struct req *r, const char *form_name)
{
	const struct fval *day = form_get(&r->form, "day"), *user = form_get(&r->form, "user");
	long long dept = form_get(&r->form, "dept")->num;
	page_form_values(r);
	page_set(r, form_name, "Failed.Form");
	page_set_int(r, user->num, "Failed.User");
	if (!dept && user->num)
		dept = dept_of_user(user->num);
	int d = day->err == V_OK && day->present ? (int)day->num : cal_utc_to_day(clock_now());
	return attendance_show_day(r, dept, d, 400);
}

static int record_again(struct req *r, const char *field, const char *key)
{
	if (field)
		page_form_error(r, field, key);
	return attendance_again(r, "record");
}

int attendance_record_submit(struct req *r)
{
	struct one o;
	memset(&o, 0, sizeof o);
	if (r->form.nerr)
		return record_again(r, NULL, NULL);
	o.r = r;
	o.user = form_get(&r->form, "user")->num;
	o.day = (int)form_get(&r->form, "day")->num;
	long long st = form_get(&r->form, "status")->num;
	snprintf(o.a.status, sizeof o.a.status, "%s", statuses[st]);
	if (st == 1) {
		o.a.late_min = (int)form_get(&r->form, "late_min")->num;
		o.a.shuttle = (int)form_get(&r->form, "shuttle")->num;
		if (o.a.late_min < 1)
			return record_again(r, "late_min", "Attendance.Err.LateMinutes");
	} else if (st == 2) {
		o.a.absent_halfdays = form_get(&r->form, "absent_part")->num == 1 ? 1 : 2;
	}
	int rc = db_tx(one_tx, &o);
	if (rc != DB_OK)
		return rc;
	char to[96], d[12];
	lv_day_text(o.day, d, sizeof d);
	snprintf(to, sizeof to, "/attendance?dept=%lld&day=%s&saved=1", o.dept, d);
	resp_redirect(r, to);
	return 0;
}

struct import {
	struct req *r;
	struct clock_row *rows;
	long n;
	int bad_line;
	const char *bad_key;
};

static int import_tx(void *arg)
{
	struct import *im = arg;
	long long now = clock_now();
	int start = (int)setting("work_start_min");
	for (long i = 0; i < im->n; i++) {
		const struct clock_row *row = &im->rows[i];
		struct dbres res;
		int rc = DB_RUN(ST_ATD_LOGIN, &res, DBS(row->login));
		const struct atd_login *who = atd_login_at(&res, 0);
		long long user = rc == DB_OK && who && who->active ? who->id : 0;
		db_free(&res);
		if (rc != DB_OK)
			return rc;
		if (!user) {
			im->bad_line = row->line;
			im->bad_key = "Attendance.Import.Err.Unknown";
			return 400;
		}
		struct stored a;
		memset(&a, 0, sizeof a);
		int late = clockcsv_late(row->minute, start);
		snprintf(a.status, sizeof a.status, "%s", late < 0 ? "absent" : late ? "late" : "on_time");
		a.late_min = late > 0 ? late : 0;
		a.absent_halfdays = late < 0 ? 2 : 0;
		if (row->minute >= 0)
			snprintf(a.clock_in, sizeof a.clock_in, "%02d:%02d", row->minute / 60 % 24, row->minute % 60);
		if ((rc = put_record(im->r, user, row->day, &a, now)) != DB_OK)
			return rc;
	}
	char detail[64];
	snprintf(detail, sizeof detail, "%ld rows", im->n);
	return audit_by(&im->r->actor, "attendance_import", "", 0, detail);
}

/* One bad row stops the import: nothing is written, and the page names
 * the line. */
int attendance_import_submit(struct req *r)
{
	struct import im = {.r = r};
	const struct fval *f = form_get(&r->form, "file");
	if (r->form.nerr || !f->file) {
		page_notice(r, "Attendance.Import.NoFile");
		return attendance_show_day(r, 0, cal_utc_to_day(clock_now()), 400);
	}
	im.n = clockcsv_parse(f->file->value, f->file->len, &im.rows, &im.bad_line, &im.bad_key);
	if (im.n == -2)
		return 500;
	int rc = im.n < 0 ? 400 : db_tx(import_tx, &im);
	free(im.rows);
	if (rc == 400) {
		page_set_int(r, im.bad_line, "Import.Line");
		view_set_text(r, "Import.Error", im.bad_key);
		return attendance_show_day(r, 0, cal_utc_to_day(clock_now()), 400);
	}
	if (rc != DB_OK)
		return rc;
	page_set_int(r, im.n, "Import.Count");
	return attendance_show_day(r, 0, cal_utc_to_day(clock_now()), 200);
}
