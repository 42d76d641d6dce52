/* leave_pages.c - the leave form's own data (types, balances, the rules'
 * preview), a certificate added afterwards (LV-03), 销假, and the URLs of
 * leave's pages. */
#include "flows/leave/leave.h"

#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/attach.h"
#include "engine/engine.h"
#include "engine/workcal.h"
#include "flows/leave/leave_sql.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "pages/flow_page.h"
#include "pages/pages.h"
#include "view/page.h"
#include "view/view.h"

static void balance_row(struct req *r, int k, const struct lv_type_row *t, int ent, int used, int pend)
{
	char buf[16];
	page_set(r, strcmp(r->lang, "en") ? t->name : t->name_en, "Balances.%d.Name", k);
	lv_days_text(ent, buf, sizeof buf);
	page_set(r, buf, "Balances.%d.Entitled", k);
	lv_days_text(used, buf, sizeof buf);
	page_set(r, buf, "Balances.%d.Used", k);
	lv_days_text(pend, buf, sizeof buf);
	page_set(r, buf, "Balances.%d.Pending", k);
	lv_days_text(ent - used - pend > 0 ? ent - used - pend : 0, buf, sizeof buf);
	page_set(r, buf, "Balances.%d.Left", k);
}

/* The day whose year the balances are of: the leave's first day once the
 * form holds a valid one (a leave in January asked for in December counts
 * against next year's entitlement), else today. */
static int balance_day(const struct req *r)
{
	const struct fval *first = form_get(&r->form, "first");
	if (first && first->present && first->err == V_OK)
		return (int)first->num;
	return cal_utc_to_day(clock_now());
}

/* The balances of the types that keep one, for the year of the leave. */
static int balances_hdf(struct req *r, long long user)
{
	struct dbres res;
	const struct lv_type_row *t;
	int y, k = 0;
	int today = balance_day(r);
	cal_ymd(today, &y, NULL, NULL);
	int rc = DB_RUN0(ST_LV_TYPES, &res);
	for (size_t i = 0; rc == DB_OK && (t = lv_type_row_at(&res, i)); i++) {
		int ent, used, pend;
		if (!t->uses_balance)
			continue;
		if ((rc = lv_balance_of(user, t->code, y, 0, today, &ent, &used, &pend)) != DB_OK)
			break;
		balance_row(r, k++, t, ent, used, pend);
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
	struct rvals vals;
	struct lv_input in;
	struct lv_assess a;
	memset(&vals, 0, sizeof vals);
	form_to_rvals(&r->form, &vals);
	rvals_set_num(&vals, "cert_upload", form_get(&r->form, "certificate")->present);
	leave_input(&vals, requester, r->user.id, &in);
	in.now = clock_now();
	rc = lv_assess(&in, &a);
	if (rc == DB_OK)
		rc = lv_assess_hdf(r, &in, &a);
	rvals_free(&vals);
	return rc;
}

/* The request page again with the refusal on top, or the request. */
static int after(struct req *r, int rc, const char *error_key)
{
	char to[64];
	if (rc == O_REFUSED) {
		page_notice(r, error_key);
		return request_show(r, r->arg_id, &r->actor, 200, NULL);
	}
	if (rc != DB_OK)
		return rc;
	snprintf(to, sizeof to, "/requests/%lld", r->arg_id);
	resp_redirect(r, to);
	return 0;
}

static int cert_deadline(const struct flow_ctx *c, int *deadline)
{
	struct workcal wc;
	struct lv_span span = {rvals_num(&c->vals, "slot_start"), rvals_num(&c->vals, "slot_end")};
	int rc = workcal_load(&wc);
	if (rc == DB_OK)
		*deadline = lv_cert_deadline(&wc.cal, &span, (int)setting("sick_cert_grace_days"));
	workcal_free(&wc);
	return rc;
}

/* LV-03: within the grace period, the certificate turns the leave back
 * into sick leave. */
static int add_cert(struct flow_ctx *c, void *arg)
{
	const struct upload *u = arg;
	const char *key = NULL;
	char detail[96];
	int deadline = 0;
	if (strcmp(c->state, "in_approval") && strcmp(c->state, "approved"))
		return flow_refuse(c, "", "Leave.Err.CertState");
	if (rvals_num(&c->vals, "has_certificate"))
		return flow_refuse(c, "", "Leave.Err.CertHave");
	int rc = cert_deadline(c, &deadline);
	if (rc != DB_OK)
		return rc;
	if (cal_utc_to_day(c->now) > deadline)
		return flow_refuse(c, "", "Leave.Err.CertLate");
	rc = attach_store(c->actor, c->request_id, u, 1, &key);
	if (rc == O_REFUSED)
		return flow_refuse(c, "certificate", key);
	if (rc == DB_OK)
		rc = DB_RUN(ST_LV_SET_CERT, NULL, DBI(c->now), DBI(c->request_id));
	snprintf(detail, sizeof detail, "counted_as %s -> %s", rvals_text(&c->vals, "counted_as"),
	    rvals_text(&c->vals, "kind"));
	if (rc == DB_OK)
		flow_note(c, "leave_certificate", detail);
	return rc;
}

int leave_cert_submit(struct req *r)
{
	const struct fval *f = form_get(&r->form, "certificate");
	if (r->form.nerr || !f->file)
		return after(r, O_REFUSED, "Leave.Err.CertFile");
	struct upload u = {"certificate", f->file->filename, f->file->value, f->file->len};
	struct amendment a = {&r->actor, r->arg_id, "leave", NULL, add_cert, &u, ""};
	int rc = engine_amend(&a);
	return after(r, rc, a.error_key);
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

static int first_part_of(const struct flow_ctx *c)
{
	const char *p = rvals_text(&c->vals, "first_part");
	return !strcmp(p, "morning") ? CAL_MORNING : !strcmp(p, "afternoon") ? CAL_AFTERNOON : CAL_WHOLE_DAY;
}

/* A sick leave shortened below the certificate boundary needs none. */
static int counted_after(const struct flow_ctx *c, int halfdays, const char **counted)
{
	struct lv_type t;
	const char *kind = rvals_text(&c->vals, "kind");
	int rc = lv_type_load(kind, &t);
	*counted = kind;
	if (rc >= 0 && !strcmp(kind, "sick") && !rvals_num(&c->vals, "has_certificate") &&
	    lv_needs_certificate(halfdays, t.cert_days))
		*counted = "personal";
	return rc < 0 ? rc : DB_OK;
}

static int back_early(struct flow_ctx *c, void *arg)
{
	struct workcal wc;
	char detail[160], before[16], now_days[16];
	const char *counted = "";
	(void)arg;
	if (strcmp(c->state, "approved"))
		return flow_refuse(c, "", "Leave.Err.BackState");
	int back = (int)rvals_num(c->input, "back_day");
	int pm = !strcmp(rvals_text(c->input, "back_part"), "afternoon");
	if (back > cal_utc_to_day(c->now))
		return flow_refuse(c, "", "Leave.Err.BackFuture");
	struct lv_span s = {rvals_num(&c->vals, "slot_start"), rvals_num(&c->vals, "slot_end")};
	if (lv_end_early(&s, back, pm))
		return flow_refuse(c, "", "Leave.Err.BackRange");
	int rc = workcal_load(&wc);
	int halfdays = rc == DB_OK ? lv_halfdays(&wc.cal, &s) : 0;
	workcal_free(&wc);
	if (rc == DB_OK)
		rc = counted_after(c, halfdays, &counted);
	int last, last_part;
	end_of(s.end, (int)rvals_num(&c->vals, "first_day"), first_part_of(c), &last, &last_part);
	if (rc == DB_OK)
		rc = DB_RUN(ST_LV_END_EARLY, NULL, DBI(last), DBI(last_part), DBI(s.end), DBI(halfdays), DBS(counted),
		    DBI(c->now), DBI(c->request_id));
	lv_days_text((int)rvals_num(&c->vals, "halfdays"), before, sizeof before);
	lv_days_text(halfdays, now_days, sizeof now_days);
	if (rc == DB_OK) {
		snprintf(detail, sizeof detail, "days %s -> %s, counted_as %s -> %s", before, now_days,
		    rvals_text(&c->vals, "counted_as"), counted);
		flow_note(c, "leave_back", detail);
	}
	return rc;
}

/* 销假: back before the approved end; the days are recounted. */
int leave_back_submit(struct req *r)
{
	if (r->form.nerr)
		return after(r, O_REFUSED, "Leave.Err.BackRange");
	struct rvals input;
	memset(&input, 0, sizeof input);
	form_to_rvals(&r->form, &input);
	struct amendment a = {&r->actor, r->arg_id, "leave", &input, back_early, NULL, ""};
	int rc = engine_amend(&a);
	rvals_free(&input);
	return after(r, rc, a.error_key);
}

static const char *const back_parts[] = {"morning", "afternoon", NULL};

static const struct field cert_f[] = {
	{"certificate", FT_FILE, FIELD_REQUIRED, 0, 104857600, NULL},
};
static FIELDSET(cert_fields, cert_f);

static const struct field back_f[] = {
	{"back_day", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"back_part", FT_ENUM, 0, 0, 0, back_parts},
};
static FIELDSET(back_fields, back_f);

static const struct route routes[] = {
	ROUTE("POST", "/leave/:id/certificate", leave_cert_submit, 0, 0, &cert_fields),
	ROUTE("POST", "/leave/:id/back", leave_back_submit, 0, 0, &back_fields),
	ROUTE("GET", "/admin/leave-types", leave_types_page, 0, ROLE_ADMIN, &leave_types_view_fields),
	ROUTE("POST", "/admin/leave-types", leave_type_create, 0, ROLE_ADMIN, &leave_type_new_fields),
	ROUTE("GET", "/admin/leave-types/:name", leave_type_edit_page, 0, ROLE_ADMIN, NULL),
	ROUTE("POST", "/admin/leave-types/:name", leave_type_update, 0, ROLE_ADMIN, &leave_type_edit_fields),
	ROUTE("GET", "/attendance/balances", leave_balances_page, 0, ROLE_ADMIN | ROLE_CLERK, &leave_balances_view_fields),
	ROUTE("POST", "/attendance/balances", leave_balance_set, 0, ROLE_ADMIN | ROLE_CLERK, &leave_balance_fields),
};

ROUTE_TABLE(leave_table, routes);
