/*
 * anchor.h - anchors of the audit chain outside the database: the head
 * (row id, hash, time) signed with Ed25519 and appended, one line each, to
 * a file the database administrator does not hold.  A later rewrite of any
 * row up to an anchor's, or a truncation below it, contradicts the anchor.
 *
 * A line: "seq=<n> row=<id> hash=<64 hex> at=<epoch> time=<UTC ISO> sig=<128 hex>",
 * the signature over "liaison-audit-anchor v1 seq=<n> row=<id> hash=<hex> at=<epoch>".
 */
#ifndef LIAISON_AUDIT_ANCHOR_H
#define LIAISON_AUDIT_ANCHOR_H

#include <stddef.h>

#include "audit/audit.h"

struct anchor {
	long long seq, row, at;
	char hash[65];
	char sig[129];
	char time[24];
};

/* anchor_take - sign the chain's current head with the private key in
 * sign_key_file and append it to anchor_file (created 0600; its folder
 * too), unless it is the head the last anchor already signed (then *out
 * is that one and 1 is returned).  0 on a new anchor, -1 with err. */
int anchor_take(const char *sign_key_file, const char *anchor_file, long long now, struct anchor *out,
    char *err, size_t errlen);

/* anchor_last - the file's last anchor; 0, 1 if there is none, -1 on error. */
int anchor_last(const char *anchor_file, struct anchor *out, char *err, size_t errlen);

/* What the anchors say about the chain (after audit_check_chain). */
struct anchor_report {
	size_t count;             /* anchors in the file */
	struct anchor last;       /* the last one (count > 0) */
	int broken;               /* 1: an anchor is contradicted, forged or missing */
	struct anchor at;         /* the anchor concerned (seq 0: none) */
	char why[400];            /* what is wrong, for the operator */
};

/* anchor_check - check every anchor's signature with the public key in
 * verify_key_file and hold it against the chain walked into c.  Returns 0,
 * or -1 when the file or key cannot be read (why says which). */
int anchor_check(const char *verify_key_file, const char *anchor_file, const struct audit_check *c,
    struct anchor_report *r);

#endif
