/* salaries.c - the salary list and its one-field edits. */
#include "site/salaries.h"

#include "audit/audit.h"
#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "site/site_sql.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

#define MAX_SALARY_FEN 100000000000LL

static const struct field list_fields[] = {
	{"page", FT_INT, 0, 1, 1000000, NULL},
};
FIELDSET(salaries_fields, list_fields);

static const struct field set_fields[] = {
	{"salary", FT_AMOUNT, FIELD_REQUIRED, 0, MAX_SALARY_FEN, NULL},
};
FIELDSET(salary_fields, set_fields);

static int show(struct req *r, int status, long long page)
{
	struct dbres res;
	const struct salary_list *u;
	int rc = DB_RUN0(ST_SALARY_COUNT, &res);
	const struct site_total *count = site_total_at(&res, 0);
	long long total = count ? count->total : 0;
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_SALARY_LIST, &res, DBI(LIST_PER_PAGE), DBI(list_offset(page)));
	for (size_t i = 0; rc == DB_OK && (u = salary_list_at(&res, i)); i++) {
		page_set_int(r, u->id, "Rows.%zu.Id", i);
		page_set(r, u->login, "Rows.%zu.Login", i);
		page_set(r, u->name, "Rows.%zu.Name", i);
		page_set(r, u->dept_name, "Rows.%zu.Dept", i);
		page_set_money(r, u->salary_fen, "Rows.%zu.Salary", i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	list_pager(r, total, page);
	page_title(r, "Salary.Title");
	return view_page(r, status, "salaries.cs");
}

int salaries_page(struct req *r) { return show(r, 200, form_get(&r->form, "page")->num); }

struct change {
	struct req *r;
	long long id, fen;
	int found;
};

/* The amount is not written to the audit: admins read the audit. */
static int set_tx(void *ctx)
{
	struct change *c = ctx;
	struct dbres res;
	int rc = DB_RUN(ST_SALARY_SET, &res, DBI(c->fen), DBI(clock_now()), DBI(c->id));
	c->found = res.affected == 1;
	db_free(&res);
	if (rc != DB_OK || !c->found)
		return rc;
	return audit_by(&c->r->actor, "salary_change", "user", c->id, "");
}

int salary_set(struct req *r)
{
	if (r->form.nerr) {
		page_notice(r, verr_key(form_get(&r->form, "salary")->err));
		return show(r, 400, 1);
	}
	struct change c = {r, r->arg_id, form_get(&r->form, "salary")->num, 0};
	int rc = db_tx(set_tx, &c);
	if (rc != DB_OK)
		return rc;
	if (!c.found)
		return O_NOT_FOUND;
	resp_redirect(r, "/salaries");
	return 0;
}
