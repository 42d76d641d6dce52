/*
 * keyring.h - the keys of the audit chain (HMAC-SHA256), read from their
 * own 0600 file outside the database.
 *
 * The file holds one key a line, "<id> <64 hex digits>", newest last; a
 * line is never removed, so the verifier can check rows written under any
 * earlier key.  An optional line "legacy <N>" says rows 1..N were written
 * before the chain was keyed (plain SHA-256, as strong as that).  Which key
 * a row is under is recorded in the chain itself: a rotation row (action
 * AUDIT_ROTATE_ACTION, detail "key=<id>") switches the chain to that key and
 * is itself MACed with it.
 */
#ifndef LIAISON_AUDIT_KEYRING_H
#define LIAISON_AUDIT_KEYRING_H

#include <stddef.h>

#define AUDIT_ROTATE_ACTION "audit_key"
#define KEYRING_MAX 64

struct audit_key {
	int id;
	unsigned char key[32];
};

struct keyring {
	struct audit_key keys[KEYRING_MAX];
	int n;
	long long legacy;     /* rows 1..legacy are plain SHA-256 */
};

/* keyring_load - read path into kr.  Returns 0, or -1 with a reason in
 * err (unreadable, a malformed line, a repeated id, no key at all). */
int keyring_load(const char *path, struct keyring *kr, char *err, size_t errlen);

/* keyring_find - the key with this id, NULL if the file has none. */
const struct audit_key *keyring_find(const struct keyring *kr, int id);

/* keyring_newest - the id of the last key of the file (0: none). */
int keyring_newest(const struct keyring *kr);

/* chain_mac - HMAC-SHA256 under k over (prev_hex || "\n" || content), as
 * 64 lowercase hex digits; k NULL: the plain SHA-256 of legacy rows. */
void chain_mac(const struct audit_key *k, const char prev_hex[65], const char *content, size_t len,
    char out[65]);

/* keyring_append - add a fresh random key with the next id to the file at
 * path (created 0600 if missing).  Returns the new id, -1 on failure. */
int keyring_append(const char *path, char *err, size_t errlen);

#endif
