/* core.c - locking, state changes, hooks, audit. */
#include "engine/core.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "core/config.h"
#include "db/db.h"
#include "engine/attach.h"
#include "engine/engine_sql.h"
#include "engine/notify.h"
#include "engine/resolve.h"

int shanghai_day(long long now) { return (int)((now + SHANGHAI_OFFSET) / 86400); }

long long actor_id(const struct locked *q) { return q->actor ? q->actor->id : 0; }

/* The request's columns, the same in both lock statements' rows. */
#define FILL_LOCKED(q, row) do { \
	(q)->id = (row)->id; \
	snprintf((q)->number, sizeof (q)->number, "%s", (row)->number); \
	snprintf((q)->type, sizeof (q)->type, "%s", (row)->type); \
	snprintf((q)->kind, sizeof (q)->kind, "%s", (row)->kind); \
	snprintf((q)->title, sizeof (q)->title, "%s", (row)->title); \
	(q)->requester = (row)->requester_id; \
	(q)->filed_by = (row)->filed_by_id; \
	(q)->dept = (row)->dept_id; \
	snprintf((q)->state, sizeof (q)->state, "%s", (row)->state); \
	(q)->version = (row)->version; \
	(q)->round = (row)->round; \
	(q)->flow = flow_find((q)->type); \
} while (0)

int lock_request(long long id, struct locked *q)
{
	struct dbres res;
	int rc = DB_RUN(ST_REQ_LOCK, &res, DBI(id));
	const struct req_lock *row = req_lock_at(&res, 0);
	if (rc == DB_OK && row)
		FILL_LOCKED(q, row);
	db_free(&res);
	return rc != DB_OK ? rc : !row || !q->flow ? O_NOT_FOUND : DB_OK;
}

/* The place's columns, the same in both place-locking statements' rows. */
#define FILL_PLACE(p, row) do { \
	(p)->id = (row)->place; \
	(p)->step = (row)->step_id; \
	(p)->acting_for = (row)->acting_for; \
	(p)->seq = (row)->seq; \
	(p)->approved = (row)->approved; \
	(p)->needed = (int)(row)->needed; \
	(p)->add_signer = (int)(row)->add_signer; \
	snprintf((p)->kind, sizeof (p)->kind, "%s", (row)->step_kind); \
	snprintf((p)->step_name, sizeof (p)->step_name, "%s", (row)->step_name); \
} while (0)

/* A lock row: the request, and the person's first place on its step. */
#define TAKE_LOCK_ROW(q, p, row, found) do { \
	if (!(found) || (row)->place < (p)->id) { \
		FILL_LOCKED(q, row); \
		FILL_PLACE(p, row); \
	} \
	(found) = 1; \
} while (0)

/* The lock's rows are those with the request's id; the others are the next step's. */
static int lock_with_next(long long id, long long who, struct locked *q, struct place *p, struct next_step *next)
{
	struct dbres res;
	const struct req_lock_next *row;
	int found = 0;
	char day[16];
	resolve_day_text(shanghai_day(q->now), day);
	int rc = DB_RUN(ST_REQ_LOCK_PLACE_NEXT, &res, DBI(who), DBI(id), DBS(day), DBS(day), DBI(id), DBI(id));
	for (size_t i = 0; rc == DB_OK && (row = req_lock_next_at(&res, i)); i++) {
		if (!row->id) {
			NEXT_STEP_ROW(next, row);
			continue;
		}
		TAKE_LOCK_ROW(q, p, row, found);
	}
	db_free(&res);
	return rc != DB_OK ? rc : !found || !q->flow ? O_NOT_FOUND : DB_OK;
}

int lock_request_place(long long id, long long who, struct locked *q, struct place *p, struct next_step *next)
{
	struct dbres res;
	memset(p, 0, sizeof *p);
	if (next) {
		next_step_clear(next);
		return lock_with_next(id, who, q, p, next);
	}
	const struct req_lock_place *row;
	int found = 0;
	int rc = DB_RUN(ST_REQ_LOCK_PLACE, &res, DBI(who), DBI(id));
	for (size_t i = 0; rc == DB_OK && (row = req_lock_place_at(&res, i)); i++)
		TAKE_LOCK_ROW(q, p, row, found);
	db_free(&res);
	return rc != DB_OK ? rc : !found || !q->flow ? O_NOT_FOUND : DB_OK;
}

int place_add(const struct locked *q, long long step, enum step_kind kind, long long user, const char *state)
{
	return DB_RUN(ST_ASG_INSERT, NULL, DBI(step), DBS(step_kind_name(kind)), DBI(q->id), DBI(user), DBN, DBS(state),
	    DBS(state), DBI(q->now));
}

void entered(struct locked *q, const char *state)
{
	if (state)
		snprintf(q->state, sizeof q->state, "%s", state);
	q->version++;
}

int set_state(struct locked *q, const char *state, int final)
{
	entered(q, state);
	return DB_RUN(ST_REQ_SET_STATE, NULL, DBS(state), DBI(q->now), DBI(final), DBI(q->now), DBI(q->id));
}

int eng_audit(const struct locked *q, const char *action, const char *detail)
{
	static const struct actor system = {0, 0, 0, "", "system", "zh-CN"};
	return audit_by(q->actor ? q->actor : &system, action, "request", q->id, detail);
}

int eng_notes(const struct locked *q, const struct flow_ctx *c)
{
	int rc = DB_OK;
	for (size_t i = 0; rc == DB_OK && i < c->nnotes; i++)
		rc = eng_audit(q, c->notes[i].action, c->notes[i].detail);
	for (size_t i = 0; rc == DB_OK && i < c->ntells; i++) {
		if (c->tells[i].copy)
			rc = DB_RUN(ST_CC_ADD, NULL, DBI(q->id), DBI(c->tells[i].user), DBI(q->now));
		if (rc == DB_OK)
			rc = notify(q, c->tells[i].user, c->tells[i].kind, NULL);
	}
	return rc;
}

int run_hook(struct locked *q, enum flow_event ev, const char *step_name, const struct rvals *input,
    char *error_key, size_t keylen)
{
	struct flow_ctx c;
	if (!flow_hooks(q->flow, ev))
		return DB_OK;
	memset(&c, 0, sizeof c);
	c.actor = q->actor;
	c.request_id = q->id;
	c.requester_id = q->requester;
	c.filed_by_id = q->filed_by;
	c.now = q->now;
	c.step_name = step_name;
	c.state = q->state;
	c.input = input;
	int rc = q->flow->load ? q->flow->load(&c) : DB_OK;
	if (rc == DB_OK)
		rc = q->flow->hook(&c, ev);
	if (rc == DB_OK)
		rc = eng_notes(q, &c);
	if (rc == O_REFUSED && error_key)
		snprintf(error_key, keylen, "%s", c.error_key);
	rvals_free(&c.vals);
	return rc;
}

void engine_init(const struct config *cfg)
{
	attach_set_dir(cfg->data_dir);
	audit_setup(cfg->audit.key_file);
}
