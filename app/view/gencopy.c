/* gencopy.c - rows kept by a worker while their generation stands. */
#include "view/gencopy.h"

#include "view/view_sql.h"

/* The counters, read here only when no session read them in this request
 * (an approval link's page has none). */
static int counters_read(void)
{
	struct dbres res;
	if (gens_known(GEN_ROSTER) && gens_known(GEN_KINDS))
		return DB_OK;
	int rc = DB_RUN0(ST_CACHE_GENS, &res);
	const struct cache_gens *g = cache_gens_at(&res, 0);
	if (rc == DB_OK && g) {
		gens_seen(GEN_ROSTER, g->roster);
		gens_seen(GEN_KINDS, g->kinds);
	}
	db_free(&res);
	return rc;
}

/* The rows are read after the counter, so a change between the two reads
 * only makes the next check read them again. */
int gencopy_ready(struct gencopy *c, struct stmt *st, enum gen_id id, int *read_now)
{
	struct dbres res;
	if (read_now)
		*read_now = 0;
	if (c->loaded && gens_fresh(id, c->gen))
		return DB_OK;
	int rc = counters_read();
	if (rc != DB_OK || (c->loaded && gens_fresh(id, c->gen)))
		return rc;
	long long gen = gens_value(id);
	if ((rc = DB_RUN0(st, &res)) != DB_OK) {
		db_free(&res);
		return rc;
	}
	if (c->loaded)
		db_free(&c->res);
	c->res = res;
	c->gen = gen;
	c->loaded = 1;
	if (read_now)
		*read_now = 1;
	return DB_OK;
}
