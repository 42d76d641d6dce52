/* db.c - connection, prepared statement cache, execution, transactions. */
#include "db/db.h"

#include <mysql.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/config.h"
#include "core/log.h"

static const struct config *conf;
static MYSQL *conn;
/* Prepared statements by slot (struct stmt's slot - 1), given out at a
 * statement's first use; a lost connection closes them all. */
static MYSQL_STMT **prepared;
static size_t nslots;
static int in_tx;

static int classify(unsigned int err)
{
	switch (err) {
	case 1213: case 1205:
		return DB_DEADLOCK;
	case 2002: case 2003: case 2006: case 2013: case 2055: case 1927: case 4031: case 1053:
		return DB_GONE;
	case 1062:
		return DB_DUP;
	default:
		return DB_ERR;
	}
}

void db_close(void)
{
	for (size_t i = 0; i < nslots; i++)
		if (prepared[i]) {
			mysql_stmt_close(prepared[i]);
			prepared[i] = NULL;
		}
	if (conn)
		mysql_close(conn);
	conn = NULL;
	in_tx = 0;
}

/* While the database is down every request tries again: one line per
 * LOG_EVERY seconds says so, with how many tries it stands for. */
#define LOG_EVERY 10

static void connect_failed(const char *why)
{
	static time_t last;
	static long tries;
	time_t now = time(NULL);
	tries++;
	if (last && now - last < LOG_EVERY)
		return;
	log_err("db: connect failed (%ld tries since the last line): %s", tries, why);
	last = now;
	tries = 0;
}

static int connect_now(void)
{
	if (!conf)
		return DB_GONE;   /* a program that never opened the database (unit tests) */
	conn = mysql_init(NULL);
	if (!conn)
		return DB_GONE;
	unsigned int timeout = 3;
	my_bool no = 0;
	mysql_options(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_options(conn, MYSQL_OPT_RECONNECT, &no);
	mysql_options(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(conn, MYSQL_INIT_COMMAND,
	    "SET time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO'");
	if (!mysql_real_connect(conn, NULL, conf->db_user, conf->db_password, conf->db_name,
	        0, conf->db_socket, 0)) {
		connect_failed(mysql_error(conn));
		mysql_close(conn);
		conn = NULL;
		return DB_GONE;
	}
	return DB_OK;
}

void db_open(const struct config *cfg)
{
	conf = cfg;
	connect_now();
}

int db_ready(void)
{
	if (conn)
		return DB_OK;
	return connect_now();
}

/* A lost connection is dropped here so the next request reconnects. */
static int fail(MYSQL_STMT *st, const char *name)
{
	unsigned int e = st ? mysql_stmt_errno(st) : mysql_errno(conn);
	int rc = classify(e);
	if (rc != DB_DUP && rc != DB_DEADLOCK)
		log_err("db: %s: %u %s", name, e, st ? mysql_stmt_error(st) : mysql_error(conn));
	if (rc == DB_GONE)
		db_close();
	return rc;
}

/* The statement's slot in prepared[], given at its first use. */
static size_t slot_of(struct stmt *s)
{
	if (s->slot)
		return s->slot - 1;
	MYSQL_STMT **p = realloc(prepared, (nslots + 1) * sizeof *p);
	if (!p)
		return (size_t)-1;
	prepared = p;
	prepared[nslots] = NULL;
	s->slot = ++nslots;
	return nslots - 1;
}

static MYSQL_STMT *get_stmt(struct stmt *s, int *rc)
{
	size_t slot = slot_of(s);
	if (slot == (size_t)-1) {
		*rc = DB_ERR;
		return NULL;
	}
	if (prepared[slot])
		return prepared[slot];
	MYSQL_STMT *st = mysql_stmt_init(conn);
	if (!st) {
		*rc = DB_GONE;
		return NULL;
	}
	if (mysql_stmt_prepare(st, s->sql, strlen(s->sql))) {
		*rc = fail(st, s->name);
		/* Even when fail() has closed a lost connection: mysql_close only
		 * detaches its statements, it never frees them. */
		mysql_stmt_close(st);
		return NULL;
	}
	my_bool on = 1;
	mysql_stmt_attr_set(st, STMT_ATTR_UPDATE_MAX_LENGTH, &on);
	prepared[slot] = st;
	return st;
}

static int bind_args(MYSQL_STMT *st, const struct dbv *args, size_t n, MYSQL_BIND *b, unsigned long *lens)
{
	if (mysql_stmt_param_count(st) != n)
		return DB_ERR;
	for (size_t i = 0; i < n; i++) {
		memset(&b[i], 0, sizeof b[i]);
		if (args[i].type == DV_INT) {
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = (void *)&args[i].i;
		} else if (args[i].type == DV_STR) {
			lens[i] = (unsigned long)args[i].len;
			b[i].buffer_type = MYSQL_TYPE_STRING;
			b[i].buffer = (void *)args[i].s;
			b[i].buffer_length = lens[i];
			b[i].length = &lens[i];
		} else {
			b[i].buffer_type = MYSQL_TYPE_NULL;
		}
	}
	return n && mysql_stmt_bind_param(st, b) ? DB_ERR : DB_OK;
}

/* Rows are copied into one arena; cells become pointers only at the end
 * because the arena moves while it grows. */
struct grow {
	char *buf;
	size_t used, cap;
};

static long grow_put(struct grow *g, const char *s, size_t n)
{
	if (g->used + n + 1 > g->cap) {
		size_t cap = g->cap ? g->cap : 1024;
		while (g->used + n + 1 > cap)
			cap *= 2;
		char *nb = realloc(g->buf, cap);
		if (!nb)
			return -1;
		g->buf = nb;
		g->cap = cap;
	}
	long at = (long)g->used;
	memcpy(g->buf + g->used, s, n);
	g->buf[g->used + n] = '\0';
	g->used += n + 1;
	return at;
}

static int fetch_rows(MYSQL_STMT *st, struct dbres *res)
{
	MYSQL_RES *meta = mysql_stmt_result_metadata(st);
	if (!meta)
		return DB_OK;
	size_t nc = mysql_num_fields(meta);
	MYSQL_FIELD *fields = mysql_fetch_fields(meta);
	if (mysql_stmt_store_result(st)) {
		mysql_free_result(meta);
		return DB_ERR;
	}
	size_t nr = (size_t)mysql_stmt_num_rows(st);
	MYSQL_BIND b[nc ? nc : 1];
	unsigned long lens[nc ? nc : 1];
	my_bool nulls[nc ? nc : 1];
	char *bufs[nc ? nc : 1];
	int rc = DB_OK;
	memset(b, 0, sizeof b);
	for (size_t c = 0; c < nc; c++) {
		size_t sz = fields[c].max_length + 1;
		if (sz < 32)
			sz = 32;
		bufs[c] = malloc(sz);
		if (!bufs[c])
			rc = DB_ERR;
		b[c].buffer_type = MYSQL_TYPE_STRING;
		b[c].buffer = bufs[c];
		b[c].buffer_length = sz;
		b[c].length = &lens[c];
		b[c].is_null = &nulls[c];
	}
	long *offs = calloc(nr * nc + 1, sizeof *offs);
	res->len = calloc(nr * nc + 1, sizeof *res->len);
	struct grow g = {0};
	if (!offs || !res->len || rc || mysql_stmt_bind_result(st, b))
		rc = DB_ERR;
	for (size_t r = 0; rc == DB_OK && r < nr; r++) {
		int f = mysql_stmt_fetch(st);
		if (f == 1 || f == MYSQL_NO_DATA) {
			rc = DB_ERR;
			break;
		}
		for (size_t c = 0; c < nc; c++) {
			size_t k = r * nc + c;
			if (nulls[c]) {
				offs[k] = -1;
				continue;
			}
			size_t n = lens[c] < b[c].buffer_length ? lens[c] : b[c].buffer_length;
			offs[k] = grow_put(&g, bufs[c], n);
			res->len[k] = (unsigned long)n;
			if (offs[k] < 0)
				rc = DB_ERR;
		}
	}
	for (size_t c = 0; c < nc; c++)
		free(bufs[c]);
	mysql_stmt_free_result(st);
	mysql_free_result(meta);
	if (rc == DB_OK) {
		res->cell = calloc(nr * nc + 1, sizeof *res->cell);
		if (!res->cell)
			rc = DB_ERR;
		for (size_t k = 0; rc == DB_OK && k < nr * nc; k++)
			res->cell[k] = offs[k] < 0 ? NULL : g.buf + offs[k];
		res->arena = g.buf;
		res->nrows = nr;
		res->ncols = nc;
	} else {
		free(g.buf);
	}
	free(offs);
	return rc;
}

/* Each cell into its field of the statement's row struct. */
static int make_rows(const struct stmt *s, struct dbres *res)
{
	if (!s->cols || !res->nrows)
		return DB_OK;
	if (res->ncols != s->ncols) {
		log_err("db: %s: the statement reads %zu columns, its row has %zu", s->name, res->ncols, s->ncols);
		return DB_ERR;
	}
	char *rows = calloc(res->nrows, s->row_size);
	if (!rows)
		return DB_ERR;
	for (size_t i = 0; i < res->nrows; i++)
		for (size_t c = 0; c < s->ncols; c++) {
			const char *cell = res->cell[i * res->ncols + c];
			char *at = rows + i * s->row_size + s->cols[c].off;
			if (s->cols[c].type == COL_INT)
				*(long long *)(void *)at = cell ? strtoll(cell, NULL, 10) : 0;
			else
				*(const char **)(void *)at = cell || s->cols[c].type == COL_OPT ? cell : "";
		}
	res->rows = rows;
	return DB_OK;
}

const void *db_row_at(const struct dbres *res, const char *row, size_t i)
{
	if (!res || !res->st || !res->st->row || strcmp(res->st->row, row) || i >= res->nrows || !res->rows)
		return NULL;
	return (const char *)res->rows + i * res->st->row_size;
}

int db_run(struct stmt *s, const struct dbv *args, size_t nargs, struct dbres *res)
{
	int rc = DB_OK;
	if (res) {
		memset(res, 0, sizeof *res);
		res->st = s;
	}
	if (s->write && !in_tx) {
		log_err("db: %s: write outside a transaction", s->name);
		return DB_NOTX;
	}
	if (!conn && (rc = db_ready()) != DB_OK)
		return rc;
	MYSQL_STMT *st = get_stmt(s, &rc);
	if (!st)
		return rc;
	MYSQL_BIND b[nargs ? nargs : 1];
	unsigned long lens[nargs ? nargs : 1];
	if (bind_args(st, args, nargs, b, lens)) {
		log_err("db: %s: bad arguments (%zu given)", s->name, nargs);
		return DB_ERR;
	}
	if (mysql_stmt_execute(st))
		return fail(st, s->name);
	if (res) {
		res->affected = mysql_stmt_affected_rows(st);
		res->insert_id = mysql_stmt_insert_id(st);
		if ((rc = fetch_rows(st, res)) != DB_OK)
			return fail(st, s->name);
		if ((rc = make_rows(s, res)) != DB_OK)
			return rc;
	} else {
		mysql_stmt_free_result(st);
	}
	return DB_OK;
}

void db_free(struct dbres *r)
{
	if (!r)
		return;
	free(r->rows);
	free(r->cell);
	free(r->len);
	free(r->arena);
	memset(r, 0, sizeof *r);
}

static int simple(const char *sql)
{
	if (!conn)
		return DB_GONE;
	if (mysql_real_query(conn, sql, strlen(sql)))
		return fail(NULL, "query");
	return DB_OK;
}

int db_in_tx(void) { return in_tx; }

static int (*hook_commit)(void);
static void (*hook_end)(void);

void db_tx_hooks(int (*before_commit)(void), void (*at_end)(void))
{
	hook_commit = before_commit;
	hook_end = at_end;
}

#define FLUSH_MAX 4
static int (*flush_commit[FLUSH_MAX])(void);
static void (*flush_end[FLUSH_MAX])(void);

void db_tx_flush(int (*before_commit)(void), void (*at_end)(void))
{
	for (int i = 0; i < FLUSH_MAX; i++) {
		if (flush_commit[i] == before_commit)
			return;
		if (!flush_commit[i]) {
			flush_commit[i] = before_commit;
			flush_end[i] = at_end;
			return;
		}
	}
	log_err("db: too many db_tx_flush hooks");
}

/* The queued rows, then the audit chain: both inside the transaction. */
static int run_before_commit(void)
{
	int rc = DB_OK;
	for (int i = 0; i < FLUSH_MAX && flush_commit[i] && rc == DB_OK; i++)
		rc = flush_commit[i]();
	return rc == DB_OK && hook_commit ? hook_commit() : rc;
}

static void run_at_end(void)
{
	for (int i = 0; i < FLUSH_MAX && flush_end[i]; i++)
		flush_end[i]();
	if (hook_end)
		hook_end();
}

int db_run_rows(struct stmt *const by_size[DB_ROWS_MAX], const struct dbv *args, size_t per_row, size_t nrows)
{
	int rc = DB_OK;
	while (nrows && rc == DB_OK) {
		size_t chunk = nrows < DB_ROWS_MAX ? nrows : DB_ROWS_MAX;
		rc = db_run(by_size[chunk - 1], args, chunk * per_row, NULL);
		args += chunk * per_row;
		nrows -= chunk;
	}
	return rc;
}

#define AFTER_MAX 4
static void (*hook_after[AFTER_MAX])(int outcome);

void db_tx_after(void (*fn)(int outcome))
{
	for (int i = 0; i < AFTER_MAX; i++) {
		if (hook_after[i] == fn)
			return;
		if (!hook_after[i]) {
			hook_after[i] = fn;
			return;
		}
	}
	log_err("db: too many db_tx_after hooks");
}

static void run_after(int outcome)
{
	for (int i = 0; i < AFTER_MAX && hook_after[i]; i++)
		hook_after[i](outcome);
}

int db_tx(db_txfn fn, void *ctx)
{
	int rc = DB_DEADLOCK;
	for (int attempt = 0; attempt < 5 && rc == DB_DEADLOCK; attempt++) {
		if ((rc = db_ready()) != DB_OK)
			return rc;
		if ((rc = simple("START TRANSACTION")) != DB_OK)
			return rc;
		in_tx = 1;
		rc = fn(ctx);
		if (rc == DB_OK)
			rc = run_before_commit();
		in_tx = 0;
		int committing = rc == DB_OK;
		if (rc == DB_OK)
			rc = simple("COMMIT");
		if (rc != DB_OK && conn)
			simple("ROLLBACK");
		run_at_end();
		run_after(rc == DB_OK ? DB_TX_COMMITTED : committing && rc == DB_GONE ? DB_TX_UNKNOWN : DB_TX_ROLLED_BACK);
		if (rc == DB_DEADLOCK)
			log_info("db: deadlock, retrying the transaction (attempt %d)", attempt + 2);
	}
	return rc;
}
