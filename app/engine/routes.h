/*
 * routes.h - approval routes as data (conf/routes.hdf).
 *
 * Loaded at start-up and on SIGHUP.  Every step's kind, who and condition
 * are checked at load: a bad file is refused with a message naming the
 * type, step and column, and the routes in force stay as they were.
 */
#ifndef LIAISON_ROUTES_H
#define LIAISON_ROUTES_H

#include <stddef.h>

#include "engine/cond.h"

#define ROUTE_MAX_STEPS 16
#define ROUTE_MAX_TYPES 32

enum step_kind { SK_SINGLE, SK_ANY, SK_ALL, SK_TWO, SK_TASK };

struct route_step {
	char name[48];
	enum step_kind kind;
	char who[128];
	char cond_src[512];
	struct cond *when;         /* NULL: always */
	char state_after[16];
	int add_signer;
	char cc[128];              /* Cc: who is copied (抄送) when the step is reached */
	/* When nobody may take the step because the requester stands at the top
	 * of the chain (has no active superior: the general manager's own
	 * leave): Top names who acts instead, and failing that the step is
	 * filed for the record (备案) and TopFile's people are told.  Without
	 * them, AU-04 refuses the submission as for any other empty step. */
	char top[64];
	char top_file[128];
};

struct route_def {
	char type[24];
	size_t nsteps;
	struct route_step steps[ROUTE_MAX_STEPS];
	/* Cancel { ... }: the route a cancellation after approval takes when
	 * the type asks for one; none means the requester's word is enough. */
	size_t ncancel;
	struct route_step cancel[ROUTE_MAX_STEPS];
};

/* routes_load - parse path into a fresh set; on success it replaces the
 * set in force.  Returns 0, or -1 with the reason in err. */
int routes_load(const char *path, char *err, size_t errlen);

/* routes_parse_string - the same for text (unit tests). */
int routes_parse_string(const char *text, char *err, size_t errlen);

/* route_find - the route of type, or NULL. */
const struct route_def *route_find(const char *type);

/* routes_hash - SHA-256 of the file in force: stored with each submission. */
const char *routes_hash(void);

/* step_kind_name / step_kind_parse - "single", "any", "all", "two", "task". */
const char *step_kind_name(enum step_kind k);
int step_kind_parse(const char *s, enum step_kind *out);

/* who_next - the next term of a Who list ("dept_head, role:gm") into term;
 * returns where to continue, or NULL when no term is left.  A term longer
 * than termlen-1 is cut (and then fails validation). */
const char *who_next(const char *p, char *term, size_t termlen);

/* who_valid - whether a Who specification is well formed. */
int who_valid(const char *who, enum step_kind kind);

#endif
