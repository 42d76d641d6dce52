/*
 * handover.h - AU-05: someone leaves or changes department (离职或部门调动).
 * Their pending and waiting steps go to a successor, except on the
 * successor's own requests (AU-03: those go one level further up), and a
 * hand-over list records what they held - the steps handed on and their
 * own open requests - for their manager to confirm.
 */
#ifndef LIAISON_ENGINE_HANDOVER_H
#define LIAISON_ENGINE_HANDOVER_H

#include "core/actor.h"

struct handover_in {
	long long user;
	long long successor;     /* who takes the steps */
	long long manager;       /* who confirms the list (0: nobody - the list still stands) */
	const char *reason;      /* "leave" or "move" */
	long long from_dept, to_dept;   /* to_dept 0 when leaving */
};

/* engine_handover_within - inside the caller's transaction: hand the
 * steps over, write the list, tell the manager, audit it; *id gets the
 * list's id.  0 or a db rc. */
int engine_handover_within(const struct handover_in *h, const struct actor *a, long long now, long long *id);

/* engine_handover_confirm - the manager confirms list id: 0, O_NOT_FOUND,
 * O_FORBIDDEN (not theirs to confirm), O_CONFLICT (confirmed already) or
 * a db rc. */
int engine_handover_confirm(long long id, const struct actor *a);

#endif
