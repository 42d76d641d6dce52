/*
 * leave.c - 请假: sick, personal and the types admins add, on one form.
 * Everything the rules decide comes from leave_assess (the same code the
 * form's preview runs); this file stores, loads and hooks.  Its tables:
 * leave_types, leave_requests, leave_balances (sql/005-leave.sql).
 */
#include "flows/leave/leave.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/roles.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/attach.h"
#include "engine/engine.h"
#include "engine/flow.h"
#include "flows/leave/leave_sql.h"
#include "http/form.h"
#include "http/router.h"
#include "pages/flow_page.h"

static const char *const parts[] = {"whole", "morning", "afternoon", NULL};

static const struct field form_fields[] = {
	{"kind", FT_TEXT, FIELD_REQUIRED, 1, 24, NULL},
	{"first", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"first_part", FT_ENUM, 0, 0, 0, parts},
	{"last", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"last_part", FT_ENUM, 0, 0, 0, parts},
	{"reason", FT_LINES, FIELD_REQUIRED, 1, 1000, NULL},
	{"statement", FT_LINES, 0, 0, 5000, NULL},
	{"certificate", FT_FILE, 0, 0, 104857600, NULL},
};
static FIELDSET(leave_form, form_fields);

static const char *const values[] = {"kind", "days", "has_certificate", NULL};

static int part_index(const char *name)
{
	for (int i = 0; name && parts[i]; i++)
		if (!strcmp(parts[i], name))
			return i;
	return 0;
}

static const char *part_name(long long n) { return n >= 0 && n <= 2 ? parts[n] : parts[0]; }

/* A certificate chosen on the form counts before it is stored. */
static void from_form(const struct form *f, struct rvals *vals)
{
	const struct fval *cert = form_get(f, "certificate");
	rvals_set_num(vals, "cert_upload", cert && cert->present);
}

void leave_input(const struct rvals *vals, long long requester, long long filed_by, struct lv_input *in)
{
	memset(in, 0, sizeof *in);
	in->requester = requester;
	in->filed_by = filed_by;
	in->kind = rvals_text(vals, "kind");
	in->first = (int)rvals_num(vals, "first");
	in->first_part = part_index(rvals_get(vals, "first_part"));
	in->last = (int)rvals_num(vals, "last");
	in->last_part = part_index(rvals_get(vals, "last_part"));
	in->statement = rvals_text(vals, "statement");
	in->has_cert = rvals_num(vals, "cert_upload") != 0;
}

/* The request as the rules see it now: a returned request keeps the
 * certificate its first round carried. */
static int assess(struct flow_ctx *c, struct lv_input *in, struct lv_assess *a)
{
	long long n = 0;
	leave_input(&c->vals, c->requester_id, c->filed_by_id, in);
	in->request_id = c->request_id;
	in->now = c->now;
	int rc = c->request_id ? attach_count(c->request_id, "certificate", &n) : DB_OK;
	if (n > 0)
		in->has_cert = 1;
	return rc == DB_OK ? lv_assess(in, a) : rc;
}

/* What the route tests, and what the submission hook needs: the other
 * parts of the absence this leave joins (LV-03, LV-05). */
static void keep(struct flow_ctx *c, const struct lv_assess *a)
{
	char run[LV_RUN_MAX * 21 + 1] = "";
	size_t at = 0;
	rvals_set_num(&c->vals, "days", a->days_ceil);
	rvals_set_num(&c->vals, "has_certificate", a->has_cert);
	rvals_set(&c->vals, "counted_as", lv_counted_as(a));
	rvals_set_num(&c->vals, "late", a->late);
	rvals_set_num(&c->vals, "on_behalf", a->on_behalf);
	for (size_t i = 0; i < a->run.n; i++)
		at += (size_t)snprintf(run + at, sizeof run - at, "%s%lld", at ? "," : "", a->run.part[i].id);
	rvals_set(&c->vals, "run", run);
	rvals_set_num(&c->vals, "run_has_cert", a->run.has_cert);
	rvals_set_num(&c->vals, "needs_gm", a->needs_gm);
}

/* Locks the person first - one person's requests are judged one at a time
 * (LV-12 under races), and every read after the lock sees what committed
 * before it - then stores what was typed with what the rules computed of
 * it; a draft is stored even when the rules would refuse it. */
static int save(struct flow_ctx *c)
{
	struct lv_input in;
	struct lv_assess a;
	struct dbres res;
	int rc = DB_RUN(ST_LV_LOCK_USER, &res, DBI(c->requester_id));
	db_free(&res);
	if (rc == DB_OK)
		rc = assess(c, &in, &a);
	if (rc != DB_OK)
		return rc;
	keep(c, &a);
	return DB_RUN(ST_LV_SAVE, NULL, DBI(c->request_id), DBI(c->requester_id), DBS(in.kind), DBS(lv_counted_as(&a)),
	    DBI(in.first), DBI(in.first_part), DBI(in.last), DBI(in.last_part), DBI(a.span.start), DBI(a.span.end),
	    DBI(a.halfdays), DBS(rvals_text(&c->vals, "reason")), DBS(in.statement), DBI(a.has_cert));
}

/* At submission: the rules' first refusal, beside its field. */
static int rules(struct flow_ctx *c)
{
	struct lv_input in;
	struct lv_assess a;
	int rc = assess(c, &in, &a);
	if (rc != DB_OK)
		return rc;
	if (a.err_key)
		return flow_refuse(c, a.err_field, a.err_key);
	keep(c, &a);
	return DB_OK;
}

/* Types an admin added have their names in the table, not the language files. */
static int kind_names(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_LV_TYPE, &res, DBS(rvals_text(&c->vals, "kind")));
	const struct lv_type_row *t = lv_type_row_at(&res, 0);
	if (rc == DB_OK && t) {
		rvals_set(&c->vals, "kind_zh", t->name);
		rvals_set(&c->vals, "kind_en", t->name_en);
	}
	db_free(&res);
	return rc;
}

static void set_day(struct flow_ctx *c, const char *name, long long day)
{
	char buf[16];
	lv_day_text((int)day, buf, sizeof buf);
	rvals_set(&c->vals, name, buf);
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	char buf[32];
	int rc = DB_RUN(ST_LV_GET, &res, DBI(c->request_id));
	const struct lv_get *l = lv_get_at(&res, 0);
	if (rc == DB_OK && l) {
		rvals_set(&c->vals, "kind", l->kind);
		rvals_set(&c->vals, "counted_as", l->counted_as);
		set_day(c, "first", l->first_day);
		rvals_set_num(&c->vals, "first_day", l->first_day);
		rvals_set(&c->vals, "first_part", part_name(l->first_part));
		set_day(c, "last", l->last_day);
		rvals_set_num(&c->vals, "last_day", l->last_day);
		rvals_set(&c->vals, "last_part", part_name(l->last_part));
		rvals_set_num(&c->vals, "slot_start", l->slot_start);
		rvals_set_num(&c->vals, "slot_end", l->slot_end);
		rvals_set_num(&c->vals, "halfdays", l->halfdays);
		rvals_set_num(&c->vals, "days", lv_days_ceil((int)l->halfdays));
		lv_days_text((int)l->halfdays, buf, sizeof buf);
		rvals_set(&c->vals, "days_text", buf);
		rvals_set(&c->vals, "reason", l->reason);
		rvals_set(&c->vals, "statement", l->statement);
		rvals_set_num(&c->vals, "has_certificate", l->has_cert);
		rvals_set(&c->vals, "ended_early", l->ended_early_at ? "1" : "");
		rvals_set(&c->vals, "cert_missing", strcmp(l->kind, l->counted_as) && !l->has_cert ? "1" : "");
	}
	db_free(&res);
	return rc == DB_OK ? kind_names(c) : rc;
}

/* Filed by the head for someone, late (LV-02), or counted as personal
 * leave for want of a certificate (LV-03): each is in the record. */
static void note_submit(struct flow_ctx *c)
{
	if (rvals_num(&c->vals, "on_behalf"))
		flow_note(c, rvals_num(&c->vals, "late") ? "leave_filed_late_for" : "leave_filed_for",
		    rvals_text(&c->vals, "kind"));
	if (strcmp(rvals_text(&c->vals, "kind"), rvals_text(&c->vals, "counted_as")))
		flow_note(c, "leave_counted_personal", "no certificate (LV-03)");
}

/* A part of the same absence, judged again: a sick leave counts as the
 * whole illness counts (LV-03), a personal leave still waiting takes the
 * general manager's step the whole absence needs (LV-05). */
static int rejudge(struct flow_ctx *c, long long part)
{
	char why[80];
	struct rvals v;
	memset(&v, 0, sizeof v);
	const char *kind = rvals_text(&c->vals, "kind");
	const char *counted = rvals_num(&c->vals, "run_has_cert") ? kind : rvals_text(&c->vals, "counted_as");
	int rc = !strcmp(kind, "sick") ? DB_RUN(ST_LV_SET_COUNTED, NULL, DBS(counted), DBI(part)) : DB_OK;
	rvals_set(&v, "kind", kind);
	rvals_set_num(&v, "days", rvals_num(&c->vals, "days"));
	rvals_set_num(&v, "has_certificate", rvals_num(&c->vals, "run_has_cert"));
	snprintf(why, sizeof why, "one absence with request %lld: %s", c->request_id,
	    !strcmp(kind, "sick") ? counted : rvals_num(&c->vals, "needs_gm") ? "general manager" : "no change");
	if (rc == DB_OK)
		rc = engine_rejudge_within(part, &v, c->actor, c->now, why);
	rvals_free(&v);
	return rc;
}

/* The other parts of the absence (keep's "run": ids joined by commas). */
static int rejudge_run(struct flow_ctx *c)
{
	const char *p = rvals_text(&c->vals, "run");
	int rc = DB_OK;
	while (rc == DB_OK && *p) {
		char *end;
		long long id = strtoll(p, &end, 10);
		if (end == p)
			break;
		rc = rejudge(c, id);
		p = *end == ',' ? end + 1 : end;
	}
	return rc;
}

/* An approved leave may be cancelled only before it starts; after that
 * the person reports back (销假) and the days are recounted. */
static int hook(struct flow_ctx *c, enum flow_event ev)
{
	if (ev == EV_SUBMIT) {
		note_submit(c);
		return rejudge_run(c);
	}
	if (ev != EV_CANCEL)
		return DB_OK;
	long long starts = cal_day_start_utc((int)rvals_num(&c->vals, "first_day"), (int)setting("work_start_min"));
	return c->now >= starts ? flow_refuse(c, "", "Leave.Err.Started") : DB_OK;
}

/* The dates; the kind is the request's kind, named in each language. */
static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	char first[16], last[16];
	lv_day_text((int)rvals_num(&c->vals, "first"), first, sizeof first);
	lv_day_text((int)rvals_num(&c->vals, "last"), last, sizeof last);
	snprintf(out, outlen, "%s ~ %s", first, last);
}

static const struct flow flow = {
	.type = "leave",
	.prefix = "QJ",
	.values = values,
	.kind_value = "kind",
	.cancellable = 1,
	.viewer_roles = ROLE_CLERK,
	.sensitive_files = 1,
	.file_for_roles = ROLE_HEAD,
	.save = save,
	.rules = rules,
	.load = load,
	.hook = hook,
	.hook_events = EV_BIT(EV_SUBMIT) | EV_BIT(EV_CANCEL),
	.title = title,
};

const struct flow_page leave_type = {
	.flow = &flow,
	.form = &leave_form,
	.form_tmpl = "flows/leave/form.cs",
	.view_tmpl = "flows/leave/view.cs",
	.from_form = from_form,
	.prepare = leave_prepare,
	.routes = &leave_table,
};
