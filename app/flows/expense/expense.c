/*
 * expense.c - 费用事前申请 (EX-01, EX-02, EX-06, EX-08): an entertainment
 * (招待费: client, purpose, guests and our people, place, date) or a trip
 * (差旅费: destination, departure and return, transport, purpose,
 * companions), each with its estimated amount, asked for before the money
 * is spent.  Submission holds the amount on the department's budget for
 * the category and period (tentative), final approval makes it firm, any
 * other end releases it; the claim (flows/claim/) spends it.  Its tables:
 * expense_categories, expense_budgets, expense_requests (sql/021-expense.sql).
 */
#include "flows/expense/expense.h"

#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/calendar.h"
#include "engine/engine_sql.h"
#include "engine/flow.h"
#include "flows/expense/expense_budget.h"
#include "flows/expense/expense_sql.h"
#include "flows/expense/expense_travel.h"
#include "http/form.h"
#include "http/router.h"
#include "pages/flow_page.h"

#define EX_AMOUNT_MAX 100000000000LL   /* ¥1,000,000,000.00 */

static const struct field form_fields[] = {
	{"category", FT_TEXT, FIELD_REQUIRED, 1, 24, NULL},
	{"client", FT_TEXT, 0, 0, 100, NULL},
	{"guests", FT_INT, 0, 0, 999, NULL},
	{"our_people", FT_INT, 0, 0, 999, NULL},
	{"place", FT_TEXT, 0, 0, 100, NULL},
	{"planned", FT_DATE, 0, 0, 0, NULL},
	{"destination", FT_TEXT, 0, 0, 100, NULL},
	{"depart", FT_DATE, 0, 0, 0, NULL},
	{"return_day", FT_DATE, 0, 0, 0, NULL},
	{"transport", FT_TEXT, 0, 0, 50, NULL},
	{"companions", FT_TEXT, 0, 0, 200, NULL},
	{"purpose", FT_LINES, FIELD_REQUIRED, 1, 500, NULL},
	{"amount", FT_AMOUNT, FIELD_REQUIRED, 1, EX_AMOUNT_MAX, NULL},
};
static FIELDSET(expense_form, form_fields);

static const char *const values[] = {"amount", "category", "over_budget", NULL};

long long expense_planned_day(const struct rvals *vals, const char *form)
{
	return rvals_num(vals, strcmp(form, "travel") ? "planned" : "return_day");
}

/* The category's form ("entertain" / "travel"), "" when there is none. */
static int form_of(const char *category, char *form, size_t formlen, int *active)
{
	struct dbres res;
	int rc = DB_RUN(ST_EX_CAT, &res, DBS(category));
	const struct ex_cat *c = ex_cat_at(&res, 0);
	snprintf(form, formlen, "%s", rc == DB_OK && c ? c->form : "");
	*active = rc == DB_OK && c && c->active;
	db_free(&res);
	return rc;
}

static int dept_of(long long user, long long *dept)
{
	struct dbres res;
	int rc = DB_RUN(ST_EX_USER, &res, DBI(user));
	const struct ex_user *u = ex_user_at(&res, 0);
	*dept = rc == DB_OK && u ? u->dept_id : 0;
	db_free(&res);
	return rc;
}

/* A draft keeps what was typed, each form's fields as they are. */
static int save(struct flow_ctx *c)
{
	char form[16];
	int active;
	long long dept;
	const struct rvals *v = &c->vals;
	int rc = form_of(rvals_text(v, "category"), form, sizeof form, &active);
	if (rc == DB_OK)
		rc = dept_of(c->requester_id, &dept);
	if (rc != DB_OK)
		return rc;
	long long planned = expense_planned_day(v, form), depart = rvals_num(v, "depart");
	return DB_RUN(ST_EX_SAVE, NULL, DBI(c->request_id), DBI(c->requester_id), DBI(dept), DBS(rvals_text(v, "category")),
	    DBS(form), DBS(rvals_text(v, "client")), DBI(rvals_num(v, "guests")), DBI(rvals_num(v, "our_people")),
	    DBS(rvals_text(v, "place")), DBS(rvals_text(v, "destination")), DBI(depart), DBI(depart),
	    DBS(rvals_text(v, "transport")), DBS(rvals_text(v, "companions")), DBS(rvals_text(v, "purpose")),
	    DBI(planned), DBI(planned), DBI(rvals_num(v, "amount")));
}

/* The fields the category's form needs; the first one missing refused. */
static const char *missing(const struct rvals *v, const char *form)
{
	static const char *const entertain[] = {"client", "guests", "place", "planned", NULL};
	static const char *const travel[] = {"destination", "depart", "return_day", "transport", NULL};
	for (const char *const *f = strcmp(form, "travel") ? entertain : travel; *f; f++)
		if (!rvals_num(v, *f) && !*rvals_text(v, *f))
			return *f;
	return NULL;
}

/* EX-01: asked for before the money is spent - the entertainment or the
 * departure is today or later (Shanghai days). */
static int form_rules(struct flow_ctx *c, const char *form)
{
	const char *gap = missing(&c->vals, form);
	if (gap)
		return flow_refuse(c, gap, "err.required");
	int today = cal_utc_to_day(c->now);
	if (!strcmp(form, "travel")) {
		if (rvals_num(&c->vals, "return_day") < rvals_num(&c->vals, "depart"))
			return flow_refuse(c, "return_day", "Expense.Err.Order");
		if (rvals_num(&c->vals, "depart") < today)
			return flow_refuse(c, "depart", "Expense.Err.Past");
	} else if (rvals_num(&c->vals, "planned") < today) {
		return flow_refuse(c, "planned", "Expense.Err.Past");
	}
	return DB_OK;
}

/* EX-02: the budget of the department, category and period, locked; an
 * amount beyond what the others left is refused (the form then shows the
 * figure), or, as the setting says, goes one level higher (the route's
 * over step tests over_budget). */
static int budget_rules(struct flow_ctx *c, const char *form)
{
	struct ex_left b;
	long long dept;
	int rc = dept_of(c->requester_id, &dept);
	if (rc == DB_OK)
		rc = ex_budget_left(dept, rvals_text(&c->vals, "category"), (int)expense_planned_day(&c->vals, form),
		    c->request_id, 1, &b);
	if (rc != DB_OK)
		return rc;
	if (!b.found)
		return flow_refuse(c, "amount", "Expense.Err.NoBudget");
	int over = rvals_num(&c->vals, "amount") > b.left;
	if (over && !setting("expense_over_budget_escalate"))
		return flow_refuse(c, "amount", "Expense.Err.OverBudget");
	rvals_set_num(&c->vals, "over_budget", over);
	rvals_set_num(&c->vals, "budget_id", b.budget_id);
	return DB_OK;
}

static int rules(struct flow_ctx *c)
{
	char form[16];
	int active;
	int rc = form_of(rvals_text(&c->vals, "category"), form, sizeof form, &active);
	if (rc != DB_OK)
		return rc;
	if (!active)
		return flow_refuse(c, "category", "Expense.Err.Category");
	if ((rc = form_rules(c, form)) != DB_OK)
		return rc;
	return budget_rules(c, form);
}

static void set_day(struct flow_ctx *c, const char *name, long long day)
{
	char buf[16] = "";
	int y, m, d;
	if (day > 0) {
		cal_ymd((int)day, &y, &m, &d);
		snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
	}
	rvals_set(&c->vals, name, buf);
}

static void set_money(struct flow_ctx *c, const char *name, long long fen)
{
	char buf[32];
	money_format(fen, buf, sizeof buf);
	rvals_set(&c->vals, name, buf);
}

static void load_row(struct flow_ctx *c, const struct ex_get *e)
{
	char plain[24];
	rvals_set(&c->vals, "category", e->category);
	rvals_set(&c->vals, "form", e->form);
	rvals_set(&c->vals, "client", e->client);
	rvals_set_num(&c->vals, "guests", e->guests);
	rvals_set_num(&c->vals, "our_people", e->our_people);
	rvals_set(&c->vals, "place", e->place);
	rvals_set(&c->vals, "destination", e->destination);
	set_day(c, "depart", e->depart_day);
	rvals_set(&c->vals, "transport", e->transport);
	rvals_set(&c->vals, "companions", e->companions);
	rvals_set(&c->vals, "purpose", e->purpose);
	set_day(c, strcmp(e->form, "travel") ? "planned" : "return_day", e->planned_day);
	rvals_set_num(&c->vals, "planned_day", e->planned_day);
	money_format_plain(e->amount_fen, plain, sizeof plain);
	rvals_set(&c->vals, "amount", plain);   /* the edit form's text; amount_fen is the number */
	rvals_set_num(&c->vals, "amount_fen", e->amount_fen);
	set_money(c, "amount_text", e->amount_fen);
	rvals_set_num(&c->vals, "budget_id", e->budget_id);
	rvals_set(&c->vals, "hold", e->hold);
	set_money(c, "hold_text", e->hold_fen);
	rvals_set_num(&c->vals, "claim_id", e->claim_id);
	rvals_set_num(&c->vals, "owner", e->user_id);
	rvals_set_num(&c->vals, "over_budget", e->over_budget);
}

/* EX-07: an approved trip's days without their check-ins, for the head. */
static int missed(struct flow_ctx *c, const struct ex_get *e)
{
	char days[400];
	int n = 0;
	int rc = ex_missed(c->request_id, (int)e->depart_day, (int)e->planned_day, cal_utc_to_day(c->now ? c->now : clock_now()),
	    days, sizeof days, &n);
	if (rc == DB_OK && n) {
		rvals_set_num(&c->vals, "missed", n);
		rvals_set(&c->vals, "missed_days", days);
	}
	return rc;
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_EX_GET, &res, DBI(c->request_id));
	const struct ex_get *e = ex_get_at(&res, 0);
	int trip = 0;
	if (rc == DB_OK && e) {
		load_row(c, e);
		trip = !strcmp(e->form, "travel") && e->depart_day > 0;
	}
	if (rc == DB_OK && trip)
		rc = missed(c, e);
	db_free(&res);
	return rc;
}

static int set_hold(struct flow_ctx *c, long long budget, const char *hold, long long fen)
{
	char detail[96], amount[32];
	money_format(fen, amount, sizeof amount);
	snprintf(detail, sizeof detail, "budget %lld: %s %s", budget, hold, amount);
	flow_note(c, "expense_hold", detail);
	return DB_RUN(ST_EX_HOLD, NULL, budget ? DBI(budget) : DBN, DBS(hold), DBI(fen), DBI(c->request_id));
}

/* Final approval: the hold becomes firm under the budget's lock, checked
 * against what is firmly taken (the budget may have been lowered since
 * submission, and two approvals at the same moment are judged one after
 * the other here), and the pre-approval gets its end (EX-08): planned day
 * + grace, end of day. */
static int approve(struct flow_ctx *c)
{
	struct ex_left b;
	long long budget = rvals_num(&c->vals, "budget_id"), amount = rvals_num(&c->vals, "amount_fen");
	int rc = ex_budget_left_id(budget, c->request_id, &b);
	if (rc != DB_OK)
		return rc;
	int over_allowed = rvals_num(&c->vals, "over_budget") != 0;   /* one level higher approved it */
	if (!b.found || (!over_allowed && amount > b.amount - b.firm - b.spent))
		return flow_refuse(c, "", "Expense.Err.OverBudget");
	long long ends = cal_day_start_utc((int)(rvals_num(&c->vals, "planned_day") + setting("expense_grace_days") + 1), 0);
	rc = DB_RUN(ST_REQ_SET_EXPIRY, NULL, DBI(ends), DBI(c->request_id));
	return rc == DB_OK ? set_hold(c, budget, "firm", amount) : rc;
}

static int release(struct flow_ctx *c)
{
	long long budget = rvals_num(&c->vals, "budget_id");
	return budget ? set_hold(c, budget, "released", 0) : DB_OK;
}

/* The hold, and whether it went beyond the budget (in the record). */
static int submitted(struct flow_ctx *c)
{
	long long over = rvals_num(&c->vals, "over_budget");
	int rc = DB_RUN(ST_EX_OVER, NULL, DBI(over), DBI(c->request_id));
	if (rc == DB_OK && over)
		flow_note(c, "expense_over_budget", "sent one level higher (EX-02)");
	return rc == DB_OK ? set_hold(c, rvals_num(&c->vals, "budget_id"), "tentative", rvals_num(&c->vals, "amount")) : rc;
}

static int hook(struct flow_ctx *c, enum flow_event ev)
{
	switch (ev) {
	case EV_SUBMIT:
		return submitted(c);
	case EV_APPROVE:
		return approve(c);
	case EV_CANCEL:
		if (rvals_num(&c->vals, "claim_id"))
			return flow_refuse(c, "", "Expense.Err.Claimed");
		return release(c);
	case EV_REJECT:
	case EV_RETURN:
	case EV_WITHDRAW:
	case EV_EXPIRE:
		return release(c);
	default:
		return DB_OK;
	}
}

/* "客户 / 地点" or "目的地", with the day; the category names the kind. */
static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	const char *dest = rvals_text(&c->vals, "destination");
	const char *who = *dest ? dest : rvals_text(&c->vals, "client");
	long long day = rvals_num(&c->vals, *dest ? "depart" : "planned");
	char when[16] = "";
	int y, m, d;
	if (day > 0) {
		cal_ymd((int)day, &y, &m, &d);
		snprintf(when, sizeof when, " %04d-%02d-%02d", y, m, d);
	}
	snprintf(out, outlen, "%s%s", who, when);
}

static const struct flow flow = {
	.type = "expense",
	.prefix = "FY",
	.values = values,
	.kind_value = "category",
	.cancellable = 1,
	.viewer_roles = ROLE_FINANCE,
	.save = save,
	.rules = rules,
	.load = load,
	.hook = hook,
	.title = title,
};

static const struct flow_nav nav[] = {
	{"/ledger", "ExpenseLedger", 0},
	{"/expense/checkin", "ExpenseCheckin", 0},
	{"/expense/travelling", "ExpenseTravelling", ROLE_HEAD | ROLE_DIRECTOR | ROLE_GM | ROLE_FINANCE},
	{"/expense/budgets", "ExpenseBudgets", ROLE_FINANCE | ROLE_ADMIN},
	{"/expense/report", "ExpenseReport", ROLE_HEAD | ROLE_FINANCE | ROLE_DIRECTOR | ROLE_GM},
	{NULL, NULL, 0},
};

const struct flow_page expense_type = {
	.flow = &flow,
	.form = &expense_form,
	.form_tmpl = "flows/expense/form.cs",
	.view_tmpl = "flows/expense/view.cs",
	.prepare = expense_prepare,
	.routes = &expense_table,
	.nav = nav,
	.demo = expense_demo,
};
