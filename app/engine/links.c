/* links.c - creating and honouring approval links. */
#include "engine/links.h"

#include <stdio.h>
#include <string.h>

#include "auth/token.h"
#include "core/clock.h"
#include "core/settings.h"
#include "db/db.h"
#include "engine/core.h"
#include "engine/engine.h"
#include "engine/pages.h"
#include "engine/resolve.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

int link_create(const struct locked *q, long long step_id, long long user_id, char token_out[65])
{
	char hash[65];
	if (token_new(token_out))
		return DB_ERR;
	sha256_hex(token_out, TOKEN_HEX, hash);
	long long expires = q->now + setting("link_ttl_hours") * 3600;
	return DB_RUN(ST_LINK_INSERT, NULL, DBS(hash), DBI(q->id), DBI(step_id), DBI(user_id), DBI(q->version),
	    DBI(q->now), DBI(expires));
}

int links_rebind(long long request_id) { return DB_RUN(ST_LINK_REBIND_REQ, NULL, DBI(request_id)); }

struct link {
	char hash[65];
	long long request_id, step_id, user_id, version, expires, req_version;
	int used, live_assignee;
	char step_state[12];
};

enum link_state { LINK_OK, LINK_INVALID, LINK_EXPIRED, LINK_USED, LINK_DEAD, LINK_FOREIGN, LINK_LOGIN, LINK_DBERR };

static int load_link(const struct req *r, struct link *l)
{
	struct dbres res;
	sha256_hex(r->arg_token, TOKEN_HEX, l->hash);
	int rc = DB_RUN(ST_LINK_GET, &res, DBS(l->hash));
	if (rc != DB_OK || res.nrows != 1) {
		db_free(&res);
		return rc != DB_OK ? LINK_DBERR : LINK_INVALID;
	}
	l->request_id = db_int(&res, 0, 0);
	l->step_id = db_int(&res, 0, 1);
	l->user_id = db_int(&res, 0, 2);
	l->version = db_int(&res, 0, 3);
	l->expires = db_int(&res, 0, 4);
	l->used = (int)db_int(&res, 0, 5);
	snprintf(l->step_state, sizeof l->step_state, "%s", db_str(&res, 0, 6));
	l->req_version = db_int(&res, 0, 7);
	l->live_assignee = db_int(&res, 0, 9) > 0;
	db_free(&res);
	return LINK_OK;
}

/* The bound approver, or whoever stands in for them today. */
static int is_for_me(const struct req *r, const struct link *l)
{
	long long deputy = 0;
	if (r->user.id == l->user_id)
		return 1;
	return resolve_deputy(l->user_id, shanghai_day(clock_now()), &deputy) == DB_OK && deputy == r->user.id;
}

static enum link_state check(const struct req *r, struct link *l)
{
	int st = load_link(r, l);
	if (st != LINK_OK)
		return (enum link_state)st;
	if (l->used)
		return LINK_USED;
	if (l->expires <= clock_now())
		return LINK_EXPIRED;
	if (!r->user.id)
		return LINK_LOGIN;
	if (!is_for_me(r, l))
		return LINK_FOREIGN;
	if (strcmp(l->step_state, "pending") || !l->live_assignee || l->version != l->req_version)
		return LINK_DEAD;
	return LINK_OK;
}

static int refuse(struct req *r, enum link_state s)
{
	char next[128];
	switch (s) {
	case LINK_LOGIN:
		if (r->is_post)
			return 403;
		snprintf(next, sizeof next, "/login?next=/a/%s", r->arg_token);
		resp_redirect(r, next);
		return 0;
	case LINK_EXPIRED: return view_error_text(r, 410, "Link.ExpiredTitle", "Link.Expired");
	case LINK_USED: return view_error_text(r, 410, "Link.UsedTitle", "Link.Used");
	case LINK_DEAD: return view_error_text(r, 410, "Link.DeadTitle", "Link.Dead");
	case LINK_FOREIGN: return view_error_text(r, 403, "Link.ForeignTitle", "Link.Foreign");
	case LINK_DBERR: return 503;
	default: return view_error_text(r, 404, "Link.InvalidTitle", "Link.Invalid");
	}
}

int page_link(struct req *r)
{
	struct link l;
	enum link_state s = check(r, &l);
	if (s != LINK_OK)
		return refuse(r, s);
	r->arg_id = l.request_id;
	if (r->user.id != l.user_id)
		r->act_for = l.user_id;   /* the principal's deputy today */
	page_set(r, r->arg_token, "Link.Token");
	return page_request(r);
}

int page_link_decide(struct req *r)
{
	struct link l;
	enum link_state s = check(r, &l);
	if (s != LINK_OK)
		return refuse(r, s);
	r->arg_id = l.request_id;
	if (r->user.id != l.user_id)
		r->act_for = l.user_id;
	return page_decide_via(r, "link", l.hash);
}
