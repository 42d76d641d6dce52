/* outgoing.c - notices, mail and links queued per transaction, written at its end. */
#include "engine/outgoing.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "engine/engine_sql.h"

/* One queued row: its arguments, in the statement's order; text is owned. */
#define OUT_ARGS 7
struct row {
	struct dbv v[OUT_ARGS];
};

struct queue {
	struct row *rows;
	size_t n, cap;
	size_t per_row;
	struct stmt *const *by_size;
};

#define BY_SIZE(T) {T##_1, T##_2, T##_3, T##_4, T##_5, T##_6, T##_7, T##_8}
static struct stmt *const notes_by_size[DB_ROWS_MAX] = BY_SIZE(ST_NOTES);
static struct stmt *const mails_by_size[DB_ROWS_MAX] = BY_SIZE(ST_MAILS);
static struct stmt *const links_by_size[DB_ROWS_MAX] = BY_SIZE(ST_LINKS);

static struct queue notes = {NULL, 0, 0, 5, notes_by_size};
static struct queue mails = {NULL, 0, 0, 6, mails_by_size};
static struct queue links = {NULL, 0, 0, 7, links_by_size};

static void forget(struct queue *q)
{
	for (size_t i = 0; i < q->n; i++)
		for (size_t j = 0; j < q->per_row; j++)
			if (q->rows[i].v[j].type == DV_STR)
				free((char *)q->rows[i].v[j].s);
	q->n = 0;
}

static void discard(void)
{
	forget(&notes);
	forget(&mails);
	forget(&links);
}

/* db_run_rows wants the arguments side by side: rows are packed in place. */
static int write_queue(struct queue *q)
{
	if (!q->n)
		return DB_OK;
	struct dbv *args = malloc(q->n * q->per_row * sizeof *args);
	if (!args)
		return DB_ERR;
	for (size_t i = 0; i < q->n; i++)
		memcpy(args + i * q->per_row, q->rows[i].v, q->per_row * sizeof *args);
	int rc = db_run_rows(q->by_size, args, q->per_row, q->n);
	free(args);
	return rc;
}

/* Notices first: their trigger locks the recipients' rows, which the mail
 * rows then read. */
static int flush(void)
{
	int rc = write_queue(&notes);
	if (rc == DB_OK)
		rc = write_queue(&mails);
	if (rc == DB_OK)
		rc = write_queue(&links);
	return rc;
}

/* The row's arguments: ints as they are, text copied (NULL text stays NULL). */
static int enqueue(struct queue *q, const struct dbv *v)
{
	if (!db_in_tx())
		return DB_NOTX;
	db_tx_flush(flush, discard);
	if (q->n == q->cap) {
		size_t cap = q->cap ? q->cap * 2 : 8;
		struct row *r = realloc(q->rows, cap * sizeof *r);
		if (!r)
			return DB_ERR;
		q->rows = r;
		q->cap = cap;
	}
	struct row *r = &q->rows[q->n];
	for (size_t j = 0; j < q->per_row; j++) {
		r->v[j] = v[j];
		if (v[j].type == DV_STR && !(r->v[j].s = strndup(v[j].s, v[j].len))) {
			while (j--)
				if (r->v[j].type == DV_STR)
					free((char *)r->v[j].s);
			return DB_ERR;
		}
	}
	q->n++;
	return DB_OK;
}

int out_notice(long long user, long long request_id, const char *kind, const char *text, long long now)
{
	struct dbv v[] = {DBI(user), request_id ? DBI(request_id) : DBN, DBS(kind), DBS(text), DBI(now)};
	return enqueue(&notes, v);
}

int out_mail(long long user, const char *kind, long long request_id, const char *link, long long now)
{
	struct dbv v[] = {DBI(mails.n), DBI(user), DBS(kind), DBI(request_id), DBS(link), DBI(now)};
	return enqueue(&mails, v);
}

int out_link(const char *token_hash, long long request_id, long long step, long long user, long long now,
    long long expires)
{
	struct dbv v[] = {DBI(links.n), DBS(token_hash), DBI(request_id), DBI(step), DBI(user), DBI(now), DBI(expires)};
	return enqueue(&links, v);
}
