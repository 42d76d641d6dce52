/* leave_assess.c - one leave request judged against the rules (see leave_assess.h). */
#include "flows/leave/leave_assess.h"

#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "core/clock.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/engine_sql.h"
#include "engine/flow.h"
#include "engine/resolve.h"
#include "engine/routes.h"
#include "engine/workcal.h"
#include "flows/leave/leave_sql.h"
#include "http/req.h"
#include "view/page.h"
#include "view/view.h"

void lv_days_text(int halfdays, char *out, size_t outlen)
{
	snprintf(out, outlen, halfdays % 2 ? "%d.5" : "%d", halfdays / 2);
}

void lv_day_text(int day, char *out, size_t outlen)
{
	int y, m, d;
	cal_ymd(day, &y, &m, &d);
	snprintf(out, outlen, "%04d-%02d-%02d", y, m, d);
}

int lv_type_load(const char *code, struct lv_type *t)
{
	struct dbres res;
	memset(t, 0, sizeof *t);
	int rc = DB_RUN(ST_LV_TYPE, &res, DBS(code ? code : ""));
	const struct lv_type_row *row = lv_type_row_at(&res, 0);
	int found = rc == DB_OK && row;
	if (found) {
		snprintf(t->code, sizeof t->code, "%s", row->code);
		snprintf(t->name, sizeof t->name, "%s", row->name);
		snprintf(t->name_en, sizeof t->name_en, "%s", row->name_en);
		snprintf(t->notice, sizeof t->notice, "%s", row->notice);
		t->max_days = (int)row->max_days;
		t->cert_days = (int)row->cert_days;
		t->deduct_bp = row->deduct_bp;
		t->uses_balance = (int)row->uses_balance;
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	/* The policy numbers of the two types domain.md names live in settings. */
	if (found && !strcmp(t->code, "sick")) {
		t->cert_days = (int)setting("sick_cert_days");
		t->deduct_bp = setting("sick_deduct_bp");
	} else if (found && !strcmp(t->code, "personal")) {
		t->deduct_bp = setting("personal_deduct_bp");
	}
	return found;
}

static void refuse(struct lv_assess *a, const char *field, const char *key)
{
	if (!a->err_key) {
		a->err_field = field;
		a->err_key = key;
	}
}

static void notice(const struct lv_input *in, const struct calendar *cal, struct lv_assess *a)
{
	if (!strcmp(a->type.notice, "sick")) {
		a->cutoff = lv_sick_cutoff_pm(cal, &a->span, (int)setting("work_start_min"),
		    (int)setting("afternoon_start_min"), (int)setting("sick_notice_min"));
		a->late = !lv_sick_in_time(in->now, a->cutoff);
		/* LV-02: a late sick leave only through the head, on the person's behalf. */
		if (a->late && !a->on_behalf)
			refuse(a, "first", "Leave.Err.SickLate");
	} else if (!strcmp(a->type.notice, "personal")) {
		a->cutoff = lv_personal_cutoff(cal, &a->span, (int)setting("work_end_min"));
		a->late = !lv_personal_in_time(in->now, a->cutoff);
		if (a->late)
			refuse(a, "first", "Leave.Err.PersonalLate");
	}
}

static int overlap(const struct lv_input *in, struct lv_assess *a)
{
	struct dbres res;
	int rc = DB_RUN(ST_LV_OVERLAP, &res, DBI(in->requester), DBI(in->request_id), DBI(a->span.end),
	    DBI(a->span.start));
	const struct lv_overlap *o = lv_overlap_at(&res, 0);
	if (rc == DB_OK && o) {
		snprintf(a->overlap, sizeof a->overlap, "%s", o->number);
		refuse(a, "first", "Leave.Err.Overlap");
	}
	db_free(&res);
	return rc;
}

int lv_balance_of(long long user, const char *code, int year, long long exclude, int first_day, int *entitled,
    int *used, int *pending)
{
	struct dbres res;
	int rc = DB_RUN(ST_LV_ENTITLED, &res, DBI(user), DBI(year), DBS(code));
	const struct lv_entitled *e = lv_entitled_at(&res, 0);
	int has_row = rc == DB_OK && e;
	*entitled = has_row ? (int)e->halfdays : 0;
	*used = *pending = 0;
	db_free(&res);
	if (rc == DB_OK && !has_row) {
		rc = DB_RUN(ST_LV_USER, &res, DBI(user));
		const struct lv_user *u = lv_user_at(&res, 0);
		if (rc == DB_OK && u && u->work_start)
			*entitled = 2 * lv_statutory_days(lv_years_worked(atoi(u->work_start), first_day));
		db_free(&res);
	}
	if (rc == DB_OK)
		rc = DB_RUN(ST_LV_USED, &res, DBI(user), DBS(code), DBI(exclude), DBI(year));
	const struct lv_used *u = lv_used_at(&res, 0);
	if (rc == DB_OK && u) {
		*used = (int)u->used;
		*pending = (int)u->pending;
	}
	db_free(&res);
	return rc;
}

/* Annual leave and the like: entitlement (a row, or the statutory scale
 * from the start-of-work date), used and pending in the leave's year. */
static int balance(const struct lv_input *in, struct lv_assess *a)
{
	int year;
	cal_ymd(in->first, &year, NULL, NULL);
	int rc = lv_balance_of(in->requester, a->type.code, year, in->request_id, in->first, &a->entitled, &a->used,
	    &a->pending);
	a->balance_applies = 1;
	a->over_balance = !lv_balance_ok(a->entitled, a->used, a->pending, a->halfdays);
	if (rc == DB_OK && a->over_balance)
		refuse(a, "last", "Leave.Err.Balance");
	return rc;
}

static void measure(const struct lv_input *in, const struct calendar *cal, struct lv_assess *a)
{
	a->span_ok = lv_span_of(in->first, in->first_part, in->last, in->last_part, &a->span) == 0;
	if (!a->span_ok) {
		refuse(a, "last", "Leave.Err.Parts");
		return;
	}
	a->halfdays = lv_halfdays(cal, &a->span);
	a->days_ceil = lv_days_ceil(a->halfdays);
	if (a->halfdays == 0)
		refuse(a, "last", "Leave.Err.NoWorkdays");
	a->too_long = a->type.max_days > 0 && a->halfdays > 2 * a->type.max_days;
	if (a->too_long)
		refuse(a, "last", "Leave.Err.TooLong");
	a->cert_deadline = lv_cert_deadline(cal, &a->span, (int)setting("sick_cert_grace_days"));
}

/* A part of the absence before or after the one joined so far. */
static void join(struct lv_run *run, const struct lv_neighbours *p, int before)
{
	size_t i = run->n++;
	run->part[i].id = p->request_id;
	snprintf(run->part[i].number, sizeof run->part[i].number, "%s", p->number);
	run->part[i].has_cert = (int)p->has_cert;
	snprintf(run->part[i].state, sizeof run->part[i].state, "%s", p->state);
	snprintf(run->part[i].counted_as, sizeof run->part[i].counted_as, "%s", p->counted_as);
	run->halfdays += (int)p->halfdays;
	run->has_cert |= p->has_cert != 0;
	if (before)
		run->span.start = p->slot_start;
	else
		run->span.end = p->slot_end;
}

/* Grows the absence both ways, a neighbour at a time (rows in slot order). */
static void chain(const struct calendar *cal, const struct dbres *res, struct lv_run *run)
{
	const struct lv_neighbours *p;
	for (int grew = 1; grew && run->n < LV_RUN_MAX;) {
		grew = 0;
		for (size_t i = 0; run->n < LV_RUN_MAX && (p = lv_neighbours_at(res, i)); i++) {
			struct lv_span s = {p->slot_start, p->slot_end};
			int before = lv_adjoins(cal, &s, &run->span), after = lv_adjoins(cal, &run->span, &s);
			if (before || after) {
				join(run, p, before);
				grew = 1;
			}
		}
	}
}

/* LV-03, LV-05: the whole absence, not one request. */
static int find_run(const struct lv_input *in, const struct calendar *cal, struct lv_assess *a)
{
	struct dbres res;
	memset(&a->run, 0, sizeof a->run);
	a->run.span = a->span;
	a->run.halfdays = a->halfdays;
	a->run.has_cert = a->has_cert;
	/* a month either side is more than any run of days off */
	int rc = DB_RUN(ST_LV_NEIGHBOURS, &res, DBI(in->requester), DBS(a->type.code), DBI(in->request_id),
	    DBI(a->span.start - 62), DBI(a->span.end + 62));
	if (rc == DB_OK)
		chain(cal, &res, &a->run);
	db_free(&res);
	a->run.calendar_days = lv_calendar_days(&a->run.span);
	return rc;
}

/* What the whole absence needs: a certificate (LV-03), the statement and
 * the general manager (LV-05). */
static void judge_run(const struct lv_input *in, struct lv_assess *a)
{
	a->cert_calendar = setting("sick_cert_calendar_days") != 0;
	int measured = a->cert_calendar ? 2 * a->run.calendar_days : a->run.halfdays;
	a->needs_cert = lv_needs_certificate(measured, a->type.cert_days);
	a->counted_personal = a->needs_cert && !a->run.has_cert && !strcmp(a->type.code, "sick");
	a->days_ceil = lv_days_ceil(a->run.halfdays);
	a->needs_gm = !strcmp(a->type.code, "personal") && lv_needs_gm(a->run.halfdays, (int)setting("personal_gm_days"));
	a->statement_missing = a->needs_gm && (!in->statement || !*in->statement);
}

/* Only the head of the person's own department files on their behalf. */
static int behalf_ok(const struct lv_input *in, int *ok)
{
	struct dbres res;
	*ok = 0;
	int rc = DB_RUN(ST_LV_USER, &res, DBI(in->requester));
	const struct lv_user *u = lv_user_at(&res, 0);
	long long dept = rc == DB_OK && u ? u->dept_id : 0;
	db_free(&res);
	if (rc != DB_OK || !dept)
		return rc;
	rc = DB_RUN(ST_WHO_DEPT_HEAD, &res, DBI(dept));
	const struct who_dept_head *d = who_dept_head_at(&res, 0);
	*ok = rc == DB_OK && d && d->head_id == in->filed_by;
	db_free(&res);
	return rc;
}

int lv_assess(const struct lv_input *in, struct lv_assess *a)
{
	struct workcal wc;
	int ok = 1;
	memset(a, 0, sizeof *a);
	a->on_behalf = in->filed_by && in->filed_by != in->requester;
	a->has_cert = in->has_cert;
	int rc = a->on_behalf ? behalf_ok(in, &ok) : DB_OK;
	if (rc != DB_OK)
		return rc;
	if (!ok)
		refuse(a, "on_behalf_of", "Leave.Err.NotYourHead");
	rc = lv_type_load(in->kind, &a->type);
	if (rc < 0)
		return rc;
	a->type_ok = rc == 1;
	if (!a->type_ok) {
		refuse(a, "kind", "Leave.Err.Kind");
		return DB_OK;
	}
	if ((rc = workcal_load(&wc)) != DB_OK)
		return rc;
	measure(in, &wc.cal, a);
	if (a->span_ok)
		notice(in, &wc.cal, a);
	rc = a->span_ok ? find_run(in, &wc.cal, a) : DB_OK;
	workcal_free(&wc);
	if (rc != DB_OK || !a->span_ok)
		return rc;
	judge_run(in, a);
	if (a->statement_missing)
		refuse(a, "statement", "Leave.Err.StatementRequired");
	rc = overlap(in, a);
	if (rc == DB_OK && a->type.uses_balance)
		rc = balance(in, a);
	return rc;
}

const char *lv_counted_as(const struct lv_assess *a)
{
	return a->counted_personal ? "personal" : a->type.code;
}

/* Who will approve: the route's steps whose conditions hold, resolved as
 * submission will resolve them. */
static int approvers_hdf(struct req *r, const struct lv_input *in, const struct lv_assess *a)
{
	const struct route_def *route = route_find("leave");
	struct rvals vals;
	struct dbres res;
	char err[128];
	memset(&vals, 0, sizeof vals);
	rvals_set(&vals, "kind", a->type.code);
	rvals_set_num(&vals, "days", a->days_ceil);
	rvals_set_num(&vals, "has_certificate", a->has_cert);
	int rc = DB_RUN(ST_LV_USER, &res, DBI(in->requester));
	const struct lv_user *u = lv_user_at(&res, 0);
	long long dept = rc == DB_OK && u ? u->dept_id : 0;
	db_free(&res);
	struct who_ctx w = {in->requester, in->filed_by ? in->filed_by : in->requester, dept, 0};
	for (size_t i = 0, k = 0; rc == DB_OK && route && i < route->nsteps; i++) {
		const struct route_step *st = &route->steps[i];
		if (st->when && cond_eval(st->when, rvals_lookup, &vals, err, sizeof err) != 1)
			continue;
		struct userset who;
		if ((rc = resolve_who(&w, st->who, &who)) != DB_OK)
			break;
		page_set_label(r, "Step", st->name, "Facts.Approvers.%zu.Step", k);
		for (size_t j = 0; rc == DB_OK && j < who.n && j < 4; j++) {
			rc = DB_RUN(ST_LV_USER, &res, DBI(who.id[j]));
			const struct lv_user *p = lv_user_at(&res, 0);
			if (rc == DB_OK && p)
				page_set(r, p->display_name, "Facts.Approvers.%zu.Names.%zu", k, j);
			db_free(&res);
		}
		if (who.n)
			w.prev_approver = who.id[0];
		k++;
	}
	rvals_free(&vals);
	return rc;
}

int lv_assess_hdf(struct req *r, const struct lv_input *in, const struct lv_assess *a)
{
	char buf[32];
	hdf_set_value(r->hdf, "Facts.Shown", "1");
	if (!a->type_ok || !a->span_ok)
		return DB_OK;
	page_set(r, a->type.code, "Facts.Kind");
	lv_days_text(a->halfdays, buf, sizeof buf);
	page_set(r, buf, "Facts.Days");
	page_set(r, a->type.notice, "Facts.Notice");
	if (a->cutoff)
		page_set_time(r, a->cutoff, "Facts.Cutoff");
	page_set_int(r, a->late, "Facts.Late");
	page_set_int(r, a->on_behalf, "Facts.OnBehalf");
	page_set_int(r, a->type.cert_days, "Facts.CertDays");
	page_set_int(r, a->cert_calendar, "Facts.CertCalendar");
	for (size_t i = 0; i < a->run.n; i++) {
		page_set_int(r, a->run.part[i].id, "Facts.Run.%zu.Id", i);
		page_set(r, a->run.part[i].number, "Facts.Run.%zu.Number", i);
	}
	lv_days_text(a->run.halfdays, buf, sizeof buf);
	page_set(r, buf, "Facts.RunDays");
	page_set_int(r, a->needs_cert, "Facts.CertNeeded");
	page_set_int(r, a->has_cert, "Facts.HasCert");
	page_set_int(r, a->counted_personal, "Facts.CountedPersonal");
	lv_day_text(a->cert_deadline, buf, sizeof buf);
	page_set(r, buf, "Facts.CertDeadline");
	page_set_int(r, a->needs_gm, "Facts.GM");
	page_set_int(r, a->type.max_days, "Facts.MaxDays");
	page_set_int(r, a->too_long, "Facts.TooLong");
	page_set_int(r, a->type.deduct_bp / 100, "Facts.DeductPercent");
	page_set(r, a->overlap, "Facts.Overlap");
	if (a->balance_applies) {
		hdf_set_value(r->hdf, "Facts.Balance.Applies", "1");
		lv_days_text(a->entitled, buf, sizeof buf);
		page_set(r, buf, "Facts.Balance.Entitled");
		lv_days_text(a->used, buf, sizeof buf);
		page_set(r, buf, "Facts.Balance.Used");
		lv_days_text(a->pending, buf, sizeof buf);
		page_set(r, buf, "Facts.Balance.Pending");
		int left = a->entitled - a->used - a->pending;
		lv_days_text(left > 0 ? left : 0, buf, sizeof buf);
		page_set(r, buf, "Facts.Balance.Left");
		page_set_int(r, a->over_balance, "Facts.Balance.Over");
	}
	if (a->err_key)
		view_set_text(r, "Facts.Refusal", a->err_key);
	return approvers_hdf(r, in, a);
}

int lv_types_hdf(struct req *r)
{
	struct dbres res;
	int en = !strcmp(r->lang, "en");
	const struct lv_type_row *t;
	int rc = DB_RUN0(ST_LV_TYPES, &res);
	for (size_t i = 0; rc == DB_OK && (t = lv_type_row_at(&res, i)); i++) {
		page_set(r, t->code, "LeaveTypes.%zu.Code", i);
		page_set(r, en && *t->name_en ? t->name_en : t->name, "LeaveTypes.%zu.Name", i);
	}
	db_free(&res);
	return rc;
}
