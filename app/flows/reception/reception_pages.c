/* reception_pages.c - the URLs of the reception pages beyond the shared
 * request pages, who may call them and the fields each reads; and the
 * report of receptions per class and month, estimate against actual,
 * as a page (printable) and as CSV. */
#include "flows/reception/reception.h"

#include <stddef.h>
#include <stdio.h>

#include "auth/roles.h"
#include "core/money.h"
#include "db/db.h"
#include "flows/reception/reception_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/router.h"
#include "view/csv.h"
#include "view/page.h"
#include "view/view.h"

/* GET /reception/report - receptions per month and class (RC-07). */
int rc_report_page(struct req *r)
{
	struct dbres res;
	const struct rc_month *m;
	int rc = DB_RUN0(ST_RC_MONTHS, &res);
	for (size_t i = 0; rc == DB_OK && (m = rc_month_at(&res, i)); i++) {
		page_set(r, m->month, "Rows.%zu.Month", i);
		page_set(r, m->cls, "Rows.%zu.Class", i);
		page_set_int(r, m->n, "Rows.%zu.Count", i);
		page_set_money(r, m->est_fen, "Rows.%zu.Estimate", i);
		page_set_money(r, m->actual_fen, "Rows.%zu.Actual", i);
		page_set_money(r, m->actual_fen - m->est_fen, "Rows.%zu.Diff", i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Reception.ReportTitle");
	return view_page(r, 200, "flows/reception/report.cs");
}

static NEOERR *month_line(struct req *r, STRING *out, const struct rc_month *m)
{
	char est[32], act[32], diff[32], n[24], cls[48];
	money_format_plain(m->est_fen, est, sizeof est);
	money_format_plain(m->actual_fen, act, sizeof act);
	money_format_plain(m->actual_fen - m->est_fen, diff, sizeof diff);
	snprintf(n, sizeof n, "%lld", m->n);
	snprintf(cls, sizeof cls, "Reception.ClassName.%s", m->cls);
	const char *v[] = {m->month, view_text(r->lang, cls), n, est, act, diff};
	NEOERR *err = STATUS_OK;
	for (size_t k = 0; !err && k < sizeof v / sizeof v[0]; k++)
		err = csv_field(out, v[k] ? v[k] : "", k == 0);
	return err ? err : csv_row_end(out);
}

static NEOERR *months_csv(struct req *r, STRING *out, const struct dbres *res)
{
	static const char *const heads[] = {"Reception.Month", "Reception.Class", "Reception.Count", "Reception.Estimate",
	    "Reception.Actual", "Reception.Diff"};
	const struct rc_month *m;
	NEOERR *err = csv_begin(out);
	for (size_t k = 0; !err && k < sizeof heads / sizeof heads[0]; k++)
		err = csv_field(out, view_text(r->lang, heads[k]), k == 0);
	if (!err)
		err = csv_row_end(out);
	for (size_t i = 0; !err && (m = rc_month_at(res, i)); i++)
		err = month_line(r, out, m);
	return err;
}

/* GET /reception/report/csv - the same report for a spreadsheet. */
int rc_report_csv(struct req *r)
{
	struct dbres res;
	STRING out;
	int rc = DB_RUN0(ST_RC_MONTHS, &res);
	string_init(&out);
	NEOERR *err = rc == DB_OK ? months_csv(r, &out, &res) : STATUS_OK;
	db_free(&res);
	if (rc == DB_OK && err)
		rc = DB_ERR;
	nerr_ignore(&err);
	if (rc == DB_OK)
		csv_send(r, "receptions.csv", &out);
	string_clear(&out);
	return rc;
}

static const char *const kinds[] = {"room", "car", NULL};
static const struct field res_f[] = {
	{"kind", FT_ENUM, FIELD_REQUIRED, 0, 0, kinds},
	{"name", FT_TEXT, FIELD_REQUIRED, 1, 40, NULL},
	{"seats", FT_INT, FIELD_REQUIRED, 1, 10000, NULL},
	{"driver", FT_TEXT, 0, 0, 20, NULL},
};
static FIELDSET(res_fields, res_f);

static const struct field active_f[] = {
	{"active", FT_BOOL, 0, 0, 1, NULL},
};
static FIELDSET(active_fields, active_f);

static const struct field res_list_f[] = {
	{"added", FT_BOOL, 0, 0, 1, NULL},
};
static FIELDSET(res_list_fields, res_list_f);

static const struct field day_f[] = {
	{"day", FT_DATE, 0, 0, 0, NULL},
};
static FIELDSET(day_fields, day_f);

static const struct field gifts_f[] = {
	{"q", FT_TEXT, 0, 0, 100, NULL},
	{"request", FT_INT, 0, 0, 1000000000000LL, NULL},
};
static FIELDSET(gifts_fields, gifts_f);

static const char *const directions[] = {"received", "given", NULL};
static const struct field gift_f[] = {
	{"direction", FT_ENUM, FIELD_REQUIRED, 0, 0, directions},
	{"what", FT_TEXT, FIELD_REQUIRED, 1, 100, NULL},
	{"party", FT_TEXT, FIELD_REQUIRED, 1, 100, NULL},
	{"value", FT_AMOUNT, 0, 0, 10000000000LL, NULL},
	{"handling", FT_TEXT, 0, 0, 200, NULL},
};
static FIELDSET(gift_fields, gift_f);

static const struct field costs_f[] = {
	{"actual", FT_AMOUNT, FIELD_REQUIRED, 0, 10000000000LL, NULL},
	{"receipts", FT_INT, 0, 0, 1000, NULL},
};
static FIELDSET(costs_fields, costs_f);

#define KEEPERS (ROLE_ADMIN | ROLE_OFFICE)
#define REGISTER (ROLE_OFFICE | ROLE_FINANCE)
#define REPORT (ROLE_OFFICE | ROLE_FINANCE | ROLE_EXEC | ROLE_GM)

static const struct route routes[] = {
	ROUTE("GET", "/resources", rc_week_page, 0, 0, &day_fields),
	ROUTE("GET", "/resources/admin", rc_resources_page, 0, KEEPERS, &res_list_fields),
	ROUTE("POST", "/resources/admin", rc_resource_add, 0, KEEPERS, &res_fields),
	ROUTE("POST", "/resources/admin/:id/active", rc_resource_active, 0, KEEPERS, &active_fields),
	ROUTE("GET", "/reception/gifts", rc_gifts_page, 0, REGISTER, &gifts_fields),
	ROUTE("GET", "/reception/gifts/csv", rc_gifts_csv, 0, REGISTER, &gifts_fields),
	ROUTE("POST", "/reception/:id/gifts", rc_gift_add, 0, 0, &gift_fields),
	ROUTE("GET", "/reception/:id/plan", rc_plan_page, 0, 0, NULL),
	ROUTE("POST", "/reception/:id/costs", rc_costs_submit, 0, 0, &costs_fields),
	ROUTE("GET", "/reception/report", rc_report_page, 0, REPORT, NULL),
	ROUTE("GET", "/reception/report/csv", rc_report_csv, 0, REPORT, NULL),
};

ROUTE_TABLE(reception_table, routes);
