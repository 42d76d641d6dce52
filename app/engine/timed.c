/* timed.c - reminders, escalation, expiry, purges. */
#include "engine/timed.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "auth/auth_sql.h"
#include "auth/device.h"
#include "core/fault.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/calendar.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/notify.h"
#include "engine/replay.h"
#include "engine/resolve.h"

struct waiting {
	long long asg, request, step, user, since;
	int reminded, escalated;
};

struct item {
	struct waiting w;
	struct locked q;
	int escalate;
	int done;
};

static int step_kind_of(long long step, enum step_kind *k)
{
	struct dbres res;
	int rc = DB_RUN(ST_STEP_KIND, &res, DBI(step));
	const struct step_kind_row *row = step_kind_row_at(&res, 0);
	*k = SK_SINGLE;
	if (rc == DB_OK && row)
		step_kind_parse(row->kind, k);
	db_free(&res);
	return rc;
}

/* The next level up from the waiting person may also decide. */
static int escalate(struct item *it)
{
	struct who_ctx w = {it->q.requester, it->q.filed_by, it->q.dept, it->w.user};
	struct userset up;
	enum step_kind kind;
	int rc = step_kind_of(it->w.step, &kind);
	if (rc != DB_OK || kind == SK_TWO || kind == SK_ALL)
		return rc;
	if ((rc = resolve_who(&w, "next_up", &up)) != DB_OK || up.n == 0)
		return rc;
	rc = place_add(&it->q, it->w.step, kind, up.id[0], "pending");
	char detail[64];
	snprintf(detail, sizeof detail, "to user %lld", up.id[0]);
	if (rc == DB_OK)
		rc = eng_audit(&it->q, "escalate", detail);
	return rc == DB_OK ? notify_step(&it->q, it->w.step, up.id[0]) : rc;
}

static int item_tx(void *ctx)
{
	struct item *it = ctx;
	struct dbres res;
	int rc = lock_request(it->w.request, &it->q);
	if (rc != DB_OK)
		return rc;
	/* Claim: the row changes only if no other scheduler got there first. */
	rc = DB_RUN(it->escalate ? ST_SCHED_ESCALATED : ST_SCHED_REMINDED, &res, DBI(it->q.now), DBI(it->w.asg));
	int claimed = res.affected == 1;
	db_free(&res);
	if (rc != DB_OK || !claimed)
		return rc;
	it->done = 1;
	if (it->escalate)
		return escalate(it);
	rc = eng_audit(&it->q, "remind", "");
	return rc == DB_OK ? notify(&it->q, it->w.user, "reminder", NULL) : rc;
}

static const volatile sig_atomic_t *stop_flag;

void timed_stop_on(const volatile sig_atomic_t *flag) { stop_flag = flag; }

static int stopping(void) { return stop_flag && *stop_flag; }

/* Test builds: "sched_slow_items" armed makes each item take 0.2 s, so a
 * test can stop the scheduler in the middle of a pass. */
static void slow_for_tests(void)
{
	if (fault_on("sched_slow_items")) {
		struct timespec ts = {0, 200 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
}

static int handle_waiting(const struct calendar *cal, long long now, const struct waiting *w, int *count)
{
	long long waited = cal_work_seconds_between(cal, (int)setting("work_start_min"), (int)setting("work_end_min"),
	    w->since, now);
	int due_escalate = !w->escalated && waited >= setting("escalate_work_hours") * 3600;
	int due_remind = !w->reminded && waited >= setting("reminder_work_hours") * 3600;
	for (int pass = 0; pass < 2; pass++) {
		if (!(pass ? due_escalate : due_remind))
			continue;
		struct item it;
		memset(&it, 0, sizeof it);
		it.w = *w;
		it.escalate = pass;
		it.q.now = now;

		int rc = db_tx(item_tx, &it);
		if (rc != DB_OK && rc != O_NOT_FOUND)
			return rc;
		*count += it.done;
	}
	return DB_OK;
}

#define WAITING_PAGE 200
#define WAITING_PAGES 50   /* 10,000 waiting places a pass; the rest next second */

/* One page of waiting places after id *after; returns how many were read. */
static int waiting_page(const struct calendar *cal, long long now, long long *after, int *count, size_t *n)
{
	struct dbres res;
	struct waiting w[WAITING_PAGE];
	/* Nothing can be due before the shorter of the two delays has passed. */
	int rc = DB_RUN(ST_SCHED_WAITING, &res, DBI(*after), DBI(now - setting("reminder_work_hours") * 3600));
	const struct sched_waiting *row;
	*n = rc == DB_OK ? res.nrows : 0;
	for (size_t i = 0; i < WAITING_PAGE && (row = sched_waiting_at(&res, i)); i++) {
		w[i].asg = row->id;
		w[i].request = row->request_id;
		w[i].step = row->step_id;
		w[i].user = row->user_id;
		w[i].since = row->since;
		w[i].reminded = (int)row->reminded;
		w[i].escalated = (int)row->escalated;
	}
	db_free(&res);
	for (size_t i = 0; rc == DB_OK && i < *n && i < WAITING_PAGE && !stopping(); i++) {
		slow_for_tests();
		rc = handle_waiting(cal, now, &w[i], count);
		*after = w[i].asg;
	}
	return rc;
}

/* Walks every waiting place by id, so places that are not yet due never
 * hide newer ones behind them. */
static int waiting_steps(const struct calendar *cal, long long now, int *count)
{
	long long after = 0;
	size_t n = WAITING_PAGE;
	int rc = DB_OK;
	for (int page = 0; rc == DB_OK && n == WAITING_PAGE && page < WAITING_PAGES && !stopping(); page++)
		rc = waiting_page(cal, now, &after, count, &n);
	return rc;
}

struct expiry {
	long long id, now;
	int done;
};

static int expire_tx(void *ctx)
{
	struct expiry *e = ctx;
	struct locked q;
	memset(&q, 0, sizeof q);
	q.now = e->now;

	int rc = lock_request(e->id, &q);
	if (rc != DB_OK || strcmp(q.state, "approved"))
		return rc;
	e->done = 1;
	if ((rc = set_state(&q, "expired", 1)) == DB_OK)
		rc = run_hook(&q, EV_EXPIRE, NULL, NULL, NULL, 0);
	if (rc == DB_OK)
		rc = eng_audit(&q, "expire", "");
	return rc == DB_OK ? notify(&q, q.requester, "expired", NULL) : rc;
}

static int expiries(long long now, int *count)
{
	struct dbres res;
	long long ids[100];
	int rc = DB_RUN(ST_SCHED_EXPIRING, &res, DBI(now));
	size_t n = rc == DB_OK ? res.nrows : 0;
	for (size_t i = 0; i < n && i < 100; i++)
		ids[i] = sched_expiring_at(&res, i)->id;
	db_free(&res);
	for (size_t i = 0; rc == DB_OK && i < n && i < 100 && !stopping(); i++) {
		struct expiry e = {ids[i], now, 0};
		rc = db_tx(expire_tx, &e);
		*count += e.done;
	}
	return rc;
}

struct purge {
	long long now;
};

static int purge_tx(void *ctx)
{
	struct purge *p = ctx;
	int rc = DB_RUN(ST_LINK_PURGE, NULL, DBI(p->now - 7 * 86400));
	if (rc == DB_OK)
		rc = DB_RUN(ST_SCHED_SESSIONS, NULL, DBI(p->now - setting("session_idle_min") * 60),
		    DBI(p->now - setting("session_max_hours") * 3600));
	/* a device unseen for its cookie's lifetime, failures past any window */
	if (rc == DB_OK)
		rc = DB_RUN(ST_LOGIN_DEVICE_PURGE, NULL, DBI(p->now - DEVICE_MAX_AGE));
	if (rc == DB_OK)
		rc = DB_RUN(ST_LOGIN_FAILURES_PURGE, NULL, DBI(p->now - 86400));
	if (rc == DB_OK)
		rc = replay_purge(p->now - 7 * 86400);
	return rc;
}

/* What each type does on its own at a time (flow.h's timed). */
static int types_timed(long long now, int *count)
{
	size_t n;
	const struct flow *const *flows = flow_all(&n);
	for (size_t i = 0; i < n; i++) {
		int done = flows[i]->timed ? flows[i]->timed(now) : 0;
		if (done < 0)
			return done;
		*count += done;
	}
	return DB_OK;
}

int timed_run(const struct calendar *cal, long long now)
{
	int count = 0;
	int rc = waiting_steps(cal, now, &count);
	if (rc == DB_OK && !stopping())
		rc = expiries(now, &count);
	if (rc == DB_OK && !stopping())
		rc = types_timed(now, &count);
	struct purge p = {now};
	if (rc == DB_OK && !stopping())
		rc = db_tx(purge_tx, &p);
	return rc == DB_OK ? count : rc;
}
