/* access.c - loading a request's head and the view checks. */
#include "engine/access.h"

#include <stdio.h>

#include "auth/roles.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/engine_sql.h"
#include "engine/flow.h"

int request_head_load(long long id, struct request_head *h)
{
	struct dbres res;
	int rc = DB_RUN(ST_REQ_GET, &res, DBI(id));
	const struct req_get *row = req_get_at(&res, 0);
	if (rc != DB_OK || !row) {
		db_free(&res);
		return rc != DB_OK ? rc : O_NOT_FOUND;
	}
	h->id = row->id;
	snprintf(h->number, sizeof h->number, "%s", row->number);
	snprintf(h->type, sizeof h->type, "%s", row->type);
	snprintf(h->kind, sizeof h->kind, "%s", row->kind);
	snprintf(h->title, sizeof h->title, "%s", row->title);
	h->requester = row->requester_id;
	h->filed_by = row->filed_by_id;
	h->dept = row->dept_id;
	snprintf(h->state, sizeof h->state, "%s", row->state);
	h->version = row->version;
	h->round = row->round;
	snprintf(h->requester_name, sizeof h->requester_name, "%s", row->requester_name);
	snprintf(h->filed_by_name, sizeof h->filed_by_name, "%s", row->filed_by_name);
	snprintf(h->dept_name, sizeof h->dept_name, "%s", row->dept_name);
	h->created = row->created;
	h->submitted = row->submitted;
	h->decided = row->decided;
	h->amount = row->amount_fen;
	h->dept_head = row->dept_head;
	snprintf(h->kind_zh, sizeof h->kind_zh, "%s", row->kind_zh);
	snprintf(h->kind_en, sizeof h->kind_en, "%s", row->kind_en);
	db_free(&res);
	return 0;
}

/* A count that says yes or no: 1, 0, or a db rc. */
static int counted(struct stmt *st, long long request, long long user)
{
	struct dbres res;
	int rc = DB_RUN(st, &res, DBI(request), DBI(user));
	const struct count_row *n = count_row_at(&res, 0);
	int yes = n && n->n > 0;
	db_free(&res);
	return rc != DB_OK ? rc : yes;
}

int may_view(const struct actor *a, const struct request_head *h)
{
	const struct flow *f = flow_find(h->type);
	if (a->id == h->requester || a->id == h->filed_by || a->id == h->dept_head)
		return 1;
	if (f && (a->roles & f->viewer_roles))
		return 1;
	int on = counted(ST_ASG_IS_ON, h->id, a->id);
	if (on == 0 && a->act_for)
		on = counted(ST_ASG_IS_ON, h->id, a->act_for);
	if (on == 0)
		on = counted(ST_CC_IS, h->id, a->id);
	return on;
}

int may_see_file(const struct actor *a, const struct request_head *h, int sensitive)
{
	if (!sensitive)
		return may_view(a, h);
	if (a->id == h->requester || a->id == h->filed_by || (a->roles & ROLE_CLERK))
		return 1;
	return counted(ST_ASG_IS_ON, h->id, a->id);
}
