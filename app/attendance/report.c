/* report.c - the monthly attendance report per department (LV-06..LV-10):
 * the clerk's records and the approved leaves of the month, priced by
 * payroll.c; as a page, a printable page and CSV. */
#include "attendance/pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance/attendance_sql.h"
#include "attendance/payroll.h"
#include "core/money.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/calendar.h"
#include "engine/workcal.h"
#include "flows/leave/leave_assess.h"
#include "http/req.h"
#include "pages/month.h"
#include "view/csv.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

#define MAX_PEOPLE 500
#define MAX_DAYS 62

struct person {
	long long id, salary;
	char login[257], name[257];   /* 64 characters of up to four bytes, whole */
	struct att_day days[MAX_DAYS];
	size_t ndays;
	int absence_before;           /* half days earlier in the period */
	int sick, personal, other;    /* leave half days in the month */
	long long other_deduct;
	struct pay_out out;
	int bad;                      /* an inconsistent record: shown, not priced */
};

struct report {
	struct person *p;
	size_t n;
	int workdays;
	struct month m;
	long long dept;
	char dept_name[257];
};

static struct pay_policy policy(void)
{
	struct pay_policy p = {
		.sick_bp = setting("sick_deduct_bp"), .personal_bp = setting("personal_deduct_bp"),
		.late_fine = setting("late_fine_fen"), .late_absence_min = (int)setting("late_absence_min"),
		.late_flag_count = (int)setting("late_flag_count"), .absence_fine = setting("absence_fine_fen"),
		.absence_flag_days = (int)setting("absence_flag_days"),
	};
	return p;
}

static struct person *find(struct report *rep, long long id)
{
	for (size_t i = 0; i < rep->n; i++)
		if (rep->p[i].id == id)
			return &rep->p[i];
	return NULL;
}

static int people(struct report *rep)
{
	struct dbres res;
	const struct atd_dept_users *u;
	int rc = DB_RUN(ST_ATD_DEPT_USERS, &res, DBI(rep->dept));
	size_t n = rc == DB_OK ? res.nrows : 0;
	rep->p = calloc(n ? n : 1, sizeof *rep->p);
	if (!rep->p)
		rc = DB_ERR;
	for (size_t i = 0; rc == DB_OK && i < MAX_PEOPLE && (u = atd_dept_users_at(&res, i)); i++, rep->n++) {
		struct person *p = &rep->p[i];
		p->id = u->id;
		snprintf(p->login, sizeof p->login, "%s", u->login);
		snprintf(p->name, sizeof p->name, "%s", u->display_name);
		p->salary = u->salary_fen;
	}
	db_free(&res);
	return rc;
}

static enum att_status status_of(const char *s)
{
	return !strcmp(s, "late") ? ATT_LATE : !strcmp(s, "absent") ? ATT_ABSENT : ATT_ON_TIME;
}

/* The month's records, and the absences of the period before it (LV-10:
 * the calendar year). */
static int records(struct report *rep, const struct pay_policy *pol)
{
	struct dbres res;
	const struct atd_range *a;
	int jan1 = cal_days(rep->m.y, 1, 1);
	int rc = DB_RUN(ST_ATD_RANGE, &res, DBI(rep->dept), DBI(jan1), DBI(rep->m.last));
	for (size_t i = 0; rc == DB_OK && (a = atd_range_at(&res, i)); i++) {
		struct person *p = find(rep, a->user_id);
		if (!p)
			continue;
		struct att_day d = {status_of(a->status), (int)a->late_min, (int)a->meeting, (int)a->shuttle,
		    (int)a->absent_halfdays};
		if (a->day >= rep->m.first) {
			if (p->ndays < MAX_DAYS)
				p->days[p->ndays++] = d;
			continue;
		}
		struct att_effect e;
		if (att_effect_of(&d, pol, &e) == 0)
			p->absence_before += e.absent_halfdays;
	}
	db_free(&res);
	return rc;
}

/* Approved leaves, cut to the month and counted on the work calendar. */
static int leaves(struct report *rep, const struct calendar *cal, const struct pay_policy *pol)
{
	struct dbres res;
	const struct atd_leaves *l;
	long long lo = 2LL * rep->m.first, hi = 2LL * rep->m.last + 1;
	int rc = DB_RUN(ST_ATD_LEAVES, &res, DBI(rep->dept), DBI(hi), DBI(lo));
	for (size_t i = 0; rc == DB_OK && (l = atd_leaves_at(&res, i)); i++) {
		struct person *p = find(rep, l->user_id);
		if (!p)
			continue;
		struct lv_span s = {l->slot_start, l->slot_end};
		if (s.start < lo)
			s.start = lo;
		if (s.end > hi)
			s.end = hi;
		int h = lv_halfdays(cal, &s);
		const char *kind = l->counted_as;
		if (!strcmp(kind, "sick")) {
			p->sick += h;
		} else if (!strcmp(kind, "personal")) {
			p->personal += h;
		} else {
			long long daily = 0, d = 0;
			p->other += h;
			if (pay_daily_wage(p->salary, &daily) == 0 &&
			    pay_leave_deduction(daily, h, l->deduct_bp, &d) == 0)
				p->other_deduct += d;
		}
	}
	(void)pol;
	db_free(&res);
	return rc;
}

static int build(struct report *rep)
{
	struct workcal wc;
	struct pay_policy pol = policy();
	int rc = people(rep);
	if (rc == DB_OK)
		rc = records(rep, &pol);
	if (rc == DB_OK && (rc = workcal_load(&wc)) == DB_OK) {
		rep->workdays = cal_workdays(&wc.cal, rep->m.first, rep->m.last);
		rc = leaves(rep, &wc.cal, &pol);
		workcal_free(&wc);
	}
	for (size_t i = 0; rc == DB_OK && i < rep->n; i++) {
		struct person *p = &rep->p[i];
		struct pay_in in = {p->salary, rep->workdays, p->sick, p->personal, p->other, p->other_deduct, p->days,
		    p->ndays, p->absence_before};
		p->bad = pay_month(&in, &pol, &p->out) != 0;
	}
	return rc;
}

static int open_report(struct req *r, struct report *rep)
{
	memset(rep, 0, sizeof *rep);
	if (r->form.nerr || month_of(r, "month", &rep->m))
		return 400;
	int rc = list_depts(r, "Depts");
	if (rc)
		return rc;
	rep->dept = form_get(&r->form, "dept")->num;
	if (!rep->dept)
		rep->dept = atoll(hdf_get_value(r->hdf, "Depts.0.Id", "0"));
	for (int i = 0; i < 100; i++) {
		char key[32];
		snprintf(key, sizeof key, "Depts.%d.Id", i);
		const char *id = hdf_get_value(r->hdf, key, NULL);
		if (!id)
			break;
		if (atoll(id) == rep->dept) {
			snprintf(key, sizeof key, "Depts.%d.Name", i);
			snprintf(rep->dept_name, sizeof rep->dept_name, "%s", hdf_get_value(r->hdf, key, ""));
		}
	}
	return build(rep);
}

static void days_text(int halfdays, char *out, size_t n) { lv_days_text(halfdays, out, n); }

static void row_hdf(struct req *r, const struct person *p, size_t i)
{
	char b[32];
	const struct pay_out *o = &p->out;
	page_set(r, p->name, "Rows.%zu.Name", i);
	page_set(r, p->login, "Rows.%zu.Login", i);
	days_text(o->worked_halfdays, b, sizeof b);
	page_set(r, b, "Rows.%zu.Worked", i);
	days_text(p->sick, b, sizeof b);
	page_set(r, b, "Rows.%zu.Sick", i);
	days_text(p->personal, b, sizeof b);
	page_set(r, b, "Rows.%zu.Personal", i);
	days_text(p->other, b, sizeof b);
	page_set(r, b, "Rows.%zu.Other", i);
	page_set_int(r, o->lates, "Rows.%zu.Lates", i);
	page_set_int(r, o->excused, "Rows.%zu.Excused", i);
	days_text(o->absent_halfdays, b, sizeof b);
	page_set(r, b, "Rows.%zu.Absent", i);
	page_set_money(r, o->sick_deduct + o->personal_deduct + p->other_deduct, "Rows.%zu.LeaveDeduct", i);
	page_set_money(r, o->late_deduct, "Rows.%zu.LateDeduct", i);
	page_set_money(r, o->absence_deduct, "Rows.%zu.AbsenceDeduct", i);
	page_set_money(r, o->total_deduct, "Rows.%zu.Total", i);
	page_set_int(r, o->flag_lates, "Rows.%zu.FlagLates", i);
	page_set_int(r, o->flag_absence, "Rows.%zu.FlagAbsence", i);
	page_set_int(r, p->bad, "Rows.%zu.Bad", i);
}

int attendance_report_page(struct req *r)
{
	struct report rep;
	int st = open_report(r, &rep);
	long long total = 0;
	for (size_t i = 0; !st && i < rep.n; i++) {
		row_hdf(r, &rep.p[i], i);
		total += rep.p[i].bad ? 0 : rep.p[i].out.total_deduct;
	}
	free(rep.p);
	if (st)
		return st;
	page_set_money(r, total, "TotalDeduct");
	page_set(r, rep.m.text, "Month");
	page_set_int(r, rep.dept, "Dept");
	page_set(r, rep.dept_name, "DeptName");
	page_set_int(r, rep.workdays, "Workdays");
	const struct fval *pr = form_get(&r->form, "print");
	page_title(r, "Attendance.ReportTitle");
	return view_page(r, 200, pr && pr->num ? "attendance/report_print.cs" : "attendance/report.cs");
}

static NEOERR *csv_money(STRING *out, long long fen)
{
	char b[32];
	money_format_plain(fen, b, sizeof b);
	return csv_field(out, b, 0);
}

static NEOERR *csv_person(STRING *out, const struct person *p)
{
	char b[32];
	const struct pay_out *o = &p->out;
	NEOERR *err = csv_field(out, p->login, 1);
	if (!err)
		err = csv_field(out, p->name, 0);
	int halves[] = {o->worked_halfdays, p->sick, p->personal, p->other};
	for (int k = 0; !err && k < 4; k++) {
		days_text(halves[k], b, sizeof b);
		err = csv_field(out, b, 0);
	}
	snprintf(b, sizeof b, "%d", o->lates);
	if (!err)
		err = csv_field(out, b, 0);
	days_text(o->absent_halfdays, b, sizeof b);
	if (!err)
		err = csv_field(out, b, 0);
	if (!err)
		err = csv_money(out, o->sick_deduct + o->personal_deduct + p->other_deduct);
	if (!err)
		err = csv_money(out, o->late_deduct);
	if (!err)
		err = csv_money(out, o->absence_deduct);
	if (!err)
		err = csv_money(out, o->total_deduct);
	if (!err)
		err = csv_field(out, o->flag_lates ? "1" : "0", 0);
	if (!err)
		err = csv_field(out, o->flag_absence ? "1" : "0", 0);
	return err ? err : csv_row_end(out);
}

int attendance_report_csv(struct req *r)
{
	static const char *const head[] = {"Report.Login", "Report.Name", "Report.Worked", "Report.Sick",
	    "Report.Personal", "Report.Other", "Report.Lates", "Report.Absent", "Report.LeaveDeduct",
	    "Report.LateDeduct", "Report.AbsenceDeduct", "Report.Total", "Report.FlagLates", "Report.FlagAbsence"};
	struct report rep;
	int st = open_report(r, &rep);
	if (st) {
		free(rep.p);
		return st;
	}
	STRING out;
	string_init(&out);
	NEOERR *err = csv_begin(&out);
	char key[64];
	for (size_t k = 0; !err && k < sizeof head / sizeof head[0]; k++) {
		snprintf(key, sizeof key, "Attendance.%s", head[k]);
		err = csv_field(&out, view_text(r->lang, key), k == 0);
	}
	if (!err)
		err = csv_row_end(&out);
	for (size_t i = 0; !err && i < rep.n; i++)
		err = csv_person(&out, &rep.p[i]);
	free(rep.p);
	if (err) {
		nerr_ignore(&err);
		string_clear(&out);
		return 500;
	}
	char name[64];
	snprintf(name, sizeof name, "attendance-%s-%lld.csv", rep.m.text, rep.dept);
	csv_send(r, name, &out);
	string_clear(&out);
	return 0;
}
