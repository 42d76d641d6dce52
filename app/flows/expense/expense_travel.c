/* expense_travel.c - EX-07 出差报平安: while an approved trip is under
 * way, the traveller checks in (a short note, a place) once or twice a
 * day as the setting says; a day with fewer is missed.  Missed days are
 * worked out when read - from the trip's dates and the check-ins - so
 * nothing has to be marked for the head to see them on the request and
 * on the list of people travelling now. */
#include "flows/expense/expense.h"
#include "flows/expense/expense_travel.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "auth/roles.h"
#include "core/clock.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/calendar.h"
#include "flows/expense/expense_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

static void day_text(int day, char *out, size_t outlen)
{
	int y, m, d;
	cal_ymd(day, &y, &m, &d);
	snprintf(out, outlen, "%04d-%02d-%02d", y, m, d);
}

int ex_missed(long long request_id, int depart, int ret, int today, char *out, size_t outlen, int *n)
{
	struct dbres res;
	const struct ex_day_count *dc;
	long long need = setting("travel_checkins_per_day");
	int last = ret < today - 1 ? ret : today - 1;
	size_t at = 0, k = 0;
	*n = 0;
	out[0] = '\0';
	int rc = DB_RUN(ST_EX_CHECKIN_DAYS, &res, DBI(request_id));
	for (int day = depart; rc == DB_OK && day <= last; day++) {
		long long have = 0;
		for (k = 0; (dc = ex_day_count_at(&res, k)); k++)
			if (dc->day == day)
				have = dc->n;
		if (have >= need)
			continue;
		char t[16];
		day_text(day, t, sizeof t);
		if (at + strlen(t) + 4 < outlen)
			at += (size_t)snprintf(out + at, outlen - at, "%s%s", *n ? "、" : "", t);
		(*n)++;
	}
	db_free(&res);
	return rc;
}

static int today(void) { return cal_utc_to_day(clock_now()); }

/* The user's trip under way today, or none. */
static int trip_now(long long user, struct ex_trip *out, int *found)
{
	struct dbres res;
	int d = today();
	int rc = DB_RUN(ST_EX_TRIP_NOW, &res, DBI(d), DBI(d), DBI(user));
	const struct ex_trip *t = ex_trip_at(&res, 0);
	*found = rc == DB_OK && t;
	if (*found) {
		*out = *t;
		out->number = out->name = out->dept = out->destination = "";
	}
	db_free(&res);
	return rc;
}

static int checkins_hdf(struct req *r, long long id)
{
	struct dbres res;
	const struct ex_checkin *c;
	int rc = DB_RUN(ST_EX_CHECKINS, &res, DBI(id));
	for (size_t i = 0; rc == DB_OK && (c = ex_checkin_at(&res, i)); i++) {
		page_set_time(r, c->at, "Checkins.%zu.At", i);
		page_set(r, c->note, "Checkins.%zu.Note", i);
		page_set(r, c->place, "Checkins.%zu.Place", i);
	}
	db_free(&res);
	return rc;
}

static int checkin_show(struct req *r, int status)
{
	struct dbres res;
	int d = today();
	char t[16];
	int rc = DB_RUN(ST_EX_TRIP_NOW, &res, DBI(d), DBI(d), DBI(r->user.id));
	const struct ex_trip *trip = ex_trip_at(&res, 0);
	long long id = trip ? trip->id : 0;
	if (rc == DB_OK && trip) {
		page_set_int(r, trip->id, "Trip.Id");
		page_set(r, trip->number, "Trip.Number");
		page_set(r, trip->destination, "Trip.Destination");
		day_text((int)trip->depart_day, t, sizeof t);
		page_set(r, t, "Trip.Depart");
		day_text((int)trip->return_day, t, sizeof t);
		page_set(r, t, "Trip.Return");
	}
	db_free(&res);
	if (rc == DB_OK && id)
		rc = checkins_hdf(r, id);
	if (rc != DB_OK)
		return rc;
	page_set_int(r, setting("travel_checkins_per_day"), "PerDay");
	page_title(r, "Expense.CheckinTitle");
	return view_page(r, status, "flows/expense/checkin.cs");
}

int expense_checkin_page(struct req *r)
{
	if (form_get(&r->form, "done") && form_get(&r->form, "done")->num)
		page_notice(r, "Expense.CheckedIn");
	return checkin_show(r, 200);
}

struct checkin {
	struct req *r;
	long long id;
	const char *note, *place;
	int full;
};

/* Under the trip's row lock: two clicks never make one day's check-ins
 * more than the setting allows. */
static int checkin_tx(void *arg)
{
	struct checkin *c = arg;
	struct dbres res;
	int d = today(), n = 0;
	int rc = DB_RUN(ST_EX_LOCK_ROW, &res, DBI(c->id));
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_EX_CHECKIN_DAYS, &res, DBI(c->id));
	const struct ex_day_count *dc;
	for (size_t i = 0; rc == DB_OK && (dc = ex_day_count_at(&res, i)); i++)
		if (dc->day == d)
			n = (int)dc->n;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (n >= setting("travel_checkins_per_day")) {
		c->full = 1;
		return DB_OK;
	}
	rc = DB_RUN(ST_EX_CHECKIN_ADD, NULL, DBI(c->id), DBI(c->r->user.id), DBI(d), DBI(clock_now()), DBS(c->note),
	    DBS(c->place));
	return rc == DB_OK ? audit_by(&c->r->actor, "travel_checkin", "request", c->id, c->note) : rc;
}

int expense_checkin_submit(struct req *r)
{
	struct ex_trip trip;
	int found;
	page_form_values(r);
	int rc = trip_now(r->user.id, &trip, &found);
	if (rc != DB_OK)
		return rc;
	if (!found)
		return 409;   /* no approved trip under way today */
	if (r->form.nerr)
		return checkin_show(r, 400);
	struct checkin c = {r, trip.id, form_get(&r->form, "note")->text, "", 0};
	const char *place = form_get(&r->form, "place")->text;
	c.place = place ? place : "";
	if ((rc = db_tx(checkin_tx, &c)) != DB_OK)
		return rc;
	if (c.full) {
		page_form_error(r, "note", "Expense.Err.CheckinFull");
		return checkin_show(r, 400);
	}
	resp_redirect(r, "/expense/checkin?done=1");
	return 0;
}

/* Heads see their department's travellers, the GM and finance everyone. */
int expense_travelling_page(struct req *r)
{
	struct dbres res;
	const struct ex_trip *t;
	int d = today();
	long long dept = r->user.roles & (ROLE_GM | ROLE_FINANCE | ROLE_DIRECTOR) ? 0 : r->user.dept_id;
	char days[400], when[16];
	int rc = DB_RUN(ST_EX_TRAVELLING, &res, DBI(d), DBI(d), DBI(dept), DBI(dept));
	for (size_t i = 0; rc == DB_OK && (t = ex_trip_at(&res, i)); i++) {
		int n = 0;
		page_set_int(r, t->id, "Trips.%zu.Id", i);
		page_set(r, t->number, "Trips.%zu.Number", i);
		page_set(r, t->name, "Trips.%zu.Name", i);
		page_set(r, t->dept, "Trips.%zu.Dept", i);
		page_set(r, t->destination, "Trips.%zu.Destination", i);
		day_text((int)t->depart_day, when, sizeof when);
		page_set(r, when, "Trips.%zu.Depart", i);
		day_text((int)t->return_day, when, sizeof when);
		page_set(r, when, "Trips.%zu.Return", i);
		rc = ex_missed(t->id, (int)t->depart_day, (int)t->return_day, d, days, sizeof days, &n);
		page_set_int(r, n, "Trips.%zu.Missed", i);
		page_set(r, days, "Trips.%zu.MissedDays", i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Expense.TravellingTitle");
	return view_page(r, 200, "flows/expense/travelling.cs");
}
