/* audit_page.c - reading the audit record. */
#include "admin/audit_page.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "http/req.h"
#include "http/router.h"
#include "view/csv.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"
#include "admin/admin_sql.h"

#define CSV_MAX_ROWS 100000
#define FAR_FUTURE 2147483647LL   /* FROM_UNIXTIME ends in 2038 on MariaDB 10.11 */

static const struct field filter_fields[] = {
	{"user", FT_INT, 0, 0, 1000000000, NULL},
	{"otype", FT_TEXT, 0, 0, 24, NULL},
	{"oid", FT_INT, 0, 0, 1000000000000LL, NULL},
	{"action", FT_TEXT, 0, 0, 48, NULL},
	{"from", FT_DATE, 0, 0, 0, NULL},
	{"to", FT_DATE, 0, 0, 0, NULL},
	{"page", FT_INT, 0, 1, 1000000, NULL},
};
FIELDSET(admin_audit_fields, filter_fields);

struct filter {
	long long user, oid, from, to;
	const char *otype, *action;
};

/* Dates are Shanghai days; "to" includes its whole day. */
static void read_filter(const struct req *r, struct filter *f)
{
	const struct fval *from = form_get(&r->form, "from"), *to = form_get(&r->form, "to");
	f->user = form_get(&r->form, "user")->num;
	f->oid = form_get(&r->form, "oid")->num;
	f->otype = form_get(&r->form, "otype")->text;
	f->action = form_get(&r->form, "action")->text;
	f->otype = f->otype ? f->otype : "";
	f->action = f->action ? f->action : "";
	f->from = from->present && from->err == V_OK ? from->num * 86400 - SHANGHAI_OFFSET : 0;
	f->to = to->present && to->err == V_OK ? (to->num + 1) * 86400 - SHANGHAI_OFFSET : FAR_FUTURE;
	if (f->to > FAR_FUTURE)
		f->to = FAR_FUTURE;
}

static int run_list(const struct filter *f, long long limit, long long offset, struct dbres *res)
{
	return DB_RUN(ST_AUDIT_LIST, res, DBI(f->user), DBI(f->user), DBS(f->otype), DBS(f->otype),
	    DBI(f->oid), DBI(f->oid), DBS(f->action), DBS(f->action), DBI(f->from), DBI(f->to),
	    DBI(limit), DBI(offset));
}

static const char *const cols[] = {"Id", "At", "ActorId", "Actor", "Action", "ObjectType", "ObjectId",
    "Detail", "Ip", "Via"};

int admin_audit(struct req *r)
{
	struct filter f;
	struct dbres res;
	read_filter(r, &f);
	long long page = form_get(&r->form, "page")->num;
	int rc = DB_RUN(ST_AUDIT_COUNT, &res, DBI(f.user), DBI(f.user), DBS(f.otype), DBS(f.otype),
	    DBI(f.oid), DBI(f.oid), DBS(f.action), DBS(f.action), DBI(f.from), DBI(f.to));
	long long total = db_int(&res, 0, 0);
	db_free(&res);
	if (rc == DB_OK)
		rc = run_list(&f, LIST_PER_PAGE, list_offset(page), &res);
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		for (size_t c = 0; c < 10; c++)
			page_set(r, db_str(&res, i, c), "Rows.%zu.%s", i, cols[c]);
		page_set_time(r, db_int(&res, i, 1), "Rows.%zu.At", i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc == DB_GONE ? 503 : 500;
	list_pager(r, total, page);
	page_form_values(r);
	page_set(r, r->query_string, "Query");
	int st = list_users(r, "Users");
	if (st)
		return st;
	page_title(r, "Admin.Audit.Title");
	return view_page(r, 200, "admin/audit.cs");
}

static NEOERR *csv_rows(STRING *out, const struct dbres *res)
{
	NEOERR *err = STATUS_OK;
	char at[20];
	for (size_t i = 0; !err && i < res->nrows; i++) {
		clock_fmt_local((time_t)db_int(res, i, 1), at);
		for (size_t c = 0; !err && c < 10; c++)
			err = csv_field(out, c == 1 ? at : db_str(res, i, c), c == 0);
		if (!err)
			err = csv_row_end(out);
	}
	return nerr_pass(err);
}

int admin_audit_csv(struct req *r)
{
	struct filter f;
	STRING out;
	read_filter(r, &f);
	string_init(&out);
	NEOERR *err = csv_begin(&out);
	for (size_t c = 0; !err && c < 10; c++)
		err = csv_field(&out, cols[c], c == 0);
	if (!err)
		err = csv_row_end(&out);
	int rc = DB_OK;
	for (long long off = 0; !err && rc == DB_OK && off < CSV_MAX_ROWS; off += 1000) {
		struct dbres res;
		rc = run_list(&f, 1000, off, &res);
		if (rc == DB_OK)
			err = csv_rows(&out, &res);
		size_t n = res.nrows;
		db_free(&res);
		if (n < 1000)
			break;
	}
	if (err || rc != DB_OK) {
		nerr_ignore(&err);
		string_clear(&out);
		return rc == DB_GONE ? 503 : 500;
	}
	csv_send(r, "audit.csv", &out);
	string_clear(&out);
	return 0;
}

int admin_audit_verify(struct req *r)
{
	long long checked = 0, bad = audit_verify(&checked);
	if (bad < 0)
		return 503;
	page_set_int(r, checked, "Verify.Checked");
	page_set_int(r, bad, "Verify.Bad");
	page_title(r, "Admin.Audit.Verify");
	return view_page(r, 200, "admin/audit_verify.cs");
}
