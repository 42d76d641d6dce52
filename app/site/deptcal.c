/* deptcal.c - the department calendar's month grid (see deptcal.h). */
#include "site/deptcal.h"

#include <stdlib.h>
#include <string.h>

#include "auth/roles.h"
#include "db/db.h"
#include "core/clock.h"
#include "engine/calendar.h"
#include "engine/workcal.h"
#include "http/form.h"
#include "http/req.h"
#include "pages/month.h"
#include "site/deptcal_sql.h"
#include "view/page.h"
#include "view/view.h"

#define MAX_DAYS 31
#define ALL_DEPTS (ROLE_GM | ROLE_EXEC | ROLE_OFFICE | ROLE_CLERK | ROLE_ADMIN | ROLE_CHAIRMAN)

/* One row of the grid: a person and what each day of the month holds. */
struct row {
	long long user;
	char mark[MAX_DAYS];   /* 0 nothing, 'L' leave, 'H' half a day's leave, 'O' outing; leave wins */
};

struct grid {
	struct row *rows;
	size_t n;
	struct month mon;
};

static struct row *row_of(struct grid *g, long long user)
{
	for (size_t i = 0; i < g->n; i++)
		if (g->rows[i].user == user)
			return &g->rows[i];
	return NULL;
}

static void mark_days(struct grid *g, long long user, int from, int to, char what)
{
	struct row *p = row_of(g, user);
	for (int d = from < g->mon.first ? g->mon.first : from; p && d <= to && d <= g->mon.last; d++) {
		char *m = &p->mark[d - g->mon.first];
		if (*m != 'L' && (*m != 'H' || what == 'L'))
			*m = what;
	}
}

/* A leave's days: its first and last day count half when the leave starts
 * in the afternoon or ends at noon (slot 2*day is the morning). */
static void mark_leave(struct grid *g, long long user, long long slot_start, long long slot_end)
{
	int first = (int)(slot_start / 2), last = (int)(slot_end / 2);
	int first_half = slot_start % 2 == 1 || (first == last && slot_end % 2 == 0);
	int last_half = slot_end % 2 == 0;
	mark_days(g, user, first, first, first_half ? 'H' : 'L');
	if (last > first) {
		mark_days(g, user, first + 1, last - 1, 'L');
		mark_days(g, user, last, last, last_half ? 'H' : 'L');
	}
}

static int mark_absences(struct grid *g, long long dept)
{
	struct dbres res;
	const struct dc_leaves *l;
	const struct dc_outings *o;
	/* slots: 2*day is the morning, 2*day+1 the afternoon (leave_rules.h) */
	int rc = DB_RUN(ST_DC_LEAVES, &res, DBI(dept), DBI(2LL * g->mon.last + 1), DBI(2LL * g->mon.first));
	for (size_t i = 0; rc == DB_OK && (l = dc_leaves_at(&res, i)); i++)
		mark_leave(g, l->user_id, l->slot_start, l->slot_end);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	long long from = cal_day_start_utc(g->mon.first, 0), to = cal_day_start_utc(g->mon.last + 1, 0);
	rc = DB_RUN(ST_DC_OUTINGS, &res, DBI(dept), DBI(to), DBI(from));
	for (size_t i = 0; rc == DB_OK && (o = dc_outings_at(&res, i)); i++)
		mark_days(g, o->user_id, cal_utc_to_day(o->from_at), cal_utc_to_day(o->to_at - 1), 'O');
	db_free(&res);
	return rc;
}

/* The header: each day's number, weekday, whether it is a day off. */
static int days_hdf(struct req *r, const struct month *mon, int today)
{
	struct workcal wc;
	int rc = workcal_load(&wc);
	for (int d = mon->first; rc == DB_OK && d <= mon->last; d++) {
		int i = d - mon->first, dom;
		cal_ymd(d, NULL, NULL, &dom);
		page_set_int(r, dom, "DC.Days.%d.Num", i);
		page_set_int(r, cal_weekday(d), "DC.Days.%d.Wd", i);
		page_set_int(r, !cal_is_workday(&wc.cal, d), "DC.Days.%d.Off", i);
		page_set_int(r, d == today, "DC.Days.%d.Today", i);
	}
	workcal_free(&wc);
	return rc;
}

static const char *cell_class(char mark)
{
	switch (mark) {
	case 'L': return "leave";
	case 'H': return "leave half";
	case 'O': return "outing";
	default: return "";
	}
}

static int people_hdf(struct req *r, long long dept, struct grid *g)
{
	struct dbres res;
	const struct dc_people *p;
	int rc = DB_RUN(ST_DC_PEOPLE, &res, DBI(dept));
	if (rc == DB_OK && !(g->rows = calloc(res.nrows + 1, sizeof *g->rows)))
		rc = DB_ERR;
	for (size_t i = 0; rc == DB_OK && (p = dc_people_at(&res, i)); i++) {
		g->rows[g->n++].user = p->id;
		page_set(r, p->display_name, "DC.People.%zu.Name", i);
	}
	db_free(&res);
	if (rc == DB_OK)
		rc = mark_absences(g, dept);
	int ndays = g->mon.last - g->mon.first + 1;
	for (size_t i = 0; rc == DB_OK && i < g->n; i++)
		for (int d = 0; d < ndays; d++)
			page_set(r, cell_class(g->rows[i].mark[d]), "DC.People.%zu.Cells.%d", i, d);
	return rc;
}

/* The department chooser (only for those who may see every department);
 * whether dept exists. */
static int depts_hdf(struct req *r, long long dept, int chooser, int *found)
{
	struct dbres res;
	const struct dc_depts *d;
	int rc = DB_RUN0(ST_DC_DEPTS, &res);
	*found = 0;
	for (size_t i = 0; rc == DB_OK && (d = dc_depts_at(&res, i)); i++) {
		const char *name = strcmp(r->lang, "en") || !*d->name_en ? d->name : d->name_en;
		if (d->id == dept) {
			*found = 1;
			page_set(r, name, "DC.DeptName");
		}
		if (chooser) {
			page_set_int(r, d->id, "DC.Depts.%zu.Id", i);
			page_set(r, name, "DC.Depts.%zu.Name", i);
		}
	}
	db_free(&res);
	return rc;
}

int deptcal_page(struct req *r)
{
	struct grid g = {0};
	int found, rc;
	if (r->form.nerr || month_of(r, "month", &g.mon))
		return 400;
	long long dept = form_get(&r->form, "dept")->num;
	int all = (r->user.roles & ALL_DEPTS) != 0;
	if (!dept)
		dept = r->user.dept_id;
	if (dept != r->user.dept_id && !all)
		return 403;   /* a department's absences are its own and its managers' business */
	if ((rc = depts_hdf(r, dept, all, &found)) != DB_OK)
		return rc;
	if (!found)
		return 404;
	struct month prev, next;
	month_of_day(g.mon.first - 1, &prev);
	month_of_day(g.mon.last + 1, &next);
	rc = days_hdf(r, &g.mon, cal_utc_to_day(clock_now()));
	if (rc == DB_OK)
		rc = people_hdf(r, dept, &g);
	free(g.rows);
	if (rc != DB_OK)
		return rc;
	page_set(r, g.mon.text, "DC.Month");
	page_set(r, prev.text, "DC.Prev");
	page_set(r, next.text, "DC.Next");
	page_set_int(r, dept, "DC.Dept");
	page_title(r, "DeptCal.Title");
	return view_page(r, 200, "calendar/dept.cs");
}
