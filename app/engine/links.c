/* links.c - creating and checking approval links. */
#include "engine/links.h"

#include <stdio.h>
#include <string.h>

#include "auth/token.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/resolve.h"

int link_new(const struct locked *q, long long step_id, struct new_link *l)
{
	if (token_new(l->token))
		return DB_ERR;
	sha256_hex(l->token, TOKEN_HEX, l->hash);
	l->step = step_id;
	l->expires = q->now + setting("link_ttl_hours") * 3600;
	return DB_OK;
}

int links_rebind(long long request_id) { return DB_RUN(ST_LINK_REBIND_REQ, NULL, DBI(request_id)); }

/* The bound approver, or whoever stands in for them today. */
static int is_for(long long user, long long principal, long long now)
{
	long long deputy = 0;
	if (user == principal)
		return 1;
	return resolve_deputy(principal, shanghai_day(now), &deputy) == DB_OK && deputy == user;
}

enum link_state link_check(const char *token, long long user, long long now, struct link *l)
{
	struct dbres res;
	memset(l, 0, sizeof *l);
	sha256_hex(token, TOKEN_HEX, l->hash);
	int rc = DB_RUN(ST_LINK_GET, &res, DBS(l->hash));
	const struct link_get *row = link_get_at(&res, 0);
	enum link_state st = rc != DB_OK ? LINK_DBERR : !row ? LINK_INVALID
	    : row->used ? LINK_USED
	    : row->expires <= now ? LINK_EXPIRED
	    : !user ? LINK_LOGIN
	    : !is_for(user, row->user_id, now) ? LINK_FOREIGN
	    : strcmp(row->step_state, "pending") || !row->live_places || row->version != row->req_version ? LINK_DEAD
	    : LINK_OK;
	if (row) {
		l->request_id = row->request_id;
		l->principal = row->user_id;
		l->act_for = user != row->user_id ? row->user_id : 0;
	}
	db_free(&res);
	return st;
}
