/*
 * leave.c - 请假: sick, personal and the types admins add, on one form.
 * Everything the rules decide comes from leave_assess (the same code the
 * form's preview runs); this file stores, loads and hooks.
 */
#include "flows/leave.h"

#include <stdio.h>
#include <string.h>

#include "attendance/pages.h"
#include "audit/audit.h"
#include "auth/roles.h"
#include "core/settings.h"
#include "db/db.h"
#include "engine/attach.h"
#include "engine/flow.h"
#include "http/req.h"
#include "http/router.h"
#include "view/view.h"

static const char *const parts[] = {"whole", "morning", "afternoon", NULL};

#define LEAVE_FIELDS \
	{"kind", FT_TEXT, FIELD_REQUIRED, 1, 24, NULL}, \
	{"first", FT_DATE, FIELD_REQUIRED, 0, 0, NULL}, \
	{"first_part", FT_ENUM, 0, 0, 0, parts}, \
	{"last", FT_DATE, FIELD_REQUIRED, 0, 0, NULL}, \
	{"last_part", FT_ENUM, 0, 0, 0, parts}, \
	{"reason", FT_LINES, FIELD_REQUIRED, 1, 1000, NULL}, \
	{"statement", FT_LINES, 0, 0, 5000, NULL}, \
	{"certificate", FT_FILE, 0, 0, 104857600, NULL}

static const struct field form_fields[] = {LEAVE_FIELDS};
static FIELDSET(leave_form, form_fields);

static const char *const values[] = {"kind", "days", "has_certificate", NULL};

static const char *part_name(long long n) { return n >= 0 && n <= 2 ? parts[n] : parts[0]; }

static long long num(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return v ? v->num : 0;
}

static const char *text(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return v && v->text ? v->text : "";
}

static const char *val(const struct flow_ctx *c, const char *name)
{
	const char *v = rvals_get(&c->vals, name);
	return v ? v : "";
}

void leave_input_from_form(const struct req *r, long long requester, struct lv_input *in)
{
	const struct fval *cert = form_get(&r->form, "certificate");
	memset(in, 0, sizeof *in);
	in->requester = requester;
	in->filed_by = r->user.id;
	in->kind = text(r, "kind");
	in->first = (int)num(r, "first");
	in->first_part = (int)num(r, "first_part");
	in->last = (int)num(r, "last");
	in->last_part = (int)num(r, "last_part");
	in->statement = text(r, "statement");
	in->has_cert = cert && cert->present;
}

static void from_form(struct flow_ctx *c)
{
	const struct req *r = c->r;
	rvals_set(&c->vals, "kind", text(r, "kind"));
	rvals_set(&c->vals, "first", fval_raw(form_get(&r->form, "first")));
	rvals_set(&c->vals, "last", fval_raw(form_get(&r->form, "last")));
	rvals_set(&c->vals, "first_part", part_name(num(r, "first_part")));
	rvals_set(&c->vals, "last_part", part_name(num(r, "last_part")));
	rvals_set(&c->vals, "reason", text(r, "reason"));
	rvals_set(&c->vals, "statement", text(r, "statement"));
}

static int input_of(struct flow_ctx *c, struct lv_input *in)
{
	long long n = 0;
	leave_input_from_form(c->r, c->requester_id, in);
	in->filed_by = c->filed_by_id;
	in->request_id = c->request_id;
	in->now = c->now;
	/* A returned request keeps the certificate its first round carried. */
	int rc = c->request_id ? attach_count(c->request_id, "certificate", &n) : DB_OK;
	if (n > 0)
		in->has_cert = 1;
	return rc;
}

static void keep(struct flow_ctx *c, const struct lv_assess *a)
{
	rvals_set_num(&c->vals, "days", a->days_ceil);
	rvals_set_num(&c->vals, "halfdays", a->halfdays);
	rvals_set_num(&c->vals, "has_certificate", a->has_cert);
	rvals_set(&c->vals, "counted_as", lv_counted_as(a));
	rvals_set_num(&c->vals, "late", a->late);
	rvals_set_num(&c->vals, "on_behalf", a->on_behalf);
}

/* Locks the person, judges the request and stores it - or refuses with
 * the reason beside its field and the facts on the form. */
static int save(struct flow_ctx *c)
{
	struct lv_input in;
	struct lv_assess a;
	struct dbres res;
	/* One person's requests are judged one at a time (LV-12 under races). */
	int rc = DB_RUN(ST_LV_LOCK_USER, &res, DBI(c->requester_id));
	db_free(&res);
	if (rc == DB_OK)
		rc = input_of(c, &in);
	if (rc == DB_OK)
		rc = lv_assess(&in, &a);
	if (rc != DB_OK)
		return rc;
	if (a.err_key) {
		snprintf(c->error_field, sizeof c->error_field, "%s", a.err_field);
		snprintf(c->error_key, sizeof c->error_key, "%s", a.err_key);
		lv_types_hdf(c->r);
		lv_assess_hdf(c->r, &in, &a);
		return FLOW_REFUSED;
	}
	keep(c, &a);
	return DB_RUN(ST_LV_SAVE, NULL, DBI(c->request_id), DBI(c->requester_id), DBS(a.type.code),
	    DBS(lv_counted_as(&a)), DBI(in.first), DBI(in.first_part), DBI(in.last), DBI(in.last_part),
	    DBI(a.span.start), DBI(a.span.end), DBI(a.halfdays), DBS(val(c, "reason")),
	    DBS(val(c, "statement")), DBI(a.has_cert));
}

/* Types an admin added have their names in the table, not the language files. */
static int kind_names(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_LV_TYPE, &res, DBS(val(c, "kind")));
	if (rc == DB_OK && res.nrows == 1) {
		rvals_set(&c->vals, "kind_zh", db_str(&res, 0, 1));
		rvals_set(&c->vals, "kind_en", db_str(&res, 0, 2));
	}
	db_free(&res);
	return rc;
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	char buf[32];
	int rc = DB_RUN(ST_LV_GET, &res, DBI(c->request_id));
	if (rc == DB_OK && res.nrows == 1) {
		rvals_set(&c->vals, "kind", db_str(&res, 0, 1));
		rvals_set(&c->vals, "counted_as", db_str(&res, 0, 2));
		lv_day_text((int)db_int(&res, 0, 3), buf, sizeof buf);
		rvals_set(&c->vals, "first", buf);
		rvals_set_num(&c->vals, "first_day", db_int(&res, 0, 3));
		rvals_set(&c->vals, "first_part", part_name(db_int(&res, 0, 4)));
		lv_day_text((int)db_int(&res, 0, 5), buf, sizeof buf);
		rvals_set(&c->vals, "last", buf);
		rvals_set_num(&c->vals, "last_day", db_int(&res, 0, 5));
		rvals_set(&c->vals, "last_part", part_name(db_int(&res, 0, 6)));
		rvals_set_num(&c->vals, "slot_start", db_int(&res, 0, 7));
		rvals_set_num(&c->vals, "slot_end", db_int(&res, 0, 8));
		rvals_set_num(&c->vals, "halfdays", db_int(&res, 0, 9));
		rvals_set_num(&c->vals, "days", lv_days_ceil((int)db_int(&res, 0, 9)));
		lv_days_text((int)db_int(&res, 0, 9), buf, sizeof buf);
		rvals_set(&c->vals, "days_text", buf);
		rvals_set(&c->vals, "reason", db_str(&res, 0, 10));
		rvals_set(&c->vals, "statement", db_str(&res, 0, 11));
		rvals_set_num(&c->vals, "has_certificate", db_int(&res, 0, 12));
		rvals_set(&c->vals, "ended_early", db_get(&res, 0, 14) ? "1" : "");
		rvals_set(&c->vals, "cert_missing",
		    strcmp(db_str(&res, 0, 1), db_str(&res, 0, 2)) && !db_int(&res, 0, 12) ? "1" : "");
	}
	db_free(&res);
	return rc == DB_OK ? kind_names(c) : rc;
}

static int audit_submit(struct flow_ctx *c)
{
	int rc = DB_OK;
	if (rvals_num(&c->vals, "on_behalf"))
		rc = audit_req(c->r, rvals_num(&c->vals, "late") ? "leave_filed_late_for" : "leave_filed_for", "request",
		    c->request_id, val(c, "kind"));
	if (rc == DB_OK && strcmp(val(c, "kind"), val(c, "counted_as")))
		rc = audit_req(c->r, "leave_counted_personal", "request", c->request_id, "no certificate (LV-03)");
	return rc;
}

/* An approved leave may be cancelled only before it starts; after that
 * the person reports back (销假) and the days are recounted. */
static int hook(struct flow_ctx *c, enum flow_event ev)
{
	if (ev == EV_SUBMIT)
		return audit_submit(c);
	if (ev != EV_CANCEL)
		return DB_OK;
	long long starts = cal_day_start_utc((int)rvals_num(&c->vals, "first_day"), (int)setting("work_start_min"));
	if (c->now >= starts) {
		snprintf(c->error_key, sizeof c->error_key, "Leave.Err.Started");
		return FLOW_REFUSED;
	}
	return DB_OK;
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	char key[48];
	const char *kind = val(c, "kind");
	snprintf(key, sizeof key, "Leave.Kind.%s", kind);
	const char *name = c->r ? view_text(c->r->lang, key) : key;
	if (!strcmp(name, key))
		name = kind;
	snprintf(out, outlen, "%s %s ~ %s", name, val(c, "first"), val(c, "last"));
}

const struct flow flow_leave = {
	.type = "leave",
	.prefix = "QJ",
	.values = values,
	.form = &leave_form,
	.form_tmpl = "flows/leave_form.cs",
	.view_tmpl = "flows/leave_view.cs",
	.cancellable = 1,
	.viewer_roles = ROLE_CLERK,
	.sensitive_files = 1,
	.file_for_roles = ROLE_HEAD,
	.from_form = from_form,
	.prepare = leave_prepare,
	.save = save,
	.load = load,
	.hook = hook,
	.title = title,
};
