/*
 * reception_week.c - the free/busy page of rooms and cars (RC-05,
 * GET /resources?day=): the day's grid hour by hour, tentative and firm
 * holds told apart, and the week around the day, each hold as its hours.
 */
#include "flows/reception/reception.h"

#include <stdio.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/reception/reception_sql.h"
#include "http/req.h"
#include "view/page.h"
#include "view/view.h"

#define FIRST_HOUR 7
#define LAST_HOUR 22

/* One resource's row of the grid: each hour free, tentative or firm. */
static void grid_row(struct req *r, size_t row, long long res_id, long long day_utc, const struct dbres *slots)
{
	const struct rc_slot *s;
	for (int h = FIRST_HOUR, col = 0; h < LAST_HOUR; h++, col++) {
		long long from = day_utc + h * 3600LL, to = from + 3600;
		const char *state = "free";
		for (size_t i = 0; (s = rc_slot_at(slots, i)); i++) {
			if (s->resource_id != res_id || s->from_at >= to || s->to_at <= from)
				continue;
			state = s->firm ? "firm" : "tentative";
			/* the number where the hold begins; the hours after only coloured */
			if (s->from_at >= from || h == FIRST_HOUR) {
				page_set(r, s->number, "Grid.%zu.Cells.%d.Number", row, col);
				page_set_int(r, s->request_id, "Grid.%zu.Cells.%d.Request", row, col);
			}
			if (s->firm)
				break;
		}
		page_set(r, state, "Grid.%zu.Cells.%d.State", row, col);
	}
}

static int grid(struct req *r, int day)
{
	struct dbres res, slots;
	const struct rc_res *x;
	long long start = cal_day_start_utc(day, 0), end = cal_day_start_utc(day + 1, 0);
	int rc = DB_RUN(ST_RC_SLOTS, &slots, DBI(end), DBI(start));
	if (rc != DB_OK)
		return rc;
	rc = DB_RUN0(ST_RC_RESOURCES, &res);
	size_t row = 0;
	for (size_t i = 0; rc == DB_OK && (x = rc_res_at(&res, i)); i++) {
		if (!x->active)
			continue;
		page_set(r, x->name, "Grid.%zu.Name", row);
		page_set_label(r, "Reception.Kind", x->kind, "Grid.%zu.Kind", row);
		grid_row(r, row++, x->id, start, &slots);
	}
	db_free(&res);
	db_free(&slots);
	for (int h = FIRST_HOUR, col = 0; h < LAST_HOUR; h++, col++)
		page_set_int(r, h, "Hours.%d", col);
	return rc;
}

/* The week around the day, Monday first: each resource's holds by day,
 * "09:00–15:00" with their state; a day without any is free. */
static void week_cell(struct req *r, size_t row, int col, long long res_id, long long from, const struct dbres *slots)
{
	const struct rc_slot *s;
	size_t k = 0;
	for (size_t i = 0; (s = rc_slot_at(slots, i)); i++) {
		if (s->resource_id != res_id || s->from_at >= from + 86400 || s->to_at <= from)
			continue;
		char a[20], b[20];
		clock_fmt_local((time_t)s->from_at, a);
		clock_fmt_local((time_t)s->to_at, b);
		page_set(r, a + 11, "Week.%zu.Days.%d.Holds.%zu.From", row, col, k);
		page_set(r, b + 11, "Week.%zu.Days.%d.Holds.%zu.To", row, col, k);
		page_set(r, s->firm ? "firm" : "tentative", "Week.%zu.Days.%d.Holds.%zu.State", row, col, k);
		page_set(r, s->number, "Week.%zu.Days.%d.Holds.%zu.Number", row, col, k);
		page_set_int(r, s->request_id, "Week.%zu.Days.%d.Holds.%zu.Request", row, col, k++);
	}
	page_set(r, k ? "busy" : "free", "Week.%zu.Days.%d.State", row, col);
}

static void day_text(int day, char out[11])
{
	int y, m, d;
	cal_ymd(day, &y, &m, &d);
	snprintf(out, 11, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
}

static int week(struct req *r, int day)
{
	struct dbres res, slots;
	const struct rc_res *x;
	int monday = day - ((day + 3) % 7);   /* day 0, 1970-01-01, was a Thursday */
	long long start = cal_day_start_utc(monday, 0), end = cal_day_start_utc(monday + 7, 0);
	int rc = DB_RUN(ST_RC_SLOTS, &slots, DBI(end), DBI(start));
	if (rc != DB_OK)
		return rc;
	rc = DB_RUN0(ST_RC_RESOURCES, &res);
	size_t row = 0;
	for (size_t i = 0; rc == DB_OK && (x = rc_res_at(&res, i)); i++) {
		if (!x->active)
			continue;
		page_set(r, x->name, "Week.%zu.Name", row);
		for (int d = 0; d < 7; d++)
			week_cell(r, row, d, x->id, cal_day_start_utc(monday + d, 0), &slots);
		row++;
	}
	db_free(&res);
	db_free(&slots);
	for (int d = 0; d < 7; d++) {
		char t[11];
		day_text(monday + d, t);
		page_set(r, t, "WeekDays.%d.Day", d);
		page_set_label(r, "Reception.Weekday", (const char *[]){"1", "2", "3", "4", "5", "6", "7"}[d],
		    "WeekDays.%d.Name", d);
	}
	return rc;
}


/* GET /resources?day=YYYY-MM-DD (today in Shanghai by default). */
int rc_week_page(struct req *r)
{
	if (r->form.nerr)
		return 400;
	const struct fval *d = form_get(&r->form, "day");
	int day = d->present ? (int)d->num : (int)((clock_now() + SHANGHAI_OFFSET) / 86400);
	char t[11];
	int rc = grid(r, day);
	if (rc == DB_OK)
		rc = week(r, day);
	if (rc != DB_OK)
		return rc;
	day_text(day, t);
	page_set(r, t, "Day");
	day_text(day - 1, t);
	page_set(r, t, "PrevDay");
	day_text(day + 1, t);
	page_set(r, t, "NextDay");
	page_title(r, "Reception.WeekTitle");
	return view_page(r, 200, "flows/reception/slots.cs");
}
