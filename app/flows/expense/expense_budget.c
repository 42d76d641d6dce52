/* expense_budget.c - which budget a pre-approval falls in and what is left
 * of it, read under the budget row's lock (EX-02). */
#include "flows/expense/expense_budget.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/calendar.h"
#include "flows/expense/expense_sql.h"

static void take_budget(const struct ex_budget *b, struct ex_left *out)
{
	out->found = 1;
	out->budget_id = b->id;
	out->amount = b->amount_fen;
	out->first_day = (int)b->first_day;
	out->last_day = (int)b->last_day;
	snprintf(out->period, sizeof out->period, "%s", b->period);
}

static int used_of(long long self, struct ex_left *out)
{
	struct dbres res;
	int rc = DB_RUN(ST_EX_BUDGET_USED, &res, DBI(out->budget_id), DBI(self));
	const struct ex_used *u = ex_used_at(&res, 0);
	if (rc == DB_OK && u) {
		out->tentative = u->tentative;
		out->firm = u->firm;
		out->spent = u->spent;
	}
	db_free(&res);
	out->left = out->amount - out->tentative - out->firm - out->spent;
	return rc;
}

int ex_budget_left(long long dept, const char *category, int day, long long self, int lock, struct ex_left *out)
{
	struct dbres res;
	memset(out, 0, sizeof *out);
	int rc = DB_RUN(lock ? ST_EX_BUDGET_LOCK : ST_EX_BUDGET_FIND, &res, DBI(dept), DBS(category), DBI(day), DBI(day));
	const struct ex_budget *b = ex_budget_at(&res, 0);
	if (rc == DB_OK && b)
		take_budget(b, out);
	db_free(&res);
	return rc == DB_OK && out->found ? used_of(self, out) : rc;
}

int ex_budget_left_id(long long budget_id, long long self, struct ex_left *out)
{
	struct dbres res;
	memset(out, 0, sizeof *out);
	int rc = DB_RUN(ST_EX_BUDGET_LOCK_ID, &res, DBI(budget_id));
	const struct ex_budget *b = ex_budget_at(&res, 0);
	if (rc == DB_OK && b)
		take_budget(b, out);
	db_free(&res);
	return rc == DB_OK && out->found ? used_of(self, out) : rc;
}

void ex_period_text(const char *period, int first_day, char *out, unsigned outlen)
{
	int y, m, d;
	cal_ymd(first_day, &y, &m, &d);
	if (!strcmp(period, "year"))
		snprintf(out, outlen, "%04d", y);
	else if (!strcmp(period, "quarter"))
		snprintf(out, outlen, "%04d-Q%d", y, (m - 1) / 3 + 1);
	else
		snprintf(out, outlen, "%04d-%02d", y, m);
}
