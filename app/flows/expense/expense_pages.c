/* expense_pages.c - the pre-approval form's own data (its categories and,
 * on a check, the budget left and who will approve), and the URLs of the
 * expense pages. */
#include "flows/expense/expense.h"

#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/calendar.h"
#include "engine/flow.h"
#include "engine/resolve.h"
#include "engine/routes.h"
#include "flows/expense/expense_budget.h"
#include "flows/expense/expense_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/router.h"
#include "pages/flow_page.h"
#include "view/page.h"

/* The active categories, each with the form it uses. */
static int categories_hdf(struct req *r, const char *chosen, char *form, size_t formlen)
{
	struct dbres res;
	const struct ex_cat *c;
	int en = !strcmp(r->lang, "en"), k = 0;
	int rc = DB_RUN0(ST_EX_CATS, &res);
	form[0] = '\0';
	for (size_t i = 0; rc == DB_OK && (c = ex_cat_at(&res, i)); i++) {
		if (chosen && !strcmp(chosen, c->code))
			snprintf(form, formlen, "%s", c->form);
		if (!c->active)
			continue;
		page_set(r, c->code, "Cats.%d.Code", k);
		page_set(r, en && *c->name_en ? c->name_en : c->name, "Cats.%d.Name", k);
		page_set(r, c->form, "Cats.%d.Form", k++);
	}
	db_free(&res);
	return rc;
}

static int name_of(long long user, char *out, size_t outlen)
{
	struct dbres res;
	int rc = DB_RUN(ST_EX_USER, &res, DBI(user));
	const struct ex_user *u = ex_user_at(&res, 0);
	snprintf(out, outlen, "%s", rc == DB_OK && u ? u->name : "");
	db_free(&res);
	return rc;
}

/* EX-06: the route in words, each step with whom it would reach now. */
static int approvers_hdf(struct req *r, const struct rvals *vals)
{
	const struct route_def *route = route_find("expense");
	struct who_ctx w = {r->user.id, r->user.id, r->user.dept_id, 0};
	char err[128], name[130];
	int rc = DB_OK;
	for (size_t i = 0, k = 0; rc == DB_OK && route && i < route->nsteps; i++) {
		const struct route_step *st = &route->steps[i];
		struct userset who;
		if (st->when && cond_eval(st->when, rvals_lookup, (void *)vals, err, sizeof err) != 1)
			continue;
		if ((rc = resolve_who(&w, st->who, &who)) != DB_OK)
			break;
		page_set_label(r, "Step", st->name, "Facts.Approvers.%zu.Step", k);
		for (size_t j = 0; rc == DB_OK && j < who.n && j < 4; j++)
			if ((rc = name_of(who.id[j], name, sizeof name)) == DB_OK)
				page_set(r, name, "Facts.Approvers.%zu.Names.%zu", k, j);
		if (who.n)
			w.prev_approver = who.id[0];
		k++;
	}
	return rc;
}

/* EX-02: the budget the request would fall in and what is left of it. */
static int budget_hdf(struct req *r, struct rvals *vals, const char *form)
{
	struct ex_left b;
	char period[16];
	long long day = expense_planned_day(vals, form);
	if (!day)
		day = cal_utc_to_day(clock_now());
	int rc = ex_budget_left(r->user.dept_id, rvals_text(vals, "category"), (int)day, 0, 0, &b);
	if (rc != DB_OK || !b.found) {
		hdf_set_value(r->hdf, "Facts.NoBudget", "1");
		return rc;
	}
	ex_period_text(b.period, b.first_day, period, sizeof period);
	page_set(r, period, "Facts.Budget.Period");
	page_set_money(r, b.amount, "Facts.Budget.Amount");
	page_set_money(r, b.tentative, "Facts.Budget.Tentative");
	page_set_money(r, b.firm + b.spent, "Facts.Budget.Firm");
	page_set_money(r, b.left, "Facts.Budget.Left");
	int over = rvals_num(vals, "amount") > b.left;
	if (over)
		hdf_set_value(r->hdf, over && setting("expense_over_budget_escalate") ? "Facts.Budget.Higher" : "Facts.Budget.Over",
		    "1");
	rvals_set_num(vals, "over_budget", over);
	return DB_OK;
}

int expense_prepare(struct req *r, int preview)
{
	const struct fval *cat = form_get(&r->form, "category");
	char form[16];
	int rc = categories_hdf(r, cat ? cat->text : NULL, form, sizeof form);
	if (rc != DB_OK || !preview || !cat || !cat->text)
		return rc;
	struct rvals vals;
	memset(&vals, 0, sizeof vals);
	form_to_rvals(&r->form, &vals);
	hdf_set_value(r->hdf, "Facts.Shown", "1");
	rc = budget_hdf(r, &vals, form);
	if (rc == DB_OK)
		rc = approvers_hdf(r, &vals);
	rvals_free(&vals);
	return rc;
}

static const char *const periods[] = {"month", "quarter", "year", NULL};
static const char *const forms[] = {"entertain", "travel", NULL};

static const struct field budget_view_f[] = {
	{"dept", FT_INT, 0, 0, 2000000000, NULL},
	{"saved", FT_BOOL, 0, 0, 1, NULL},
};
static FIELDSET(budget_view_fields, budget_view_f);

static const struct field budget_f[] = {
	{"dept_id", FT_INT, FIELD_REQUIRED, 1, 2000000000, NULL},
	{"category", FT_TEXT, FIELD_REQUIRED, 1, 24, NULL},
	{"period", FT_ENUM, FIELD_REQUIRED, 0, 0, periods},
	{"first", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"amount", FT_AMOUNT, FIELD_REQUIRED, 0, 100000000000LL, NULL},
};
const struct fieldset expense_budget_fields = {budget_f, sizeof budget_f / sizeof budget_f[0]};

static const struct field cat_f[] = {
	{"code", FT_TEXT, FIELD_REQUIRED, 2, 24, NULL},
	{"name", FT_TEXT, FIELD_REQUIRED, 1, 64, NULL},
	{"name_en", FT_TEXT, 0, 0, 64, NULL},
	{"form", FT_ENUM, FIELD_REQUIRED, 0, 0, forms},
};
const struct fieldset expense_cat_fields = {cat_f, sizeof cat_f / sizeof cat_f[0]};

static const struct field cat_active_f[] = {
	{"active", FT_BOOL, 0, 0, 1, NULL},
};
static FIELDSET(cat_active_fields, cat_active_f);

static const struct field checkin_view_f[] = {
	{"done", FT_BOOL, 0, 0, 1, NULL},
};
static FIELDSET(checkin_view_fields, checkin_view_f);

static const struct field checkin_f[] = {
	{"note", FT_TEXT, FIELD_REQUIRED, 1, 200, NULL},
	{"place", FT_TEXT, 0, 0, 100, NULL},
};
static FIELDSET(checkin_fields, checkin_f);

static const struct field report_f[] = {
	{"year", FT_INT, 0, 2000, 2100, NULL},
};
static FIELDSET(report_fields, report_f);

static const struct field ledger_f[] = {
	{"user", FT_INT, 0, 0, 2000000000, NULL},
	{"year", FT_INT, 0, 2000, 2100, NULL},
};
static FIELDSET(ledger_fields, ledger_f);

#define FA (ROLE_FINANCE | ROLE_ADMIN)
#define REPORTERS (ROLE_HEAD | ROLE_FINANCE | ROLE_DIRECTOR | ROLE_GM)

static const struct route routes[] = {
	ROUTE("GET", "/expense/budgets", expense_budgets_page, 0, FA, &budget_view_fields),
	ROUTE("POST", "/expense/budgets", expense_budget_set, 0, FA, &expense_budget_fields),
	ROUTE("GET", "/expense/categories", expense_categories_page, 0, ROLE_ADMIN, NULL),
	ROUTE("POST", "/expense/categories", expense_category_add, 0, ROLE_ADMIN, &expense_cat_fields),
	ROUTE("POST", "/expense/categories/:name", expense_category_active, 0, ROLE_ADMIN, &cat_active_fields),
	ROUTE("GET", "/ledger", expense_ledger_page, 0, 0, &ledger_fields),
	ROUTE("GET", "/expense/report", expense_report_page, 0, REPORTERS, &report_fields),
	ROUTE("GET", "/expense/report/csv", expense_report_csv, 0, REPORTERS, &report_fields),
	ROUTE("GET", "/expense/checkin", expense_checkin_page, 0, 0, &checkin_view_fields),
	ROUTE("POST", "/expense/checkin", expense_checkin_submit, 0, 0, &checkin_fields),
	ROUTE("GET", "/expense/travelling", expense_travelling_page, 0, ROLE_HEAD | ROLE_DIRECTOR | ROLE_GM | ROLE_FINANCE, NULL),
};

ROUTE_TABLE(expense_table, routes);
