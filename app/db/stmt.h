/*
 * stmt.h - the fixed table of every SQL statement the application runs.
 *
 * Nothing else in the program holds SQL.  Each entry says whether it
 * writes; db_run refuses a write outside a transaction.
 */
#ifndef LIAISON_STMT_H
#define LIAISON_STMT_H

#include "db/stmt_list.h"

#define STMT_ENUM(id, write, sql) id,
enum stmt_id { STMT_LIST(STMT_ENUM) ST__COUNT };
#undef STMT_ENUM

/* stmt_sql - the statement's text. */
const char *stmt_sql(enum stmt_id id);

/* stmt_name - the enum name, for log lines. */
const char *stmt_name(enum stmt_id id);

/* stmt_is_write - whether the statement changes data. */
int stmt_is_write(enum stmt_id id);

#endif
