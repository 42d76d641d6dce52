/* decide.c - every decision on a request, each one transaction. */
#include "engine/engine.h"

#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "core/fault.h"
#include "db/db.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/replay.h"
#include "engine/links.h"
#include "engine/notify.h"
#include "engine/resolve.h"
#include "engine/sign.h"

static const char *const names[D__COUNT] = {
	"approve", "reject", "return", "handover", "add_before", "add_after", "task", "withdraw", "cancel",
};

const char *decision_name(enum decision d) { return (unsigned)d < D__COUNT ? names[d] : "?"; }

struct ctx {
	struct decision_in *d;
	struct locked q;
	struct place m;         /* the actor's pending place, found with the lock */
	enum step_kind kind;    /* its step's kind */
	int step_ended;         /* the decision ended the actor's step */
	struct next_step *next; /* an approval's: the next step, read with the lock */
};

/* A deputy may take the principal's place on a step that reached the
 * principal before the delegation began: checked here again, recorded as
 * acting for them. */
static int take_place_as_deputy(struct ctx *c)
{
	long long deputy = 0;
	long long principal = c->d->actor->act_for;
	int rc = resolve_deputy(principal, shanghai_day(c->q.now), &deputy);
	if (rc != DB_OK)
		return rc;
	if (deputy != actor_id(&c->q))
		return O_FORBIDDEN;
	c->m.acting_for = principal;
	return DB_RUN(ST_ASG_SET, NULL, DBS("pending"), DBI(deputy), DBI(principal), DBS("pending"), DBI(c->q.now),
	    DBI(c->m.id));
}

/* The place came with the lock (lock_request_place). */
static int find_mine(struct ctx *c)
{
	long long act_for = c->d->actor->act_for;
	if (!c->m.id)
		return O_FORBIDDEN;
	step_kind_parse(c->m.kind, &c->kind);
	if (act_for && c->kind == SK_TWO)
		return O_FORBIDDEN;   /* a deputy never signs for the principal (SP-04) */
	return act_for && !c->m.acting_for ? take_place_as_deputy(c) : DB_OK;
}

static int record(struct ctx *c, const char *state)
{
	return DB_RUN(ST_ASG_DECIDE, NULL, DBS(state), DBI(c->q.now), DBS(c->d->comment ? c->d->comment : ""),
	    DBS(c->d->actor->via), DBI(c->m.id));
}

static int step_state(struct ctx *c, const char *state)
{
	return DB_RUN(ST_STEP_SET_STATE, NULL, DBS(state), DBS(state), DBI(c->q.now), DBS(state), DBI(c->q.now),
	    DBI(c->m.step));
}

static int refuse(struct ctx *c, const char *key)
{
	snprintf(c->d->error_key, sizeof c->d->error_key, "%s", key);
	return O_REFUSED;
}

/* SP-04: two different people, each with signing authority, neither the
 * drafter; a deputy never signs for the person they stand in for. */
static int signature_ok(struct ctx *c)
{
	struct dbres res;
	long long me = actor_id(&c->q);
	int rc = DB_RUN(ST_WHO_USER, &res, DBI(me));
	const struct who_user *u = who_user_at(&res, 0);
	int can_sign = rc == DB_OK && u && u->can_sign == 1 && u->active == 1;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!can_sign || c->m.acting_for)
		return refuse(c, "Decide.CannotSign");
	rc = DB_RUN(ST_ASG_APPROVALS, &res, DBI(c->m.step));
	const struct asg_approvals *a;
	for (size_t i = 0; rc == DB_OK && (a = asg_approvals_at(&res, i)); i++)
		if (a->user_id == me || a->principal_id == me)
			rc = O_CONFLICT;
	db_free(&res);
	return rc;
}

/* Its links die with the step (link_check reads the step's state). */
static int step_done(struct ctx *c)
{
	c->step_ended = 1;
	return DB_RUN(ST_STEP_END, NULL, DBS("done"), DBI(c->q.now), DBS("superseded"), DBI(c->m.step));
}

/* A step that names a state moves the request into it once done: a task's
 * result, or SP-04's second signature making an agreement "signed". */
static int enter_state_after(struct ctx *c)
{
	const struct route_def *route = route_find(c->q.type);
	int rc = DB_OK;
	for (size_t i = 0; rc == DB_OK && route && i < route->nsteps; i++)
		if (!strcmp(route->steps[i].name, c->m.step_name) && route->steps[i].state_after[0])
			rc = set_state(&c->q, route->steps[i].state_after, 1);
	return rc;
}

/* Only once the approval part is over, so "approved" and its hook come first. */
static int after_approval(struct ctx *c)
{
	return !strcmp(c->q.state, "approved") ? enter_state_after(c) : DB_OK;
}

/* The approval that completes a plain step ends it, in one write with what
 * follows: the next step's start, or the request's approval. */
static int approve_last(struct ctx *c)
{
	struct ending e = {c->m.step, c->m.id, actor_id(&c->q), c->kind, c->d->comment ? c->d->comment : "",
	    c->d->actor->via};
	c->step_ended = 1;
	int rc = advance_ending(&c->q, &e, c->next);
	return rc == DB_OK ? after_approval(c) : rc;
}

static int approve(struct ctx *c)
{
	int last = c->m.approved + 1 >= c->m.needed;
	if (last && c->kind != SK_TWO)
		return approve_last(c);
	int rc = c->kind == SK_TWO ? signature_ok(c) : DB_OK;
	if (rc == DB_OK)
		rc = record(c, "approved");
	if (rc == DB_OK && c->kind == SK_TWO)
		rc = sign_record(&c->q, c->m.step);
	if (rc != DB_OK || !last)
		return rc;
	rc = step_done(c);
	if (rc == DB_OK)
		rc = advance(&c->q);
	return rc == DB_OK ? after_approval(c) : rc;
}

static int task(struct ctx *c)
{
	int rc = record(c, "done");
	if (rc == DB_OK)
		rc = run_hook(&c->q, EV_TASK, c->m.step_name, c->d->task, c->d->error_key, sizeof c->d->error_key);
	if (rc == DB_OK)
		rc = step_done(c);
	if (rc == DB_OK)
		rc = enter_state_after(c);
	return rc == DB_OK ? advance(&c->q) : rc;
}

/* Reject and return end the round: nothing else waits. */
static int end_round(struct ctx *c, const char *asg_state, const char *req_state, enum flow_event ev)
{
	if (!c->d->comment || !*c->d->comment)
		return refuse(c, "Decide.ReasonRequired");
	int rc = record(c, asg_state);
	if (rc == DB_OK)
		rc = step_state(c, asg_state);
	if (rc == DB_OK)
		rc = DB_RUN(ST_ASG_CLOSE_REQ, NULL, DBI(c->q.id));
	if (rc == DB_OK)
		rc = DB_RUN(ST_STEPS_CLOSE_REQ, NULL, DBI(c->q.id));
	if (rc == DB_OK)
		rc = set_state(&c->q, req_state, 1);
	if (rc == DB_OK && ev != EV__COUNT)
		rc = run_hook(&c->q, ev, NULL, NULL, c->d->error_key, sizeof c->d->error_key);
	return rc;
}

/* The target of a hand-over or an added signer must be able to act. */
static int target_ok(struct ctx *c)
{
	struct dbres res;
	long long t = c->d->target;
	if (t <= 0 || t == c->q.requester || t == c->q.filed_by || t == actor_id(&c->q))
		return refuse(c, "Decide.BadTarget");
	int rc = DB_RUN(ST_WHO_USER, &res, DBI(t));
	const struct who_user *u = who_user_at(&res, 0);
	int ok = rc == DB_OK && u && u->active == 1;
	db_free(&res);
	return rc != DB_OK ? rc : ok ? DB_OK : refuse(c, "Decide.BadTarget");
}

static int handover(struct ctx *c)
{
	int rc = c->kind == SK_TWO ? refuse(c, "Decide.NotHere") : target_ok(c);
	if (rc == DB_OK)
		rc = record(c, "handed_over");
	if (rc == DB_OK)
		rc = place_add(&c->q, c->m.step, c->kind, c->d->target, "pending");
	if (rc == DB_OK)
		rc = notify_step(&c->q, c->m.step, c->d->target);
	return rc;
}

/* 加签: a single step for the target, before mine (mine waits again) or after. */
static int add_signer(struct ctx *c, int before)
{
	int rc = !c->m.add_signer || c->kind == SK_TWO || c->kind == SK_TASK ? refuse(c, "Decide.NotHere")
	                                                                        : target_ok(c);
	long long at = before ? c->m.seq : c->m.seq + 1;
	struct dbres res;
	if (rc == DB_OK)
		rc = DB_RUN(ST_STEP_SHIFT, NULL, DBI(c->q.id), DBI(c->q.round), DBI(at));
	if (rc == DB_OK)
		rc = DB_RUN(ST_STEP_INSERT, &res, DBI(c->q.id), DBI(c->q.round), DBI(at), DBS("added"), DBS("single"),
		    DBS("added"), DBI(1), DBS(""), DBI(0));
	else
		memset(&res, 0, sizeof res);
	long long step = (long long)res.insert_id;
	db_free(&res);
	if (rc == DB_OK)
		rc = place_add(&c->q, step, SK_SINGLE, c->d->target, "waiting");
	if (rc != DB_OK || !before)
		return rc;
	/* My step waits behind the added one; my place in it waits too. */
	rc = step_state(c, "waiting");
	if (rc == DB_OK)
		rc = DB_RUN(ST_ASG_SET, NULL, DBS("waiting"), DBI(actor_id(&c->q)), c->m.acting_for ? DBI(c->m.acting_for) : DBN,
		    DBS("waiting"), DBI(c->q.now), DBI(c->m.id));
	return rc == DB_OK ? advance(&c->q) : rc;
}

/* The decision's own row comes before whatever it sets off (approval
 * complete, the next step), so the timeline reads in order. */
static int audit_decision(struct ctx *c)
{
	char detail[4200];   /* a comment of 1000 characters, whole */
	const char *comment = c->d->comment ? c->d->comment : "";
	if (c->m.acting_for)
		snprintf(detail, sizeof detail, "acting_for=%lld %s", c->m.acting_for, comment);
	else
		snprintf(detail, sizeof detail, "%s", comment);
	return eng_audit(&c->q, decision_name(c->d->what), detail);
}

static int act_on_step(struct ctx *c)
{
	enum decision w = c->d->what;
	int rc = find_mine(c);
	if (rc == DB_OK)
		rc = audit_decision(c);
	if (rc != DB_OK)
		return rc;
	/* A task is recorded, not approved; sent back only where its type allows. */
	const char *rt = c->q.flow->returning_task;
	int task_return = w == D_RETURN && c->kind == SK_TASK && rt && !strcmp(rt, c->m.step_name);
	if ((w == D_TASK) != (c->kind == SK_TASK) && !task_return)
		return refuse(c, "Decide.NotHere");
	if (c->d->bulk && c->kind != SK_SINGLE && c->kind != SK_ANY)
		return refuse(c, "Decide.NoBulk");
	switch (w) {
	case D_APPROVE: return approve(c);
	case D_TASK: return task(c);
	case D_REJECT:
		/* A refused cancellation leaves the request as it was: approved (signed...). */
		if (!strcmp(c->q.state, "cancelling"))
			return end_round(c, "rejected", flow_cancel_state(c->q.flow), EV__COUNT);
		return end_round(c, "rejected", "rejected", EV_REJECT);
	case D_RETURN:
		if (!strcmp(c->q.state, "cancelling"))
			return refuse(c, "Decide.NotHere");
		return end_round(c, "returned", "returned", EV_RETURN);
	case D_HANDOVER: return handover(c);
	case D_ADD_BEFORE: return add_signer(c, 1);
	case D_ADD_AFTER: return add_signer(c, 0);
	default: return O_REFUSED;
	}
}

/* A type that asks for it sends a cancellation along its Cancel route: a
 * new round; approved, the request is cancelled (core.c); rejected, it
 * stays approved. */
static int cancel_round(struct ctx *c, const struct route_def *route)
{
	struct flow_ctx fc;
	memset(&fc, 0, sizeof fc);
	fc.request_id = c->q.id;
	int rc = c->q.flow->load ? c->q.flow->load(&fc) : DB_OK;
	if (rc == DB_OK)
		rc = DB_RUN(ST_REQ_NEW_ROUND, NULL, DBS("cancelling"), DBI(c->q.now), DBI(c->q.id));
	if (rc == DB_OK) {
		c->q.round++;
		c->q.version++;
		snprintf(c->q.state, sizeof c->q.state, "cancelling");
		struct stepper sp = {&c->q, &fc.vals, 0, 0, c->d->error_key, sizeof c->d->error_key};
		rc = steps_build(&sp, route->cancel, route->ncancel);
	}
	rvals_free(&fc.vals);
	return rc == O_NO_APPROVER ? O_REFUSED : rc == DB_OK ? advance(&c->q) : rc;
}

/* Withdraw (while undecided) and cancel (after approval) belong to the
 * requester or whoever filed for them. */
static int by_requester(struct ctx *c)
{
	int own = actor_id(&c->q) == c->q.requester || actor_id(&c->q) == c->q.filed_by;
	if (!own)
		return O_FORBIDDEN;
	int arc = audit_decision(c);
	if (arc != DB_OK)
		return arc;
	if (c->d->what == D_WITHDRAW) {
		if (strcmp(c->q.state, "in_approval") && strcmp(c->q.state, "draft"))
			return O_CONFLICT;
		int rc = DB_RUN(ST_ASG_CLOSE_REQ, NULL, DBI(c->q.id));
		if (rc == DB_OK)
			rc = DB_RUN(ST_STEPS_CLOSE_REQ, NULL, DBI(c->q.id));
		if (rc == DB_OK)
			rc = set_state(&c->q, "withdrawn", 1);
		return rc == DB_OK ? run_hook(&c->q, EV_WITHDRAW, NULL, NULL, c->d->error_key, sizeof c->d->error_key) : rc;
	}
	if (!c->q.flow->cancellable || strcmp(c->q.state, flow_cancel_state(c->q.flow)))
		return refuse(c, "Decide.CannotCancel");
	if (!c->d->comment || !*c->d->comment)
		return refuse(c, "Decide.ReasonRequired");
	int rc = DB_RUN(ST_ASG_CLOSE_REQ, NULL, DBI(c->q.id));
	if (rc == DB_OK)
		rc = DB_RUN(ST_STEPS_CLOSE_REQ, NULL, DBI(c->q.id));
	const struct route_def *route = route_find(c->q.type);
	if (rc == DB_OK && route && route->ncancel)
		return cancel_round(c, route);
	if (rc == DB_OK)
		rc = set_state(&c->q, "cancelled", 1);
	return rc == DB_OK ? run_hook(&c->q, EV_CANCEL, NULL, NULL, c->d->error_key, sizeof c->d->error_key) : rc;
}

/* A link works once: the second use in a race finds it used. */
static int use_link(struct ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_LINK_USE, &res, DBI(c->q.now), DBS(c->d->link_hash));
	int won = res.affected == 1;
	db_free(&res);
	return rc != DB_OK ? rc : won ? DB_OK : O_CONFLICT;
}

static int notify_requester(struct ctx *c)
{
	/* "Approved" already told them; one notice for one event. */
	int rc = c->q.told_requester ? DB_OK : notify(&c->q, c->q.requester, decision_name(c->d->what), NULL);
	if (rc == DB_OK && c->q.filed_by != c->q.requester)
		rc = notify(&c->q, c->q.filed_by, decision_name(c->d->what), NULL);
	if (rc == DB_OK && c->m.acting_for)
		rc = notify(&c->q, c->m.acting_for, "acted_for_you", NULL);
	return rc;
}

static int decide_tx(void *arg)
{
	struct ctx *c = arg;
	/* A deadlock runs this again: nothing of the last attempt may stay. */
	c->step_ended = 0;
	c->q.told_requester = 0;
	long long act_for = c->d->actor ? c->d->actor->act_for : 0;
	long long who = act_for ? act_for : actor_id(&c->q);
	int rc = lock_request_place(c->d->request_id, who, &c->q, &c->m, c->d->what == D_APPROVE ? c->next : NULL);
	if (rc != DB_OK)
		return rc;
	/* AU-03 here, whatever a form or URL says, and before the version so
	 * a requester learns nothing: their own request is never theirs to
	 * decide.  A task the route gives them (a visit report, SP-03) is
	 * theirs to record; withdraw and cancel are theirs alone. */
	int own = actor_id(&c->q) == c->q.requester || actor_id(&c->q) == c->q.filed_by;
	int theirs = c->d->what == D_WITHDRAW || c->d->what == D_CANCEL;
	if (own && !theirs && c->d->what != D_TASK)
		return O_FORBIDDEN;
	if (theirs)
		memset(&c->m, 0, sizeof c->m);   /* withdraw and cancel act on no place */
	if (c->q.version != c->d->version)
		return O_CONFLICT;
	if (c->d->link_hash && (rc = use_link(c)) != DB_OK)
		return rc;
	rc = theirs ? by_requester(c) : act_on_step(c);
	if (rc != DB_OK)
		return rc;
	/* Every decision changes the version, so a second click is stale. */
	if (c->q.version == c->d->version && (rc = DB_RUN(ST_REQ_BUMP, NULL, DBI(c->q.now), DBI(c->q.id))) != DB_OK)
		return rc;
	/* Live links elsewhere on a step still open follow the new version; the
	 * links this transaction made are bound to it when written (outgoing.c). */
	if (!c->step_ended && (rc = links_rebind(c->q.id)) != DB_OK)
		return rc;
	if (c->d->form_key && (rc = replay_remember(c->d->form_key, actor_id(&c->q), c->q.id,
	                                            decision_name(c->d->what), c->q.now)) != DB_OK)
		return rc;
	rc = notify_requester(c);
	/* test builds: the server picks this transaction as a deadlock's victim */
	return rc == DB_OK && fault_hit("decide_deadlock") ? DB_DEADLOCK : rc;
}

int engine_decide(struct decision_in *d)
{
	static struct next_step next;   /* 64 places: kept off the stack */
	struct ctx c;
	memset(&c, 0, sizeof c);
	c.d = d;
	c.next = &next;
	c.q.actor = d->actor;
	c.q.now = clock_now();
	d->error_key[0] = '\0';
	int rc = db_tx(decide_tx, &c);
	if (rc == O_REFUSED && !d->error_key[0])
		snprintf(d->error_key, sizeof d->error_key, "%s", c.q.error_key);
	return rc;
}

/* AU-05: the successor takes every step the user still had, except on a
 * request of the successor's own (AU-03): those go one level further up. */
int engine_handover_user(long long user, long long successor, long long *moved)
{
	struct dbres res;
	long long up = 0;
	*moved = 0;
	int rc = DB_RUN(ST_ASG_HANDOVER_USER, &res, DBI(successor), DBI(user), DBI(successor), DBI(successor));
	*moved += (long long)res.affected;
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_WHO_USER, &res, DBI(successor));
	const struct who_user *u = who_user_at(&res, 0);
	up = rc == DB_OK && u ? u->superior_id : 0;
	db_free(&res);
	if (rc == DB_OK && up) {
		rc = DB_RUN(ST_ASG_HANDOVER_USER, &res, DBI(up), DBI(user), DBI(up), DBI(up));
		*moved += (long long)res.affected;
		db_free(&res);
	}
	return rc;
}
