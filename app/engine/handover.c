/* handover.c - AU-05's hand-over of steps, and its list. */
#include "engine/handover.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/engine.h"
#include "engine/engine_sql.h"
#include "engine/notify.h"

/* What the person held before anything moves: each place and each open
 * request of theirs becomes a line of the list. */
static int list_items(long long handover, long long user)
{
	struct dbres res;
	const struct handover_held *h;
	int rc = DB_RUN(ST_HANDOVER_HELD, &res, DBI(user), DBI(user));
	for (size_t i = 0; rc == DB_OK && (h = handover_held_at(&res, i)); i++)
		rc = DB_RUN(ST_HANDOVER_ITEM_ADD, NULL, DBI(handover), DBS(h->kind), DBI(h->request_id));
	db_free(&res);
	return rc;
}

static int record(const struct handover_in *h, const struct actor *a, long long now, long long *id)
{
	struct dbres res;
	int rc = DB_RUN(ST_HANDOVER_ADD, &res, DBI(h->user), DBS(h->reason), h->from_dept ? DBI(h->from_dept) : DBN,
	    h->to_dept ? DBI(h->to_dept) : DBN, h->successor ? DBI(h->successor) : DBN,
	    h->manager ? DBI(h->manager) : DBN, DBI(now), a->id ? DBI(a->id) : DBN);
	*id = (long long)res.insert_id;
	db_free(&res);
	return rc;
}

int engine_handover_within(const struct handover_in *h, const struct actor *a, long long now, long long *id)
{
	long long moved = 0;
	char detail[120];
	if (!db_in_tx())
		return DB_NOTX;
	int rc = record(h, a, now, id);
	if (rc == DB_OK)
		rc = list_items(*id, h->user);
	if (rc == DB_OK && h->successor && h->successor != h->user)
		rc = engine_handover_user(h->user, h->successor, &moved);
	if (rc == DB_OK)
		rc = DB_RUN(ST_HANDOVER_MOVED, NULL, DBI(moved), DBI(*id));
	if (rc == DB_OK && h->manager)
		rc = notify_about(h->manager, 0, "handover", "", now);
	snprintf(detail, sizeof detail, "%s: list %lld, %lld pending steps handed to user %lld", h->reason, *id, moved,
	    h->successor);
	return rc == DB_OK ? audit_by(a, "handover", "user", h->user, detail) : rc;
}

struct confirm {
	long long id;
	const struct actor *a;
};

static int confirm_tx(void *arg)
{
	struct confirm *c = arg;
	struct dbres res;
	int rc = DB_RUN(ST_HANDOVER_LOCK, &res, DBI(c->id));
	const struct handover_lock *h = handover_lock_at(&res, 0);
	int st = rc != DB_OK ? rc : !h ? O_NOT_FOUND : h->manager_id != c->a->id ? O_FORBIDDEN
	    : h->confirmed ? O_CONFLICT : DB_OK;
	long long user = h ? h->user_id : 0;
	db_free(&res);
	if (st != DB_OK)
		return st;
	rc = DB_RUN(ST_HANDOVER_CONFIRM, NULL, DBI(c->a->id), DBI(clock_now()), DBI(c->id));
	char detail[48];
	snprintf(detail, sizeof detail, "list %lld", c->id);
	return rc == DB_OK ? audit_by(c->a, "handover_confirmed", "user", user, detail) : rc;
}

int engine_handover_confirm(long long id, const struct actor *a)
{
	struct confirm c = {id, a};
	return db_tx(confirm_tx, &c);
}
