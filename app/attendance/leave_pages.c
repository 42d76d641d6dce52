/* leave_pages.c - the leave form with its types and balances, the rules
 * preview, a certificate added afterwards (LV-03) and 销假. */
#include "attendance/pages.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "auth/roles.h"
#include "core/clock.h"
#include "core/settings.h"
#include "db/db.h"
#include "engine/attach.h"
#include "engine/pages.h"
#include "engine/workcal.h"
#include "flows/leave.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

static int db_status(int rc) { return rc == DB_GONE ? 503 : 500; }

/* This year's balances of the types that keep one, for the form. */
static int balances_hdf(struct req *r, long long user)
{
	struct dbres res;
	char buf[16];
	int y, k = 0;
	int today = cal_utc_to_day(clock_now());
	cal_ymd(today, &y, NULL, NULL);
	int rc = DB_RUN0(ST_LV_TYPES, &res);
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		if (!db_int(&res, i, 7))
			continue;
		int ent, used, pend;
		if ((rc = lv_balance_of(user, db_str(&res, i, 0), y, 0, today, &ent, &used, &pend)) != DB_OK)
			break;
		page_set(r, db_str(&res, i, strcmp(r->lang, "en") ? 1 : 2), "Balances.%d.Name", k);
		lv_days_text(ent, buf, sizeof buf);
		page_set(r, buf, "Balances.%d.Entitled", k);
		lv_days_text(used, buf, sizeof buf);
		page_set(r, buf, "Balances.%d.Used", k);
		lv_days_text(pend, buf, sizeof buf);
		page_set(r, buf, "Balances.%d.Pending", k);
		lv_days_text(ent - used - pend > 0 ? ent - used - pend : 0, buf, sizeof buf);
		page_set(r, buf, "Balances.%d.Left", k++);
	}
	db_free(&res);
	page_set_int(r, y, "Balances.Year");
	return rc;
}

/* The leave form's own data: the types, this year's balances and, when the
 * user asked to check, what the rules say about what they typed. */
int leave_prepare(struct req *r, int preview)
{
	int rc = lv_types_hdf(r);
	if (rc == DB_OK)
		rc = balances_hdf(r, r->user.id);
	if (rc != DB_OK || !preview || r->form.nerr)
		return rc;
	const struct fval *who = form_get(&r->form, "on_behalf_of");
	long long requester = who && who->num && (r->user.roles & ROLE_HEAD) ? who->num : r->user.id;
	struct lv_input in;
	struct lv_assess a;
	leave_input_from_form(r, requester, &in);
	in.now = clock_now();
	rc = lv_assess(&in, &a);
	return rc == DB_OK ? lv_assess_hdf(r, &in, &a) : rc;
}

struct leave_row {
	long long user;
	char kind[25], counted[25];
	int first, first_part, last, last_part, halfdays, has_cert;
	struct lv_span span;
};

static int row_load(long long id, struct leave_row *l)
{
	struct dbres res;
	int rc = DB_RUN(ST_LV_GET, &res, DBI(id));
	int found = rc == DB_OK && res.nrows == 1;
	if (found) {
		l->user = db_int(&res, 0, 0);
		snprintf(l->kind, sizeof l->kind, "%s", db_str(&res, 0, 1));
		snprintf(l->counted, sizeof l->counted, "%s", db_str(&res, 0, 2));
		l->first = (int)db_int(&res, 0, 3);
		l->first_part = (int)db_int(&res, 0, 4);
		l->last = (int)db_int(&res, 0, 5);
		l->last_part = (int)db_int(&res, 0, 6);
		l->span.start = db_int(&res, 0, 7);
		l->span.end = db_int(&res, 0, 8);
		l->halfdays = (int)db_int(&res, 0, 9);
		l->has_cert = (int)db_int(&res, 0, 12);
	}
	db_free(&res);
	return rc != DB_OK ? rc : found ? DB_OK : 404;
}

struct own_ctx {
	struct req *r;
	long long id, now;
	char state[17];
	struct leave_row l;
	const char *error_key;
};

/* The request locked, a leave, and the actor its requester or filer. */
static int lock_own(struct own_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_REQ_LOCK, &res, DBI(c->id));
	int found = rc == DB_OK && res.nrows == 1;
	int leave = found && !strcmp(db_str(&res, 0, 2), "leave");
	int own = found && (db_int(&res, 0, 4) == c->r->user.id || db_int(&res, 0, 5) == c->r->user.id);
	if (found)
		snprintf(c->state, sizeof c->state, "%s", db_str(&res, 0, 7));
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!leave)
		return 404;
	if (!own)
		return 403;
	return row_load(c->id, &c->l);
}

static int refuse(struct own_ctx *c, const char *key)
{
	c->error_key = key;
	return 400;
}

static int cert_tx(void *arg)
{
	struct own_ctx *c = arg;
	struct workcal wc;
	int rc = lock_own(c);
	if (rc != DB_OK)
		return rc;
	if (strcmp(c->state, "in_approval") && strcmp(c->state, "approved"))
		return refuse(c, "Leave.Err.CertState");
	if (c->l.has_cert)
		return refuse(c, "Leave.Err.CertHave");
	if ((rc = workcal_load(&wc)) != DB_OK)
		return rc;
	int deadline = lv_cert_deadline(&wc.cal, &c->l.span, (int)setting("sick_cert_grace_days"));
	workcal_free(&wc);
	if (cal_utc_to_day(c->now) > deadline)
		return refuse(c, "Leave.Err.CertLate");
	const char *key = NULL;
	rc = attach_save(c->r, c->id, "certificate", 1, form_get(&c->r->form, "certificate")->file, &key);
	if (rc == ATTACH_REFUSED)
		return refuse(c, key);
	char detail[96];
	snprintf(detail, sizeof detail, "counted_as %s -> %s", c->l.counted, c->l.kind);
	if (rc == DB_OK)
		rc = DB_RUN(ST_LV_SET_CERT, NULL, DBI(c->now), DBI(c->id));
	if (rc == DB_OK)
		rc = DB_RUN(ST_REQ_BUMP, NULL, DBI(c->now), DBI(c->id));
	return rc == DB_OK ? audit_req(c->r, "leave_certificate", "request", c->id, detail) : rc;
}

static int after(struct req *r, struct own_ctx *c, int rc)
{
	char to[64];
	if (rc == 400 && c->error_key) {
		page_notice(r, c->error_key);
		r->arg_id = c->id;
		return page_request(r);
	}
	if (rc != DB_OK)
		return rc > 0 ? rc : db_status(rc);
	snprintf(to, sizeof to, "/requests/%lld", c->id);
	resp_redirect(r, to);
	return 0;
}

/* LV-03: a certificate added within the grace period turns the leave back
 * into sick leave. */
int leave_cert_submit(struct req *r)
{
	struct own_ctx c = {.r = r, .id = r->arg_id, .now = clock_now()};
	if (r->form.nerr)
		return after(r, &c, refuse(&c, "Leave.Err.CertFile"));
	return after(r, &c, db_tx(cert_tx, &c));
}

/* The leave now ends at slot end: its last day and part. */
static void end_of(long long end, int first_day, int first_part, int *last, int *last_part)
{
	*last = (int)(end >= 0 ? end / 2 : -((-end + 1) / 2));
	int pm = (int)(end - 2LL * *last);
	if (*last == first_day)
		*last_part = pm ? first_part : CAL_MORNING;
	else
		*last_part = pm ? CAL_WHOLE_DAY : CAL_MORNING;
}

static int back_tx(void *arg)
{
	struct own_ctx *c = arg;
	struct workcal wc;
	char detail[160], before[16], after_[16];
	int rc = lock_own(c);
	if (rc != DB_OK)
		return rc;
	if (strcmp(c->state, "approved"))
		return refuse(c, "Leave.Err.BackState");
	int back = (int)form_get(&c->r->form, "back_day")->num;
	int pm = form_get(&c->r->form, "back_part")->num == 1;
	if (back > cal_utc_to_day(c->now))
		return refuse(c, "Leave.Err.BackFuture");
	struct lv_span s = c->l.span;
	if (lv_end_early(&s, back, pm))
		return refuse(c, "Leave.Err.BackRange");
	if ((rc = workcal_load(&wc)) != DB_OK)
		return rc;
	int halfdays = lv_halfdays(&wc.cal, &s);
	workcal_free(&wc);
	struct lv_type t;
	if ((rc = lv_type_load(c->l.kind, &t)) < 0)
		return rc;
	/* A sick leave shortened below the certificate boundary needs none. */
	const char *counted = !strcmp(c->l.kind, "sick") && !c->l.has_cert && lv_needs_certificate(halfdays, t.cert_days)
	    ? "personal" : c->l.kind;
	int last, last_part;
	end_of(s.end, c->l.first, c->l.first_part, &last, &last_part);
	rc = DB_RUN(ST_LV_END_EARLY, NULL, DBI(last), DBI(last_part), DBI(s.end), DBI(halfdays), DBS(counted),
	    DBI(c->now), DBI(c->id));
	if (rc == DB_OK)
		rc = DB_RUN(ST_REQ_BUMP, NULL, DBI(c->now), DBI(c->id));
	lv_days_text(c->l.halfdays, before, sizeof before);
	lv_days_text(halfdays, after_, sizeof after_);
	snprintf(detail, sizeof detail, "days %s -> %s, counted_as %s -> %s", before, after_, c->l.counted, counted);
	return rc == DB_OK ? audit_req(c->r, "leave_back", "request", c->id, detail) : rc;
}

/* 销假: back before the approved end; the days are recounted. */
int leave_back_submit(struct req *r)
{
	struct own_ctx c = {.r = r, .id = r->arg_id, .now = clock_now()};
	if (r->form.nerr)
		return after(r, &c, refuse(&c, "Leave.Err.BackRange"));
	return after(r, &c, db_tx(back_tx, &c));
}
