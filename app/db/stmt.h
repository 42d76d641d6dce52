/*
 * stmt.h - a statement: its SQL, whether it writes, and the row it reads.
 *
 * Each area keeps its statements in its own <area>_sql.c and declares
 * them in <area>_sql.h; nothing else holds SQL.  A statement that returns
 * rows names its row: a struct with one field per column, in SELECT
 * order, and a reader that hands out those structs, so a caller reads
 * fields by name and never a column by its position.
 *
 * In <area>_sql.h:
 *
 *   #define WHO_USER_COLS(C, R) C(R, id, INT) C(R, superior_id, INT) C(R, name, STR)
 *   DB_READS(ST_WHO_USER, who_user, WHO_USER_COLS);
 *   DB_WRITES(ST_REQ_BUMP);
 *
 * In <area>_sql.c:
 *
 *   DB_DEFINE_READS(ST_WHO_USER, 0, who_user, WHO_USER_COLS, "SELECT id, superior_id, name FROM users WHERE id = ?");
 *   DB_DEFINE(ST_REQ_BUMP, 1, "UPDATE requests SET version = version + 1 WHERE id = ?");
 *
 * and a caller:
 *
 *   struct dbres res;
 *   int rc = DB_RUN(ST_WHO_USER, &res, DBI(id));
 *   const struct who_user *u = who_user_at(&res, 0);   (NULL: no such row)
 *
 * Statements that read the same row (the four request lists) declare it
 * once with DB_ROW and each with DB_READS_ROW(id, R); their definitions
 * name the row's columns as DB_DEFINE_READS does.
 *
 * Column types: INT (long long; NULL reads as 0), STR (text; NULL reads
 * as ""), OPT (text, or NULL for SQL NULL).  Text points into the result
 * and lives until db_free.  A row whose column count differs from the
 * statement's result is refused at its first execution and logged.
 */
#ifndef LIAISON_STMT_H
#define LIAISON_STMT_H

#include <stddef.h>

enum col_type { COL_INT, COL_STR, COL_OPT };

struct col {
	enum col_type type;
	size_t off;
};

struct stmt {
	const char *name;
	int write;                 /* changes data: only inside db_tx */
	const char *sql;
	const char *row;           /* the row's name, NULL when the statement reads none */
	const struct col *cols;
	size_t ncols, row_size;
	size_t slot;               /* db.c's prepared-statement entry; 0 until first use */
};

struct dbres;

#define DB_FIELD_INT(f) long long f;
#define DB_FIELD_STR(f) const char *f;
#define DB_FIELD_OPT(f) const char *f;
#define DB_FIELD_(R, f, t) DB_FIELD_##t(f)
#define DB_COL_(R, f, t) {COL_##t, offsetof(struct R, f)},

/* db_row_at - row i of res, or NULL when res holds no row of that name
 * (another statement's result) or no row i. */
const void *db_row_at(const struct dbres *res, const char *row, size_t i);

/* A statement that changes data or reads no rows. */
#define DB_WRITES(id) extern struct stmt id[1]

/* A row: struct R, with the reader R_at(res, i). */
#define DB_ROW(R, COLS) \
	struct R { COLS(DB_FIELD_, R) }; \
	static inline const struct R *R##_at(const struct dbres *res, size_t i) \
	{ \
		return (const struct R *)db_row_at(res, #R, i); \
	}

/* A statement that reads rows of R. */
#define DB_READS_ROW(id, R) extern struct stmt id[1]
#define DB_READS(id, R, COLS) DB_ROW(R, COLS) DB_READS_ROW(id, R)

#define DB_DEFINE(id, w, text) struct stmt id[1] = {{#id, w, text, NULL, NULL, 0, 0, 0}}

#define DB_DEFINE_READS(id, w, R, COLS, text) \
	static const struct col id##_cols[] = {COLS(DB_COL_, R)}; \
	struct stmt id[1] = {{#id, w, text, #R, id##_cols, sizeof id##_cols / sizeof id##_cols[0], sizeof(struct R), 0}}

#endif
