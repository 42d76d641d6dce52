/* outgoing.c - notices and mail (with their links) queued per transaction, written at its end. */
#include "engine/outgoing.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "engine/engine_sql.h"
#include "engine/links.h"

/* A queue: its rows' arguments side by side, per_row each, in the order
 * the statement takes them (text owned). */
struct queue {
	struct dbv *v;
	size_t n, cap;   /* rows */
	size_t per_row;
	struct stmt *const *by_size;
};

#define BY_SIZE(T) {T##_1, T##_2, T##_3, T##_4, T##_5, T##_6, T##_7, T##_8}
static struct stmt *const notes_by_size[DB_ROWS_MAX] = BY_SIZE(ST_NOTES);
static struct stmt *const mails_by_size[DB_ROWS_MAX] = BY_SIZE(ST_MAILS);

static struct queue notes = {NULL, 0, 0, 5, notes_by_size};
static struct queue mails = {NULL, 0, 0, 9, mails_by_size};

static void forget(struct queue *q)
{
	for (size_t i = 0; i < q->n * q->per_row; i++)
		if (q->v[i].type == DV_STR)
			free((char *)q->v[i].s);
	q->n = 0;
}

static void discard(void)
{
	forget(&notes);
	forget(&mails);
}

/* Notices, then their mail: each table's rows in the order they were queued. */
static int flush(void)
{
	int rc = db_run_rows(notes.by_size, notes.v, notes.per_row, notes.n);
	return rc == DB_OK ? db_run_rows(mails.by_size, mails.v, mails.per_row, mails.n) : rc;
}

/* The row's arguments: ints as they are, text copied (NULL text stays NULL). */
static int enqueue(struct queue *q, const struct dbv *v)
{
	if (!db_in_tx())
		return DB_NOTX;
	db_tx_flush(flush, discard);
	if (q->n == q->cap) {
		size_t cap = q->cap ? q->cap * 2 : 8;
		struct dbv *nv = realloc(q->v, cap * q->per_row * sizeof *nv);
		if (!nv)
			return DB_ERR;
		q->v = nv;
		q->cap = cap;
	}
	struct dbv *r = q->v + q->n * q->per_row;
	for (size_t j = 0; j < q->per_row; j++) {
		r[j] = v[j];
		if (v[j].type == DV_STR && !(r[j].s = strndup(v[j].s, v[j].len))) {
			while (j--)
				if (r[j].type == DV_STR)
					free((char *)r[j].s);
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

int out_mail(long long user, const char *kind, long long request_id, const char *path, const struct new_link *link,
    long long now)
{
	struct dbv v[] = {DBI(mails.n), DBI(user), DBS(kind), DBI(request_id), DBS(path),
	    link ? DBS(link->hash) : DBN, link ? DBI(link->step) : DBN, link ? DBI(link->expires) : DBN, DBI(now)};
	return enqueue(&mails, v);
}
