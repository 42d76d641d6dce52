/* login.c - login form, login with throttling, logout. */
#include "site/login.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "auth/auth_sql.h"
#include "auth/device.h"
#include "auth/password.h"
#include "auth/throttle.h"
#include "auth/token.h"
#include "core/clock.h"
#include "core/config.h"
#include "db/db.h"
#include "db/settings.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "site/session.h"
#include "view/page.h"
#include "view/view.h"

static const struct field form_fields[] = {
	{"next", FT_TEXT, 0, 0, 500, NULL},
};
FIELDSET(login_form_fields, form_fields);

static const struct field submit_fields[] = {
	{"login", FT_TEXT, FIELD_REQUIRED, 1, 64, NULL},
	{"password", FT_SECRET, FIELD_REQUIRED, 1, 1024, NULL},
	{"next", FT_TEXT, 0, 0, 500, NULL},
};
FIELDSET(login_fields, submit_fields);

static const char *next_of(const struct req *r)
{
	const struct fval *v = form_get(&r->form, "next");
	return v && v->text && resp_safe_next(v->text) ? v->text : "/";
}

/* The form carries a pre-login CSRF token, double-submitted as a cookie. */
static int show_form(struct req *r, int status, const char *error_key)
{
	char tok[65], cookie[160];
	if (token_new(tok))
		return 500;
	snprintf(cookie, sizeof cookie, "%s=%s; Path=/login; HttpOnly; SameSite=Strict%s", PRELOGIN_COOKIE, tok,
	    r->cfg->https ? "; Secure" : "");
	req_header_add(r, "Set-Cookie", cookie);
	hdf_set_value(r->hdf, "CSRF", tok);
	hdf_set_value(r->hdf, "Next", next_of(r));
	page_title(r, "Login.Title");
	page_form_values(r);
	if (error_key)
		view_set_text(r, "Login.Error", error_key);
	hdf_set_int_value(r->hdf, "Demo", r->cfg->demo);
	return view_page(r, status, "login.cs");
}

int login_form(struct req *r)
{
	if (r->user.id) {
		resp_redirect(r, "/");
		return 0;
	}
	return show_form(r, 200, NULL);
}

struct attempt {
	struct req *r;
	const char *login;
	struct throttle_who who;
	char device[DEVICE_ID_HEX + 1];      /* the browser's device id for login, if signed */
	char new_cookie[DEVICE_VALUE_MAX];   /* a device cookie to give it, "" if it has one */
	long long user_id;
	long long now;
	int ok;
	int rehash;
	char hash[PW_HASH_MAX];
	char token[65];
};

/* A name nobody has is kept as a fingerprint: what was typed into the
 * name box may be a password typed into the wrong box. */
static void fail_detail(const struct attempt *a, char out[24])
{
	char h[65];
	out[0] = '\0';
	if (a->user_id)
		return;   /* the row's actor says who it was */
	sha256_hex(a->login, strlen(a->login), h);
	snprintf(out, 24, "unknown:%.12s", h);
}

static int fail_tx(void *ctx)
{
	struct attempt *a = ctx;
	char detail[24];
	int rc = throttle_fail(&a->who, a->now);
	fail_detail(a, detail);
	struct audit_event ev = {a->user_id, "login_fail", "user", a->user_id, detail, a->r->remote_addr, "page"};
	return rc == DB_OK ? audit_add(&ev) : rc;
}

static int ok_tx(void *ctx)
{
	struct attempt *a = ctx;
	int rc = throttle_clear(&a->who);
	if (rc == DB_OK)
		rc = throttle_device_ok(a->device, a->login, a->now);
	/* A browser that held a session (someone else's, or its own) keeps
	 * none of it: the login starts from a fresh one only. */
	if (rc == DB_OK && a->r->sess.token_hash[0])
		rc = DB_RUN(ST_SESSION_DELETE, NULL, DBS(a->r->sess.token_hash));
	if (rc == DB_OK && a->rehash)
		rc = DB_RUN(ST_USER_SET_PWHASH_KEEP, NULL, DBS(a->hash), DBI(a->now), DBI(a->user_id));
	if (rc == DB_OK)
		rc = session_start(a->r, a->user_id, a->token);
	struct audit_event ev = {a->user_id, "login_ok", "user", a->user_id, "", a->r->remote_addr, "page"};
	return rc == DB_OK ? audit_add(&ev) : rc;
}

static int check_password(struct attempt *a, const char *pw)
{
	struct dbres res;
	unsigned iter = (unsigned)setting("pw_iterations");
	int rc = DB_RUN(ST_LOGIN_USER, &res, DBS(a->login));
	const struct login_user *u = login_user_at(&res, 0);
	if (rc != DB_OK) {
		db_free(&res);
		return rc;
	}
	if (u && u->active) {
		a->user_id = u->id;
		a->ok = pw_verify(pw, u->pw_hash, iter, &a->rehash) == 1;
		if (a->ok && a->rehash && pw_hash(pw, iter, a->hash))
			a->rehash = 0;
	} else {
		a->user_id = u ? u->id : 0;
		pw_dummy_verify(pw, iter);
	}
	db_free(&res);
	return 0;
}

/* The browser's device cookie for this login, checked; else a fresh one
 * to give it should the password be right. */
static int read_device(struct attempt *a)
{
	char name[DEVICE_NAME_MAX];
	device_cookie_name(a->login, name);
	const char *secret = a->r->cfg->secret_key;
	if (device_cookie_check(secret, a->login, req_cookie(a->r, name), a->device))
		return 0;
	return device_cookie_make(secret, a->login, a->device, a->new_cookie) ? 500 : 0;
}

static void send_device(const struct attempt *a)
{
	char name[DEVICE_NAME_MAX], v[DEVICE_NAME_MAX + DEVICE_VALUE_MAX + 80];
	if (!a->new_cookie[0])
		return;
	device_cookie_name(a->login, name);
	snprintf(v, sizeof v, "%s=%s; Path=/login; Max-Age=%d; HttpOnly; SameSite=Strict%s", name, a->new_cookie,
	    DEVICE_MAX_AGE, a->r->cfg->https ? "; Secure" : "");
	req_header_add(a->r, "Set-Cookie", v);
}

static int throttled(struct attempt *a, long long wait)
{
	char secs[24];
	snprintf(secs, sizeof secs, "%lld", wait);
	req_header_add(a->r, "Retry-After", secs);
	return show_form(a->r, 429, "Login.Throttled");
}

int login_submit(struct req *r)
{
	if (r->form.nerr)
		return show_form(r, 400, "Login.Failed");
	struct attempt a;
	memset(&a, 0, sizeof a);
	a.r = r;
	a.login = form_get(&r->form, "login")->text;
	a.now = clock_now();
	int st = read_device(&a);
	if (st)
		return st;
	a.who = (struct throttle_who){a.login, r->remote_addr, a.new_cookie[0] ? NULL : a.device};
	long long wait = throttle_wait(&a.who, a.now);
	if (wait < 0)
		return (int)wait;
	if (wait)
		return throttled(&a, wait);
	st = check_password(&a, form_get(&r->form, "password")->text);
	if (st)
		return st;
	int rc = db_tx(a.ok ? ok_tx : fail_tx, &a);
	if (rc != DB_OK)
		return rc;
	if (!a.ok)
		return show_form(r, 200, "Login.Failed");
	session_cookie_set(r, a.token);
	send_device(&a);
	resp_redirect(r, next_of(r));
	return 0;
}

static int logout_tx(void *ctx)
{
	struct req *r = ctx;
	int rc = DB_RUN(ST_SESSION_DELETE, NULL, DBS(r->sess.token_hash));
	return rc == DB_OK ? audit_by(&r->actor, "logout", "user", r->user.id, "") : rc;
}

int logout_submit(struct req *r)
{
	int rc = db_tx(logout_tx, r);
	if (rc != DB_OK)
		return rc;
	session_cookie_set(r, NULL);
	resp_redirect(r, "/login");
	return 0;
}
