/* expense_report.c - spend against budget (EX-02, EX-04) for heads (their
 * department), finance, the director and the general manager (everyone):
 * per department x category x period of a year, the budget, held in
 * approval, firm, paid and left, as a table, as a bar chart drawn here as
 * inline SVG, and as CSV.  Each bar is scaled to its own row (the budget,
 * or what is used when more): periods of a month and of a year side by
 * side would otherwise leave the month's bars invisible.  Widths are
 * whole pixels, integer arithmetic. */
#include "flows/expense/expense.h"

#include <stdio.h>
#include <string.h>

#include <ClearSilver.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/expense/expense_budget.h"
#include "flows/expense/expense_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "view/csv.h"
#include "view/page.h"
#include "view/view.h"

#define BAR_PX 480

static long long dept_filter(const struct req *r)
{
	return r->user.roles & (ROLE_FINANCE | ROLE_GM | ROLE_DIRECTOR) ? 0 : r->user.dept_id;
}

static int year_of(const struct req *r)
{
	int y = (int)form_get(&r->form, "year")->num;
	if (!y)
		cal_ymd(cal_utc_to_day(clock_now()), &y, NULL, NULL);
	return y;
}

static const char *cat_name(const struct req *r, const struct ex_budget_row *b)
{
	return strcmp(r->lang, "en") || !*b->cat_name_en ? b->cat_name : b->cat_name_en;
}

static long long px(long long fen, long long scale)
{
	long long w = 0;
	if (scale > 0 && fen > 0)
		money_mul_div_half_up(fen, BAR_PX, scale, &w);
	return w;
}

/* One bar: the budget's outline, and inside it what is paid, firm and
 * held, one after the other. */
static void bar(struct req *r, size_t i, const struct ex_budget_row *b, long long scale)
{
	long long x = 0, w;
	page_set_int(r, px(b->amount_fen, scale), "Rows.%zu.W.Budget", i);
	w = px(b->spent, scale);
	page_set_int(r, x, "Rows.%zu.X.Spent", i);
	page_set_int(r, w, "Rows.%zu.W.Spent", i);
	x += w;
	w = px(b->firm, scale);
	page_set_int(r, x, "Rows.%zu.X.Firm", i);
	page_set_int(r, w, "Rows.%zu.W.Firm", i);
	x += w;
	page_set_int(r, x, "Rows.%zu.X.Held", i);
	page_set_int(r, px(b->tentative, scale), "Rows.%zu.W.Held", i);
	page_set_int(r, (long long)i * 28, "Rows.%zu.Y", i);
}

static void row(struct req *r, size_t i, const struct ex_budget_row *b, long long scale)
{
	char period[16];
	ex_period_text(b->period, (int)b->first_day, period, sizeof period);
	page_set(r, b->dept, "Rows.%zu.Dept", i);
	page_set(r, cat_name(r, b), "Rows.%zu.Category", i);
	page_set(r, period, "Rows.%zu.Period", i);
	page_set_money(r, b->amount_fen, "Rows.%zu.Budget", i);
	page_set_money(r, b->tentative, "Rows.%zu.Held", i);
	page_set_money(r, b->firm, "Rows.%zu.Firm", i);
	page_set_money(r, b->spent, "Rows.%zu.Paid", i);
	page_set_money(r, b->amount_fen - b->tentative - b->firm - b->spent, "Rows.%zu.Left", i);
	bar(r, i, b, scale);
}

int expense_report_page(struct req *r)
{
	struct dbres res;
	const struct ex_budget_row *b;
	if (r->form.nerr)
		return 400;
	long long dept = dept_filter(r);
	int y = year_of(r);
	int rc = DB_RUN(ST_EX_REPORT, &res, DBI(dept), DBI(dept), DBI(y));
	size_t n = 0;
	for (; rc == DB_OK && (b = ex_budget_row_at(&res, n)); n++) {
		long long used = b->tentative + b->firm + b->spent;
		row(r, n, b, used > b->amount_fen ? used : b->amount_fen);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	page_set_int(r, y, "Year");
	page_set_int(r, (long long)n * 28 + 4, "Chart.Height");
	page_set_int(r, BAR_PX + 4, "Chart.Width");
	page_title(r, "Expense.ReportTitle");
	return view_page(r, 200, "flows/expense/report.cs");
}

static NEOERR *cells(STRING *out, const char *const *v, size_t n)
{
	NEOERR *err = STATUS_OK;
	for (size_t i = 0; !err && i < n; i++)
		err = csv_field(out, v[i], i == 0);
	return err ? err : csv_row_end(out);
}

static NEOERR *csv_rows(struct req *r, STRING *out, const struct dbres *res)
{
	static const char *const keys[] = {"Expense.Dept", "Expense.Category", "Expense.PeriodLabel", "Expense.Budget",
	    "Expense.Tentative", "Expense.Firm", "Expense.Spent", "Expense.Left"};
	const char *head[8];
	const struct ex_budget_row *b;
	for (size_t i = 0; i < 8; i++)
		head[i] = view_text(r->lang, keys[i]);
	NEOERR *err = csv_begin(out);
	if (!err)
		err = cells(out, head, 8);
	for (size_t i = 0; !err && (b = ex_budget_row_at(res, i)); i++) {
		char period[16], m[5][24];
		long long v[5] = {b->amount_fen, b->tentative, b->firm, b->spent,
		    b->amount_fen - b->tentative - b->firm - b->spent};
		ex_period_text(b->period, (int)b->first_day, period, sizeof period);
		for (int k = 0; k < 5; k++)
			money_format_plain(v[k], m[k], sizeof m[k]);
		const char *line[8] = {b->dept, cat_name(r, b), period, m[0], m[1], m[2], m[3], m[4]};
		err = cells(out, line, 8);
	}
	return err;
}

int expense_report_csv(struct req *r)
{
	struct dbres res;
	STRING out;
	char name[40];
	if (r->form.nerr)
		return 400;
	long long dept = dept_filter(r);
	int y = year_of(r);
	int rc = DB_RUN(ST_EX_REPORT, &res, DBI(dept), DBI(dept), DBI(y));
	string_init(&out);
	NEOERR *err = rc == DB_OK ? csv_rows(r, &out, &res) : STATUS_OK;
	db_free(&res);
	if (rc == DB_OK && err)
		rc = DB_ERR;
	nerr_ignore(&err);
	if (rc == DB_OK) {
		snprintf(name, sizeof name, "expense-%d.csv", y);
		csv_send(r, name, &out);
	}
	string_clear(&out);
	return rc;
}
