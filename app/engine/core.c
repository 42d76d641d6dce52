/* core.c - locking, state changes, route advance, hooks, audit. */
#include "engine/core.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "core/config.h"
#include "db/db.h"
#include "engine/attach.h"
#include "engine/engine_sql.h"
#include "engine/links.h"
#include "engine/notify.h"
#include "engine/resolve.h"

int shanghai_day(long long now) { return (int)((now + SHANGHAI_OFFSET) / 86400); }

long long actor_id(const struct locked *q) { return q->actor ? q->actor->id : 0; }

/* The request's columns, the same in both lock statements' rows. */
#define FILL_LOCKED(q, row) do { \
	(q)->id = (row)->id; \
	snprintf((q)->number, sizeof (q)->number, "%s", (row)->number); \
	snprintf((q)->type, sizeof (q)->type, "%s", (row)->type); \
	snprintf((q)->kind, sizeof (q)->kind, "%s", (row)->kind); \
	snprintf((q)->title, sizeof (q)->title, "%s", (row)->title); \
	(q)->requester = (row)->requester_id; \
	(q)->filed_by = (row)->filed_by_id; \
	(q)->dept = (row)->dept_id; \
	snprintf((q)->state, sizeof (q)->state, "%s", (row)->state); \
	(q)->version = (row)->version; \
	(q)->round = (row)->round; \
	(q)->flow = flow_find((q)->type); \
} while (0)

int lock_request(long long id, struct locked *q)
{
	struct dbres res;
	int rc = DB_RUN(ST_REQ_LOCK, &res, DBI(id));
	const struct req_lock *row = req_lock_at(&res, 0);
	if (rc == DB_OK && row)
		FILL_LOCKED(q, row);
	db_free(&res);
	return rc != DB_OK ? rc : !row || !q->flow ? O_NOT_FOUND : DB_OK;
}

int lock_request_place(long long id, long long who, struct locked *q, struct place *p)
{
	struct dbres res;
	int rc = DB_RUN(ST_REQ_LOCK_PLACE, &res, DBI(who), DBI(id));
	const struct req_lock_place *row = req_lock_place_at(&res, 0);
	memset(p, 0, sizeof *p);
	if (rc == DB_OK && row) {
		FILL_LOCKED(q, row);
		p->id = row->place;
		p->step = row->step_id;
		p->acting_for = row->acting_for;
		p->seq = row->seq;
		p->approved = row->approved;
		p->needed = (int)row->needed;
		p->add_signer = (int)row->add_signer;
		snprintf(p->kind, sizeof p->kind, "%s", row->step_kind);
		snprintf(p->step_name, sizeof p->step_name, "%s", row->step_name);
	}
	db_free(&res);
	return rc != DB_OK ? rc : !row || !q->flow ? O_NOT_FOUND : DB_OK;
}

int place_add(const struct locked *q, long long step, enum step_kind kind, long long user, const char *state)
{
	return DB_RUN(ST_ASG_INSERT, NULL, DBI(step), DBS(step_kind_name(kind)), DBI(q->id), DBI(user), DBN, DBS(state),
	    DBS(state), DBI(q->now));
}

/* What q knows of its request once a write moved it into state. */
static void entered(struct locked *q, const char *state)
{
	snprintf(q->state, sizeof q->state, "%s", state);
	q->version++;
}

int set_state(struct locked *q, const char *state, int final)
{
	entered(q, state);
	return DB_RUN(ST_REQ_SET_STATE, NULL, DBS(state), DBI(q->now), DBI(final), DBI(q->now), DBI(q->id));
}

int eng_audit(const struct locked *q, const char *action, const char *detail)
{
	static const struct actor system = {0, 0, 0, "", "system", "zh-CN"};
	return audit_by(q->actor ? q->actor : &system, action, "request", q->id, detail);
}

int eng_notes(const struct locked *q, const struct flow_ctx *c)
{
	int rc = DB_OK;
	for (size_t i = 0; rc == DB_OK && i < c->nnotes; i++)
		rc = eng_audit(q, c->notes[i].action, c->notes[i].detail);
	for (size_t i = 0; rc == DB_OK && i < c->ntells; i++) {
		if (c->tells[i].copy)
			rc = DB_RUN(ST_CC_ADD, NULL, DBI(q->id), DBI(c->tells[i].user), DBI(q->now));
		if (rc == DB_OK)
			rc = notify(q, c->tells[i].user, c->tells[i].kind, NULL);
	}
	return rc;
}

int run_hook(struct locked *q, enum flow_event ev, const char *step_name, const struct rvals *input,
    char *error_key, size_t keylen)
{
	struct flow_ctx c;
	if (!flow_hooks(q->flow, ev))
		return DB_OK;
	memset(&c, 0, sizeof c);
	c.actor = q->actor;
	c.request_id = q->id;
	c.requester_id = q->requester;
	c.filed_by_id = q->filed_by;
	c.now = q->now;
	c.step_name = step_name;
	c.state = q->state;
	c.input = input;
	int rc = q->flow->load ? q->flow->load(&c) : DB_OK;
	if (rc == DB_OK)
		rc = q->flow->hook(&c, ev);
	if (rc == DB_OK)
		rc = eng_notes(q, &c);
	if (rc == O_REFUSED && error_key)
		snprintf(error_key, keylen, "%s", c.error_key);
	rvals_free(&c.vals);
	return rc;
}

/* A cancellation is done when its own route has no approval step left. */
static int cancelled(struct locked *q)
{
	int rc = set_state(q, "cancelled", 1);
	if (rc == DB_OK)
		rc = run_hook(q, EV_CANCEL, NULL, NULL, q->error_key, sizeof q->error_key);
	if (rc == DB_OK)
		rc = eng_audit(q, "cancelled", "");
	return rc == DB_OK ? notify(q, q->requester, "cancel", NULL) : rc;
}

static int approval_ends(const struct locked *q, long long approvals_left)
{
	return !approvals_left && !strcmp(q->state, "in_approval");
}

/* The request is "approved" already: its hook, its audit row, the requester's notice. */
static int approved_after(struct locked *q)
{
	int rc = run_hook(q, EV_APPROVE, NULL, NULL, q->error_key, sizeof q->error_key);
	if (rc == DB_OK)
		rc = eng_audit(q, "approved", "");
	if (rc == DB_OK)
		rc = notify(q, q->requester, "approved", NULL);
	q->told_requester = 1;
	return rc;
}

/* The approval part is over when no approval step waits: EV_APPROVE. */
static int maybe_approved(struct locked *q, long long approvals_left)
{
	if (!approvals_left && !strcmp(q->state, "cancelling"))
		return cancelled(q);
	if (!approval_ends(q, approvals_left))
		return DB_OK;
	int rc = set_state(q, "approved", 1);
	return rc == DB_OK ? approved_after(q) : rc;
}

struct asg {
	long long id, user, acting_for, deputy;
	char state[12];
};

/* The next waiting step with its places (locked); id 0: nothing waits. */
struct next_step {
	long long id, approvals_left;
	enum step_kind kind;
	struct asg a[USERSET_MAX];
	size_t n;
};

static int next_step(struct locked *q, struct next_step *st)
{
	struct dbres res;
	char day[16];
	resolve_day_text(shanghai_day(q->now), day);
	int rc = DB_RUN(ST_STEP_NEXT, &res, DBS(day), DBS(day), DBI(q->id), DBI(q->round));
	const struct step_next *row;
	memset(st, 0, sizeof *st);
	st->kind = SK_SINGLE;
	for (size_t i = 0; rc == DB_OK && (row = step_next_at(&res, i)); i++) {
		if (!i) {
			st->id = row->id;
			st->approvals_left = row->approvals_left;
			step_kind_parse(row->kind, &st->kind);
		}
		if (!row->place || st->n == USERSET_MAX)
			continue;
		struct asg *a = &st->a[st->n++];
		a->id = row->place;
		a->user = row->user_id;
		a->acting_for = row->acting_for;
		a->deputy = row->deputy;
		snprintf(a->state, sizeof a->state, "%s", row->place_state);
	}
	db_free(&res);
	return rc;
}

/* A single-approver step whose approver already approved an earlier
 * single step of this round is skipped, and the skip recorded. */
static int already_approved(struct locked *q, const struct asg *a, size_t n, int *yes)
{
	struct dbres res;
	*yes = 0;
	if (n != 1)
		return DB_OK;
	int rc = DB_RUN(ST_ASG_PRIOR_SINGLE, &res, DBI(q->id), DBI(q->round), DBI(a[0].user));
	const struct count_row *row = count_row_at(&res, 0);
	*yes = rc == DB_OK && row && row->n > 0;
	db_free(&res);
	return rc;
}

/* The place is pending (ST_STEP_START); its approver hears of it.
 * Delegation: a step reaching someone with a deputy today goes to the
 * deputy, recorded as acting for them - never on two-person steps. */
static int activate_assignee(struct locked *q, long long step, const struct asg *a, enum step_kind kind)
{
	long long deputy = kind == SK_TWO ? 0 : a->deputy;
	if (deputy == q->requester || deputy == q->filed_by)
		deputy = 0;
	long long user = deputy ? deputy : a->user;
	char token[65];
	int rc = DB_OK;
	if (deputy)
		rc = DB_RUN(ST_ASG_SET, NULL, DBS("pending"), DBI(user), DBI(a->user), DBS("pending"), DBI(q->now),
		    DBI(a->id));
	if (rc == DB_OK)
		rc = link_create(q, step, user, token);
	if (rc == DB_OK)
		rc = notify(q, user, deputy ? "step_waiting_deputy" : "step_waiting", token);
	/* The principal hears that the step went to their deputy. */
	if (rc == DB_OK && deputy)
		rc = notify(q, a->user, "sent_to_deputy", NULL);
	return rc;
}

/* The step and its waiting places become pending (ST_STEP_START).  With
 * a state, the request enters it in the same statement: the approval part
 * ending and the task step after it starting are one write, not two. */
static int start_step(struct locked *q, const struct next_step *st, const char *state)
{
	if (!state)
		return DB_RUN(ST_STEP_START, NULL, DBI(q->now), DBI(q->now), DBI(st->id));
	entered(q, state);
	return DB_RUN(ST_STEP_START_STATE, NULL, DBI(st->id), DBS(state), DBI(q->now), DBI(q->now), DBI(q->now),
	    DBI(q->now), DBI(q->id));
}

static int activate_places(struct locked *q, const struct next_step *st)
{
	int rc = DB_OK;
	for (size_t i = 0; rc == DB_OK && i < st->n; i++)
		if (!strcmp(st->a[i].state, "waiting"))
			rc = activate_assignee(q, st->id, &st->a[i], st->kind);
	return rc;
}

static int skip_step(struct locked *q, const struct next_step *st)
{
	int rc = DB_RUN(ST_STEP_END, NULL, DBS("skipped"), DBI(q->now), DBS("skipped"), DBI(st->id));
	return rc == DB_OK ? eng_audit(q, "step_skipped", "already approved in an earlier step") : rc;
}

/* One step of the route: the approval part may end on the way (its state
 * written with the next step's start when one starts), a step may be
 * skipped (then the next one is looked at), or the route is complete. */
static int advance_once(struct locked *q, struct next_step *st, int *skipped)
{
	int rc = next_step(q, st);
	if (rc == DB_OK && st->id && st->kind == SK_SINGLE)
		rc = already_approved(q, st->a, st->n, skipped);
	int together = rc == DB_OK && st->id && !*skipped && approval_ends(q, st->approvals_left);
	if (rc == DB_OK && !together)
		rc = maybe_approved(q, st->approvals_left);
	if (rc != DB_OK || !st->id)
		return rc;
	if (*skipped)
		return skip_step(q, st);
	rc = start_step(q, st, together ? "approved" : NULL);
	if (rc == DB_OK && together)
		rc = approved_after(q);
	return rc == DB_OK ? activate_places(q, st) : rc;
}

int advance(struct locked *q)
{
	static struct next_step st;   /* 64 places: kept off the stack */
	for (int guard = 0; guard < ROUTE_MAX_STEPS * 4; guard++) {
		int skipped = 0;
		int rc = advance_once(q, &st, &skipped);
		if (rc != DB_OK || !skipped)
			return rc;
	}
	return DB_ERR;
}

void engine_init(const struct config *cfg)
{
	attach_set_dir(cfg->data_dir);
	audit_setup(cfg->audit.key_file);
}
