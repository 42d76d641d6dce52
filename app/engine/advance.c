/* advance.c - the route moving on: the next step starting or skipped, the approval part ending. */
#include "engine/core.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/engine_sql.h"
#include "engine/links.h"
#include "engine/notify.h"
#include "engine/resolve.h"

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

static int cancel_ends(const struct locked *q, long long approvals_left)
{
	return !approvals_left && !strcmp(q->state, "cancelling");
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

void next_step_clear(struct next_step *st)
{
	memset(st, 0, sizeof *st);
	st->kind = SK_SINGLE;
}

void next_step_row(struct next_step *st, long long id, long long approvals_left, const char *kind, long long place,
    long long user, long long acting_for, long long deputy, const char *place_state)
{
	if (!st->id) {
		st->id = id;
		st->approvals_left = approvals_left;
		step_kind_parse(kind, &st->kind);
	}
	if (!place || st->n == USERSET_MAX)
		return;
	struct asg *a = &st->a[st->n++];
	a->id = place;
	a->user = user;
	a->acting_for = acting_for;
	a->deputy = deputy;
	snprintf(a->state, sizeof a->state, "%s", place_state);
}

static int next_step(struct locked *q, struct next_step *st)
{
	struct dbres res;
	char day[16];
	resolve_day_text(shanghai_day(q->now), day);
	int rc = DB_RUN(ST_STEP_NEXT, &res, DBS(day), DBS(day), DBI(q->id), DBI(q->id));
	const struct step_next *row;
	next_step_clear(st);
	for (size_t i = 0; rc == DB_OK && (row = step_next_at(&res, i)); i++)
		NEXT_STEP_ROW(st, row);
	db_free(&res);
	return rc;
}

/* A single-approver step whose approver already approved an earlier
 * single step of this round is skipped, and the skip recorded.  An
 * ending not yet written counts as written. */
static int already_approved(struct locked *q, const struct next_step *st, const struct ending *e, int *yes)
{
	struct dbres res;
	*yes = 0;
	if (st->n != 1)
		return DB_OK;
	long long user = st->a[0].user;
	int rc = DB_RUN(ST_ASG_PRIOR_SINGLE, &res, DBI(q->id), DBI(q->round), DBI(user));
	const struct count_row *row = count_row_at(&res, 0);
	*yes = rc == DB_OK && ((row && row->n > 0) || (e && e->kind == SK_SINGLE && e->user == user));
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
	struct new_link link;
	int rc = DB_OK;
	if (deputy)
		rc = DB_RUN(ST_ASG_SET, NULL, DBS("pending"), DBI(user), DBI(a->user), DBS("pending"), DBI(q->now),
		    DBI(a->id));
	if (rc == DB_OK)
		rc = link_new(q, step, &link);
	if (rc == DB_OK)
		rc = notify(q, user, deputy ? "step_waiting_deputy" : "step_waiting", &link);
	/* The principal hears that the step went to their deputy. */
	if (rc == DB_OK && deputy)
		rc = notify(q, a->user, "sent_to_deputy", NULL);
	return rc;
}

static int activate_places(struct locked *q, const struct next_step *st)
{
	int rc = DB_OK;
	for (size_t i = 0; rc == DB_OK && i < st->n; i++)
		if (!strcmp(st->a[i].state, "waiting"))
			rc = activate_assignee(q, st->id, &st->a[i], st->kind);
	return rc;
}

/* The ending on its own, where nothing starts with it; *e is then written. */
static int end_alone(struct locked *q, const struct ending **e)
{
	const struct ending *x = *e;
	*e = NULL;
	return !x ? DB_OK : DB_RUN(ST_STEP_END_APPROVED, NULL, DBI(q->now), DBI(x->place), DBI(q->now), DBI(x->place),
	    DBS(x->comment), DBI(x->place), DBS(x->via), DBI(x->place), DBI(x->step));
}

/* The step st (id 0: none) starts and the request enters state (NULL:
 * keeps its own), in one write with the ending *e when there is one
 * (ST_STEP_HANDOFF); a start alone is ST_STEP_START. */
static int start_step(struct locked *q, const struct next_step *st, const char *state, const struct ending **e)
{
	static const struct ending nothing = {0, 0, 0, SK_SINGLE, "", ""};   /* step 0: none ends */
	const struct ending *x = *e ? *e : &nothing;
	*e = NULL;
	if (x == &nothing && !state)
		return DB_RUN(ST_STEP_START, NULL, DBI(q->now), DBI(q->now), DBI(st->id));
	entered(q, state);
	return DB_RUN(ST_STEP_HANDOFF, NULL, DBI(x->step), st->id ? DBI(st->id) : DBN, DBI(q->now), DBI(x->place),
	    DBI(q->now), DBI(x->place), DBS(x->comment), DBI(x->place), DBS(x->via), DBI(x->place), DBI(q->now),
	    DBI(q->now), DBS(q->state), DBI(q->now), DBI(state ? 1 : 0), DBI(q->now), DBI(q->id));
}

/* The approval part is over: "approved" written with the next step's
 * start or the ending when there is either, then EV_APPROVE. */
static int approval_end(struct locked *q, const struct next_step *st, const struct ending **e)
{
	int rc = st->id || *e ? start_step(q, st, "approved", e) : set_state(q, "approved", 1);
	return rc == DB_OK ? approved_after(q) : rc;
}

static int skip_step(struct locked *q, const struct next_step *st)
{
	int rc = DB_RUN(ST_STEP_END, NULL, DBS("skipped"), DBI(q->now), DBS("skipped"), DBI(st->id));
	return rc == DB_OK ? eng_audit(q, "step_skipped", "already approved in an earlier step") : rc;
}

/* One step of the route, st as read: a step skipped (then the next one is
 * looked at), the approval part or a cancellation ending, the next step
 * starting, or the route complete.  The ending *e rides on the write that
 * starts a step or approves the request; elsewhere it is written first. */
static int advance_once(struct locked *q, struct next_step *st, const struct ending **e, int *skipped)
{
	int rc = st->id && st->kind == SK_SINGLE ? already_approved(q, st, *e, skipped) : DB_OK;
	if (rc == DB_OK && *skipped) {
		rc = end_alone(q, e);
		return rc == DB_OK ? skip_step(q, st) : rc;
	}
	if (rc == DB_OK && approval_ends(q, st->approvals_left))
		rc = approval_end(q, st, e);
	else if (rc == DB_OK && cancel_ends(q, st->approvals_left)) {
		rc = end_alone(q, e);
		if (rc == DB_OK)
			rc = cancelled(q);
		if (rc == DB_OK && st->id)
			rc = start_step(q, st, NULL, e);
	} else if (rc == DB_OK && st->id)
		rc = start_step(q, st, NULL, e);
	if (rc == DB_OK)
		rc = end_alone(q, e);   /* the route is complete: nothing started */
	return rc == DB_OK && st->id ? activate_places(q, st) : rc;
}

/* read: st is to be read first (else it came with the lock). */
static int advance_from(struct locked *q, struct next_step *st, int read, const struct ending *e)
{
	for (int guard = 0; guard < ROUTE_MAX_STEPS * 4; guard++) {
		int skipped = 0;
		int rc = read ? next_step(q, st) : DB_OK;
		read = 1;
		if (rc == DB_OK)
			rc = advance_once(q, st, &e, &skipped);
		if (rc != DB_OK || !skipped)
			return rc;
	}
	return DB_ERR;
}

int advance(struct locked *q)
{
	static struct next_step st;   /* 64 places: kept off the stack */
	return advance_from(q, &st, 1, NULL);
}

int advance_ending(struct locked *q, const struct ending *e, struct next_step *next)
{
	return advance_from(q, next, 0, e);
}
