/* audit_page.c - reading the audit record. */
#include "admin/audit_page.h"

#include <stdio.h>
#include <string.h>

#include "admin/admin_sql.h"
#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "http/req.h"
#include "http/router.h"
#include "view/csv.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

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

#define NCOLS 10
static const char *const cols[NCOLS] = {"Id", "At", "ActorId", "Actor", "Action", "ObjectType", "ObjectId",
    "Detail", "Ip", "Via"};

/* A row as text, in the order of cols; id and at go into the caller's buffers. */
static void row_texts(const struct audit_list *a, char id[24], const char *at, const char *out[NCOLS])
{
	snprintf(id, 24, "%lld", a->id);
	const char *t[NCOLS] = {id, at, a->actor_id ? a->actor_id : "", a->actor_name, a->action, a->object_type,
	    a->object_id ? a->object_id : "", a->detail, a->ip, a->via};
	memcpy(out, t, sizeof t);
}

static void set_row(struct req *r, const struct audit_list *a, size_t i)
{
	char id[24];
	const char *t[NCOLS];
	row_texts(a, id, "", t);
	for (size_t c = 0; c < NCOLS; c++)
		if (c != 1)
			page_set(r, t[c], "Rows.%zu.%s", i, cols[c]);
	page_set_time(r, a->at, "Rows.%zu.At", i);
}

int admin_audit(struct req *r)
{
	struct filter f;
	struct dbres res;
	const struct audit_list *a;
	read_filter(r, &f);
	long long page = form_get(&r->form, "page")->num;
	int rc = DB_RUN(ST_AUDIT_COUNT, &res, DBI(f.user), DBI(f.user), DBS(f.otype), DBS(f.otype),
	    DBI(f.oid), DBI(f.oid), DBS(f.action), DBS(f.action), DBI(f.from), DBI(f.to));
	const struct admin_total *count = admin_total_at(&res, 0);
	long long total = count ? count->total : 0;
	db_free(&res);
	if (rc == DB_OK)
		rc = run_list(&f, LIST_PER_PAGE, list_offset(page), &res);
	for (size_t i = 0; rc == DB_OK && (a = audit_list_at(&res, i)); i++)
		set_row(r, a, i);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	list_pager(r, total, page);
	page_form_values(r);
	page_set(r, r->query_string, "Query");
	int st = list_roster();
	if (st)
		return st;
	page_title(r, "Admin.Audit.Title");
	return view_page(r, 200, "admin/audit.cs");
}

static NEOERR *csv_rows(STRING *out, const struct dbres *res)
{
	NEOERR *err = STATUS_OK;
	const struct audit_list *a;
	char id[24], at[20];
	const char *t[NCOLS];
	for (size_t i = 0; !err && (a = audit_list_at(res, i)); i++) {
		clock_fmt_local((time_t)a->at, at);
		row_texts(a, id, at, t);
		for (size_t c = 0; !err && c < NCOLS; c++)
			err = csv_field(out, t[c], c == 0);
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
	for (size_t c = 0; !err && c < NCOLS; c++)
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
		return rc != DB_OK ? rc : 500;
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
