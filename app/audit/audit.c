/* audit.c - appending to and verifying the hash-chained audit table. */
#include "audit/audit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "auth/token.h"
#include "core/clock.h"
#include "db/db.h"
#include "core/text.h"
#include "audit/audit_sql.h"
#include "audit/keyring.h"
#include "core/log.h"

#define DETAIL_CHARS 2000   /* audit.detail */
#define CONTENT_MAX 12000   /* the hashed text of a row: fields and their lengths */

/* The chain's keys, read from their file at start-up and again whenever
 * the chain names a key this process has not seen (another process
 * rotated).  The database never holds them. */
static struct keyring ring;
static char ring_path[512];

int audit_setup(const char *key_file)
{
	char err[600];
	snprintf(ring_path, sizeof ring_path, "%s", key_file);
	if (keyring_load(ring_path, &ring, err, sizeof err)) {
		log_err("%s", err);
		return -1;
	}
	return 0;
}

const struct audit_key *audit_key(int id)
{
	char err[600];
	const struct audit_key *k = keyring_find(&ring, id);
	if (!k && ring_path[0] && keyring_load(ring_path, &ring, err, sizeof err) == 0)
		k = keyring_find(&ring, id);
	return k;
}

int audit_key_newest(void)
{
	static struct stat seen;
	struct stat st;
	struct keyring fresh;
	char err[600];
	/* Re-read when the file changed: a key appended by liaison-ctl is used
	 * from the next row on, without a read per transaction. */
	if (ring_path[0] && stat(ring_path, &st) == 0 &&
	    (st.st_mtim.tv_sec != seen.st_mtim.tv_sec || st.st_mtim.tv_nsec != seen.st_mtim.tv_nsec ||
	    st.st_size != seen.st_size || st.st_ino != seen.st_ino) &&
	    keyring_load(ring_path, &fresh, err, sizeof err) == 0) {
		ring = fresh;
		seen = st;
	}
	return keyring_newest(&ring);
}

long long audit_legacy_rows(void) { return ring.legacy; }

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
	long long id;                 /* given at the flush, with the chain */
	char prev[65], hash[65];
};

static struct pending *queue;
static size_t nqueue, capqueue;

/* Row p takes the next place in the chain: its id, the previous hash, its own. */
static void chain_row(struct pending *p, long long id, char prev[65], const struct audit_key *k)
{
	char content[CONTENT_MAX], at[20], idbuf[24], actor[24], oid[24];
	clock_fmt_utc_sql((time_t)p->at, at);
	snprintf(idbuf, sizeof idbuf, "%lld", id);
	fmt_id(actor, p->actor_id);
	fmt_id(oid, p->object_id);
	size_t len = audit_content(content, sizeof content, idbuf, at, actor, p->action, p->otype, oid,
	    p->detail, p->ip, p->via);
	p->id = id;
	memcpy(p->prev, prev, 65);
	chain_mac(k, prev, content, len, p->hash);
	memcpy(prev, p->hash, 65);
}

#define AUDIT_ARGS 11
static struct stmt *const inserts[DB_ROWS_MAX] = {ST_AUDIT_INSERT_1, ST_AUDIT_INSERT_2, ST_AUDIT_INSERT_3,
    ST_AUDIT_INSERT_4, ST_AUDIT_INSERT_5, ST_AUDIT_INSERT_6, ST_AUDIT_INSERT_7, ST_AUDIT_INSERT_8};

/* The chained rows, eight a statement. */
static int write_rows(struct pending *const *rows, size_t n)
{
	struct dbv *a = malloc(n * AUDIT_ARGS * sizeof *a);
	if (!a)
		return DB_ERR;
	for (size_t i = 0; i < n; i++) {
		const struct pending *p = rows[i];
		struct dbv v[AUDIT_ARGS] = {DBI(p->id), DBI(p->at), p->actor_id ? DBI(p->actor_id) : DBN,
		    DBS(p->action), DBS(p->otype), p->object_id ? DBI(p->object_id) : DBN, DBS(p->detail),
		    DBS(p->ip), DBS(p->via), DBS(p->prev), DBS(p->hash)};
		memcpy(a + i * AUDIT_ARGS, v, sizeof v);
	}
	int rc = db_run_rows(inserts, a, AUDIT_ARGS, n);
	free(a);
	return rc;
}

static int rotate_now;   /* audit_rotate: write the rotation row even with nothing queued */

/* The key the next rows are MACed with, into *k: the head's, unless the
 * key file has a newer one, which a rotation row rot then announces
 * (MACed with it; *rotated set).  Returns a db_rc. */
static int next_key(long long head_key, long long *id, char prev[65], const struct audit_key **k,
    struct pending *rot, int *rotated)
{
	int newest = audit_key_newest();
	*rotated = 0;
	if (newest > head_key) {
		*k = audit_key(newest);
		if (!*k)
			return DB_ERR;
		memset(rot, 0, sizeof *rot);
		rot->at = (long long)clock_now();
		snprintf(rot->action, sizeof rot->action, AUDIT_ROTATE_ACTION);
		snprintf(rot->via, sizeof rot->via, "system");
		snprintf(rot->detail, sizeof rot->detail, "key=%d", newest);
		chain_row(rot, ++*id, prev, *k);
		*rotated = 1;
		return DB_OK;
	}
	*k = audit_key((int)head_key);
	if (!*k)
		log_err("audit: the chain is under key %lld, which the key file does not hold", head_key);
	return *k ? DB_OK : DB_ERR;
}

/* The db_tx hook: lock the head, write every queued row, move the head:
 * three statements for a transaction of up to eight rows. */
static int flush(void)
{
	struct dbres head;
	char prev[65];
	static struct pending rot;
	int rotated = 0;
	if (!nqueue && !rotate_now)
		return DB_OK;
	int rc = DB_RUN0(ST_AUDIT_HEAD_LOCK, &head);
	const struct audit_head *h = audit_head_at(&head, 0);
	if (rc != DB_OK || !h) {
		db_free(&head);
		return rc != DB_OK ? rc : DB_ERR;
	}
	long long id = h->last_id, head_key = h->key_id;
	snprintf(prev, sizeof prev, "%s", h->last_hash);
	db_free(&head);
	const struct audit_key *k = NULL;
	rc = next_key(head_key, &id, prev, &k, &rot, &rotated);
	struct pending **rows = rc == DB_OK ? malloc((nqueue + 1) * sizeof *rows) : NULL;
	if (rc == DB_OK && !rows)
		rc = DB_ERR;
	size_t n = 0;
	if (rc == DB_OK && rotated)
		rows[n++] = &rot;
	for (size_t i = 0; rc == DB_OK && i < nqueue; i++) {
		chain_row(&queue[i], ++id, prev, k);
		rows[n++] = &queue[i];
	}
	if (rc == DB_OK && n)
		rc = write_rows(rows, n);
	free(rows);
	if (rc == DB_OK)
		rc = DB_RUN(ST_AUDIT_HEAD_SET, NULL, DBI(id), DBS(prev), DBI(k->id));
	return rc;
}

static void discard(void)
{
	nqueue = 0;
	rotate_now = 0;
}

static int rotate_body(void *ctx)
{
	(void)ctx;
	db_tx_hooks(flush, discard);
	rotate_now = 1;
	return DB_OK;
}

int audit_rotate(void) { return db_tx(rotate_body, NULL); }

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

