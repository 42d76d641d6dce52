/* report_page.c - the monthly attendance report as a page, a printable
 * page and CSV (report.h builds it). */
#include "attendance/pages.h"

#include <stdio.h>
#include <string.h>

#include "attendance/dayview.h"
#include "attendance/report.h"
#include "attendance/report_charts.h"
#include "core/money.h"
#include "flows/leave/leave_assess.h"
#include "http/req.h"
#include "view/csv.h"
#include "view/page.h"
#include "view/view.h"

/* The period of LV-10 the report counts, besides dayview's policy numbers. */
static void policy_hdf(struct req *r, const struct report *rep)
{
	char b[12];
	dayview_policy_hdf(r, &rep->pol);
	page_set_int(r, rep->rolling, "Policy.Rolling");
	lv_day_text(rep->period_first, b, sizeof b);
	page_set(r, b, "Policy.PeriodFrom");
}

static void days_text(int halfdays, char *out, size_t n) { lv_days_text(halfdays, out, n); }

static void counts_hdf(struct req *r, const struct report_row *p, size_t i)
{
	char b[32];
	days_text(p->out.worked_halfdays, b, sizeof b);
	page_set(r, b, "Rows.%zu.Worked", i);
	days_text(p->sick, b, sizeof b);
	page_set(r, b, "Rows.%zu.Sick", i);
	days_text(p->personal, b, sizeof b);
	page_set(r, b, "Rows.%zu.Personal", i);
	days_text(p->other, b, sizeof b);
	page_set(r, b, "Rows.%zu.Other", i);
	page_set_int(r, p->lates, "Rows.%zu.Lates", i);
	page_set_int(r, p->excused, "Rows.%zu.Excused", i);
	days_text(p->absent, b, sizeof b);
	page_set(r, b, "Rows.%zu.Absent", i);
	days_text(p->before + p->absent, b, sizeof b);
	page_set(r, b, "Rows.%zu.Period", i);
}

static void money_hdf(struct req *r, const struct report_row *p, size_t i)
{
	const struct pay_out *o = &p->out;
	page_set_money(r, o->leave_deduct, "Rows.%zu.LeaveDeduct", i);
	page_set_money(r, o->late_deduct, "Rows.%zu.LateDeduct", i);
	page_set_money(r, o->absence_deduct, "Rows.%zu.AbsenceDeduct", i);
	page_set_money(r, o->due, "Rows.%zu.Due", i);
	page_set_money(r, o->total_deduct, "Rows.%zu.Total", i);
	page_set_int(r, o->capped, "Rows.%zu.Capped", i);
	page_set_int(r, o->flag_lates, "Rows.%zu.FlagLates", i);
	page_set_int(r, o->flag_absence, "Rows.%zu.FlagAbsence", i);
}

/* The month's days worth a line: why each counted as it did. */
static void details_hdf(struct req *r, const struct report *rep, const struct report_row *p, size_t i)
{
	char prefix[48];
	size_t k = 0;
	for (int day = rep->m.first; day <= rep->m.last; day++) {
		struct att_dayview v;
		attdata_day(&rep->data, p->who->id, day, &rep->pol, &v);
		if (!attdata_notable(&v))
			continue;
		snprintf(prefix, sizeof prefix, "Rows.%zu.Days.%zu", i, k++);
		dayview_hdf(r, &v, prefix);
	}
}

static void row_hdf(struct req *r, const struct report *rep, const struct report_row *p, size_t i)
{
	page_set(r, p->who->name, "Rows.%zu.Name", i);
	page_set(r, p->who->login, "Rows.%zu.Login", i);
	counts_hdf(r, p, i);
	if (!p->bad)
		money_hdf(r, p, i);
	page_set_int(r, p->bad, "Rows.%zu.Bad", i);
	details_hdf(r, rep, p, i);
}

int attendance_report_page(struct req *r)
{
	struct report rep;
	int st = report_open(r, &rep);
	long long total = 0;
	for (size_t i = 0; !st && i < rep.n; i++) {
		row_hdf(r, &rep, &rep.rows[i], i);
		total += rep.rows[i].bad ? 0 : rep.rows[i].out.total_deduct;
	}
	if (!st) {
		policy_hdf(r, &rep);
		page_set_money(r, total, "TotalDeduct");
		page_set(r, rep.m.text, "Month");
		page_set_int(r, rep.dept, "Dept");
		page_set(r, rep.dept_name, "DeptName");
		page_set_int(r, rep.workdays, "Workdays");
		report_charts_hdf(r, &rep);
	}
	report_close(&rep);
	if (st)
		return st;
	const struct fval *pr = form_get(&r->form, "print");
	page_title(r, "Attendance.ReportTitle");
	return view_page(r, 200, pr && pr->num ? "attendance/report_print.cs" : "attendance/report.cs");
}

/* -- CSV ---------------------------------------------------------------- */

#define CSV_CELLS 17   /* after login and name: the columns of csv_head */

static void money_cell(char *out, size_t n, const struct report_row *p, long long fen)
{
	if (p->bad)
		out[0] = '\0';
	else
		money_format_plain(fen, out, n);
}

/* One person's cells after login and name, in csv_head's order. */
static void csv_cells(const struct report_row *p, char c[CSV_CELLS][32])
{
	const struct pay_out *o = &p->out;
	days_text(o->worked_halfdays, c[0], 32);
	days_text(p->sick, c[1], 32);
	days_text(p->personal, c[2], 32);
	days_text(p->other, c[3], 32);
	snprintf(c[4], 32, "%d", p->lates);
	days_text(p->absent, c[5], 32);
	money_cell(c[6], 32, p, o->leave_deduct);
	money_cell(c[7], 32, p, o->late_deduct);
	money_cell(c[8], 32, p, o->absence_deduct);
	money_cell(c[9], 32, p, o->total_deduct);
	snprintf(c[10], 32, "%d", o->flag_lates);
	snprintf(c[11], 32, "%d", o->flag_absence);
	snprintf(c[12], 32, "%d", p->excused);
	days_text(p->before + p->absent, c[13], 32);
	snprintf(c[14], 32, "%d", o->capped);
	snprintf(c[15], 32, "%d", p->bad);
	money_cell(c[16], 32, p, o->due);
}

static NEOERR *csv_person(STRING *out, const struct report_row *p)
{
	char c[CSV_CELLS][32];
	csv_cells(p, c);
	NEOERR *err = csv_field(out, p->who->login, 1);
	if (!err)
		err = csv_field(out, p->who->name, 0);
	for (int k = 0; !err && k < CSV_CELLS; k++)
		err = csv_field(out, c[k], 0);
	return err ? err : csv_row_end(out);
}

static NEOERR *csv_head(struct req *r, STRING *out)
{
	static const char *const head[] = {"Login", "Name", "Worked", "Sick", "Personal", "Other", "Lates", "Absent",
	    "LeaveDeduct", "LateDeduct", "AbsenceDeduct", "Total", "FlagLates", "FlagAbsence", "Excused", "Period",
	    "Capped", "Bad", "Due"};
	char key[64];
	NEOERR *err = csv_begin(out);
	for (size_t k = 0; !err && k < sizeof head / sizeof head[0]; k++) {
		snprintf(key, sizeof key, "Attendance.Report.%s", head[k]);
		err = csv_field(out, view_text(r->lang, key), k == 0);
	}
	return err ? err : csv_row_end(out);
}

int attendance_report_csv(struct req *r)
{
	struct report rep;
	int st = report_open(r, &rep);
	if (st) {
		report_close(&rep);
		return st;
	}
	STRING out;
	string_init(&out);
	NEOERR *err = csv_head(r, &out);
	for (size_t i = 0; !err && i < rep.n; i++)
		err = csv_person(&out, &rep.rows[i]);
	char name[64];
	snprintf(name, sizeof name, "attendance-%s-%lld.csv", rep.m.text, rep.dept);
	report_close(&rep);
	if (err) {
		nerr_ignore(&err);
		string_clear(&out);
		return 500;
	}
	csv_send(r, name, &out);
	string_clear(&out);
	return 0;
}
