/* leave_types_admin.c - the leave types admins keep (the form's 假别 with
 * each one's rules) and per-person balances of the types that keep one,
 * set by an admin or the attendance clerk.  Every change is validated
 * field by field and audited in the transaction that makes it. */
#include "flows/leave/leave.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/leave/leave_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

#define MAX_DAYS 366

static const char *const notices[] = {"none", "personal", "sick", NULL};

static const struct field types_view_f[] = {
	{"saved", FT_BOOL, 0, 0, 0, NULL},
};
FIELDSET(leave_types_view_fields, types_view_f);

static const struct field type_new_f[] = {
	{"code", FT_TEXT, FIELD_REQUIRED, 2, 24, NULL},
	{"name", FT_TEXT, FIELD_REQUIRED, 1, 64, NULL},
	{"name_en", FT_TEXT, FIELD_REQUIRED, 1, 64, NULL},
	{"notice", FT_ENUM, FIELD_REQUIRED, 0, 0, notices},
	{"max_days", FT_INT, FIELD_REQUIRED, 0, MAX_DAYS, NULL},
	{"cert_days", FT_INT, FIELD_REQUIRED, 0, MAX_DAYS, NULL},
	{"deduct_bp", FT_INT, FIELD_REQUIRED, 0, 10000, NULL},
	{"uses_balance", FT_BOOL, 0, 0, 0, NULL},
};
FIELDSET(leave_type_new_fields, type_new_f);

/* The rule fields are optional to the form reader because the built-in
 * types do not send them; for the other types edit_check requires them. */
static const struct field type_edit_f[] = {
	{"name", FT_TEXT, FIELD_REQUIRED, 1, 64, NULL},
	{"name_en", FT_TEXT, FIELD_REQUIRED, 1, 64, NULL},
	{"notice", FT_ENUM, 0, 0, 0, notices},
	{"max_days", FT_INT, 0, 0, MAX_DAYS, NULL},
	{"cert_days", FT_INT, 0, 0, MAX_DAYS, NULL},
	{"deduct_bp", FT_INT, 0, 0, 10000, NULL},
	{"uses_balance", FT_BOOL, 0, 0, 0, NULL},
	{"sort", FT_INT, FIELD_REQUIRED, 0, 1000, NULL},
	{"active", FT_BOOL, 0, 0, 0, NULL},
};
FIELDSET(leave_type_edit_fields, type_edit_f);

static const struct field balances_view_f[] = {
	{"code", FT_TEXT, 0, 1, 24, NULL},
	{"year", FT_INT, 0, 1900, 2200, NULL},
	{"dept", FT_INT, 0, 0, 1000000000, NULL},
	{"user", FT_INT, 0, 0, 1000000000, NULL},
	{"saved", FT_BOOL, 0, 0, 0, NULL},
};
FIELDSET(leave_balances_view_fields, balances_view_f);

static const struct field balance_f[] = {
	{"user", FT_INT, FIELD_REQUIRED, 1, 1000000000, NULL},
	{"code", FT_TEXT, FIELD_REQUIRED, 1, 24, NULL},
	{"year", FT_INT, FIELD_REQUIRED, 1900, 2200, NULL},
	{"days", FT_TEXT, 0, 0, 8, NULL},
	{"dept", FT_INT, 0, 0, 1000000000, NULL},
};
FIELDSET(leave_balance_fields, balance_f);

/* A type as stored (leave_types); a name is up to 64 characters of up to
 * four bytes each, kept whole. */
struct ltype {
	char code[25], name[257], name_en[257], notice[9];
	long long max_days, cert_days, deduct_bp, sort;
	int uses_balance, active;
};

static const char *text_of(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return v && v->text ? v->text : "";
}

static long long num_of(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return v ? v->num : 0;
}

static int present(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return v && v->present;
}

/* Sick and personal carry LV-02..LV-05: their keys are referenced by the
 * rules and their certificate days and deductions are settings. */
static int builtin(const char *code) { return !strcmp(code, "sick") || !strcmp(code, "personal"); }

static int code_ok(const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_'))
			return 0;
	return n >= 2 && n <= 24;
}

static void row_of(const struct lvt_row *row, struct ltype *t)
{
	snprintf(t->code, sizeof t->code, "%s", row->code);
	snprintf(t->name, sizeof t->name, "%s", row->name);
	snprintf(t->name_en, sizeof t->name_en, "%s", row->name_en);
	snprintf(t->notice, sizeof t->notice, "%s", row->notice);
	t->max_days = row->max_days;
	t->cert_days = row->cert_days;
	t->deduct_bp = row->deduct_bp;
	t->uses_balance = (int)row->uses_balance;
	t->sort = row->sort;
	t->active = (int)row->active;
}

/* ltype_get - the stored type code (locked inside a transaction); 1 found,
 * 0 not, or a db rc. */
static int ltype_get(struct stmt *st, const char *code, struct ltype *t)
{
	struct dbres res;
	memset(t, 0, sizeof *t);
	int rc = DB_RUN(st, &res, DBS(code));
	const struct lvt_row *row = lvt_row_at(&res, 0);
	int found = rc == DB_OK && row;
	if (found)
		row_of(row, t);
	db_free(&res);
	return rc != DB_OK ? rc : found;
}

/* "50%", "33.33%": a share in basis points as a percentage. */
static void bp_text(long long bp, char *out, size_t outlen)
{
	if (bp % 100)
		snprintf(out, outlen, "%lld.%02lld%%", bp / 100, bp % 100);
	else
		snprintf(out, outlen, "%lld%%", bp / 100);
}

/* ---- the list of types ---------------------------------------------- */

static void type_hdf(struct req *r, size_t i, const struct ltype *t)
{
	char buf[24];
	page_set(r, t->code, "Types.%zu.Code", i);
	page_set(r, t->name, "Types.%zu.Name", i);
	page_set(r, t->name_en, "Types.%zu.NameEn", i);
	page_set(r, t->notice, "Types.%zu.Notice", i);
	page_set_int(r, t->max_days, "Types.%zu.MaxDays", i);
	page_set_int(r, t->cert_days, "Types.%zu.CertDays", i);
	bp_text(t->deduct_bp, buf, sizeof buf);
	page_set(r, buf, "Types.%zu.Deduct", i);
	page_set_int(r, t->uses_balance, "Types.%zu.UsesBalance", i);
	page_set_int(r, t->sort, "Types.%zu.Sort", i);
	page_set_int(r, t->active, "Types.%zu.Active", i);
	page_set_int(r, builtin(t->code), "Types.%zu.Fixed", i);
}

/* The built-in types show the numbers the rules use: the settings'. */
static int effective(struct ltype *t)
{
	struct lv_type e;
	if (!builtin(t->code) || !t->active)
		return DB_OK;
	int rc = lv_type_load(t->code, &e);
	if (rc == 1) {
		t->cert_days = e.cert_days;
		t->deduct_bp = e.deduct_bp;
	}
	return rc < 0 ? rc : DB_OK;
}

static int types_show(struct req *r, int status)
{
	struct dbres res;
	struct ltype t;
	const struct lvt_row *row;
	int rc = DB_RUN0(ST_LVT_ALL, &res);
	for (size_t i = 0; rc == DB_OK && (row = lvt_row_at(&res, i)); i++) {
		row_of(row, &t);
		if ((rc = effective(&t)) == DB_OK)
			type_hdf(r, i, &t);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	page_title(r, "LeaveAdmin.Title");
	return view_page(r, status, "flows/leave/types.cs");
}

int leave_types_page(struct req *r)
{
	if (r->form.nerr)
		return 400;
	if (num_of(r, "saved"))
		page_notice(r, "LeaveAdmin.Saved");
	/* The add form starts from the plainest type. */
	static const char *const defaults[][2] = {
	    {"notice", "none"}, {"max_days", "0"}, {"cert_days", "0"}, {"deduct_bp", "0"}};
	for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++)
		page_set(r, defaults[i][1], "Form.%s.Value", defaults[i][0]);
	return types_show(r, 200);
}

/* ---- add a type --------------------------------------------------------- */

struct type_change {
	struct req *r;
	struct ltype t, before;
};

static void type_in(const struct req *r, struct ltype *t)
{
	memset(t, 0, sizeof *t);
	snprintf(t->code, sizeof t->code, "%s", text_of(r, "code"));
	snprintf(t->name, sizeof t->name, "%s", text_of(r, "name"));
	snprintf(t->name_en, sizeof t->name_en, "%s", text_of(r, "name_en"));
	snprintf(t->notice, sizeof t->notice, "%s", text_of(r, "notice"));
	t->max_days = num_of(r, "max_days");
	t->cert_days = num_of(r, "cert_days");
	t->deduct_bp = num_of(r, "deduct_bp");
	t->uses_balance = (int)num_of(r, "uses_balance");
	t->sort = num_of(r, "sort");
	t->active = (int)num_of(r, "active");
}

/* A certificate from more days than a leave may last would never be asked for. */
static int cert_over_max(const struct req *r, const struct ltype *t)
{
	const struct fval *m = form_get(&r->form, "max_days"), *c = form_get(&r->form, "cert_days");
	return m->err == V_OK && c->err == V_OK && t->max_days > 0 && t->cert_days > t->max_days;
}

static int create_tx(void *arg)
{
	struct type_change *c = arg;
	const struct ltype *t = &c->t;
	char detail[800];
	int rc = DB_RUN(ST_LVT_INSERT, NULL, DBS(t->code), DBS(t->name), DBS(t->name_en), DBS(t->notice),
	    DBI(t->max_days), DBI(t->cert_days), DBI(t->deduct_bp), DBI(t->uses_balance));
	if (rc != DB_OK)
		return rc;
	snprintf(detail, sizeof detail,
	    "%s %s / %s; notice %s, max_days %lld, cert_days %lld, deduct_bp %lld, uses_balance %d", t->code, t->name,
	    t->name_en, t->notice, t->max_days, t->cert_days, t->deduct_bp, t->uses_balance);
	return audit_by(&c->r->actor, "leave_type_add", "leave_type", 0, detail);
}

int leave_type_create(struct req *r)
{
	struct type_change c = {.r = r};
	type_in(r, &c.t);
	page_form_values(r);
	int bad = r->form.nerr;
	if (form_get(&r->form, "code")->text && !code_ok(c.t.code)) {
		page_form_error(r, "code", "LeaveAdmin.Err.Code");
		bad++;
	}
	if (cert_over_max(r, &c.t)) {
		page_form_error(r, "cert_days", "LeaveAdmin.Err.CertOverMax");
		bad++;
	}
	if (bad)
		return types_show(r, 400);
	int rc = db_tx(create_tx, &c);
	if (rc == DB_DUP) {
		page_form_error(r, "code", "LeaveAdmin.Err.CodeTaken");
		return types_show(r, 400);
	}
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/admin/leave-types?saved=1");
	return 0;
}

/* ---- edit a type -------------------------------------------------------- */

static int edit_show(struct req *r, const struct ltype *stored, int status)
{
	struct ltype e = *stored;
	int rc = effective(&e);
	if (rc != DB_OK)
		return rc;
	type_hdf(r, 0, &e);
	page_title(r, "LeaveAdmin.Edit");
	return view_page(r, status, "flows/leave/types.cs");
}

int leave_type_edit_page(struct req *r)
{
	struct ltype t;
	int rc = ltype_get(ST_LVT_GET, r->arg_name, &t);
	if (rc < 0)
		return rc;
	if (!rc)
		return 404;
	page_set(r, t.name, "Form.name.Value");
	page_set(r, t.name_en, "Form.name_en.Value");
	page_set(r, t.notice, "Form.notice.Value");
	page_set_int(r, t.max_days, "Form.max_days.Value");
	page_set_int(r, t.cert_days, "Form.cert_days.Value");
	page_set_int(r, t.deduct_bp, "Form.deduct_bp.Value");
	page_set(r, t.uses_balance ? "1" : "", "Form.uses_balance.Value");
	page_set_int(r, t.sort, "Form.sort.Value");
	page_set(r, t.active ? "1" : "", "Form.active.Value");
	hdf_set_value(r->hdf, "Editing", "1");
	return edit_show(r, &t, 200);
}

/* The fields a built-in type must not send (its rules are domain.md's and
 * the settings'), or that another type must send. */
static int edit_check(struct req *r, const struct ltype *stored, struct ltype *t)
{
	static const char *const rules[] = {"notice", "cert_days", "deduct_bp"};
	int bad = 0;
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		if (builtin(stored->code) && present(r, rules[i])) {
			page_form_error(r, rules[i], "LeaveAdmin.Err.Fixed");
			bad++;
		} else if (!builtin(stored->code) && !present(r, rules[i]) && form_get(&r->form, rules[i])->err == V_OK) {
			page_form_error(r, rules[i], "err.required");
			bad++;
		}
	}
	if (!present(r, "max_days") && form_get(&r->form, "max_days")->err == V_OK) {
		page_form_error(r, "max_days", "err.required");
		bad++;
	}
	if (builtin(stored->code)) {
		snprintf(t->notice, sizeof t->notice, "%s", stored->notice);
		t->cert_days = stored->cert_days;
		t->deduct_bp = stored->deduct_bp;
		t->active = 1;   /* the rules need them on the form */
	} else if (cert_over_max(r, t)) {
		page_form_error(r, "cert_days", "LeaveAdmin.Err.CertOverMax");
		bad++;
	}
	return bad;
}

static size_t diff_num(char *out, size_t len, size_t cap, const char *name, long long a, long long b)
{
	if (a != b && len < cap)
		len += (size_t)snprintf(out + len, cap - len, "; %s %lld -> %lld", name, a, b);
	return len < cap ? len : cap;
}

static size_t diff_str(char *out, size_t len, size_t cap, const char *name, const char *a, const char *b)
{
	if (strcmp(a, b) && len < cap)
		len += (size_t)snprintf(out + len, cap - len, "; %s %s -> %s", name, a, b);
	return len < cap ? len : cap;
}

/* "code; field before -> after; ...": only what changed. */
static void type_diff(const struct ltype *a, const struct ltype *b, char *out, size_t cap)
{
	size_t n = (size_t)snprintf(out, cap, "%s", a->code);
	n = n < cap ? n : cap;
	n = diff_str(out, n, cap, "name", a->name, b->name);
	n = diff_str(out, n, cap, "name_en", a->name_en, b->name_en);
	n = diff_str(out, n, cap, "notice", a->notice, b->notice);
	n = diff_num(out, n, cap, "max_days", a->max_days, b->max_days);
	n = diff_num(out, n, cap, "cert_days", a->cert_days, b->cert_days);
	n = diff_num(out, n, cap, "deduct_bp", a->deduct_bp, b->deduct_bp);
	n = diff_num(out, n, cap, "uses_balance", a->uses_balance, b->uses_balance);
	n = diff_num(out, n, cap, "sort", a->sort, b->sort);
	diff_num(out, n, cap, "active", a->active, b->active);
}

static int update_tx(void *arg)
{
	struct type_change *c = arg;
	const struct ltype *t = &c->t;
	char detail[1600];
	int rc = ltype_get(ST_LVT_LOCK, t->code, &c->before);
	if (rc < 0)
		return rc;
	if (!rc)
		return 404;
	rc = DB_RUN(ST_LVT_UPDATE, NULL, DBS(t->name), DBS(t->name_en), DBS(t->notice), DBI(t->max_days),
	    DBI(t->cert_days), DBI(t->deduct_bp), DBI(t->uses_balance), DBI(t->sort), DBI(t->active), DBS(t->code));
	if (rc != DB_OK)
		return rc;
	type_diff(&c->before, t, detail, sizeof detail);
	return audit_by(&c->r->actor, "leave_type_edit", "leave_type", 0, detail);
}

int leave_type_update(struct req *r)
{
	struct type_change c = {.r = r};
	int rc = ltype_get(ST_LVT_GET, r->arg_name, &c.before);
	if (rc < 0)
		return rc;
	if (!rc)
		return 404;
	type_in(r, &c.t);
	snprintf(c.t.code, sizeof c.t.code, "%s", c.before.code);
	page_form_values(r);
	hdf_set_value(r->hdf, "Editing", "1");
	int bad = r->form.nerr + edit_check(r, &c.before, &c.t);
	if (bad)
		return edit_show(r, &c.before, 400);
	rc = db_tx(update_tx, &c);
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/admin/leave-types?saved=1");
	return 0;
}

/* ---- balances ----------------------------------------------------------- */

/* halfdays_of - "5", "2.5", "3.0" as half days in 0..2*MAX_DAYS; -1 otherwise. */
static int halfdays_of(const char *s)
{
	int whole = 0, half = 0;
	size_t i = 0;
	for (; s[i] >= '0' && s[i] <= '9'; i++) {
		whole = whole * 10 + (s[i] - '0');
		if (whole > MAX_DAYS)
			return -1;
	}
	if (i == 0)
		return -1;
	if (s[i] == '.') {
		if (s[i + 1] != '5' && s[i + 1] != '0')
			return -1;
		half = s[i + 1] == '5';
		i += 2;
	}
	if (s[i] || (whole == MAX_DAYS && half))
		return -1;
	return 2 * whole + half;
}

/* The balance types as BalTypes.N; *chosen is code when it is one of them
 * (or the first when code is empty).  DB_OK or a db rc. */
static int bal_types_hdf(struct req *r, const char *code, char chosen[25])
{
	struct dbres res;
	const struct lvt_balance_types *t;
	int en = !strcmp(r->lang, "en");
	chosen[0] = '\0';
	int rc = DB_RUN0(ST_LVT_BALANCE_TYPES, &res);
	for (size_t i = 0; rc == DB_OK && (t = lvt_balance_types_at(&res, i)); i++) {
		page_set(r, t->code, "BalTypes.%zu.Code", i);
		page_set(r, en && *t->name_en ? t->name_en : t->name, "BalTypes.%zu.Name", i);
		page_set_int(r, t->active, "BalTypes.%zu.Active", i);
		if ((!*code && i == 0) || !strcmp(code, t->code))
			snprintf(chosen, 25, "%s", t->code);
	}
	db_free(&res);
	return rc;
}

/* The day the statutory scale is read on: today within the chosen year,
 * else the year's last day (past) or first day (future). */
static int as_of_day(int year)
{
	int today = cal_utc_to_day(clock_now()), y;
	cal_ymd(today, &y, NULL, NULL);
	return y == year ? today : y > year ? cal_days(year, 12, 31) : cal_days(year, 1, 1);
}

static void days_hdf(struct req *r, int halfdays, const char *namefmt, size_t i)
{
	char buf[16], name[64];
	lv_days_text(halfdays, buf, sizeof buf);
	snprintf(name, sizeof name, namefmt, i);
	hdf_set_value(r->hdf, name, buf);
}

static int bal_rows_hdf(struct req *r, const char *code, int year, long long dept)
{
	struct dbres res;
	const struct lvb_list *b;
	char d[12];
	int on = as_of_day(year);
	int rc = DB_RUN(ST_LVB_LIST, &res, DBI(year), DBS(code), DBS(code), DBI(year), DBI(dept), DBI(dept));
	for (size_t i = 0; rc == DB_OK && (b = lvb_list_at(&res, i)); i++) {
		int set = b->entitled != NULL;
		int start = b->work_start ? (int)atoll(b->work_start) : 0;
		int ent = set ? (int)atoll(b->entitled)
		              : b->work_start ? 2 * lv_statutory_days(lv_years_worked(start, on)) : 0;
		int used = (int)b->used, pend = (int)b->pending;
		int left = ent - used - pend;
		page_set_int(r, b->id, "Rows.%zu.Id", i);
		page_set(r, b->login, "Rows.%zu.Login", i);
		page_set(r, b->display_name, "Rows.%zu.Name", i);
		page_set(r, b->dept_name, "Rows.%zu.Dept", i);
		if (b->work_start) {
			lv_day_text(start, d, sizeof d);
			page_set(r, d, "Rows.%zu.WorkStart", i);
		}
		page_set_int(r, set, "Rows.%zu.Set", i);
		days_hdf(r, ent, "Rows.%zu.Entitled", i);
		days_hdf(r, used, "Rows.%zu.Used", i);
		days_hdf(r, pend, "Rows.%zu.Pending", i);
		days_hdf(r, left > 0 ? left : 0, "Rows.%zu.Left", i);
		page_set_int(r, left < 0, "Rows.%zu.Over", i);
	}
	db_free(&res);
	lv_day_text(on, d, sizeof d);
	page_set(r, d, "AsOf");
	return rc;
}

static int bal_show(struct req *r, const char *code, int year, long long dept, int status)
{
	char chosen[25];
	int rc = bal_types_hdf(r, code, chosen);
	if (rc != DB_OK)
		return rc;
	if (*code && !*chosen && status == 200)
		return 404;
	if (*chosen && (rc = bal_rows_hdf(r, chosen, year, dept)) != DB_OK)
		return rc;
	int st = list_depts(r, "Depts");
	if (!st)
		st = list_roster();
	if (st)
		return st;
	page_set(r, chosen, "Code");
	page_set_int(r, year, "Year");
	page_set_int(r, dept, "Dept");
	page_title(r, "LeaveAdmin.Bal.Title");
	return view_page(r, status, "flows/leave/balances.cs");
}

static int this_year(void)
{
	int y;
	cal_ymd(cal_utc_to_day(clock_now()), &y, NULL, NULL);
	return y;
}

int leave_balances_page(struct req *r)
{
	if (r->form.nerr)
		return 400;
	long long year = num_of(r, "year");
	if (num_of(r, "saved"))
		page_notice(r, "LeaveAdmin.Saved");
	if (num_of(r, "user"))
		page_set_int(r, num_of(r, "user"), "Form.user.Value");
	year = year ? year : this_year();
	page_set_int(r, year, "Form.year.Value");
	return bal_show(r, text_of(r, "code"), (int)year, num_of(r, "dept"), 200);
}

struct bal_change {
	struct req *r;
	long long user;
	int year, halfdays;   /* -1: back to the statutory scale */
	const char *code;
};

static int balance_tx(void *arg)
{
	struct bal_change *c = arg;
	struct dbres res;
	char before[16] = "statutory", after[16] = "statutory", detail[160];
	int rc = DB_RUN(ST_LVB_LOCK, &res, DBI(c->user), DBI(c->year), DBS(c->code));
	const struct lvb_lock *set = lvb_lock_at(&res, 0);
	if (rc == DB_OK && set)
		lv_days_text((int)set->halfdays, before, sizeof before);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (c->halfdays < 0)
		rc = DB_RUN(ST_LVB_DEL, NULL, DBI(c->user), DBI(c->year), DBS(c->code));
	else
		rc = DB_RUN(ST_LVB_PUT, NULL, DBI(c->user), DBI(c->year), DBS(c->code), DBI(c->halfdays));
	if (rc != DB_OK)
		return rc;
	if (c->halfdays >= 0)
		lv_days_text(c->halfdays, after, sizeof after);
	snprintf(detail, sizeof detail, "%s %d: %s -> %s days", c->code, c->year, before, after);
	return audit_by(&c->r->actor, "leave_balance_set", "user", c->user, detail);
}

/* Field errors of a balance change beyond the form reader's; the count. */
static int balance_check(struct req *r, struct bal_change *c, int *is_type)
{
	struct dbres res;
	struct ltype t;
	int bad = 0;
	const char *days = form_get(&r->form, "days")->text;
	c->halfdays = days ? halfdays_of(days) : -1;
	if (days && c->halfdays < 0) {
		page_form_error(r, "days", "LeaveAdmin.Bal.Err.Days");
		bad++;
	}
	int rc = *c->code ? ltype_get(ST_LVT_GET, c->code, &t) : 0;
	if (rc < 0)
		return rc;
	*is_type = rc == 1 && t.uses_balance;
	if (*c->code && !*is_type) {
		page_form_error(r, "code", "LeaveAdmin.Bal.Err.Type");
		bad++;
	}
	if (!c->user)
		return bad;
	rc = DB_RUN(ST_LVB_USER, &res, DBI(c->user));
	int found = rc == DB_OK && lvb_user_at(&res, 0);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!found) {
		page_form_error(r, "user", "LeaveAdmin.Bal.Err.User");
		bad++;
	}
	return bad;
}

int leave_balance_set(struct req *r)
{
	struct bal_change c = {r, num_of(r, "user"), (int)num_of(r, "year"), -1, text_of(r, "code")};
	long long dept = num_of(r, "dept");
	int is_type = 0;
	page_form_values(r);
	int bad = balance_check(r, &c, &is_type);
	if (bad < 0)
		return bad;
	if (bad + r->form.nerr)
		return bal_show(r, is_type ? c.code : "", c.year ? c.year : this_year(), dept, 400);
	int rc = db_tx(balance_tx, &c);
	if (rc != DB_OK)
		return rc;
	char to[160];
	snprintf(to, sizeof to, "/attendance/balances?code=%s&year=%d&dept=%lld&saved=1", code_ok(c.code) ? c.code : "",
	    c.year, dept);
	resp_redirect(r, to);
	return 0;
}
