/*
 * flow.h - what a workflow module declares; the engine does the rest.
 *
 * A module names its type, its number prefix, its form (a field table),
 * the rules checked before submission, how its own row is saved and read,
 * and hooks that run inside the engine's decision transaction.  It never
 * writes approval, audit, notification or permission logic of its own.
 */
#ifndef LIAISON_FLOW_H
#define LIAISON_FLOW_H

#include <stddef.h>

#include "engine/cond.h"

struct req;
struct fieldset;

#define RVAL_MAX 32

/* A request's own values by name: what route conditions test and what
 * the request page shows. */
struct rvals {
	size_t n;
	struct {
		char name[32];
		char text[512];
		long long num;
		int is_num;
	} v[RVAL_MAX];
};

/* rvals_set / rvals_set_num - add or replace a value. */
void rvals_set(struct rvals *rv, const char *name, const char *text);
void rvals_set_num(struct rvals *rv, const char *name, long long num);

/* rvals_get - a value's text or NULL; rvals_num - its number (0 if none). */
const char *rvals_get(const struct rvals *rv, const char *name);
long long rvals_num(const struct rvals *rv, const char *name);

/* rvals_lookup - a cond_lookup over rvals, falling back to settings. */
int rvals_lookup(void *ctx, const char *name, struct cval *out);

/* The context a module's callbacks receive. */
struct flow_ctx {
	struct req *r;             /* the HTTP request (its form is the flow's form) */
	long long request_id;
	long long requester_id;
	long long filed_by_id;
	long long now;
	struct rvals vals;         /* filled by from_form or load */
	const char *step_name;     /* task hooks: which step */
	char error_field[32];      /* a rule's refusal: the field ... */
	char error_key[64];        /* ... and the language key of its message */
};

/* Refusals a hook or rule returns (positive, so db_tx rolls back). */
#define FLOW_REFUSED 100

enum flow_event {
	EV_SUBMIT, EV_APPROVE, EV_REJECT, EV_RETURN, EV_WITHDRAW, EV_CANCEL, EV_EXPIRE, EV_TASK,
	EV__COUNT
};

/* A request that must point at another (a claim -> its pre-approval, a
 * disbursement -> its agreement): the form field holding the other's id,
 * its type, the states it may be in, and the link's name. */
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
	const struct fieldset *form; /* the request form */
	const struct fieldset *task_form;  /* fields a task step records (may be NULL) */
	const char *form_tmpl;       /* the type's form fields, included by the shared form page */
	const char *view_tmpl;       /* the type's part of the request page */
	int cancellable;             /* the requester may cancel after approval */
	unsigned viewer_roles;       /* roles that see every request of the type (finance, clerk...) */
	int sensitive_files;         /* attachments are medical: views audited, fewer viewers */
	const struct flow_link *link;  /* the request this one belongs to, if any */
	unsigned file_for_roles;     /* roles that may file on someone's behalf (0: nobody) */

	/* from_form - read the validated form into ctx->vals (no database). */
	void (*from_form)(struct flow_ctx *c);
	/* rules - checked before submission (may read the database); returns 0,
	 * or FLOW_REFUSED with error_field/error_key set; or a negative db rc. */
	int (*rules)(struct flow_ctx *c);
	/* save - insert or replace the type's row (inside the transaction). */
	int (*save)(struct flow_ctx *c);
	/* load - read the type's row into ctx->vals. */
	int (*load)(struct flow_ctx *c);
	/* hook - runs inside the decision transaction; a refusal rolls it back. */
	int (*hook)(struct flow_ctx *c, enum flow_event ev);
	/* prepare - add the type's own data to its form page (lists, balances);
	 * preview = 1 when the user asked to check what they typed (POST
	 * /new/:name/check): the form is validated, nothing is stored. */
	int (*prepare)(struct req *r, int preview);
	/* title - the request's one-line title from vals, into out. */
	void (*title)(const struct flow_ctx *c, char *out, size_t outlen);
};

/* flow_find - the module for type, or NULL. */
const struct flow *flow_find(const char *type);

/* flow_all - every module (for menus and the route check at start-up). */
const struct flow *const *flow_all(size_t *n);

#endif
