/* account.c - profile, language, recent logins, password change. */
#include "site/account.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "auth/auth_sql.h"
#include "auth/password.h"
#include "auth/throttle.h"
#include "core/clock.h"
#include "db/db.h"
#include "db/settings.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "site/session.h"
#include "site/site_sql.h"
#include "view/page.h"
#include "view/view.h"

static const char *const langs[] = {"zh-CN", "en", NULL};

static const struct field update_fields[] = {
	{"email", FT_EMAIL, 0, 0, 254, NULL},
	{"lang", FT_ENUM, FIELD_REQUIRED, 0, 0, langs},
};
FIELDSET(account_fields, update_fields);

static const struct field view_fields[] = {
	{"saved", FT_BOOL, 0, 0, 1, NULL},
};
FIELDSET(account_view_fields, view_fields);

static const struct field pw_fields[] = {
	{"current", FT_SECRET, FIELD_REQUIRED, 1, 1024, NULL},
	{"new_password", FT_SECRET, FIELD_REQUIRED, 1, 1024, NULL},
	{"confirm", FT_SECRET, FIELD_REQUIRED, 1, 1024, NULL},
};
FIELDSET(password_fields, pw_fields);

static int recent_logins(struct req *r)
{
	struct dbres res;
	const struct user_logins *l;
	int rc = DB_RUN(ST_USER_LOGINS, &res, DBI(r->user.id));
	for (size_t i = 0; rc == DB_OK && (l = user_logins_at(&res, i)); i++) {
		page_set_time(r, l->at, "Logins.%zu.At", i);
		page_set(r, strcmp(l->action, "login_ok") ? "0" : "1", "Logins.%zu.Ok", i);
		page_set(r, l->ip, "Logins.%zu.Ip", i);
	}
	db_free(&res);
	return rc;
}

static int show(struct req *r, int status)
{
	struct dbres res;
	int rc = DB_RUN(ST_USER_GET, &res, DBI(r->user.id));
	const struct user_get *u = user_get_at(&res, 0);
	if (u && !r->form.nerr) {
		page_set(r, u->email, "Form.email.Value");
		page_set(r, u->lang, "Form.lang.Value");
	}
	if (u)
		page_set_money(r, u->salary_fen, "Account.Salary");   /* the owner sees their own */
	db_free(&res);
	if (rc == DB_OK)
		rc = recent_logins(r);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Account.Title");
	return view_page(r, status, "account.cs");
}

int account_page(struct req *r)
{
	if (form_get(&r->form, "saved")->num)
		page_notice(r, "Admin.Saved");
	return show(r, 200);
}

static int profile_tx(void *ctx)
{
	struct req *r = ctx;
	const char *email = form_get(&r->form, "email")->text;
	int rc = DB_RUN(ST_USER_SET_PROFILE, NULL, DBS(email ? email : ""), DBS(form_get(&r->form, "lang")->text),
	    DBI(clock_now()), DBI(r->user.id));
	return rc == DB_OK ? audit_by(&r->actor, "profile_update", "user", r->user.id, "") : rc;
}

int account_update(struct req *r)
{
	if (r->form.nerr) {
		page_form_values(r);
		return show(r, 400);
	}
	int rc = db_tx(profile_tx, r);
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/account?saved=1");
	return 0;
}

int account_password_form(struct req *r)
{
	if (r->user.must_change_pw)
		page_notice(r, "Account.MustChange");
	page_title(r, "Account.Password");
	return view_page(r, 200, "account_password.cs");
}

struct pw_change {
	struct req *r;
	char hash[PW_HASH_MAX];
	char token[65];          /* the current session's new token */
};

static int pw_tx(void *ctx)
{
	struct pw_change *p = ctx;
	struct req *r = p->r;
	int rc = DB_RUN(ST_USER_SET_PWHASH, NULL, DBS(p->hash), DBI(0), DBI(clock_now()), DBI(r->user.id));
	if (rc == DB_OK)
		rc = throttle_clear(&(struct throttle_who){r->user.login, r->remote_addr, NULL});
	/* A password change ends every other session of this user, and this
	 * one goes on under a new token: a copy of the old cookie is worth nothing. */
	if (rc == DB_OK)
		rc = DB_RUN(ST_SESSION_DELETE_USER, NULL, DBI(r->user.id));
	if (rc == DB_OK)
		rc = session_start(r, r->user.id, p->token);
	return rc == DB_OK ? audit_by(&r->actor, "password_change", "user", r->user.id, "") : rc;
}

static int pw_again_status(struct req *r, int status, const char *field, const char *key)
{
	if (field)
		page_form_error(r, field, key);
	page_title(r, "Account.Password");
	return view_page(r, status, "account_password.cs");
}

static int pw_again(struct req *r, const char *field, const char *key) { return pw_again_status(r, 400, field, key); }

/* A wrong current password counts like a wrong login (auth/throttle.h):
 * a stolen session must not become a way to guess the password. */
static int wrong_tx(void *ctx)
{
	struct req *r = ctx;
	struct throttle_who who = {r->user.login, r->remote_addr, NULL};
	int rc = throttle_fail(&who, clock_now());
	return rc == DB_OK ? audit_by(&r->actor, "password_fail", "user", r->user.id, "") : rc;
}

/* *wrong: 0 when the current password is right, 1 when not, 2 when its
 * owner must wait; returns 0 or a db rc. */
static int check_current(struct req *r, const char *pw, int *wrong)
{
	struct dbres res;
	struct throttle_who who = {r->user.login, r->remote_addr, NULL};
	long long wait = throttle_wait(&who, clock_now());
	if (wait < 0)
		return (int)wait;
	if ((*wrong = wait ? 2 : 0))
		return 0;
	int rc = DB_RUN(ST_USER_PWHASH, &res, DBI(r->user.id));
	const struct user_pwhash *u = user_pwhash_at(&res, 0);
	*wrong = rc != DB_OK || !u || pw_verify(pw, u->pw_hash, (unsigned)setting("pw_iterations"), NULL) != 1;
	db_free(&res);
	if (rc == DB_OK && *wrong)
		rc = db_tx(wrong_tx, r);
	return rc;
}

int account_password_submit(struct req *r)
{
	if (r->form.nerr) {
		page_form_values(r);
		return pw_again(r, NULL, NULL);
	}
	const char *cur = form_get(&r->form, "current")->text, *np = form_get(&r->form, "new_password")->text;
	int wrong = 0, st = check_current(r, cur, &wrong);
	if (st)
		return st;
	if (wrong == 2)
		return pw_again_status(r, 429, "current", "Login.Throttled");
	if (wrong)
		return pw_again(r, "current", "Account.WrongCurrent");
	enum pw_problem prob = pw_check_policy(np, r->user.login);
	if (prob != PW_OK)
		return pw_again(r, "new_password", pw_problem_key(prob));
	if (strcmp(np, form_get(&r->form, "confirm")->text))
		return pw_again(r, "confirm", "Account.Mismatch");
	if (!strcmp(np, cur))
		return pw_again(r, "new_password", "Account.SameAsOld");
	struct pw_change p = {r, "", ""};
	if (pw_hash(np, (unsigned)setting("pw_iterations"), p.hash))
		return 500;
	int rc = db_tx(pw_tx, &p);
	if (rc != DB_OK)
		return rc;
	session_cookie_set(r, p.token);
	resp_redirect(r, "/account?saved=1");
	return 0;
}
