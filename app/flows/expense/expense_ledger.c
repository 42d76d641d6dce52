/* expense_ledger.c - the personal ledger 个人帐目 (EX-04): a person's
 * pre-approvals of a year with their holds, claims and payments, and the
 * running total paid.  Each employee sees their own; a head their
 * department's people; finance and the general manager everyone; any
 * other ledger is 403. */
#include "flows/expense/expense.h"

#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/expense/expense_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "view/page.h"
#include "view/view.h"

#define SEES_ALL (ROLE_FINANCE | ROLE_GM)

static int may_see(const struct req *r, const struct ex_person *p)
{
	if (p->id == r->user.id || (r->user.roles & SEES_ALL))
		return 1;
	return (r->user.roles & ROLE_HEAD) && p->dept_id == r->user.dept_id;
}

static void day_text(int day, char *out, size_t outlen)
{
	int y, m, d;
	out[0] = '\0';
	if (day > 0) {
		cal_ymd(day, &y, &m, &d);
		snprintf(out, outlen, "%04d-%02d-%02d", y, m, d);
	}
}

/* The people whose ledger this user may open, for the picker. */
static int people_hdf(struct req *r)
{
	struct dbres res;
	const struct ex_person *p;
	if (!(r->user.roles & (SEES_ALL | ROLE_HEAD)))
		return DB_OK;
	long long dept = r->user.roles & SEES_ALL ? 0 : r->user.dept_id;
	int rc = DB_RUN(ST_EX_PEOPLE, &res, DBI(dept), DBI(dept));
	for (size_t i = 0; rc == DB_OK && (p = ex_person_at(&res, i)); i++) {
		page_set_int(r, p->id, "People.%zu.Id", i);
		page_set(r, p->name, "People.%zu.Name", i);
		page_set(r, p->login, "People.%zu.Login", i);
	}
	db_free(&res);
	return rc;
}

struct totals {
	long long asked, held, paid;
};

static void ledger_row(struct req *r, size_t i, const struct ex_ledger *l, struct totals *t)
{
	char day[16];
	page_set_int(r, l->id, "Rows.%zu.Id", i);
	page_set(r, l->number, "Rows.%zu.Number", i);
	page_set_label(r, "State", l->state, "Rows.%zu.State", i);
	page_set(r, strcmp(r->lang, "en") || !*l->cat_name_en ? l->cat_name : l->cat_name_en, "Rows.%zu.Category", i);
	day_text((int)l->planned_day, day, sizeof day);
	page_set(r, day, "Rows.%zu.Day", i);
	page_set_money(r, l->amount_fen, "Rows.%zu.Amount", i);
	page_set_label(r, "Expense.Hold", l->hold, "Rows.%zu.Hold", i);
	page_set_money(r, l->hold_fen, "Rows.%zu.HoldFen", i);
	if (l->claim_id) {
		page_set_int(r, l->claim_id, "Rows.%zu.ClaimId", i);
		page_set(r, l->claim_number, "Rows.%zu.Claim", i);
	}
	int live = !strcmp(l->hold, "tentative") || !strcmp(l->hold, "firm");
	if (live || !strcmp(l->hold, "spent"))
		t->asked += l->amount_fen;   /* what was withdrawn, refused or expired asks for nothing */
	if (live)
		t->held += l->hold_fen;
	if (l->paid_day) {
		t->paid += l->paid_fen;
		page_set_money(r, l->paid_fen, "Rows.%zu.Paid", i);
		day_text((int)l->paid_day, day, sizeof day);
		page_set(r, day, "Rows.%zu.PaidDay", i);
		page_set(r, l->voucher, "Rows.%zu.Voucher", i);
	}
	page_set_money(r, t->paid, "Rows.%zu.RunningPaid", i);
}

static int rows_hdf(struct req *r, long long user, int year)
{
	struct dbres res;
	const struct ex_ledger *l;
	struct totals t = {0, 0, 0};
	int rc = DB_RUN(ST_EX_LEDGER, &res, DBI(user), DBI(year));
	for (size_t i = 0; rc == DB_OK && (l = ex_ledger_at(&res, i)); i++)
		ledger_row(r, i, l, &t);
	db_free(&res);
	page_set_money(r, t.asked, "Totals.Asked");
	page_set_money(r, t.held, "Totals.Held");
	page_set_money(r, t.paid, "Totals.Paid");
	return rc;
}

int expense_ledger_page(struct req *r)
{
	if (r->form.nerr)
		return 400;
	long long user = form_get(&r->form, "user")->num;
	int year = (int)form_get(&r->form, "year")->num;
	if (!user)
		user = r->user.id;
	if (!year)
		cal_ymd(cal_utc_to_day(clock_now()), &year, NULL, NULL);
	struct dbres res;
	int rc = DB_RUN(ST_EX_PERSON, &res, DBI(user));
	const struct ex_person *p = ex_person_at(&res, 0);
	int ok = rc == DB_OK && p && may_see(r, p);
	if (ok) {
		page_set(r, p->name, "Person.Name");
		page_set_int(r, p->id, "Person.Id");
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!ok)
		return 403;
	page_set_int(r, year, "Year");
	if ((rc = rows_hdf(r, user, year)) == DB_OK)
		rc = people_hdf(r);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Expense.LedgerTitle");
	return view_page(r, 200, "flows/expense/ledger.cs");
}
