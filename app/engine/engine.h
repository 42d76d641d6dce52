/*
 * engine.h - the one place approval happens: submission, decisions,
 * withdrawal and cancellation, each one transaction that locks the
 * request, checks the version the user saw and that this actor may act
 * now, writes the change, runs the type's hooks, writes the audit and
 * notification rows, and commits - or changes nothing.
 *
 * Everything here takes values (an actor, ids, rvals, file bytes) and
 * answers an outcome (core/outcome.h); nothing here knows HTTP or renders.
 */
#ifndef LIAISON_ENGINE_H
#define LIAISON_ENGINE_H

#include "core/outcome.h"
#include "engine/flow.h"

struct config;

/* engine_init - what the engine needs of the deployment: where
 * attachments live. */
void engine_init(const struct config *cfg);

/* A file chosen in a form field of the type's form. */
struct upload {
	const char *label;          /* the field's name: "certificate" */
	const char *filename;       /* as the browser sent it (may be NULL) */
	const char *data;
	size_t len;                 /* 0 with a filename: a chosen file with nothing in it */
};

#define UPLOADS_MAX 8

struct submission {
	const struct flow *flow;
	const struct actor *actor;  /* who files */
	long long requester_id;     /* whom it is for (the actor, or the person filed for) */
	long long dept_id;          /* the requester's department */
	struct rvals vals;          /* the type's values (the caller frees them) */
	struct upload files[UPLOADS_MAX];
	size_t nfiles;
	long long request_id;       /* 0: new; else a returned request or a draft being submitted */
	long long version;          /* for those: the version the user edited */
	int draft;                  /* save as a draft: no rules, no route, nobody told */
	char number[24];            /* out */
	char error_field[32];       /* out, with a refusal */
	char error_key[64];
};

/* engine_submit - file a request (or resubmit a returned one, or submit a
 * draft; with s->draft, save the draft instead).  Returns 0, a refusal
 * (O_REFUSED, O_NO_APPROVER, O_FORBIDDEN, O_CONFLICT, O_NOT_FOUND) with
 * error_field / error_key set where it has a reason, or a db rc. */
int engine_submit(struct submission *s);

/* engine_submit_within - the same inside the caller's transaction, at
 * now: a type's hook files a request that belongs to its own (EX-05: the
 * difference of a claim goes through its own route).  The caller's
 * transaction commits or rolls back both. */
int engine_submit_within(struct submission *s, long long now);

/* engine_rejudge_within - inside the caller's transaction: request id is
 * judged again because of another (a leave that makes one absence with
 * it): while it is in approval, its round gains the steps its route now
 * gives with vals and lacks, at its end, in route order; the record says
 * why either way.  An empty step refuses as at submission (AU-04). */
int engine_rejudge_within(long long id, const struct rvals *vals, const struct actor *a, long long now,
    const char *why);

enum decision {
	D_APPROVE, D_REJECT, D_RETURN, D_HANDOVER, D_ADD_BEFORE, D_ADD_AFTER, D_TASK,
	D_WITHDRAW, D_CANCEL, D__COUNT
};

struct decision_in {
	const struct actor *actor;  /* actor->act_for: deciding the principal's place as their deputy */
	long long request_id;
	long long version;          /* what the user saw */
	enum decision what;
	const char *comment;        /* reason; required for reject, return, cancel */
	long long target;           /* hand-over or added signer */
	const char *link_hash;      /* the approval link used, marked used in the same transaction */
	const char *form_key;       /* the form's one-time key (engine/replay.h), or NULL */
	int bulk;                   /* from the inbox's bulk approval: plain single-approver steps only */
	const struct rvals *task;   /* what a task step records (D_TASK) */
	char error_key[64];         /* out, with O_REFUSED */
};

/* engine_decide - one decision; returns 0, a refusal or a db rc. */
int engine_decide(struct decision_in *d);

/* decision_name - "approve", "reject", ... (form values and audit actions). */
const char *decision_name(enum decision d);

/* An action of the requester on their own request through the type's own
 * page (a certificate added afterwards, back early): the engine locks the
 * request, checks that it is of the type and theirs, loads its values,
 * runs fn inside the transaction (c->state is the request's state,
 * c->input the page's values), bumps the version, writes the events fn
 * noted to the audit record and tells nobody. */
struct amendment {
	const struct actor *actor;
	long long request_id;
	const char *type;
	const struct rvals *input;
	int (*fn)(struct flow_ctx *c, void *arg);   /* 0, a refusal or a db rc */
	void *arg;
	char error_key[64];         /* out, with O_REFUSED */
};

/* engine_amend - run an amendment; 0, a refusal or a db rc. */
int engine_amend(struct amendment *a);

/* engine_handover_user - AU-05: give every pending and waiting step of
 * user to successor (inside the caller's transaction); *moved counts them. */
int engine_handover_user(long long user, long long successor, long long *moved);

#endif
