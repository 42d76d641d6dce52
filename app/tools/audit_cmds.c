/* audit_cmds.c - liaison-ctl audit-verify, audit-anchor, audit-rotate-key. */
#include "tools/audit_cmds.h"

#include <stdio.h>

#include "audit/anchor.h"
#include "audit/anchor_mail.h"
#include "audit/audit.h"
#include "audit/keyring.h"
#include "core/clock.h"
#include "db/db.h"

/* What the anchors say, after the chain's own verdict was printed. */
static int print_anchors(const struct config *cfg, const struct audit_check *c)
{
	struct anchor_report r;
	if (anchor_check(cfg->audit.verify_key_file, cfg->audit.anchor_file, c, &r)) {
		printf("audit-verify: anchors not checked: %s\n", r.why);
		return 1;
	}
	if (r.broken) {
		printf("audit-verify: ANCHOR #%lld CONTRADICTED: %s\n", r.at.seq, r.why);
		return 1;
	}
	if (!r.count)
		printf("audit-verify: no anchors yet in %s\n", cfg->audit.anchor_file);
	else if (c->bad > 0)
		printf("audit-verify: %zu anchors; none covers row %lld (the last, #%lld of %s, is of row %lld)\n",
		    r.count, c->bad, r.last.seq, r.last.time, r.last.row);
	else
		printf("audit-verify: %zu anchors hold; the last, #%lld of %s, signed row %lld\n", r.count, r.last.seq,
		    r.last.time, r.last.row);
	return 0;
}

int audit_verify_cmd(const struct config *cfg)
{
	struct audit_check c;
	audit_check_chain(&c);
	if (c.bad < 0) {
		fprintf(stderr, "audit-verify: database error\n");
		return 1;
	}
	if (c.bad)
		printf("audit-verify: BROKEN at row %lld (%lld rows checked): %s\n", c.bad, c.checked, c.why);
	else
		printf("audit-verify: chain intact, %lld rows, keyed with HMAC-SHA256%s\n", c.checked,
		    audit_legacy_rows() ? " after the rows from before the key" : "");
	int anchors_bad = print_anchors(cfg, &c);
	if (!c.bad && !anchors_bad)
		printf("audit-verify: intact, %lld rows\n", c.checked);
	return c.bad || anchors_bad ? 1 : 0;
}

int audit_anchor_cmd(const struct config *cfg)
{
	struct anchor a;
	char err[600];
	int rc = anchor_take(cfg->audit.sign_key_file, cfg->audit.anchor_file, (long long)clock_now(), &a, err,
	    sizeof err);
	if (rc < 0) {
		fprintf(stderr, "audit-anchor: %s\n", err);
		return 1;
	}
	printf("audit-anchor: %s #%lld: row %lld, hash %s, %s\n", rc ? "unchanged since anchor" : "signed anchor",
	    a.seq, a.row, a.hash, a.time);
	int mailed = rc ? 0 : anchor_mail(cfg->audit.auditors, &a, (long long)clock_now());
	if (mailed < 0) {
		fprintf(stderr, "audit-anchor: the anchor is signed, but mailing it to the auditors failed\n");
		return 1;
	}
	if (mailed)
		printf("audit-anchor: mailed to %d auditors\n", mailed);
	return 0;
}

int audit_rotate_cmd(const struct config *cfg)
{
	char err[600];
	int id = keyring_append(cfg->audit.key_file, err, sizeof err);
	if (id < 0) {
		fprintf(stderr, "audit-rotate-key: %s\n", err);
		return 1;
	}
	if (audit_rotate() != DB_OK) {
		fprintf(stderr, "audit-rotate-key: key %d added to %s, but the rotation row failed;"
		    " the next audited event writes it\n", id, cfg->audit.key_file);
		return 1;
	}
	printf("audit-rotate-key: the chain is now under key %d\n", id);
	return 0;
}
