/*
 * lists.h - the four lists of requests: 待我审批 (waiting for me, also as a
 * deputy), 我已审批 (decided by me), 我的申请 (mine), 抄送我的 (copied to
 * me), filtered by type, state, date and text, in a stable order.
 */
#ifndef LIAISON_ENGINE_LISTS_H
#define LIAISON_ENGINE_LISTS_H

struct dbres;

enum list_name { LIST_INBOX, LIST_DONE, LIST_MINE, LIST_CC };

struct list_filter {
	const char *type, *state, *text;   /* "" for any */
	long long from, to;                /* created in [from, to), UTC epoch */
};

/* list_rows - up to limit rows of user's list from offset, as list_row
 * rows (engine_sql.h); 0 or a db rc. */
int list_rows(enum list_name which, long long user, const struct list_filter *f, long long limit, long long offset,
    struct dbres *res);

/* list_inbox_count - how many steps wait for user. */
int list_inbox_count(long long user, long long *n);

#endif
