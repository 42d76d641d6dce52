/* expense_admin.c - the budgets (EX-02: finance or an admin sets an amount
 * per department x category x period) and the categories (an admin adds
 * one, naming the form it uses, and switches it on or off); each change
 * audited in the transaction that makes it. */
#include "flows/expense/expense.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "core/outcome.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/expense/expense_budget.h"
#include "flows/expense/expense_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

static void budget_row(struct req *r, size_t i, const struct ex_budget_row *b)
{
	char period[16];
	long long used = b->tentative + b->firm + b->spent;
	ex_period_text(b->period, (int)b->first_day, period, sizeof period);
	page_set(r, b->dept, "Budgets.%zu.Dept", i);
	page_set(r, strcmp(r->lang, "en") || !*b->cat_name_en ? b->cat_name : b->cat_name_en, "Budgets.%zu.Category", i);
	page_set_label(r, "Expense.Period", b->period, "Budgets.%zu.PeriodKind", i);
	page_set(r, period, "Budgets.%zu.Period", i);
	page_set_money(r, b->amount_fen, "Budgets.%zu.Amount", i);
	page_set_money(r, b->tentative, "Budgets.%zu.Tentative", i);
	page_set_money(r, b->firm, "Budgets.%zu.Firm", i);
	page_set_money(r, b->spent, "Budgets.%zu.Spent", i);
	page_set_money(r, b->amount_fen - used, "Budgets.%zu.Left", i);
	if (used > b->amount_fen)
		hdf_set_value(r->hdf, "Budgets.Over", "1");
}

static int categories_all(struct req *r)
{
	struct dbres res;
	const struct ex_cat *c;
	int en = !strcmp(r->lang, "en");
	int rc = DB_RUN0(ST_EX_CATS, &res);
	for (size_t i = 0; rc == DB_OK && (c = ex_cat_at(&res, i)); i++) {
		page_set(r, c->code, "Cats.%zu.Code", i);
		page_set(r, en && *c->name_en ? c->name_en : c->name, "Cats.%zu.Name", i);
		page_set_label(r, "Expense.Form", c->form, "Cats.%zu.Form", i);
		page_set_int(r, c->active, "Cats.%zu.Active", i);
	}
	db_free(&res);
	return rc;
}

static int budgets_show(struct req *r, int status)
{
	struct dbres res;
	const struct ex_budget_row *b;
	const struct fval *d = form_get(&r->form, "dept");
	long long dept = d ? d->num : 0;
	int rc = DB_RUN(ST_EX_BUDGETS, &res, DBI(dept), DBI(dept));
	for (size_t i = 0; rc == DB_OK && (b = ex_budget_row_at(&res, i)); i++)
		budget_row(r, i, b);
	db_free(&res);
	if (rc == DB_OK)
		rc = list_depts(r, "Depts");
	if (rc == DB_OK)
		rc = categories_all(r);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Expense.BudgetsTitle");
	return view_page(r, status, "flows/expense/budgets.cs");
}

int expense_budgets_page(struct req *r)
{
	if (r->form.nerr)
		return 400;
	if (form_get(&r->form, "saved")->num)
		page_notice(r, "Expense.BudgetSaved");
	return budgets_show(r, 200);
}

struct budget_change {
	struct req *r;
	long long dept, amount;
	const char *category, *period;
	int first, last;
};

/* The period's last day from its first: a month, three or twelve. */
static int period_last(const char *period, int first)
{
	int y, m, d, months = !strcmp(period, "year") ? 12 : !strcmp(period, "quarter") ? 3 : 1;
	cal_ymd(first, &y, &m, &d);
	m += months;
	while (m > 12) {
		m -= 12;
		y++;
	}
	return cal_days(y, m, 1) - 1;
}

/* A period starts on its first day: the 1st, of a quarter's first month,
 * of January. */
static int period_start_ok(const char *period, int first)
{
	int y, m, d;
	cal_ymd(first, &y, &m, &d);
	if (d != 1)
		return 0;
	if (!strcmp(period, "year"))
		return m == 1;
	return strcmp(period, "quarter") || (m - 1) % 3 == 0;
}

static int budget_tx(void *arg)
{
	struct budget_change *c = arg;
	char detail[200], amount[32];
	int rc = DB_RUN(ST_EX_BUDGET_SET, NULL, DBI(c->dept), DBS(c->category), DBS(c->period), DBI(c->first),
	    DBI(c->last), DBI(c->amount), DBI(c->r->user.id), DBI(clock_now()));
	if (rc != DB_OK)
		return rc;
	money_format(c->amount, amount, sizeof amount);
	snprintf(detail, sizeof detail, "dept %lld, %s, %s from day %d: %s", c->dept, c->category, c->period, c->first,
	    amount);
	return audit_by(&c->r->actor, "expense_budget_set", "department", c->dept, detail);
}

int expense_budget_set(struct req *r)
{
	struct budget_change c = {.r = r};
	int active = 0;
	page_form_values(r);
	if (r->form.nerr)
		return budgets_show(r, 400);
	c.dept = form_get(&r->form, "dept_id")->num;
	c.category = form_get(&r->form, "category")->text;
	c.period = form_get(&r->form, "period")->text;
	c.first = (int)form_get(&r->form, "first")->num;
	c.amount = form_get(&r->form, "amount")->num;
	struct dbres res;
	int rc = DB_RUN(ST_EX_CAT, &res, DBS(c.category));
	active = rc == DB_OK && ex_cat_at(&res, 0) != NULL;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!active) {
		page_form_error(r, "category", "Expense.Err.Category");
		return budgets_show(r, 400);
	}
	if (!period_start_ok(c.period, c.first)) {
		page_form_error(r, "first", "Expense.Err.PeriodStart");
		return budgets_show(r, 400);
	}
	c.last = period_last(c.period, c.first);
	rc = db_tx(budget_tx, &c);
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/expense/budgets?saved=1");
	return 0;
}

/* ---- categories ---------------------------------------------------------- */

static int cats_show(struct req *r, int status)
{
	int rc = categories_all(r);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Expense.CategoriesTitle");
	return view_page(r, status, "flows/expense/categories.cs");
}

int expense_categories_page(struct req *r) { return cats_show(r, 200); }

struct cat_change {
	struct req *r;
	const char *code, *name, *name_en, *form;
	long long active;
};

static int cat_add_tx(void *arg)
{
	struct cat_change *c = arg;
	char detail[400];
	int rc = DB_RUN(ST_EX_CAT_ADD, NULL, DBS(c->code), DBS(c->name), DBS(c->name_en), DBS(c->form));
	if (rc != DB_OK)
		return rc;
	snprintf(detail, sizeof detail, "%s %s / %s, form %s", c->code, c->name, c->name_en, c->form);
	return audit_by(&c->r->actor, "expense_category_add", "expense_category", 0, detail);
}

static int code_ok(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || *s == '_'))
			return 0;
	return 1;
}

int expense_category_add(struct req *r)
{
	struct cat_change c = {.r = r};
	page_form_values(r);
	if (r->form.nerr)
		return cats_show(r, 400);
	c.code = form_get(&r->form, "code")->text;
	c.name = form_get(&r->form, "name")->text;
	c.name_en = form_get(&r->form, "name_en")->text ? form_get(&r->form, "name_en")->text : "";
	c.form = form_get(&r->form, "form")->text;
	if (!code_ok(c.code)) {
		page_form_error(r, "code", "Expense.Err.Code");
		return cats_show(r, 400);
	}
	int rc = db_tx(cat_add_tx, &c);
	if (rc == DB_DUP) {
		page_form_error(r, "code", "Expense.Err.CodeTaken");
		return cats_show(r, 400);
	}
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/expense/categories");
	return 0;
}

static int cat_active_tx(void *arg)
{
	struct cat_change *c = arg;
	struct dbres res;
	int rc = DB_RUN(ST_EX_CAT_ACTIVE, &res, DBI(c->active), DBS(c->code));
	long long n = res.affected;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!n)
		return O_NOT_FOUND;
	return audit_by(&c->r->actor, c->active ? "expense_category_on" : "expense_category_off", "expense_category", 0,
	    c->code);
}

int expense_category_active(struct req *r)
{
	struct cat_change c = {.r = r, .code = r->arg_name};
	if (r->form.nerr)
		return 400;
	c.active = form_get(&r->form, "active")->num;
	int rc = db_tx(cat_active_tx, &c);
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/expense/categories");
	return 0;
}
