/* session.c - session lookup, expiry, creation and CSRF checks. */
#include "site/session.h"

#include <stdio.h>
#include <string.h>

#include "auth/auth_sql.h"
#include "auth/token.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/gens.h"
#include "db/db.h"
#include "db/settings.h"
#include "http/req.h"
#include "view/view.h"

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

static void fill_user(struct req *r, const struct session_get *s)
{
	r->user.id = s->user_id;
	snprintf(r->sess.csrf, sizeof r->sess.csrf, "%s", s->csrf);
	snprintf(r->user.login, sizeof r->user.login, "%s", s->login);
	snprintf(r->user.name, sizeof r->user.name, "%s", s->name);
	r->user.roles = (unsigned)s->roles;
	r->user.dept_id = s->dept_id;
	snprintf(r->user.lang, sizeof r->user.lang, "%s", s->lang);
	r->user.must_change_pw = (int)s->must_change_pw;
	r->user.unread = s->unread_notes;
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
	const struct session_get *s = session_get_at(&res, 0);
	if (rc != DB_OK || !s) {
		db_free(&res);
		return rc;   /* no such session: nobody is logged in */
	}
	gens_seen(GEN_SETTINGS, s->settings_gen);
	gens_seen(GEN_ROSTER, s->roster_gen);
	gens_seen(GEN_KINDS, s->kinds_gen);
	long long now = clock_now(), seen = s->last_seen;
	struct touch t = {r->sess.token_hash, now, 0};
	if (!s->active || expired(s->created_at, seen, now)) {
		t.del = 1;
		db_free(&res);
		rc = db_tx(touch_tx, &t);
		return rc == DB_GONE ? rc : 0;   /* logged out even if the row stays for now */
	}
	fill_user(r, s);
	db_free(&res);
	if (now - seen >= TOUCH_EVERY && (rc = db_tx(touch_tx, &t)) != DB_OK)
		return rc;
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
