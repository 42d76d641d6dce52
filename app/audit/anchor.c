/* anchor.c - signing the chain's head into the anchor file, and holding
 * the file's anchors against the chain. */
#include "audit/anchor.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "audit/audit_sql.h"
#include "auth/token.h"
#include "db/db.h"

#define LINE_MAX_ 512

static void message(const struct anchor *a, char *out, size_t n)
{
	snprintf(out, n, "liaison-audit-anchor v1 seq=%lld row=%lld hash=%s at=%lld", a->seq, a->row, a->hash, a->at);
}

static int parse(const char *line, struct anchor *a)
{
	memset(a, 0, sizeof *a);
	return sscanf(line, "seq=%lld row=%lld hash=%64s at=%lld time=%23s sig=%128s", &a->seq, &a->row, a->hash,
	    &a->at, a->time, a->sig) == 6 && strlen(a->hash) == 64 && strlen(a->sig) == 128 ? 0 : -1;
}

static EVP_PKEY *read_key(const char *path, int private)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	EVP_PKEY *k = private ? PEM_read_PrivateKey(f, NULL, NULL, NULL) : PEM_read_PUBKEY(f, NULL, NULL, NULL);
	fclose(f);
	if (k && EVP_PKEY_get_base_id(k) != EVP_PKEY_ED25519) {
		EVP_PKEY_free(k);
		k = NULL;
	}
	return k;
}

/* Ed25519 signs the message itself (no separate digest). */
static int sign(EVP_PKEY *k, struct anchor *a)
{
	char msg[256];
	unsigned char sig[64];
	size_t siglen = sizeof sig;
	message(a, msg, sizeof msg);
	EVP_MD_CTX *m = EVP_MD_CTX_new();
	int ok = m && EVP_DigestSignInit(m, NULL, NULL, NULL, k) == 1 &&
	    EVP_DigestSign(m, sig, &siglen, (const unsigned char *)msg, strlen(msg)) == 1 && siglen == 64;
	EVP_MD_CTX_free(m);
	if (ok)
		hex_encode(sig, 64, a->sig);
	return ok ? 0 : -1;
}

static int sig_ok(EVP_PKEY *k, const struct anchor *a)
{
	char msg[256];
	unsigned char sig[64];
	if (hex_decode(a->sig, sig, sizeof sig) != 64)
		return 0;
	message(a, msg, sizeof msg);
	EVP_MD_CTX *m = EVP_MD_CTX_new();
	int ok = m && EVP_DigestVerifyInit(m, NULL, NULL, NULL, k) == 1 &&
	    EVP_DigestVerify(m, sig, 64, (const unsigned char *)msg, strlen(msg)) == 1;
	EVP_MD_CTX_free(m);
	return ok;
}

/* Every anchor of the file, in order (*n of them); -1 with err on a bad line. */
static int read_all(const char *path, struct anchor **out, size_t *n, char *err, size_t errlen)
{
	char line[LINE_MAX_];
	size_t cap = 0, lineno = 0;
	*out = NULL;
	*n = 0;
	FILE *f = fopen(path, "r");
	if (!f)
		return errno == ENOENT ? 0 : (snprintf(err, errlen, "cannot read the anchor file %s", path), -1);
	while (fgets(line, sizeof line, f)) {
		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (*n == cap) {
			struct anchor *m = realloc(*out, (cap = cap ? cap * 2 : 64) * sizeof **out);
			if (!m)
				break;
			*out = m;
		}
		if (parse(line, &(*out)[*n])) {
			snprintf(err, errlen, "the anchor file %s: line %zu is not an anchor (edited?)", path, lineno);
			fclose(f);
			return -1;
		}
		(*n)++;
	}
	fclose(f);
	return 0;
}

int anchor_last(const char *anchor_file, struct anchor *out, char *err, size_t errlen)
{
	struct anchor *all;
	size_t n;
	if (read_all(anchor_file, &all, &n, err, errlen))
		return -1;
	if (n)
		*out = all[n - 1];
	free(all);
	return n ? 0 : 1;
}

/* The folder of path, made 0700 if missing (one level). */
static void make_folder(const char *path)
{
	char dir[512];
	snprintf(dir, sizeof dir, "%s", path);
	mkdir(dirname(dir), 0700);
}

static int append_line(const char *path, const struct anchor *a, char *err, size_t errlen)
{
	char line[LINE_MAX_];
	int len = snprintf(line, sizeof line, "seq=%lld row=%lld hash=%s at=%lld time=%s sig=%s\n", a->seq, a->row,
	    a->hash, a->at, a->time, a->sig);
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0600);
	int ok = fd >= 0 && write(fd, line, (size_t)len) == len && fsync(fd) == 0;
	if (fd >= 0)
		close(fd);
	if (!ok)
		snprintf(err, errlen, "cannot append to the anchor file %s", path);
	return ok ? 0 : -1;
}

/* The next anchor: the head as committed, the sequence after the last. */
static int next_anchor(const char *anchor_file, long long now, struct anchor *a, struct anchor *last,
    int *have_last, char *err, size_t errlen)
{
	struct dbres head;
	const struct audit_head *h = DB_RUN0(ST_AUDIT_HEAD_GET, &head) == DB_OK ? audit_head_at(&head, 0) : NULL;
	if (!h) {
		db_free(&head);
		snprintf(err, errlen, "cannot read the audit head");
		return -1;
	}
	memset(a, 0, sizeof *a);
	a->row = h->last_id;
	snprintf(a->hash, sizeof a->hash, "%s", h->last_hash);
	db_free(&head);
	int rc = anchor_last(anchor_file, last, err, errlen);
	if (rc < 0)
		return -1;
	*have_last = rc == 0;
	a->seq = *have_last ? last->seq + 1 : 1;
	a->at = now;
	time_t t = (time_t)now;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(a->time, sizeof a->time, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return 0;
}

int anchor_take(const char *sign_key_file, const char *anchor_file, long long now, struct anchor *out,
    char *err, size_t errlen)
{
	struct anchor last;
	int have_last = 0, rc = -1;
	make_folder(anchor_file);
	/* One writer at a time: two schedulers, or one and liaison-ctl. */
	int lock = open(anchor_file, O_WRONLY | O_APPEND | O_CREAT, 0600);
	if (lock < 0 || flock(lock, LOCK_EX)) {
		snprintf(err, errlen, "cannot open the anchor file %s", anchor_file);
		if (lock >= 0)
			close(lock);
		return -1;
	}
	EVP_PKEY *k = read_key(sign_key_file, 1);
	if (!k)
		snprintf(err, errlen, "cannot read an Ed25519 private key from %s", sign_key_file);
	else if (next_anchor(anchor_file, now, out, &last, &have_last, err, errlen) == 0) {
		if (have_last && last.row == out->row && !strcmp(last.hash, out->hash)) {
			*out = last;
			rc = 1;
		} else if (sign(k, out))
			snprintf(err, errlen, "signing the anchor failed");
		else
			rc = append_line(anchor_file, out, err, errlen);
	}
	EVP_PKEY_free(k);
	close(lock);
	return rc;
}

/* One anchor against the chain: 0 if it holds, else why in r. */
static int hold(const struct anchor *a, const struct audit_check *c, struct anchor_report *r)
{
	struct dbres res;
	char stored[65] = "";
	if (c->bad > 0 && a->row >= c->bad) {
		snprintf(r->why, sizeof r->why, "row %lld was changed, so anchor #%lld signed %s (row %lld, hash %.16s…)"
		    " no longer holds: the rewrite contradicts it", c->bad, a->seq, a->time, a->row, a->hash);
		return -1;
	}
	if (!c->bad && a->row > c->last_id) {
		snprintf(r->why, sizeof r->why, "anchor #%lld signed %s names row %lld, but the chain ends at row %lld:"
		    " rows were removed from its end", a->seq, a->time, a->row, c->last_id);
		return -1;
	}
	if (a->row == 0 && !strcmp(a->hash, CHAIN_GENESIS))
		return 0;     /* signed before the first row */
	if (DB_RUN(ST_AUDIT_HASH_AT, &res, DBI(a->row)) == DB_OK && audit_hash_at(&res, 0))
		snprintf(stored, sizeof stored, "%s", audit_hash_at(&res, 0)->hash);
	db_free(&res);
	if (strcmp(stored, a->hash)) {
		snprintf(r->why, sizeof r->why, "row %lld contradicts anchor #%lld signed %s: its hash is not the one"
		    " signed then", a->row, a->seq, a->time);
		return -1;
	}
	return 0;
}

int anchor_check(const char *verify_key_file, const char *anchor_file, const struct audit_check *c,
    struct anchor_report *r)
{
	struct anchor *all;
	size_t n;
	memset(r, 0, sizeof *r);
	EVP_PKEY *k = read_key(verify_key_file, 0);
	if (!k) {
		snprintf(r->why, sizeof r->why, "cannot read an Ed25519 public key from %s", verify_key_file);
		return -1;
	}
	if (read_all(anchor_file, &all, &n, r->why, sizeof r->why)) {
		EVP_PKEY_free(k);
		return -1;
	}
	r->count = n;
	for (size_t i = 0; i < n && !r->broken; i++) {
		r->at = all[i];
		if (all[i].seq != (long long)i + 1) {
			snprintf(r->why, sizeof r->why, "anchor #%lld is not number %zu of the file: an anchor was removed",
			    all[i].seq, i + 1);
			r->broken = 1;
		} else if (!sig_ok(k, &all[i])) {
			snprintf(r->why, sizeof r->why, "anchor #%lld (%s): the signature does not verify (forged or edited)",
			    all[i].seq, all[i].time);
			r->broken = 1;
		} else
			r->broken = hold(&all[i], c, r) != 0;
	}
	if (n)
		r->last = all[n - 1];
	if (!r->broken)
		memset(&r->at, 0, sizeof r->at);
	free(all);
	EVP_PKEY_free(k);
	return 0;
}
