/* amend.c - a requester's own action on their request through the type's
 * own page, as one transaction with its audit rows. */
#include "engine/engine.h"

#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/links.h"

static int amend_tx(void *arg)
{
	struct amendment *a = arg;
	struct locked q;
	struct flow_ctx c;
	memset(&q, 0, sizeof q);
	memset(&c, 0, sizeof c);
	q.actor = a->actor;
	q.now = clock_now();
	int rc = lock_request(a->request_id, &q);
	if (rc != DB_OK)
		return rc;
	if (strcmp(q.type, a->type))
		return O_NOT_FOUND;
	if (actor_id(&q) != q.requester && actor_id(&q) != q.filed_by)
		return O_FORBIDDEN;
	c.actor = a->actor;
	c.request_id = q.id;
	c.requester_id = q.requester;
	c.filed_by_id = q.filed_by;
	c.now = q.now;
	c.state = q.state;
	c.input = a->input;
	rc = q.flow->load ? q.flow->load(&c) : DB_OK;
	if (rc == DB_OK)
		rc = a->fn(&c, a->arg);
	if (rc == DB_OK)
		rc = eng_notes(&q, &c);
	/* The page the requester saw is stale now, and so is every link. */
	if (rc == DB_OK)
		rc = DB_RUN(ST_REQ_BUMP, NULL, DBI(q.now), DBI(q.id));
	if (rc == DB_OK)
		rc = links_rebind(q.id);
	snprintf(a->error_key, sizeof a->error_key, "%s", c.error_key);
	rvals_free(&c.vals);
	return rc;
}

int engine_amend(struct amendment *a)
{
	a->error_key[0] = '\0';
	return db_tx(amend_tx, a);
}
