/* verify.c - walking the audit chain against its keys and its head. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "audit/audit_sql.h"
#include "audit/keyring.h"
#include "auth/token.h"
#include "db/db.h"

#define CONTENT_MAX 12000
#define PAGE 1000

/* The walk's state between pages: the previous hash and the key in force. */
struct walk {
	char prev[65];
	const struct audit_key *key;   /* NULL: no rotation row seen yet */
	long long expect;              /* the next id; a gap is a deleted row */
};

static long long fail(struct audit_check *c, long long id, const char *why)
{
	snprintf(c->why, sizeof c->why, "%s", why);
	return c->bad = id ? id : -1;
}

/* The key row's MAC is checked with: legacy rows none, a rotation row the
 * key it names (only ever a newer one), any other row the key in force. */
static int key_for(struct walk *w, const struct audit_chain *row, long long id, const struct audit_key **k,
    struct audit_check *c)
{
	int kid;
	*k = NULL;
	if (id <= audit_legacy_rows())
		return 0;
	if (!strcmp(row->action, AUDIT_ROTATE_ACTION)) {
		if (sscanf(row->detail, "key=%d", &kid) != 1 || (w->key && kid <= w->key->id))
			return fail(c, id, "a key rotation row names no newer key"), -1;
		if (!(*k = audit_key(kid)))
			return fail(c, id, "a key rotation row names a key the key file does not hold"), -1;
		w->key = *k;
		return 0;
	}
	if (!w->key)
		return fail(c, id, "the row is not keyed: no key rotation row comes before it"), -1;
	*k = w->key;
	return 0;
}

static void check_page(const struct dbres *res, struct walk *w, struct audit_check *c)
{
	char content[CONTENT_MAX], hash[65];
	const struct audit_chain *row;
	const struct audit_key *k;
	for (size_t i = 0; !c->bad && (row = audit_chain_at(res, i)); i++) {
		long long id = atoll(row->id);
		c->checked++;
		if (id != w->expect) {
			fail(c, w->expect, "the row is missing (deleted)");
			return;
		}
		if (key_for(w, row, id, &k, c))
			return;
		size_t len = audit_content(content, sizeof content, row->id, row->at, row->actor, row->action,
		    row->otype, row->oid, row->detail, row->ip, row->via);
		chain_mac(k, w->prev, content, len, hash);
		if (strcmp(w->prev, row->prev_hash) || strcmp(hash, row->hash)) {
			fail(c, id, k ? "its MAC does not match: the row was edited, or its hash computed without the key"
			    : "its hash does not match: the row was edited");
			return;
		}
		snprintf(w->prev, sizeof w->prev, "%s", hash);
		c->last_id = id;
		snprintf(c->last_hash, sizeof c->last_hash, "%s", hash);
		w->expect++;
	}
}

/* A deleted last row shows as a head that runs ahead of the table. */
static void check_head(struct audit_check *c)
{
	struct dbres head;
	const struct audit_head *h = DB_RUN0(ST_AUDIT_HEAD_GET, &head) == DB_OK ? audit_head_at(&head, 0) : NULL;
	if (!h)
		fail(c, 0, "database error");
	else if (h->last_id != c->last_id || strcmp(h->last_hash, c->last_hash))
		fail(c, c->last_id + 1, "the head names rows the table does not hold (deleted)");
	db_free(&head);
}

void audit_check_chain(struct audit_check *c)
{
	struct walk w = {CHAIN_GENESIS, NULL, 1};
	memset(c, 0, sizeof *c);
	snprintf(c->last_hash, sizeof c->last_hash, "%s", CHAIN_GENESIS);
	for (long long after = 0; !c->bad;) {
		struct dbres res;
		if (DB_RUN(ST_AUDIT_CHAIN, &res, DBI(after), DBI(PAGE)) != DB_OK) {
			db_free(&res);
			fail(c, 0, "database error");
			return;
		}
		size_t n = res.nrows;
		check_page(&res, &w, c);
		if (n)
			after = atoll(audit_chain_at(&res, n - 1)->id);
		db_free(&res);
		if (n < PAGE)
			break;
	}
	if (!c->bad)
		check_head(c);
}

long long audit_verify(long long *checked)
{
	struct audit_check c;
	audit_check_chain(&c);
	*checked = c.checked;
	return c.bad;
}
