/* lists.c - the queries of the four request lists. */
#include "engine/lists.h"

#include <stdio.h>

#include "db/db.h"
#include "engine/engine_sql.h"

int list_rows(enum list_name which, long long user, const struct list_filter *f, long long limit, long long offset,
    struct dbres *res)
{
	static struct stmt *const st[] = {ST_LIST_INBOX, ST_LIST_DONE, ST_LIST_MINE, ST_LIST_CC};
	char like[300];
	snprintf(like, sizeof like, "%%%s%%", f->text);
	return DB_RUN(st[which], res, DBI(user), DBS(f->type), DBS(f->type), DBS(f->state), DBS(f->state), DBI(f->from),
	    DBI(f->to), DBS(f->text), DBS(like), DBS(like), DBI(limit), DBI(offset));
}

int list_inbox_count(long long user, long long *n)
{
	struct dbres res;
	int rc = DB_RUN(ST_INBOX_COUNT, &res, DBI(user));
	const struct count_row *row = count_row_at(&res, 0);
	*n = row ? row->n : 0;
	db_free(&res);
	return rc;
}
