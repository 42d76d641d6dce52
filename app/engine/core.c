/* core.c - locking, state changes, route advance, hooks, audit. */
#include "engine/core.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "core/config.h"
#include "db/db.h"
#include "engine/attach.h"
#include "engine/engine_sql.h"
#include "engine/links.h"
#include "engine/notify.h"
#include "engine/resolve.h"

int shanghai_day(long long now) { return (int)((now + SHANGHAI_OFFSET) / 86400); }

long long actor_id(const struct locked *q) { return q->actor ? q->actor->id : 0; }

int lock_request(long long id, struct locked *q)
{
	struct dbres res;
	int rc = DB_RUN(ST_REQ_LOCK, &res, DBI(id));
	const struct req_lock *row = req_lock_at(&res, 0);
	if (rc != DB_OK || !row) {
		db_free(&res);
		return rc != DB_OK ? rc : O_NOT_FOUND;
	}
	q->id = row->id;
	snprintf(q->number, sizeof q->number, "%s", row->number);
	snprintf(q->type, sizeof q->type, "%s", row->type);
	snprintf(q->kind, sizeof q->kind, "%s", row->kind);
	snprintf(q->title, sizeof q->title, "%s", row->title);
	q->requester = row->requester_id;
	q->filed_by = row->filed_by_id;
	q->dept = row->dept_id;
	snprintf(q->state, sizeof q->state, "%s", row->state);
	q->version = row->version;
	q->round = row->round;
	db_free(&res);
	q->flow = flow_find(q->type);
	return q->flow ? DB_OK : O_NOT_FOUND;
}

int set_state(struct locked *q, const char *state, int final)
{
	snprintf(q->state, sizeof q->state, "%s", state);
	q->version++;
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
	if (!q->flow->hook)
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

/* A cancellation is done when its own route has no approval step left. */
static int cancelled(struct locked *q)
{
	int rc = set_state(q, "cancelled", 1);
	if (rc == DB_OK)
		rc = run_hook(q, EV_CANCEL, NULL, NULL, q->error_key, sizeof q->error_key);
	if (rc == DB_OK)
		rc = eng_audit(q, "cancelled", "");
	return rc == DB_OK ? notify(q, q->requester, "cancel", NULL) : rc;
}

/* The approval part is over when no approval step waits: EV_APPROVE. */
static int maybe_approved(struct locked *q)
{
	struct dbres res;
	int rc = DB_RUN(ST_STEP_REMAINING, &res, DBI(q->id), DBI(q->round));
	const struct step_remaining *left = step_remaining_at(&res, 0);
	long long approvals_left = left ? left->approvals : 0;
	db_free(&res);
	if (rc == DB_OK && !approvals_left && !strcmp(q->state, "cancelling"))
		return cancelled(q);
	if (rc != DB_OK || approvals_left || strcmp(q->state, "in_approval"))
		return rc;
	if ((rc = set_state(q, "approved", 1)) == DB_OK)
		rc = run_hook(q, EV_APPROVE, NULL, NULL, q->error_key, sizeof q->error_key);
	if (rc == DB_OK)
		rc = eng_audit(q, "approved", "");
	if (rc == DB_OK)
		rc = notify(q, q->requester, "approved", NULL);
	q->told_requester = 1;
	return rc;
}

struct asg {
	long long id, user, acting_for;
	char state[12];
};

static int load_assignees(long long step, struct asg *a, size_t max, size_t *n)
{
	struct dbres res;
	int rc = DB_RUN(ST_ASG_OF_STEP, &res, DBI(step));
	const struct asg_of_step *row;
	*n = 0;
	for (size_t i = 0; rc == DB_OK && (row = asg_of_step_at(&res, i)) && *n < max; i++, (*n)++) {
		a[*n].id = row->id;
		a[*n].user = row->user_id;
		a[*n].acting_for = row->acting_for;
		snprintf(a[*n].state, sizeof a[*n].state, "%s", row->state);
	}
	db_free(&res);
	return rc;
}

/* A single-approver step whose approver already approved an earlier
 * single step of this round is skipped, and the skip recorded. */
static int already_approved(struct locked *q, const struct asg *a, size_t n, int *yes)
{
	struct dbres res;
	*yes = 0;
	if (n != 1)
		return DB_OK;
	int rc = DB_RUN(ST_ASG_PRIOR_SINGLE, &res, DBI(q->id), DBI(q->round), DBI(a[0].user));
	const struct count_row *row = count_row_at(&res, 0);
	*yes = rc == DB_OK && row && row->n > 0;
	db_free(&res);
	return rc;
}

/* Delegation: a step reaching someone with a deputy today goes to the
 * deputy, recorded as acting for them - never on two-person steps. */
static int activate_assignee(struct locked *q, long long step, const struct asg *a, enum step_kind kind)
{
	long long deputy = 0;
	int rc = kind == SK_TWO ? DB_OK : resolve_deputy(a->user, shanghai_day(q->now), &deputy);
	if (deputy == q->requester || deputy == q->filed_by)
		deputy = 0;
	long long user = deputy ? deputy : a->user;
	char token[65];
	if (rc == DB_OK)
		rc = DB_RUN(ST_ASG_SET, NULL, DBS("pending"), DBI(user), deputy ? DBI(a->user) : DBN, DBS("pending"),
		    DBI(q->now), DBI(a->id));
	if (rc == DB_OK)
		rc = link_create(q, step, user, token);
	if (rc == DB_OK)
		rc = notify(q, user, deputy ? "step_waiting_deputy" : "step_waiting", token);
	/* The principal hears that the step went to their deputy. */
	if (rc == DB_OK && deputy)
		rc = notify(q, a->user, "sent_to_deputy", NULL);
	return rc;
}

static int activate(struct locked *q, long long step, enum step_kind kind, int *skipped)
{
	struct asg a[USERSET_MAX];
	size_t n;
	int skip = 0;
	int rc = load_assignees(step, a, USERSET_MAX, &n);
	if (rc == DB_OK && kind == SK_SINGLE)
		rc = already_approved(q, a, n, &skip);
	*skipped = skip;
	if (rc != DB_OK)
		return rc;
	if (skip) {
		rc = DB_RUN(ST_STEP_SET_STATE, NULL, DBS("skipped"), DBS("skipped"), DBI(q->now), DBS("skipped"),
		    DBI(q->now), DBI(step));
		if (rc == DB_OK)
			rc = DB_RUN(ST_ASG_CLOSE_STEP, NULL, DBS("skipped"), DBI(step));
		return rc == DB_OK ? eng_audit(q, "step_skipped", "already approved in an earlier step") : rc;
	}
	rc = DB_RUN(ST_STEP_SET_STATE, NULL, DBS("pending"), DBS("pending"), DBI(q->now), DBS("pending"),
	    DBI(q->now), DBI(step));
	for (size_t i = 0; rc == DB_OK && i < n; i++)
		if (!strcmp(a[i].state, "waiting"))
			rc = activate_assignee(q, step, &a[i], kind);
	return rc;
}

int advance(struct locked *q)
{
	for (int guard = 0; guard < ROUTE_MAX_STEPS * 4; guard++) {
		int rc = maybe_approved(q);
		if (rc != DB_OK)
			return rc;
		struct dbres res;
		rc = DB_RUN(ST_STEP_NEXT, &res, DBI(q->id), DBI(q->round));
		const struct step_next *next = step_next_at(&res, 0);
		if (rc != DB_OK || !next) {
			db_free(&res);
			return rc;   /* nothing waits: the route is complete */
		}
		long long step = next->id;
		enum step_kind kind = SK_SINGLE;
		step_kind_parse(next->kind, &kind);
		db_free(&res);
		int skipped = 0;
		if ((rc = activate(q, step, kind, &skipped)) != DB_OK || !skipped)
			return rc;
	}
	return DB_ERR;
}

void engine_init(const struct config *cfg)
{
	attach_set_dir(cfg->data_dir);
	audit_setup(cfg->audit.key_file);
}
