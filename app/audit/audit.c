/* audit.c - appending to and verifying the hash-chained audit table. */
#include "audit/audit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/token.h"
#include "core/clock.h"
#include "db/db.h"
#include "core/text.h"
#include "audit/audit_sql.h"

#define DETAIL_CHARS 2000   /* audit.detail */
#define CONTENT_MAX 12000   /* the hashed text of a row: fields and their lengths */

size_t audit_content(char *out, size_t outlen, const char *id, const char *at, const char *actor,
    const char *action, const char *otype, const char *oid, const char *detail,
    const char *ip, const char *via)
{
	/* Length-prefixed fields: no value can pass for another field. */
	const char *f[] = {id, at, actor, action, otype, oid, detail, ip, via};
	size_t used = 0;
	out[0] = '\0';
	for (size_t i = 0; i < sizeof f / sizeof f[0] && used < outlen - 1; i++) {
		int n = snprintf(out + used, outlen - used, "%zu:%s;", strlen(f[i]), f[i]);
		if (n < 0)
			break;
		used += (size_t)n < outlen - used ? (size_t)n : outlen - used - 1;
	}
	return used;
}

static void fmt_id(char out[24], long long v)
{
	if (v)
		snprintf(out, 24, "%lld", v);
	else
		out[0] = '\0';
}

/* A detail longer than the column is shortened visibly, by characters. */
static void cut_detail(const char *in, char *out, size_t outlen) { text_summary(in, DETAIL_CHARS, out, outlen); }

/* The transaction's events, in order, until its commit writes them.  The
 * buffers are the columns' sizes: what would not fit the table is refused
 * here, as the table would refuse it. */
struct pending {
	long long actor_id, object_id, at;
	char action[49], otype[25], ip[65], via[9];
	char detail[DETAIL_CHARS * 4 + 1];
};

static struct pending *queue;
static size_t nqueue, capqueue;

static void discard(void) { nqueue = 0; }

static int write_row(const struct pending *p, long long id, char prev[65])
{
	char content[CONTENT_MAX], at[20], hash[65], idbuf[24], actor[24], oid[24];
	clock_fmt_utc_sql((time_t)p->at, at);
	snprintf(idbuf, sizeof idbuf, "%lld", id);
	fmt_id(actor, p->actor_id);
	fmt_id(oid, p->object_id);
	size_t len = audit_content(content, sizeof content, idbuf, at, actor, p->action, p->otype, oid,
	    p->detail, p->ip, p->via);
	chain_hash(prev, content, len, hash);
	int rc = DB_RUN(ST_AUDIT_INSERT, NULL, DBI(id), DBI(p->at), p->actor_id ? DBI(p->actor_id) : DBN,
	    DBS(p->action), DBS(p->otype), p->object_id ? DBI(p->object_id) : DBN, DBS(p->detail),
	    DBS(p->ip), DBS(p->via), DBS(prev), DBS(hash));
	memcpy(prev, hash, 65);
	return rc;
}

/* The db_tx hook: lock the head, write every queued row, move the head. */
static int flush(void)
{
	struct dbres head;
	char prev[65];
	if (!nqueue)
		return DB_OK;
	int rc = DB_RUN0(ST_AUDIT_HEAD_LOCK, &head);
	const struct audit_head *h = audit_head_at(&head, 0);
	if (rc != DB_OK || !h) {
		db_free(&head);
		return rc != DB_OK ? rc : DB_ERR;
	}
	long long id = h->last_id;
	snprintf(prev, sizeof prev, "%s", h->last_hash);
	db_free(&head);
	for (size_t i = 0; i < nqueue && rc == DB_OK; i++)
		rc = write_row(&queue[i], ++id, prev);
	if (rc == DB_OK)
		rc = DB_RUN(ST_AUDIT_HEAD_SET, NULL, DBI(id), DBS(prev));
	return rc;
}

static int grow(void)
{
	if (nqueue < capqueue)
		return 0;
	size_t cap = capqueue ? capqueue * 2 : 16;
	struct pending *q = realloc(queue, cap * sizeof *q);
	if (!q)
		return -1;
	queue = q;
	capqueue = cap;
	return 0;
}

/* Copies s into out (n bytes); -1 when it does not fit. */
static int put(char *out, size_t n, const char *s)
{
	return snprintf(out, n, "%s", s) < (int)n ? 0 : -1;
}

int audit_add(const struct audit_event *ev)
{
	if (!db_in_tx())
		return DB_NOTX;
	db_tx_hooks(flush, discard);   /* whichever process audits gets the hook */
	if (grow())
		return DB_ERR;
	struct pending *p = &queue[nqueue];
	p->actor_id = ev->actor_id;
	p->object_id = ev->object_id;
	p->at = (long long)clock_now();
	cut_detail(ev->detail ? ev->detail : "", p->detail, sizeof p->detail);
	if (put(p->action, sizeof p->action, ev->action ? ev->action : "") ||
	    put(p->otype, sizeof p->otype, ev->object_type ? ev->object_type : "") ||
	    put(p->ip, sizeof p->ip, ev->ip ? ev->ip : "") || put(p->via, sizeof p->via, ev->via ? ev->via : "page"))
		return DB_ERR;
	nqueue++;
	return DB_OK;
}

int audit_by(const struct actor *a, const char *action, const char *object_type, long long object_id,
    const char *detail)
{
	struct audit_event ev = {a->id, action, object_type, object_id, detail, a->ip ? a->ip : "",
	    a->via ? a->via : "page"};
	return audit_add(&ev);
}

/* Check one page of rows; returns the first bad id, 0 if all good. */
static long long verify_rows(const struct dbres *res, char prev[65], long long *checked)
{
	char content[CONTENT_MAX], hash[65];
	const struct audit_chain *row;
	for (size_t i = 0; (row = audit_chain_at(res, i)); i++) {
		size_t len = audit_content(content, sizeof content, row->id, row->at, row->actor, row->action,
		    row->otype, row->oid, row->detail, row->ip, row->via);
		chain_hash(prev, content, len, hash);
		(*checked)++;
		if (strcmp(prev, row->prev_hash) || strcmp(hash, row->hash))
			return atoll(row->id) ? atoll(row->id) : -1;
		snprintf(prev, 65, "%s", hash);
	}
	return 0;
}

long long audit_verify(long long *checked)
{
	char prev[65] = CHAIN_GENESIS;
	long long after = 0, bad = 0, expect = 1;
	*checked = 0;
	for (;;) {
		struct dbres res;
		if (DB_RUN(ST_AUDIT_CHAIN, &res, DBI(after), DBI(1000)) != DB_OK) {
			db_free(&res);
			return -1;
		}
		size_t n = res.nrows;
		/* A missing id in the middle is a deleted row. */
		for (size_t i = 0; i < n && !bad; i++, expect++)
			if (atoll(audit_chain_at(&res, i)->id) != expect)
				bad = expect;
		if (!bad)
			bad = verify_rows(&res, prev, checked);
		if (n)
			after = atoll(audit_chain_at(&res, n - 1)->id);
		db_free(&res);
		if (bad || n < 1000)
			break;
	}
	if (bad)
		return bad;
	/* A deleted last row shows as a head that runs ahead of the table. */
	struct dbres head;
	const struct audit_head *h = DB_RUN0(ST_AUDIT_HEAD_GET, &head) == DB_OK ? audit_head_at(&head, 0) : NULL;
	if (!h) {
		db_free(&head);
		return -1;
	}
	if (h->last_id != after || strcmp(h->last_hash, prev))
		bad = after + 1;
	db_free(&head);
	return bad;
}
