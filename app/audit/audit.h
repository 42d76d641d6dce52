/*
 * audit.h - the audit record: one row per event, hash-chained.
 *
 * audit_add runs inside the caller's transaction, so an event and its
 * audit row commit together or not at all.  The rows are written just
 * before COMMIT (a db_tx hook): the chain's single head row is then locked
 * for the last moment of a transaction only, not for all of it.
 */
#ifndef LIAISON_AUDIT_H
#define LIAISON_AUDIT_H

#include <stddef.h>

#include "core/actor.h"

struct audit_event {
	long long actor_id;       /* 0: nobody (failed login of an unknown name) */
	const char *action;       /* "login_ok", "user_update", "decide_approve", ... */
	const char *object_type;  /* "user", "request", "setting", "" */
	long long object_id;      /* 0: none */
	const char *detail;       /* free text, already validated; over 2000 characters it ends in "…" */
	const char *ip;
	const char *via;          /* "page", "link", "system" */
};

/* audit_add - append ev to the chain when the transaction commits.  Must
 * be called inside db_tx (else DB_NOTX); database errors surface as the
 * transaction's result.  Returns DB_OK or a db_rc. */
int audit_add(const struct audit_event *ev);

/* audit_by - audit_add for what actor did (its id, address and channel). */
int audit_by(const struct actor *a, const char *action, const char *object_type, long long object_id,
    const char *detail);

/* audit_content - the canonical text hashed for one row (exposed for the
 * verifier and its tests).  Returns the length written (truncated to outlen-1). */
size_t audit_content(char *out, size_t outlen, const char *id, const char *at, const char *actor,
    const char *action, const char *otype, const char *oid, const char *detail,
    const char *ip, const char *via);

/* audit_verify - walk the whole chain.  Returns 0 when intact, the id of
 * the first broken row otherwise (-1 on a database error); *checked gets
 * the number of rows read. */
long long audit_verify(long long *checked);

#endif
