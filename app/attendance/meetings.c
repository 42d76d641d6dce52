/* meetings.c - lateness for meetings, each its own entry (LV-07: several
 * lates on one day count separately): the clerk adds one or removes one,
 * confirmed; both audited with what the entry says. */
#include "attendance/pages.h"

#include <stdio.h>
#include <string.h>

#include "attendance/attendance_sql.h"
#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/engine_sql.h"
#include "flows/leave/leave_assess.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"

struct entry {
	struct req *r;
	long long id, user, dept;
	int day, late_min, confirmed;
	char name[257];    /* 64 characters of up to four bytes, whole */
};

static int audit_entry(const struct entry *e, const char *action)
{
	char d[12], detail[400];
	lv_day_text(e->day, d, sizeof d);
	snprintf(detail, sizeof detail, "%s late=%d meeting=%s", d, e->late_min, e->name);
	return audit_by(&e->r->actor, action, "user", e->user, detail);
}

/* The person's department, for the page to return to; 404 when unknown. */
static int dept_of(struct entry *e)
{
	struct dbres res;
	int rc = DB_RUN(ST_WHO_USER, &res, DBI(e->user));
	const struct who_user *u = who_user_at(&res, 0);
	int found = rc == DB_OK && u;
	e->dept = found ? u->dept_id : 0;
	db_free(&res);
	return rc != DB_OK ? rc : found ? DB_OK : 404;
}

static int add_tx(void *arg)
{
	struct entry *e = arg;
	int rc = dept_of(e);
	if (rc == DB_OK)
		rc = DB_RUN(ST_ATD_MEET_ADD, NULL, DBI(e->user), DBI(e->day), DBI(e->late_min), DBS(e->name),
		    DBI(e->r->user.id), DBI(clock_now()));
	return rc == DB_OK ? audit_entry(e, "attendance_meeting") : rc;
}

static int back_to_day(struct req *r, const struct entry *e)
{
	char to[96], d[12];
	lv_day_text(e->day, d, sizeof d);
	snprintf(to, sizeof to, "/attendance?dept=%lld&day=%s&saved=1", e->dept, d);
	resp_redirect(r, to);
	return 0;
}

int attendance_meeting_add(struct req *r)
{
	if (r->form.nerr)
		return attendance_again(r, "meeting");
	struct entry e = {.r = r, .user = form_get(&r->form, "user")->num, .day = (int)form_get(&r->form, "day")->num,
	    .late_min = (int)form_get(&r->form, "late_min")->num};
	const struct fval *name = form_get(&r->form, "meeting");
	snprintf(e.name, sizeof e.name, "%s", name->text ? name->text : "");
	int rc = db_tx(add_tx, &e);
	return rc != DB_OK ? rc : back_to_day(r, &e);
}

/* Reads the entry (locked); removes it only when confirmed: unconfirmed,
 * 400 with the entry's day known, so its page can ask again. */
static int del_tx(void *arg)
{
	struct entry *e = arg;
	struct dbres res;
	int rc = DB_RUN(ST_ATD_MEET_GET, &res, DBI(e->id));
	const struct atd_meet_get *m = atd_meet_get_at(&res, 0);
	if (rc == DB_OK && m) {
		e->user = m->user_id;
		e->day = (int)m->day;
		e->late_min = (int)m->late_min;
		snprintf(e->name, sizeof e->name, "%s", m->meeting);
	}
	int found = rc == DB_OK && m;
	db_free(&res);
	if (rc != DB_OK || !found)
		return rc != DB_OK ? rc : 404;
	if ((rc = dept_of(e)) != DB_OK || !e->confirmed)
		return rc != DB_OK ? rc : 400;
	rc = DB_RUN(ST_ATD_MEET_DEL, NULL, DBI(e->id));
	return rc == DB_OK ? audit_entry(e, "attendance_meeting_del") : rc;
}

int attendance_meeting_delete(struct req *r)
{
	const struct fval *id = form_get(&r->form, "id"), *confirm = form_get(&r->form, "confirm");
	if (id->err != V_OK)
		return 400;
	struct entry e = {.r = r, .id = id->num, .confirmed = confirm->err == V_OK && confirm->num};
	int rc = db_tx(del_tx, &e);
	if (rc == 400) {
		page_form_error(r, "confirm", "Attendance.Err.Confirm");
		page_set(r, "delete", "Failed.Form");
		page_set_int(r, e.id, "Failed.Meeting");
		return attendance_show_day(r, e.dept, e.day, 400);
	}
	return rc != DB_OK ? rc : back_to_day(r, &e);
}
