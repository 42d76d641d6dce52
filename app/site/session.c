/* session.c - session lookup, expiry, creation and CSRF checks. */
#include "site/session.h"

#include <stdio.h>
#include <string.h>

#include "auth/token.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/gens.h"
#include "db/settings.h"
#include "db/db.h"
#include "http/req.h"
#include "view/view.h"
#include "auth/auth_sql.h"

/* last_seen is written at most once a minute: a page view is not a write. */
#define TOUCH_EVERY 60

struct touch {
	const char *hash;
	long long now;
	int del;
};

static int touch_tx(void *ctx)
{
	struct touch *t = ctx;
	if (t->del)
		return DB_RUN(ST_SESSION_DELETE, NULL, DBS(t->hash));
	return DB_RUN(ST_SESSION_TOUCH, NULL, DBI(t->now), DBS(t->hash));
}

static int expired(long long created, long long seen, long long now)
{
	return now - seen > setting("session_idle_min") * 60 ||
	    now - created > setting("session_max_hours") * 3600;
}

static void fill_user(struct req *r, const struct dbres *res)
{
	r->user.id = db_int(res, 0, 0);
	snprintf(r->sess.csrf, sizeof r->sess.csrf, "%s", db_str(res, 0, 1));
	snprintf(r->user.login, sizeof r->user.login, "%s", db_str(res, 0, 4));
	snprintf(r->user.name, sizeof r->user.name, "%s", db_str(res, 0, 5));
	r->user.roles = (unsigned)db_int(res, 0, 6);
	r->user.dept_id = db_int(res, 0, 7);
	snprintf(r->user.lang, sizeof r->user.lang, "%s", db_str(res, 0, 8));
	r->user.must_change_pw = (int)db_int(res, 0, 10);
	r->user.unread = db_int(res, 0, 11);
	if (view_has_lang(r->user.lang))
		snprintf(r->lang, sizeof r->lang, "%s", r->user.lang);
	r->sess.valid = 1;
}

int session_load(struct req *r)
{
	const char *tok = req_cookie(r, SESSION_COOKIE);
	struct dbres res;
	if (!tok || strlen(tok) != TOKEN_HEX)
		return 0;
	sha256_hex(tok, TOKEN_HEX, r->sess.token_hash);
	int rc = DB_RUN(ST_SESSION_GET, &res, DBS(r->sess.token_hash));
	if (rc != DB_OK) {
		db_free(&res);
		return rc == DB_GONE ? 503 : 500;
	}
	if (res.nrows != 1) {
		db_free(&res);
		return 0;
	}
	gens_seen(GEN_SETTINGS, db_int(&res, 0, 12));
	gens_seen(GEN_ROSTER, db_int(&res, 0, 13));
	long long now = clock_now(), created = db_int(&res, 0, 2), seen = db_int(&res, 0, 3);
	struct touch t = {r->sess.token_hash, now, 0};
	if (!db_int(&res, 0, 9) || expired(created, seen, now)) {
		t.del = 1;
		db_free(&res);
		rc = db_tx(touch_tx, &t);
		return rc == DB_GONE ? 503 : 0;
	}
	fill_user(r, &res);
	db_free(&res);
	if (now - seen >= TOUCH_EVERY && (rc = db_tx(touch_tx, &t)) != DB_OK)
		return rc == DB_GONE ? 503 : 500;
	return 0;
}

int session_start(struct req *r, long long user_id, char token_out[65])
{
	char hash[65], csrf[65];
	long long now = clock_now();
	if (token_new(token_out) || token_new(csrf))
		return DB_ERR;
	sha256_hex(token_out, TOKEN_HEX, hash);
	return DB_RUN(ST_SESSION_INSERT, NULL, DBS(hash), DBI(user_id), DBS(csrf), DBI(now), DBI(now),
	    DBS(r->remote_addr));
}

void session_cookie_set(struct req *r, const char *token)
{
	char v[256];
	snprintf(v, sizeof v, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s", SESSION_COOKIE,
	    token ? token : "", r->cfg->https ? "; Secure" : "", token ? "" : "; Max-Age=0");
	req_header_add(r, "Set-Cookie", v);
}

int csrf_ok(const struct req *r, const char *sent, int prelogin)
{
	if (!sent || strlen(sent) != TOKEN_HEX)
		return 0;
	if (prelogin) {
		const char *c = req_cookie(r, PRELOGIN_COOKIE);
		return c && ct_streq(c, sent);
	}
	return r->sess.valid && ct_streq(r->sess.csrf, sent);
}
