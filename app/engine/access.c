/* access.c - loading a request's head and the view check. */
#include "engine/access.h"

#include <stdio.h>

#include "db/db.h"
#include "engine/flow.h"
#include "http/req.h"

int request_head_load(long long id, struct request_head *h)
{
	struct dbres res;
	int rc = DB_RUN(ST_REQ_GET, &res, DBI(id));
	if (rc != DB_OK || res.nrows != 1) {
		db_free(&res);
		return rc != DB_OK ? (rc == DB_GONE ? 503 : 500) : 404;
	}
	h->id = db_int(&res, 0, 0);
	snprintf(h->number, sizeof h->number, "%s", db_str(&res, 0, 1));
	snprintf(h->type, sizeof h->type, "%s", db_str(&res, 0, 2));
	snprintf(h->title, sizeof h->title, "%s", db_str(&res, 0, 3));
	h->requester = db_int(&res, 0, 4);
	h->filed_by = db_int(&res, 0, 5);
	h->dept = db_int(&res, 0, 6);
	snprintf(h->state, sizeof h->state, "%s", db_str(&res, 0, 7));
	h->version = db_int(&res, 0, 8);
	h->round = db_int(&res, 0, 9);
	snprintf(h->requester_name, sizeof h->requester_name, "%s", db_str(&res, 0, 10));
	snprintf(h->filed_by_name, sizeof h->filed_by_name, "%s", db_str(&res, 0, 11));
	snprintf(h->dept_name, sizeof h->dept_name, "%s", db_str(&res, 0, 12));
	h->created = db_int(&res, 0, 13);
	h->submitted = db_int(&res, 0, 14);
	h->decided = db_int(&res, 0, 15);
	h->amount = db_int(&res, 0, 16);
	h->dept_head = db_int(&res, 0, 17);
	db_free(&res);
	return 0;
}

int may_view(const struct req *r, const struct request_head *h)
{
	long long me = r->user.id;
	const struct flow *f = flow_find(h->type);
	if (me == h->requester || me == h->filed_by || me == h->dept_head)
		return 1;
	if (f && (r->user.roles & f->viewer_roles))
		return 1;
	struct dbres res;
	int rc = DB_RUN(ST_ASG_IS_ON, &res, DBI(h->id), DBI(me));
	int on = rc == DB_OK && db_int(&res, 0, 0) > 0;
	db_free(&res);
	/* A deputy on the principal's link sees what the principal would. */
	if (rc == DB_OK && !on && r->act_for) {
		rc = DB_RUN(ST_ASG_IS_ON, &res, DBI(h->id), DBI(r->act_for));
		on = rc == DB_OK && db_int(&res, 0, 0) > 0;
		db_free(&res);
	}
	if (rc == DB_OK && !on) {
		rc = DB_RUN(ST_CC_IS, &res, DBI(h->id), DBI(me));
		on = rc == DB_OK && db_int(&res, 0, 0) > 0;
		db_free(&res);
	}
	return rc != DB_OK ? -1 : on;
}
