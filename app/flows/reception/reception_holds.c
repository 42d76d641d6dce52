/*
 * reception_holds.c - a booking's holds on rooms and cars (RC-05): placed
 * tentatively at submission, firm on approval, given up when the booking
 * ends without taking place.  Never two at overlapping times on one
 * resource; touching intervals are fine ([from, to) each).  The check runs
 * in the submission's transaction after the resource's row is locked, so
 * two concurrent bookings of it are judged one after the other.
 */
#include "flows/reception/reception.h"

#include <string.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/reception/reception_sql.h"

static long long utc_of(const struct flow_ctx *c, const char *name)
{
	return rvals_num(&c->vals, name) - SHANGHAI_OFFSET;
}

/* One resource of kind for [from, to): locked, checked, held. */
static int hold(struct flow_ctx *c, const char *field, const char *kind, long long from, long long to)
{
	long long id = rvals_num(&c->vals, field);
	struct dbres res;
	if (!id)
		return DB_OK;
	int rc = DB_RUN(ST_RC_RES_LOCK, &res, DBI(id));
	const struct rc_res_lock *r = rc_res_lock_at(&res, 0);
	int usable = r && r->active && !strcmp(r->kind, kind);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!usable)
		return flow_refuse(c, field, "Reception.Err.NoSuchResource");
	rc = DB_RUN(ST_RC_OVERLAPS, &res, DBI(id), DBI(c->request_id), DBI(to), DBI(from));
	const struct rc_count *n = rc_count_at(&res, 0);
	int busy = n && n->n > 0;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (busy)
		return flow_refuse(c, field, !strcmp(kind, "room") ? "Reception.Err.RoomTaken" : "Reception.Err.CarTaken");
	return DB_RUN(ST_RC_HOLD_ADD, NULL, DBI(c->request_id), DBI(id), DBI(from), DBI(to));
}

int rc_holds_place(struct flow_ctx *c)
{
	long long from = utc_of(c, "arrive_at"), to = utc_of(c, "depart_at");
	/* A booking sent again after a return holds afresh. */
	int rc = DB_RUN(ST_RC_HOLD_RELEASE, NULL, DBI(c->request_id));
	if (rc == DB_OK)
		rc = hold(c, "room_id", "room", from, to);
	if (rc == DB_OK)
		rc = hold(c, "car_id", "car", from, to);
	return rc;
}

int rc_holds_firm(struct flow_ctx *c)
{
	return DB_RUN(ST_RC_HOLD_FIRM, NULL, DBI(c->request_id));
}

int rc_holds_release(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_RC_HOLD_RELEASE, &res, DBI(c->request_id));
	int freed = rc == DB_OK && res.affected > 0;
	db_free(&res);
	if (freed)
		flow_note(c, "reception_released", "");
	return rc;
}
