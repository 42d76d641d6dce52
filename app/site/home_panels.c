/* home_panels.c - the admins' calendar warning and the heads' panels on
 * the home page (see home_panels.h). */
#include "site/home_panels.h"

#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "engine/engine_sql.h"
#include "engine/lists.h"
#include "http/req.h"
#include "pages/lists.h"
#include "site/deptcal_sql.h"
#include "view/names.h"
#include "view/page.h"

#define WEEK_ITEMS 10

/* In December, next year must be on record before its first holiday:
 * leave lengths and approval clocks would otherwise count plain weeks. */
static int calendar_warning(struct req *r, int today)
{
	int y, m;
	cal_ymd(today, &y, &m, NULL);
	if (m != 12)
		return DB_OK;
	struct dbres res;
	int rc = DB_RUN(ST_DC_CAL_COUNT, &res, DBI(cal_days(y + 1, 1, 1)), DBI(cal_days(y + 1, 12, 31)));
	const struct dc_cal_count *c = dc_cal_count_at(&res, 0);
	if (rc == DB_OK && c && c->n == 0) {
		page_set_int(r, 1, "Home.CalWarn");
		page_set_int(r, y + 1, "Home.CalWarnYear");
	}
	db_free(&res);
	return rc;
}

/* Waiting for me and filed since Monday (Shanghai). */
static int week_waiting(struct req *r, int today)
{
	struct dbres res;
	const struct list_row *row;
	int monday = today - cal_weekday(today);
	struct list_filter f = {"", "", "", cal_day_start_utc(monday, 0), cal_day_start_utc(monday + 7, 0)};
	int rc = list_rows(LIST_INBOX, r->user.id, &f, WEEK_ITEMS, 0, &res);
	if (rc == DB_OK)
		rc = names_ready();
	for (size_t i = 0; rc == DB_OK && (row = list_row_at(&res, i)); i++) {
		page_set_int(r, row->id, "Home.Week.%zu.Id", i);
		page_set(r, row->number, "Home.Week.%zu.Number", i);
		char title[LIST_TITLE_MAX];
		list_row_title(r->lang, row, title, sizeof title);
		page_set(r, title, "Home.Week.%zu.Title", i);
		page_set(r, names_user(row->requester_id), "Home.Week.%zu.Requester", i);
		page_set_label(r, "Type", row->type, "Home.Week.%zu.Type", i);
	}
	page_set_int(r, rc == DB_OK ? (long long)res.nrows : 0, "Home.WeekCount");
	db_free(&res);
	return rc;
}

#define AWAY_MAX 200

struct away {
	const char *names[AWAY_MAX];   /* point into the people's result */
	int n;
};

static void away(struct req *r, struct away *a, const char *name, const char *what)
{
	for (int i = 0; i < a->n; i++)
		if (a->names[i] == name)
			return;   /* on leave and out the same day: once is enough */
	if (a->n == AWAY_MAX)
		return;
	page_set(r, name, "Home.Away.%d.Name", a->n);
	page_set(r, what, "Home.Away.%d.What", a->n);
	a->names[a->n++] = name;
}

static const char *name_of(const struct dbres *people, long long id)
{
	const struct dc_people *p;
	for (size_t i = 0; (p = dc_people_at(people, i)); i++)
		if (p->id == id)
			return p->display_name;
	return NULL;
}

/* Who of the head's department has approved leave or an outing today. */
static int away_today(struct req *r, int today)
{
	struct dbres people = {0}, res = {0};
	const struct dc_leaves *l;
	const struct dc_outings *o;
	const char *who;
	struct away k = {{0}, 0};
	long long dept = r->user.dept_id;
	int rc = DB_RUN(ST_DC_PEOPLE, &people, DBI(dept));
	if (rc == DB_OK)
		rc = DB_RUN(ST_DC_LEAVES, &res, DBI(dept), DBI(2LL * today + 1), DBI(2LL * today));
	for (size_t i = 0; rc == DB_OK && (l = dc_leaves_at(&res, i)); i++)
		if ((who = name_of(&people, l->user_id)))
			away(r, &k, who, "leave");
	if (rc == DB_OK) {
		db_free(&res);
		rc = DB_RUN(ST_DC_OUTINGS, &res, DBI(dept), DBI(cal_day_start_utc(today + 1, 0)),
		    DBI(cal_day_start_utc(today, 0)));
	}
	for (size_t i = 0; rc == DB_OK && (o = dc_outings_at(&res, i)); i++)
		if ((who = name_of(&people, o->user_id)))
			away(r, &k, who, "outing");
	db_free(&res);
	db_free(&people);
	page_set_int(r, 1, "Home.Head");
	return rc;
}

int home_panels(struct req *r)
{
	int today = cal_utc_to_day(clock_now());
	int rc = DB_OK;
	if (r->user.roles & ROLE_ADMIN)
		rc = calendar_warning(r, today);
	if (rc == DB_OK && (r->user.roles & ROLE_HEAD))
		rc = week_waiting(r, today);
	if (rc == DB_OK && (r->user.roles & ROLE_HEAD))
		rc = away_today(r, today);
	return rc;
}
