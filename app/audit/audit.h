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

/* audit_setup - read the chain's key file (Liaison.Audit.KeyFile); every
 * process that audits or verifies calls it once.  -1 (logged) if unusable. */
int audit_setup(const char *key_file);

/* audit_key - the key with this id, re-reading the file once if it is not
 * known yet; NULL if the file does not hold it. */
struct audit_key;
const struct audit_key *audit_key(int id);

/* audit_key_newest - the newest key id of the file (0: none). */
int audit_key_newest(void);

/* audit_legacy_rows - rows 1..N predate the key (the file's "legacy N"). */
long long audit_legacy_rows(void);

/* audit_rotate - one transaction that writes the rotation row to the key
 * file's newest key if the chain is not under it yet.  Returns a db_rc. */
int audit_rotate(void);

/* What a walk of the chain found. */
struct audit_check {
	long long checked;        /* rows read */
	long long bad;            /* first broken row; 0: none; -1: database error */
	long long last_id;        /* the table's last row (up to the break) */
	char last_hash[65];       /* its hash */
	char why[200];            /* what is wrong at bad */
};

/* audit_check_chain - walk the whole chain against the keys and the head. */
void audit_check_chain(struct audit_check *c);

/* audit_verify - audit_check_chain for callers that want only the row:
 * 0 when intact, the id of the first broken row otherwise (-1 on a database
 * error); *checked gets the number of rows read. */
long long audit_verify(long long *checked);

#endif
