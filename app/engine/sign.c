/* sign.c - hashing a request's content and recording a signature. */
#include "engine/sign.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/core.h"
#include "engine/engine_sql.h"

static int is_content(const struct flow *f, const char *name)
{
	if (!f->content_values)
		return 1;
	for (const char *const *v = f->content_values; *v; v++)
		if (!strcmp(*v, name))
			return 1;
	return 0;
}

/* Length-prefixed, so no value can pass for another. */
static void add_field(EVP_MD_CTX *md, const char *name, const char *text)
{
	char head[96];
	int n = snprintf(head, sizeof head, "%s:%zu:", name, strlen(text));
	EVP_DigestUpdate(md, head, (size_t)n);
	EVP_DigestUpdate(md, text, strlen(text));
}

static int add_values(const struct locked *q, EVP_MD_CTX *md)
{
	struct flow_ctx c;
	memset(&c, 0, sizeof c);
	c.request_id = q->id;
	c.requester_id = q->requester;
	int rc = q->flow->load ? q->flow->load(&c) : DB_OK;
	for (size_t i = 0; rc == DB_OK && i < c.vals.n; i++)
		if (is_content(q->flow, c.vals.v[i].name))
			add_field(md, c.vals.v[i].name, c.vals.v[i].text);
	rvals_free(&c.vals);
	return rc;
}

static int add_files(const struct locked *q, EVP_MD_CTX *md)
{
	struct dbres res;
	const struct att_hashes *a;
	int rc = DB_RUN(ST_ATT_HASHES, &res, DBI(q->id));
	for (size_t i = 0; rc == DB_OK && (a = att_hashes_at(&res, i)); i++)
		add_field(md, "attachment", a->sha256);
	db_free(&res);
	return rc;
}

int sign_content_hash(const struct locked *q, char out[65])
{
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!md || !EVP_DigestInit_ex(md, EVP_sha256(), NULL)) {
		EVP_MD_CTX_free(md);
		return DB_ERR;
	}
	add_field(md, "type", q->type);
	int rc = add_values(q, md);
	if (rc == DB_OK)
		rc = add_files(q, md);
	if (rc == DB_OK && !EVP_DigestFinal_ex(md, d, &n))
		rc = DB_ERR;
	EVP_MD_CTX_free(md);
	for (unsigned int i = 0; rc == DB_OK && i < n && i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
	return rc;
}

int sign_record(const struct locked *q, long long step)
{
	char hash[65];
	int rc = sign_content_hash(q, hash);
	if (rc != DB_OK)
		return rc;
	/* A second signature of the same person on the step breaks the unique
	 * key: the transaction rolls back as stale, whatever raced in. */
	rc = DB_RUN(ST_SIGN_INSERT, NULL, DBI(q->id), DBI(step), DBI(q->round), DBI(actor_id(q)), DBS(q->actor->via),
	    DBI(q->now), DBS(hash));
	return rc == DB_DUP ? O_CONFLICT : rc;
}
