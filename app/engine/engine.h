/*
 * engine.h - the one place approval happens: submission, decisions,
 * withdrawal and cancellation, each one transaction that locks the
 * request, checks the version the user saw and that this user may act
 * now, writes the change, runs the type's hooks, writes the audit and
 * notification rows, and commits - or changes nothing.
 */
#ifndef LIAISON_ENGINE_H
#define LIAISON_ENGINE_H

#include "engine/flow.h"

/* Refusals (positive: the transaction rolled back).  Values double as the
 * HTTP status a page answers with. */
#define ENG_INVALID 400      /* see error_key */
#define ENG_FORBIDDEN 403    /* not yours to act on (AU-03) */
#define ENG_NOT_FOUND 404
#define ENG_STALE 409        /* already decided, or changed since the user looked */
#define ENG_NO_APPROVER 422  /* AU-04: error_key names the missing role */

struct submission {
	const struct flow *flow;
	struct flow_ctx ctx;        /* r, requester_id, filed_by_id and vals filled by the caller */
	long long request_id;       /* 0: new; else a returned request being resubmitted */
	long long version;          /* for a resubmission: the version the user edited */
	long long dept_id;          /* the requester's department */
	int draft;                  /* save as a draft: no rules, no route, nobody told */
	char number[24];            /* out */
};

/* engine_submit - file a request (or resubmit a returned one, or submit
 * a draft; with s->draft, save the draft instead).  Returns 0,
 * FLOW_REFUSED / ENG_* with ctx.error_field / ctx.error_key set, or a
 * negative db rc. */
int engine_submit(struct submission *s);

enum decision {
	D_APPROVE, D_REJECT, D_RETURN, D_HANDOVER, D_ADD_BEFORE, D_ADD_AFTER, D_TASK,
	D_WITHDRAW, D_CANCEL, D__COUNT
};

struct decision_in {
	struct req *r;              /* the actor is r->user; task forms come from r->form */
	long long request_id;
	long long version;          /* what the user saw */
	enum decision what;
	const char *comment;        /* reason; required for reject, return, cancel */
	long long target;           /* hand-over or added signer */
	const char *via;            /* "page" or "link" */
	const char *link_hash;      /* the approval link used, marked used in the same transaction */
	int bulk;                   /* from the inbox's bulk approval: plain single-approver steps only */
	long long act_for;          /* the actor is this person's deputy today and decides their place */
	char error_key[64];         /* out, with ENG_INVALID / FLOW_REFUSED */
};

/* engine_decide - one decision; returns 0, a refusal (ENG_*, FLOW_REFUSED)
 * or a negative db rc. */
int engine_decide(struct decision_in *d);

/* decision_name - "approve", "reject", ... (form values and audit actions). */
const char *decision_name(enum decision d);

/* engine_handover_user - AU-05: give every pending and waiting step of
 * user to successor (inside the caller's transaction); *moved counts them. */
int engine_handover_user(long long user, long long successor, long long *moved);

#endif
