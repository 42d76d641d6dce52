/*
 * core.h - the engine's inner parts shared by submission, decisions and
 * timed work (private to app/engine/).  Everything here runs inside db_tx.
 */
#ifndef LIAISON_ENGINE_CORE_H
#define LIAISON_ENGINE_CORE_H

#include "engine/engine.h"
#include "engine/resolve.h"
#include "engine/routes.h"

#define TITLE_CHARS 200   /* requests.title */

/* The request as locked for a change. */
struct locked {
	long long id, requester, filed_by, dept, version, round;
	int told_requester;          /* the requester had this transaction's notice already */
	char number[24], type[24], kind[25], state[16];
	char title[TITLE_CHARS * 4 + 1];
	const struct flow *flow;
	const struct actor *actor;   /* who acts: a person, or the system (id 0) */
	long long now;
	char error_key[64];          /* a refusal of the EV_APPROVE hook that advance runs */
};

/* lock_request - SELECT ... FOR UPDATE; O_NOT_FOUND when missing. */
int lock_request(long long id, struct locked *q);

/* The place someone holds on the current step of a locked request. */
struct place {
	long long id;                /* 0: they hold none */
	long long step, acting_for, seq, approved;   /* approved: approvals on the step so far */
	int needed, add_signer;
	char kind[12], step_name[48];
};

/* A place on the next waiting step, with whoever stands in for its holder today. */
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

/* next_step_clear - st before its rows are read: nothing waits. */
void next_step_clear(struct next_step *st);

/* next_step_row - one row of the next step's read into st (the first
 * names the step; place 0: a step without places). */
void next_step_row(struct next_step *st, long long id, long long approvals_left, const char *kind, long long place,
    long long user, long long acting_for, long long deputy, const char *place_state);

/* The same for any row with ST_STEP_NEXT's columns. */
#define NEXT_STEP_ROW(st, row) next_step_row((st), (row)->next_id, (row)->approvals_left, (row)->next_kind, \
	(row)->next_place, (row)->user_id, (row)->next_acting_for, (row)->deputy, (row)->place_state)

/* lock_request_place - lock_request, and in the same statement the
 * pending place of user who (a principal, for a deputy) into p; with
 * next, the next waiting step too (an approval's). */
int lock_request_place(long long id, long long who, struct locked *q, struct place *p, struct next_step *next);

/* actor_id - the acting person's id, 0 for the system. */
long long actor_id(const struct locked *q);

/* place_add - a place for user on step (of kind), "waiting" or "pending"
 * (pending stamps when); the place carries its step's kind for the inbox. */
int place_add(const struct locked *q, long long step, enum step_kind kind, long long user, const char *state);

/* entered - what q knows of its request once a write moved it into
 * state (NULL: the same state) and to the next version. */
void entered(struct locked *q, const char *state);

/* set_state - new state, version + 1; final marks decided_at. */
int set_state(struct locked *q, const char *state, int final);

/* advance - activate the next waiting step (skipping as the rules say),
 * or finish the route; runs EV_APPROVE when the last approval is done. */
int advance(struct locked *q);

/* The approval that ends its step, not yet written: the write that starts
 * the next step, or ends the approval part, carries it (ST_STEP_HANDOFF). */
struct ending {
	long long step, place, user;   /* user: who holds the place now */
	enum step_kind kind;
	const char *comment, *via;
};

/* advance_ending - advance after the approval e, with the next step as
 * read with the lock (ST_REQ_LOCK_PLACE_NEXT): e is written with the next
 * step's start, or with the request's approval when no step follows. */
int advance_ending(struct locked *q, const struct ending *e, struct next_step *next);

/* run_hook - the type's hook for ev with the request's values loaded;
 * input: what a task step recorded (may be NULL). */
int run_hook(struct locked *q, enum flow_event ev, const char *step_name, const struct rvals *input,
    char *error_key, size_t keylen);

/* eng_audit - an audit row about the request, by the actor, via the channel. */
int eng_audit(const struct locked *q, const char *action, const char *detail);

/* eng_notes - the audit rows and the notices a type's callback asked for
 * (flow_note, flow_tell). */
int eng_notes(const struct locked *q, const struct flow_ctx *c);

/* A round's steps being built: numbering and the last single approver
 * (for next_up) carry from one step to the next. */
struct stepper {
	struct locked *q;
	const struct rvals *vals;   /* what conditions test */
	int seq;
	long long prev_approver;
	char *error_key;            /* AU-04: names the missing role */
	size_t keylen;
};

/* steps_build - insert the steps that apply, each with its people waiting. */
int steps_build(struct stepper *sp, const struct route_step *steps, size_t n);

/* shanghai_day - today's day number in Asia/Shanghai. */
int shanghai_day(long long now);

#endif
