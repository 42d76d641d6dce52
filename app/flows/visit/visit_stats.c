/* visit_stats.c - SP-03's year-end count: visits (approved or reported)
 * per merchant, per person and per month of a year, as a page and as CSV;
 * and the URLs of the visit type's own pages. */
#include "flows/visit/visit.h"

#include <stdio.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/visit/visit_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/router.h"
#include "view/csv.h"
#include "view/page.h"
#include "view/view.h"

static struct stmt *const tables[] = {ST_VISIT_BY_MERCHANT, ST_VISIT_BY_PERSON, ST_VISIT_BY_MONTH};
static const char *const names[] = {"ByMerchant", "ByPerson", "ByMonth"};

static int table_hdf(struct req *r, int t, long long from, long long to)
{
	struct dbres res;
	const struct visit_count *v;
	int rc = DB_RUN(tables[t], &res, DBI(from), DBI(to));
	for (size_t i = 0; rc == DB_OK && (v = visit_count_at(&res, i)); i++) {
		page_set(r, v->label, "%s.%zu.Label", names[t], i);
		page_set_int(r, v->visits, "%s.%zu.Visits", names[t], i);
	}
	db_free(&res);
	return rc;
}

/* Three blocks, each headed by its title: what, visits. */
static NEOERR *csv_table(struct req *r, STRING *out, int t, const struct dbres *res)
{
	char key[40], n[24];
	const struct visit_count *v;
	snprintf(key, sizeof key, "Visit.%s", names[t]);
	NEOERR *err = csv_field(out, view_text(r->lang, key), 1);
	if (!err)
		err = csv_field(out, view_text(r->lang, "Visit.Visits"), 0);
	if (!err)
		err = csv_row_end(out);
	for (size_t i = 0; !err && (v = visit_count_at(res, i)); i++) {
		snprintf(n, sizeof n, "%lld", v->visits);
		err = csv_field(out, v->label, 1);
		if (!err)
			err = csv_field(out, n, 0);
		if (!err)
			err = csv_row_end(out);
	}
	return err ? err : csv_row_end(out);
}

static int send_csv(struct req *r, long long from, long long to, int year)
{
	STRING out;
	struct dbres res;
	char name[40];
	string_init(&out);
	NEOERR *err = csv_begin(&out);
	int rc = DB_OK;
	for (int t = 0; t < 3 && rc == DB_OK && !err; t++) {
		rc = DB_RUN(tables[t], &res, DBI(from), DBI(to));
		if (rc == DB_OK)
			err = csv_table(r, &out, t, &res);
		db_free(&res);
	}
	if (rc == DB_OK && err)
		rc = DB_ERR;
	nerr_ignore(&err);
	snprintf(name, sizeof name, "visits-%04d.csv", year);
	if (rc == DB_OK)
		csv_send(r, name, &out);
	string_clear(&out);
	return rc;
}

int visit_stats(struct req *r)
{
	if (r->form.nerr)
		return 400;
	int y, m, d;
	cal_ymd(cal_utc_to_day(clock_now()), &y, &m, &d);
	const struct fval *year = form_get(&r->form, "year");
	if (year && year->present)
		y = (int)year->num;
	long long from = cal_days(y, 1, 1), to = cal_days(y, 12, 31);
	if (form_get(&r->form, "csv")->num)
		return send_csv(r, from, to, y);
	int rc = DB_OK;
	for (int t = 0; t < 3 && rc == DB_OK; t++)
		rc = table_hdf(r, t, from, to);
	if (rc != DB_OK)
		return rc;
	page_set_int(r, y, "Year");
	page_title(r, "Visit.StatsTitle");
	return view_page(r, 200, "flows/visit/stats.cs");
}

static const struct field stats_f[] = {
	{"year", FT_INT, 0, 2000, 2100, NULL},
	{"csv", FT_BOOL, 0, 0, 1, NULL},
};
static FIELDSET(stats_fields, stats_f);

#define STATS_VIEW (ROLE_HEAD | ROLE_DEPUTY | ROLE_DIRECTOR | ROLE_GM | ROLE_EXEC)

static const struct route routes[] = {
	ROUTE("GET", "/visits/stats", visit_stats, 0, STATS_VIEW, &stats_fields),
};

ROUTE_TABLE(visit_table, routes);
