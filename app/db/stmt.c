/* stmt.c - accessors over the statement table. */
#include "db/stmt.h"

#define STMT_ROW(id, write, sql) {#id, write, sql},
static const struct {
	const char *name;
	int write;
	const char *sql;
} table[] = {STMT_LIST(STMT_ROW)};
#undef STMT_ROW

const char *stmt_sql(enum stmt_id id) { return id < ST__COUNT ? table[id].sql : ""; }

const char *stmt_name(enum stmt_id id) { return id < ST__COUNT ? table[id].name : "query"; }

int stmt_is_write(enum stmt_id id) { return id < ST__COUNT ? table[id].write : 1; }
