/*
 * db.h - one MariaDB connection per worker, prepared statements only.
 *
 * Every statement the application runs is a struct stmt (stmt.h) defined
 * in its area's <area>_sql.c, prepared once per connection.  A statement
 * marked as a write may only run inside db_tx(), which is how "every state
 * change is one transaction" is enforced rather than hoped for.
 */
#ifndef LIAISON_DB_H
#define LIAISON_DB_H

#include <stddef.h>
#include <string.h>
#include "db/stmt.h"

struct config;

/* Outcomes: DB_OK, or a negative failure.  Positive values are reserved for
 * a transaction body's own refusals (see db_tx). */
enum db_rc {
	DB_OK = 0,
	DB_DEADLOCK = -1,   /* 1213/1205: the whole transaction is retried */
	DB_GONE = -2,       /* connection lost: reconnect, this request gets 503 */
	DB_DUP = -3,        /* unique key violated */
	DB_ERR = -4,        /* anything else: logged, request gets 500 */
	DB_NOTX = -5,       /* a write statement outside db_tx: a programming error */
};

enum dbv_type { DV_NULL, DV_INT, DV_STR };

/* A statement argument. */
struct dbv {
	enum dbv_type type;
	long long i;
	const char *s;
	size_t len;
};

#define DBI(x) ((struct dbv){DV_INT, (long long)(x), NULL, 0})
#define DBS(x) dbv_str(x)

/* A text argument; NULL becomes SQL NULL. */
static inline struct dbv dbv_str(const char *s)
{
	struct dbv v = {s ? DV_STR : DV_NULL, 0, s, s ? strlen(s) : 0};
	return v;
}
#define DBN ((struct dbv){DV_NULL, 0, NULL, 0})

/* A result: the rows as the statement's row structs (stmt.h), read with
 * the row's reader (who_user_at(&res, i)); the cells are the text the rows
 * point into. */
struct dbres {
	const struct stmt *st;
	void *rows;
	size_t nrows, ncols;
	char **cell;                  /* nrows * ncols */
	unsigned long *len;
	char *arena;
	unsigned long long insert_id;
	unsigned long long affected;
};

/* db_open - remember the connection settings and try to connect.  A failed
 * connection is not fatal: the worker starts and answers 503 until the
 * server is back. */
void db_open(const struct config *cfg);

/* db_ready - make sure a connection exists (reconnecting if it was lost).
 * Returns DB_OK or DB_GONE. */
int db_ready(void);

/* db_run - execute statement st with args; rows go to res (may be NULL).
 * res must be released with db_free even on failure. */
int db_run(struct stmt *st, const struct dbv *args, size_t nargs, struct dbres *res);

#define DB_ARGC(...) (sizeof((struct dbv[]){__VA_ARGS__}) / sizeof(struct dbv))
#define DB_RUN(st, res, ...) db_run((st), (struct dbv[]){__VA_ARGS__}, DB_ARGC(__VA_ARGS__), (res))
#define DB_RUN0(st, res) db_run((st), NULL, 0, (res))

void db_free(struct dbres *r);

/*
 * db_tx - run fn(ctx) inside one transaction.  fn returns DB_OK to commit,
 * a negative db_rc to roll back (DB_DEADLOCK retries the whole transaction,
 * up to five times), or a positive refusal of its own, which rolls back and
 * is returned as it is.
 */
typedef int (*db_txfn)(void *ctx);
int db_tx(db_txfn fn, void *ctx);

/* db_in_tx - whether a transaction is open (for assertions in callers). */
int db_in_tx(void);

/*
 * db_tx_hooks - before_commit runs inside every transaction after its body
 * succeeded, just before COMMIT (a failure rolls back like the body's);
 * at_end runs after every attempt, committed or not.  One pair per
 * process; the audit chain uses it to hold its head row only briefly.
 */
void db_tx_hooks(int (*before_commit)(void), void (*at_end)(void));

/*
 * db_tx_flush - like db_tx_hooks, for rows a transaction queues in memory
 * and writes at its end in few statements (notices, mail, links): these
 * run before the db_tx_hooks pair, so the audit head is held last and
 * shortest.  Registering the same pair again is a no-op; a few per process.
 */
void db_tx_flush(int (*before_commit)(void), void (*at_end)(void));

/*
 * db_run_rows - nrows rows of per_row arguments each (args, row after
 * row) through a multi-row statement: by_size[i] takes i + 1 rows, so up
 * to DB_ROWS_MAX rows cost one statement.
 */
#define DB_ROWS_MAX 8
int db_run_rows(struct stmt *const by_size[DB_ROWS_MAX], const struct dbv *args, size_t per_row, size_t nrows);

/*
 * db_tx_after - fn runs after every attempt with DB_TX_COMMITTED,
 * DB_TX_ROLLED_BACK or DB_TX_UNKNOWN (COMMIT sent, its answer lost), so
 * work done outside the database (a file written) can be undone when the
 * transaction did not hold.  Registering the same fn again is a no-op; a
 * few per process.
 */
enum { DB_TX_ROLLED_BACK = 0, DB_TX_COMMITTED = 1, DB_TX_UNKNOWN = -1 };
void db_tx_after(void (*fn)(int outcome));

/* db_close - close the connection and forget prepared statements. */
void db_close(void);

#endif
