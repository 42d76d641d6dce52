/*
 * flow.h - what a request type declares to the engine; the engine does
 * the rest.
 *
 * A type names itself, its number prefix, the values its route conditions
 * test, how its own row is saved and read, the rules checked at submission
 * and hooks that run inside the engine's decision transaction.  It never
 * writes approval, audit, notification or permission logic of its own, and
 * never sees the HTTP request: values come in as rvals.  Its web face (the
 * form, templates, extra pages) is declared beside it in pages/flow_page.h.
 */
#ifndef LIAISON_FLOW_H
#define LIAISON_FLOW_H

#include <stddef.h>

#include "core/actor.h"
#include "engine/cond.h"

#define RVAL_MAX 40

/* A request's own values by name: what route conditions test and what the
 * request page shows.  Each text is a copy of its own length (rvals_free). */
struct rvals {
	size_t n;
	struct {
		char name[32];
		char *text;
		long long num;
		int is_num;
	} v[RVAL_MAX];
};

/* rvals_set / rvals_set_num - add or replace a value (a text is copied
 * whole); 0, or -1 when memory or the slots ran out. */
int rvals_set(struct rvals *rv, const char *name, const char *text);
int rvals_set_num(struct rvals *rv, const char *name, long long num);

/* rvals_get - a value's text or NULL; rvals_text - its text or "";
 * rvals_num - its number (0 if none). */
const char *rvals_get(const struct rvals *rv, const char *name);
const char *rvals_text(const struct rvals *rv, const char *name);
long long rvals_num(const struct rvals *rv, const char *name);

/* rvals_free - release the texts; the set is empty again. */
void rvals_free(struct rvals *rv);

/* rvals_lookup - a cond_lookup over rvals, falling back to settings. */
int rvals_lookup(void *ctx, const char *name, struct cval *out);

#define FLOW_NOTES 4
#define FLOW_TELLS 32

/* The context a type's callbacks receive. */
struct flow_ctx {
	const struct actor *actor;   /* who is acting (id 0: the system) */
	long long request_id;
	long long requester_id;
	long long filed_by_id;
	long long now;
	struct rvals vals;           /* the request's values: given at submission, else read by load */
	const struct rvals *input;   /* what a task step recorded (EV_TASK), else NULL */
	const char *step_name;       /* task hooks: which step */
	const char *state;           /* the request's state (amendments) */
	char error_field[32];        /* a refusal: the field ... */
	char error_key[64];          /* ... and the language key of its message */
	/* Events the type wants in the audit record, and people it wants told
	 * (a notice and its mail); the engine writes them with the change. */
	size_t nnotes;
	struct {
		char action[48];
		char detail[604];   /* 150 characters; a longer one ends in "…" */
	} notes[FLOW_NOTES];
	size_t ntells;
	struct {
		long long user;
		char kind[24];
		int copy;            /* also copied (抄送): may see the request from now on */
	} tells[FLOW_TELLS];
};

/* flow_refuse - set the refusal (field may be "") and return O_REFUSED. */
int flow_refuse(struct flow_ctx *c, const char *field, const char *key);

/* flow_note - an audit event for the engine to record with the change. */
void flow_note(struct flow_ctx *c, const char *action, const char *detail);

/* flow_tell - someone the engine tells about the request with the change:
 * a notice of kind (its words are Notice.<kind> in the language files);
 * -1 when more people than FLOW_TELLS were asked for. */
int flow_tell(struct flow_ctx *c, long long user, const char *kind);

/* flow_copy - flow_tell, and the person is copied on the request (抄送) as a
 * route's Cc is, so the notice's link opens it for them. */
int flow_copy(struct flow_ctx *c, long long user, const char *kind);

enum flow_event {
	EV_SUBMIT, EV_APPROVE, EV_REJECT, EV_RETURN, EV_WITHDRAW, EV_CANCEL, EV_EXPIRE, EV_TASK,
	EV__COUNT
};
#define EV_BIT(ev) (1u << (ev))

/* A request that must point at another (a claim -> its pre-approval, a
 * disbursement -> its agreement): the value holding the other's id, its
 * type, the states it may be in, and the link's name. */
struct flow_link {
	const char *field;
	const char *type;
	const char *const *states;   /* NULL-terminated */
	const char *kind;
	int required;
};

struct flow {
	const char *type;            /* "supplies": the route name in conf/routes.hdf */
	const char *prefix;          /* number prefix, "BG" */
	const char *const *values;   /* names route conditions may test (NULL-terminated) */
	const char *kind_value;      /* the value naming the request's kind (request_kinds), or NULL */
	int cancellable;             /* the requester may cancel after approval */
	const char *cancel_state;    /* the state a cancellation starts from and a refused one returns to
	                                (NULL: "approved"; an agreement: "signed") */
	unsigned viewer_roles;       /* roles that see every request of the type (finance, clerk...) */
	int sensitive_files;         /* attachments are medical: views audited, fewer viewers */
	const struct flow_link *link;  /* the request this one belongs to, if any */
	unsigned file_for_roles;     /* roles that may file on someone's behalf (0: nobody) */
	unsigned edit_roles;         /* roles that may edit someone else's returned request or draft of
	                                the type; the editor is then the one who filed it (AU-03) */
	int edit_in_approval;        /* an edit while in approval starts a new round: every decision and
	                                signature of the round before is void (SP-04) */
	const char *const *content_values;  /* what a signature binds: these values and the attachments'
	                                SHA-256 (NULL-terminated; NULL: every value load gives) */
	int hidden;                  /* never offered in menus or filters (the test build's probe) */
	const char *returning_task;  /* the task step (by route name) whose holder may also send the request
	                                back with a reason, like an approver (a plan reviewed, RC-04); or NULL */

	/* save - insert or replace the type's row from vals (inside the
	 * transaction; a draft's values too, so nothing is checked here). */
	int (*save)(struct flow_ctx *c);
	/* rules - checked at submission only, after save (may read the
	 * database and add values the route tests); 0, or O_REFUSED through
	 * flow_refuse; or a db rc. */
	int (*rules)(struct flow_ctx *c);
	/* load - read the type's row into vals. */
	int (*load)(struct flow_ctx *c);
	/* hook - runs inside the decision transaction; a refusal rolls it back. */
	int (*hook)(struct flow_ctx *c, enum flow_event ev);
	/* hook_events - the events hook acts on (EV_BIT(EV_TASK) | ...); 0:
	 * every event.  For the others neither load nor hook runs, which
	 * spares a decision the type's reads. */
	unsigned hook_events;
	/* title - the request's one-line title from vals, in no language (the
	 * kind's name is shown beside it); the engine shortens it to fit. */
	void (*title)(const struct flow_ctx *c, char *out, size_t outlen);
	/* timed - the type's own timed work, run by the scheduler on every
	 * pass (a missed check-in marked, a hold released); each item its own
	 * db_tx with its audit rows; returns how many items it handled, or a
	 * db rc.  May be NULL. */
	int (*timed)(long long now);
};

/* flows_use - the types of this program (flows/registry.c calls it once at
 * start-up); flow_find and flow_all look in it. */
void flows_use(const struct flow *const *all, size_t n);

/* flow_cancel_state - the state f's requests are cancelled from. */
const char *flow_cancel_state(const struct flow *f);

/* flow_find - the type, or NULL. */
const struct flow *flow_find(const char *type);

/* flow_hooks - whether f's hook acts on ev (hook_events). */
int flow_hooks(const struct flow *f, enum flow_event ev);

/* flow_links_any - whether requests of f may be linked to others (f
 * points at a type, or a type points at f): the request page asks the
 * database for links only then. */
int flow_links_any(const struct flow *f);

/* flow_all - every type (menus, the route check at start-up). */
const struct flow *const *flow_all(size_t *n);

#endif
