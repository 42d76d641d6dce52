/* rejudge.c - a request judged again because of another one. */
#include "engine/engine.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/links.h"

/* Whether the round already has a step of that name. */
static int has_step(const struct dbres *res, const char *name)
{
	const struct step_names *s;
	for (size_t i = 0; (s = step_names_at(res, i)); i++)
		if (!strcmp(s->name, name))
			return 1;
	return 0;
}

/* The steps the route now gives with vals that the round lacks, added at
 * its end in route order; their people wait for the steps before them. */
static int add_missing(struct locked *q, const struct rvals *vals)
{
	const struct route_def *route = route_find(q->type);
	struct dbres res;
	char err[200];
	int rc = DB_RUN(ST_STEP_NAMES, &res, DBI(q->id), DBI(q->round));
	const struct step_names *last = step_names_at(&res, res.nrows ? res.nrows - 1 : 0);
	struct stepper sp = {q, vals, last ? (int)last->seq : 0, 0, q->error_key, sizeof q->error_key};
	for (size_t i = 0; rc == DB_OK && route && i < route->nsteps; i++) {
		const struct route_step *st = &route->steps[i];
		int on = st->when ? cond_eval(st->when, rvals_lookup, (void *)vals, err, sizeof err) : 1;
		if (on == 1 && !has_step(&res, st->name))
			rc = steps_build(&sp, st, 1);
	}
	db_free(&res);
	return rc;
}

int engine_rejudge_within(long long id, const struct rvals *vals, const struct actor *a, long long now,
    const char *why)
{
	struct locked q;
	if (!db_in_tx())
		return DB_NOTX;
	memset(&q, 0, sizeof q);
	q.actor = a;
	q.now = now;
	int rc = lock_request(id, &q);
	if (rc == DB_OK && !strcmp(q.state, "in_approval"))
		rc = add_missing(&q, vals);
	if (rc == DB_OK)
		rc = eng_audit(&q, "rejudged", why);
	if (rc == DB_OK)
		rc = DB_RUN(ST_REQ_BUMP, NULL, DBI(now), DBI(id));
	return rc == DB_OK ? links_rebind(id) : rc;
}
