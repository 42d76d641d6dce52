/*
 * reception_tasks.c - what the task steps of a reception record, through
 * the shared task page (POST /requests/:id/task/reception):
 *   coordinate (class A, 总经办): the coordination meeting and the review of
 *     the plan, and every duty of its checklist with who and when (RC-04);
 *   settle (财务部): the actual cost and its receipts (RC-07);
 *   summary (class A, 总经办): the 接待总结, without which the reception is
 *     never closed (RC-04).
 * One field table serves the three; each step checks the fields it needs.
 */
#include "flows/reception/reception.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/money.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "engine/flow.h"
#include "flows/reception/reception_sql.h"
#include "http/form.h"
#include "http/router.h"

#define RC_CHECK_MAX 60

static const struct field task_f[] = {
	{"meeting_on", FT_DATE, 0, 0, 0, NULL},
	{"meeting_who", FT_TEXT, 0, 0, 200, NULL},
	{"meeting_decisions", FT_LINES, 0, 0, 1000, NULL},
	{"plan_ok", FT_BOOL, 0, 0, 1, NULL},
	{"chk_cleaning", FT_TEXT, 0, 0, RC_CHECK_MAX, NULL},
	{"chk_flowers", FT_TEXT, 0, 0, RC_CHECK_MAX, NULL},
	{"chk_purchases", FT_TEXT, 0, 0, RC_CHECK_MAX, NULL},
	{"chk_security", FT_TEXT, 0, 0, RC_CHECK_MAX, NULL},
	{"chk_cars", FT_TEXT, 0, 0, RC_CHECK_MAX, NULL},
	{"chk_route", FT_TEXT, 0, 0, RC_CHECK_MAX, NULL},
	{"actual", FT_AMOUNT, 0, 0, 10000000000LL, NULL},
	{"receipts", FT_INT, 0, 0, 1000, NULL},
	{"summary", FT_LINES, 0, 0, 2000, NULL},
};
FIELDSET(reception_task_fields, task_f);

static const char *const checklist[] = {"chk_cleaning", "chk_flowers", "chk_purchases", "chk_security", "chk_cars",
    "chk_route", NULL};

static const char *in(const struct flow_ctx *c, const char *name) { return rvals_text(c->input, name); }

/* The meeting held, the plan accepted, each duty given to someone. */
static int coordinate(struct flow_ctx *c)
{
	if (!*in(c, "meeting_on"))
		return flow_refuse(c, "meeting_on", "Reception.Err.Meeting");
	if (!*in(c, "meeting_who"))
		return flow_refuse(c, "meeting_who", "Reception.Err.Meeting");
	if (!rvals_num(c->input, "plan_ok"))
		return flow_refuse(c, "plan_ok", "Reception.Err.PlanReview");
	for (const char *const *k = checklist; *k; k++)
		if (!*in(c, *k))
			return flow_refuse(c, *k, "Reception.Err.Checklist");
	/* meeting_on comes as a day number */
	char day[16];
	int y, m, d;
	cal_ymd((int)rvals_num(c->input, "meeting_on"), &y, &m, &d);
	snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
	int rc = DB_RUN(ST_RC_COORDINATE, NULL, DBS(day), DBS(in(c, "meeting_who")),
	    DBS(in(c, "meeting_decisions")), DBS(in(c, "chk_cleaning")), DBS(in(c, "chk_flowers")),
	    DBS(in(c, "chk_purchases")), DBS(in(c, "chk_security")), DBS(in(c, "chk_cars")), DBS(in(c, "chk_route")),
	    DBI(c->request_id));
	if (rc == DB_OK)
		flow_note(c, "reception_coordinated", day);
	return rc;
}

/* What finance typed, or else what the host recorded (RC-07). */
static int settle(struct flow_ctx *c)
{
	struct dbres res;
	int typed = rvals_get(c->input, "actual") && *in(c, "actual");
	long long fen = rvals_num(c->input, "actual"), receipts = rvals_num(c->input, "receipts");
	if (!typed) {
		int rc = DB_RUN(ST_RC_TASKS, &res, DBI(c->request_id));
		const struct rc_tasks *t = rc == DB_OK ? rc_tasks_at(&res, 0) : NULL;
		int host = t && t->host_fen;
		if (host) {
			fen = atoll(t->host_fen);
			receipts = receipts ? receipts : t->host_receipts;
		}
		db_free(&res);
		if (rc != DB_OK)
			return rc;
		if (!host)
			return flow_refuse(c, "actual", "Reception.Err.Actual");
	}
	int rc = DB_RUN(ST_RC_SETTLE, NULL, DBI(fen), DBI(receipts), DBI(c->now), DBI(c->request_id));
	char m[32];
	money_format_plain(fen, m, sizeof m);
	if (rc == DB_OK)
		flow_note(c, "reception_settled", m);
	return rc;
}

static int summary(struct flow_ctx *c)
{
	if (!*in(c, "summary"))
		return flow_refuse(c, "summary", "Reception.Err.Summary");
	return DB_RUN(ST_RC_SUMMARY, NULL, DBS(in(c, "summary")), DBI(c->request_id));
}

int rc_task(struct flow_ctx *c)
{
	const char *step = c->step_name ? c->step_name : "";
	if (!c->input)
		return flow_refuse(c, "", "Reception.Err.Task");
	if (!strcmp(step, "coordinate"))
		return coordinate(c);
	if (!strcmp(step, "settle"))
		return settle(c);
	if (!strcmp(step, "summary"))
		return summary(c);
	return DB_OK;
}
