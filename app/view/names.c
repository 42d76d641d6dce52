/* names.c - people's and kinds' names, cached per worker by generation. */
#include "view/names.h"

#include <string.h>

#include "core/gens.h"
#include "db/db.h"
#include "view/view_sql.h"

/* Each copy is the statement's result as read, with the generation it was
 * read at; users come ordered by id for the binary search. */
struct copy {
	struct dbres res;
	long long gen;
	int loaded;
};
static struct copy users, kinds;

/* The counters, read here only when no session read them in this request. */
static int gens_read(void)
{
	struct dbres res;
	if (gens_known(GEN_ROSTER) && gens_known(GEN_KINDS))
		return DB_OK;
	int rc = DB_RUN0(ST_NAMES_GEN, &res);
	const struct names_gen_row *g = names_gen_row_at(&res, 0);
	if (rc == DB_OK && g) {
		gens_seen(GEN_ROSTER, g->roster);
		gens_seen(GEN_KINDS, g->kinds);
	}
	db_free(&res);
	return rc;
}

/* A copy read at the current generation: rows read after the counter was,
 * so a change between the two reads only makes the next check reload. */
static int reload(struct copy *c, struct stmt *st, enum gen_id id)
{
	struct dbres res;
	if (c->loaded && gens_fresh(id, c->gen))
		return DB_OK;
	int rc = gens_read();
	if (rc != DB_OK)
		return rc;
	/* Without a session the counters were read just now: maybe still fresh. */
	if (c->loaded && gens_fresh(id, c->gen))
		return DB_OK;
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
	return DB_OK;
}

int names_ready(void)
{
	int rc = reload(&users, ST_USER_NAMES, GEN_ROSTER);
	return rc == DB_OK ? reload(&kinds, ST_KIND_NAMES, GEN_KINDS) : rc;
}

const char *names_user(long long id)
{
	size_t lo = 0, hi = users.loaded ? users.res.nrows : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct user_name *u = user_name_at(&users.res, mid);
		if (u->id == id)
			return u->name;
		if (u->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return "";
}

void names_kind(const char *type, const char *code, const char **zh, const char **en)
{
	const struct kind_name *k;
	*zh = *en = "";
	for (size_t i = 0; kinds.loaded && (k = kind_name_at(&kinds.res, i)); i++)
		if (!strcmp(k->type, type) && !strcmp(k->code, code)) {
			*zh = k->zh;
			*en = k->en;
			return;
		}
}
