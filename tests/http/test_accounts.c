/*
 * test_accounts.c - logging in and staying logged in, over real HTTP:
 * throttling by login name and by address (with the settable clock), idle
 * and absolute session timeouts, the session cookie, logout, password
 * change and its policy, and the interface language.
 *
 * Demo accounts are only logged into; every test that changes a user works
 * on users it creates itself through the admin pages.  Tests that set the
 * clock run it in the past, so no row they leave can count against a later
 * test at real time, and their teardown resets the clock.  The address
 * block test runs last and clears login_failures afterwards.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

#define MSG_FAILED "用户名或密码不正确。"
#define MSG_THROTTLED "尝试次数过多，请稍后再试。"
#define DAY 86400LL

static long long base_now;    /* real time when the run started */

/* ---- helpers --------------------------------------------------------- */

static void set_clock_at(long long t)
{
	char spec[32];
	snprintf(spec, sizeof spec, "@%lld", t);
	hc_clock(spec);
}

static double took(const struct hc *c)
{
	double t = 0;
	curl_easy_getinfo(c->curl, CURLINFO_TOTAL_TIME, &t);
	return t;
}

/* Create a marketing staff member through the admin page; the temporary
 * password goes to tmp_pw.  Returns the new user's id. */
static long long create_user(const char *login, char tmp_pw[64])
{
	char dept[24], sup[24];
	long long d = sql_num("SELECT dept_id FROM users WHERE login = 'mkt_head'");
	long long s = sql_num("SELECT id FROM users WHERE login = 'mkt_head'");
	assert_true(d > 0 && s > 0);
	snprintf(dept, sizeof dept, "%lld", d);
	snprintf(sup, sizeof sup, "%lld", s);
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/users/new"), 200);
	const char *p[] = {"login", login, "display_name", "测试用户", "dept_id", dept, "superior_id", sup,
	    "role_staff", "1", NULL};
	assert_int_equal(hc_post(a, "/admin/users/new", p), 200);
	assert_true(hc_extract(a, "<code>", '<', tmp_pw, 64));
	char id[24];
	assert_true(hc_extract(a, "href=\"/admin/users/", '"', id, sizeof id));
	return atoll(id);
}

/* A user of our own with password pw set (past the forced change); the
 * returned client is logged in as that user. */
static struct hc *ready_user(const char *login, const char *pw)
{
	char tmp[64];
	create_user(login, tmp);
	return first_login(login, tmp, pw);
}

/* The value of the Set-Cookie header for cookie name in the last response
 * (static copy), or NULL. */
static const char *set_cookie(const struct hc *c, const char *name)
{
	static char v[512];
	size_t n = strlen(name);
	for (const char *l = c->headers; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : l + strlen(l)) {
		if (strncasecmp(l, "Set-Cookie:", 11))
			continue;
		const char *val = l + 11;
		while (*val == ' ')
			val++;
		if (!strncmp(val, name, n) && val[n] == '=') {
			snprintf(v, sizeof v, "%.*s", (int)strcspn(val, "\r\n"), val);
			return v;
		}
	}
	return NULL;
}

/* The session token from the last response's Set-Cookie (64 hex) into out. */
static void sid_of(const struct hc *c, char out[65])
{
	const char *v = set_cookie(c, "sid");
	assert_non_null(v);
	snprintf(out, 65, "%.64s", v + 4);
	assert_int_equal(strspn(out, "0123456789abcdef"), 64);
}

/* The session token c's cookie jar holds now into out. */
static void jar_sid(const struct hc *c, char out[65])
{
	struct curl_slist *jar = NULL;
	out[0] = '\0';
	curl_easy_getinfo(c->curl, CURLINFO_COOKIELIST, &jar);
	for (struct curl_slist *l = jar; l; l = l->next) {
		const char *tab = strrchr(l->data, '\t');
		if (tab && tab - l->data >= 4 && !strncmp(tab - 4, "\tsid", 4))
			snprintf(out, 65, "%.64s", tab + 1);
	}
	curl_slist_free_all(jar);
	assert_int_equal(strlen(out), 64);
}

static int teardown_clock(void **state)
{
	(void)state;
	hc_clock("");
	return 0;
}

/* Throttle tests start from an empty address window and leave none. */
static void clear_throttle_state(void)
{
	char sql[256];
	snprintf(sql, sizeof sql, "DELETE FROM login_failures; DELETE FROM login_throttle WHERE login LIKE '%%%s%%';"
	    " DELETE FROM login_devices WHERE login LIKE '%%%s%%'", tag, tag);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
}

static int setup_throttle(void **state)
{
	(void)state;
	clear_throttle_state();
	return 0;
}

static int teardown_throttle(void **state)
{
	(void)state;
	hc_clock("");
	clear_throttle_state();
	return 0;
}

/* ---- sessions -------------------------------------------------------- */

static void test_session_cookie_is_httponly_lax_path_root(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_int_equal(try_login(c, "mkt_staff", DEMO_PW), 303);
	const char *v = set_cookie(c, "sid");
	assert_non_null(v);
	assert_non_null(strstr(v, "; Path=/;"));
	assert_non_null(strstr(v, "; HttpOnly"));
	assert_non_null(strstr(v, "; SameSite=Lax"));
	assert_null(strstr(v, "Max-Age=0"));
	hc_free(c);
}

static void test_each_login_gets_a_new_session_token(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	char first[65], second[65];
	assert_int_equal(try_login(c, "mkt_staff", DEMO_PW), 303);
	sid_of(c, first);
	/* log out, then in again from the same browser */
	assert_int_equal(hc_get(c, "/"), 200);
	assert_int_equal(hc_post(c, "/logout", NULL), 303);
	assert_int_equal(try_login(c, "mkt_staff", DEMO_PW), 303);
	sid_of(c, second);
	assert_string_not_equal(first, second);
	/* only the hash is stored: the token itself is nowhere in the table */
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM sessions WHERE token_hash = '%s'", second);
	assert_int_equal(sql_num(sql), 0);
	hc_free(c);
}

static void test_logout_ends_session_and_old_cookie_is_useless(void **state)
{
	(void)state;
	struct hc *c = hc_new(), *replay = hc_new();
	char tok[65], cookie[80];
	assert_int_equal(try_login(c, "mkt_staff", DEMO_PW), 303);
	sid_of(c, tok);
	assert_int_equal(hc_get(c, "/"), 200);
	assert_int_equal(hc_post(c, "/logout", NULL), 303);
	assert_string_equal(hc_header(c, "Location"), "/login");
	assert_non_null(strstr(set_cookie(c, "sid"), "Max-Age=0"));
	snprintf(cookie, sizeof cookie, "sid=%s", tok);
	curl_easy_setopt(replay->curl, CURLOPT_COOKIE, cookie);
	assert_int_equal(hc_get(replay, "/"), 303);
	assert_string_equal(hc_header(replay, "Location"), "/login?next=/");
	assert_int_equal(hc_get(replay, "/account"), 303);
	hc_free(c);
	hc_free(replay);
}

static void test_session_idle_timeout_30_minutes(void **state)
{
	(void)state;
	long long t = base_now - 20 * DAY;
	struct hc *c = hc_new();
	set_clock_at(t);
	assert_true(hc_login(c, "mkt_staff", DEMO_PW));
	set_clock_at(t + 29 * 60);
	assert_int_equal(hc_get(c, "/"), 200);     /* activity at +29 min */
	set_clock_at(t + 29 * 60 + 30 * 60);
	assert_int_equal(hc_get(c, "/"), 200);     /* exactly 30 min idle: still in */
	set_clock_at(t + 59 * 60 + 31 * 60);
	assert_int_equal(hc_get(c, "/account"), 303);
	assert_string_equal(hc_header(c, "Location"), "/login?next=/account");
	/* the session is gone for good, even back at an earlier time */
	set_clock_at(t + 60 * 60);
	assert_int_equal(hc_get(c, "/"), 303);
	hc_free(c);
}

static void test_session_absolute_timeout_12_hours_despite_activity(void **state)
{
	(void)state;
	long long t = base_now - 19 * DAY;
	struct hc *c = hc_new();
	set_clock_at(t);
	assert_true(hc_login(c, "mkt_staff", DEMO_PW));
	for (long long m = 20; m <= 12 * 60; m += 20) {
		set_clock_at(t + m * 60);
		assert_int_equal(hc_get(c, "/"), 200);
	}
	set_clock_at(t + 12 * 3600 + 60);   /* idle 1 minute, but 12 h old */
	assert_int_equal(hc_get(c, "/"), 303);
	assert_string_equal(hc_header(c, "Location"), "/login?next=/");
	hc_free(c);
}

/* A browser that still holds a session (a colleague's, left open on a
 * shared PC) and logs in keeps nothing of it: the old token is dead. */
static void test_login_ends_the_session_the_browser_held(void **state)
{
	(void)state;
	struct hc *c = hc_new(), *replay = hc_new();
	char form_tok[65], first[65], second[65], cookie[80];
	assert_int_equal(hc_get(c, "/login"), 200);   /* a login form left open */
	memcpy(form_tok, c->csrf, sizeof form_tok);
	const char *p1[] = {"login", "mkt_staff", "password", DEMO_PW, "csrf", form_tok, NULL};
	assert_int_equal(hc_post(c, "/login", p1), 303);
	sid_of(c, first);
	assert_int_equal(hc_get(c, "/"), 200);
	const char *p2[] = {"login", "mkt_head", "password", DEMO_PW, "csrf", form_tok, NULL};
	assert_int_equal(hc_post(c, "/login", p2), 303);
	sid_of(c, second);
	assert_string_not_equal(first, second);
	assert_int_equal(hc_get(c, "/"), 200);
	assert_true(hc_has(c, "李强"));
	snprintf(cookie, sizeof cookie, "sid=%s", first);
	curl_easy_setopt(replay->curl, CURLOPT_COOKIE, cookie);
	assert_int_equal(hc_get(replay, "/"), 303);
	assert_string_equal(hc_header(replay, "Location"), "/login?next=/");
	hc_free(c);
	hc_free(replay);
}

/* ---- password change ------------------------------------------------- */

static void test_password_change_ends_other_sessions_renews_this_token(void **state)
{
	(void)state;
	char login[40];
	name_of(login, sizeof login, "acpw");
	struct hc *a = ready_user(login, "Orchid-Lamp-481");
	struct hc *b = hc_new(), *c = hc_new();
	assert_true(hc_login(b, login, "Orchid-Lamp-481"));
	assert_int_equal(hc_get(a, "/account/password"), 200);
	const char *p[] = {"current", "Orchid-Lamp-481", "new_password", "Velvet-Canyon-927", "confirm",
	    "Velvet-Canyon-927", NULL};
	char before[65], after[65], cookie[80];
	jar_sid(a, before);
	assert_int_equal(hc_post(a, "/account/password", p), 303);
	assert_string_equal(hc_header(a, "Location"), "/account?saved=1");
	sid_of(a, after);                               /* this session goes on, under a new token */
	assert_string_not_equal(before, after);
	assert_int_equal(hc_get(a, "/"), 200);
	struct hc *copy = hc_new();                     /* a copy of the old cookie is worth nothing */
	snprintf(cookie, sizeof cookie, "sid=%s", before);
	curl_easy_setopt(copy->curl, CURLOPT_COOKIE, cookie);
	assert_int_equal(hc_get(copy, "/"), 303);
	hc_free(copy);
	assert_int_equal(hc_get(b, "/"), 303);          /* the other one ended */
	assert_int_equal(try_login(c, login, "Orchid-Lamp-481"), 200);
	assert_true(hc_has(c, MSG_FAILED));
	assert_true(hc_login(c, login, "Velvet-Canyon-927"));
	hc_free(a);
	hc_free(b);
	hc_free(c);
}

/* POST a password change expected to be refused: 400 and the message in
 * the error span right after field's input. */
static void refused(struct hc *c, const char *cur, const char *np, const char *conf, const char *field,
    const char *msg)
{
	char want[256];
	const char *p[] = {"current", cur, "new_password", np, "confirm", conf, NULL};
	assert_int_equal(hc_get(c, "/account/password"), 200);
	assert_int_equal(hc_post(c, "/account/password", p), 400);
	snprintf(want, sizeof want, "<span class=\"field-error\" id=\"%s-error\">%s</span>", field, msg);
	assert_true(hc_has(c, want));
	snprintf(want, sizeof want, "name=\"%s\" type=\"password\" autocomplete=\"new-password\">\n"
	    "<span class=\"field-error\" id=\"%s-error\">", field, field);
	assert_true(hc_has(c, want));   /* beside its own field */
	assert_false(hc_has(c, np));    /* a password is never echoed back */
}

static void test_password_policy_errors_beside_field_400(void **state)
{
	(void)state;
	char login[40], upper[40], sql[200], before[200], after[200];
	name_of(login, sizeof login, "acpolicy");
	const char *pw = "Granite-Moss-553";
	struct hc *c = ready_user(login, pw);
	snprintf(sql, sizeof sql, "SELECT pw_hash FROM users WHERE login = '%s'", login);
	assert_int_equal(hc_sql(sql, before, sizeof before), 0);
	for (size_t i = 0; i <= strlen(login); i++)
		upper[i] = (char)(login[i] >= 'a' && login[i] <= 'z' ? login[i] - 32 : login[i]);
	refused(c, pw, "Ab-1234", "Ab-1234", "new_password", "密码至少 8 个字符。");
	refused(c, pw, "password123", "password123", "new_password", "该密码过于常见，请换一个。");
	refused(c, pw, "12345678", "12345678", "new_password", "该密码过于常见，请换一个。");
	refused(c, pw, upper, upper, "new_password", "密码不能与用户名相同。");
	refused(c, pw, "Quartz-River-118", "Quartz-River-119", "confirm", "两次输入的新密码不一致。");
	refused(c, "Not-The-Current-1", "Quartz-River-118", "Quartz-River-118", "current", "当前密码不正确。");
	refused(c, pw, pw, pw, "new_password", "新密码不能与当前密码相同。");
	assert_int_equal(hc_sql(sql, after, sizeof after), 0);
	assert_string_equal(before, after);
	assert_int_equal(hc_get(c, "/"), 200);
	hc_free(c);
}

static void test_language_change_to_english(void **state)
{
	(void)state;
	char login[40];
	name_of(login, sizeof login, "aclang");
	struct hc *c = ready_user(login, "Amber-Falcon-602");
	assert_true(hc_has(c, "<html lang=\"zh-CN\">"));
	assert_true(hc_has(c, "退出登录"));
	assert_int_equal(hc_get(c, "/account"), 200);
	const char *p[] = {"email", "", "lang", "en", NULL};
	assert_int_equal(hc_post(c, "/account", p), 303);
	assert_int_equal(hc_get(c, "/"), 200);
	assert_true(hc_has(c, "<html lang=\"en\">"));
	assert_true(hc_has(c, "Log out"));
	assert_false(hc_has(c, "退出登录"));
	assert_int_equal(hc_get(c, "/account"), 200);
	assert_true(hc_has(c, "<option value=\"en\" selected>"));
	/* a language that is not offered is refused beside the field */
	const char *bad[] = {"email", "", "lang", "fr", NULL};
	assert_int_equal(hc_post(c, "/account", bad), 400);
	assert_true(hc_has(c, "id=\"lang-error\""));
	hc_free(c);
}

static void test_security_headers_on_logged_in_page(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_true(hc_login(c, "mkt_staff", DEMO_PW));
	assert_non_null(hc_header(c, "Content-Security-Policy"));
	assert_non_null(strstr(hc_header(c, "Content-Security-Policy"), "frame-ancestors 'none'"));
	assert_string_equal(hc_header(c, "X-Content-Type-Options"), "nosniff");
	assert_string_equal(hc_header(c, "Cache-Control"), "no-store");
	hc_free(c);
}

/* ---- throttling ------------------------------------------------------ */

static void log_out(struct hc *c)
{
	assert_int_equal(hc_get(c, "/"), 200);
	assert_int_equal(hc_post(c, "/logout", NULL), 303);
}

static void fail_times(struct hc *c, const char *login, int n, double *fastest)
{
	for (int i = 0; i < n; i++) {
		assert_int_equal(try_login(c, login, "Wrong-Guess-000"), 200);
		assert_true(hc_has(c, MSG_FAILED));
		if (fastest && (i == 0 || took(c) < *fastest))
			*fastest = took(c);
	}
}

static void test_5_failures_lock_name_even_right_password_429_without_hashing(void **state)
{
	(void)state;
	char login[40], tmp[64];
	name_of(login, sizeof login, "acthr");
	create_user(login, tmp);
	long long t = base_now - 10 * DAY;
	struct hc *c = hc_new();
	double fail_fast = 0, locked_slow = 0;
	set_clock_at(t);
	fail_times(c, login, 5, &fail_fast);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(try_login(c, login, tmp), 429);
		assert_true(hc_has(c, MSG_THROTTLED));
		assert_false(hc_has(c, MSG_FAILED));
		if (took(c) > locked_slow)
			locked_slow = took(c);
	}
	/* a refused attempt costs no hashing: far quicker than a failure */
	assert_true(locked_slow < fail_fast / 2);
	assert_non_null(hc_header(c, "Content-Security-Policy"));
	set_clock_at(t + 59);
	assert_int_equal(try_login(c, login, tmp), 429);
	set_clock_at(t + 61);
	assert_int_equal(try_login(c, login, tmp), 303);
	hc_free(c);
}

static void test_lock_doubles_to_2_minutes_after_6th_failure(void **state)
{
	(void)state;
	char login[40], tmp[64];
	name_of(login, sizeof login, "acdbl");
	create_user(login, tmp);
	long long t = base_now - 9 * DAY;
	struct hc *c = hc_new();
	set_clock_at(t);
	fail_times(c, login, 5, NULL);
	set_clock_at(t + 61);
	fail_times(c, login, 1, NULL);               /* the 6th failure */
	set_clock_at(t + 61 + 61);
	assert_int_equal(try_login(c, login, tmp), 429);
	set_clock_at(t + 61 + 119);
	assert_int_equal(try_login(c, login, tmp), 429);
	set_clock_at(t + 61 + 121);
	assert_int_equal(try_login(c, login, tmp), 303);
	/* success forgets the failures: one more failure does not lock */
	struct hc *d = hc_new();
	fail_times(d, login, 1, NULL);
	assert_int_equal(try_login(d, login, tmp), 303);
	hc_free(c);
	hc_free(d);
}

/* The current password of a password change is a password guess like a
 * login: wrong ones count against the same name, a stolen session cannot
 * guess on. */
static void test_current_password_guesses_lock_the_name_429(void **state)
{
	(void)state;
	char login[40];
	name_of(login, sizeof login, "accur");
	const char *pw = "Saffron-Bridge-264", *np = "Quartz-River-118";
	struct hc *c = ready_user(login, pw), *d = hc_new();
	long long t = base_now - 8 * DAY;
	set_clock_at(t);
	for (int i = 0; i < 5; i++)
		refused(c, "Not-It-Either-9", np, np, "current", "当前密码不正确。");
	const char *p[] = {"current", pw, "new_password", np, "confirm", np, NULL};
	assert_int_equal(hc_get(c, "/account/password"), 200);
	assert_int_equal(hc_post(c, "/account/password", p), 429);   /* even the right one waits */
	assert_true(hc_has(c, MSG_THROTTLED));
	assert_int_equal(try_login(d, login, pw), 429);              /* and so does the login form */
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit a JOIN users u ON u.id = a.actor_id"
	                          " WHERE u.login = '%s' AND a.action = 'password_fail'", login), 5);
	set_clock_at(t + 61);
	assert_int_equal(hc_get(c, "/account/password"), 200);
	assert_int_equal(hc_post(c, "/account/password", p), 303);
	/* the change forgets the guesses: one more wrong one does not lock */
	refused(c, "Not-It-Either-9", "Harbor-Sleet-730", "Harbor-Sleet-730", "current", "当前密码不正确。");
	assert_int_equal(try_login(d, login, np), 303);
	hc_free(c);
	hc_free(d);
}

static void test_unknown_name_same_message_cost_and_lock(void **state)
{
	(void)state;
	char real[40], ghost[40], tmp[64];
	name_of(real, sizeof real, "acreal");
	name_of(ghost, sizeof ghost, "acghost");
	create_user(real, tmp);
	long long t = base_now - 8 * DAY;
	struct hc *c = hc_new(), *g = hc_new();
	double real_fast = 0, ghost_fast = 0;
	set_clock_at(t);
	fail_times(c, real, 5, &real_fast);
	fail_times(g, ghost, 5, &ghost_fast);
	/* a name that does not exist still costs a full hash */
	assert_true(ghost_fast > real_fast / 2);
	assert_int_equal(try_login(c, real, tmp), 429);
	assert_int_equal(try_login(g, ghost, tmp), 429);
	assert_true(hc_has(g, MSG_THROTTLED));
	set_clock_at(t + 61);
	assert_int_equal(try_login(g, ghost, tmp), 200);
	assert_true(hc_has(g, MSG_FAILED));
	set_clock_at(t + 61 + 61);
	assert_int_equal(try_login(g, ghost, tmp), 429);   /* 6th failure doubled it too */
	hc_free(c);
	hc_free(g);
}

/* Changing the case of a locked name must not buy fresh attempts: the
 * account lookup ignores case, so the throttle has to as well. */
static void test_lock_holds_for_other_case_of_the_name(void **state)
{
	(void)state;
	char login[40], tmp[64], upper[40];
	name_of(login, sizeof login, "accase");
	create_user(login, tmp);
	for (size_t i = 0; i <= strlen(login); i++)
		upper[i] = (char)(login[i] >= 'a' && login[i] <= 'z' ? login[i] - 32 : login[i]);
	long long t = base_now - 7 * DAY;
	struct hc *c = hc_new();
	set_clock_at(t);
	fail_times(c, login, 5, NULL);
	assert_int_equal(try_login(c, login, tmp), 429);
	assert_int_equal(try_login(c, upper, tmp), 429);
	hc_free(c);
}

/* The device cookie c's jar holds (the first whose name starts "ldev")
 * into name and value; asserts there is one. */
static void jar_device(const struct hc *c, char name[32], char value[128])
{
	struct curl_slist *jar = NULL;
	name[0] = value[0] = '\0';
	curl_easy_getinfo(c->curl, CURLINFO_COOKIELIST, &jar);
	for (struct curl_slist *l = jar; l && !name[0]; l = l->next) {
		/* domain, flag, path, secure, expiry, name, value: tab-separated */
		const char *f = l->data;
		for (int i = 0; i < 5 && f; i++)
			f = strchr(f, '\t') ? strchr(f, '\t') + 1 : NULL;
		if (f && !strncmp(f, "ldev", 4) && strchr(f, '\t')) {
			snprintf(name, 32, "%.*s", (int)(strchr(f, '\t') - f), f);
			snprintf(value, 128, "%s", strchr(f, '\t') + 1);
		}
	}
	curl_slist_free_all(jar);
	assert_int_equal(strncmp(name, "ldev", 4), 0);
	assert_int_equal(strlen(value), 32 + 1 + 64);
}

/* A client that sends only the cookie name=value. */
static struct hc *with_cookie(const char *name, const char *value)
{
	char cookie[200];
	struct hc *c = hc_new();
	snprintf(cookie, sizeof cookie, "%s=%s", name, value);
	curl_easy_setopt(c->curl, CURLOPT_COOKIE, cookie);
	return c;
}

/* Retry-After of the last response, as a number (-1 when absent). */
static long long retry_after(const struct hc *c)
{
	const char *v = hc_header(c, "Retry-After");
	return v ? atoll(v) : -1;
}

/* One guesser behind the office's one address must not lock the office
 * out: after 20 failures the colleague's own browser, which has logged in
 * before, still gets in at once; a stranger's browser, even with the right
 * password, waits. */
static void test_known_device_logs_in_despite_20_failures_from_its_address(void **state)
{
	(void)state;
	char login[40], name[48], dname[32], dvalue[128];
	name_of(login, sizeof login, "acdev");
	long long t = base_now - 6 * DAY;
	set_clock_at(t);
	struct hc *mine = ready_user(login, "Cobalt-Meadow-552");   /* logged in here before */
	jar_device(mine, dname, dvalue);
	log_out(mine);
	struct hc *guesser = hc_new(), *stranger = hc_new();
	for (int i = 0; i < 20; i++) {
		snprintf(name, sizeof name, "acip%d_%s", i, tag);
		fail_times(guesser, name, 1, NULL);
	}
	assert_int_equal(try_login(stranger, login, "Cobalt-Meadow-552"), 429);
	assert_true(hc_has(stranger, MSG_THROTTLED));
	assert_int_equal(try_login(mine, login, "Cobalt-Meadow-552"), 303);
	log_out(mine);
	/* a device cookie of this account is no pass for another: signed per account */
	struct hc *forged = with_cookie(dname, dvalue);
	assert_int_equal(try_login(forged, "mkt_staff", DEMO_PW), 429);
	dvalue[40] = dvalue[40] == 'a' ? 'b' : 'a';
	struct hc *tampered = with_cookie(dname, dvalue);
	assert_int_equal(try_login(tampered, login, "Cobalt-Meadow-552"), 429);
	hc_free(mine);
	hc_free(guesser);
	hc_free(stranger);
	hc_free(forged);
	hc_free(tampered);
}

/* ...while a guesser rotating names slows to a crawl: after 20 free
 * failures each further guess waits twice as long as the one before, up
 * to ten minutes. */
static void test_guessing_address_waits_twice_as_long_each_time(void **state)
{
	(void)state;
	char name[48];
	long long t = base_now - 5 * DAY, now = t, want = 1;
	set_clock_at(t);
	struct hc *g = hc_new();
	for (int i = 0; i < 20; i++) {
		snprintf(name, sizeof name, "accrawl%d_%s", i, tag);
		fail_times(g, name, 1, NULL);
	}
	for (int i = 0; i < 11; i++, want = want * 2 > 600 ? 600 : want * 2) {
		snprintf(name, sizeof name, "accrawlx%d_%s", i, tag);
		assert_int_equal(try_login(g, name, "Wrong-Guess-000"), 429);
		assert_int_equal(retry_after(g), want);
		set_clock_at(now + want - 1);
		assert_int_equal(try_login(g, name, "Wrong-Guess-000"), 429);
		now += want;
		set_clock_at(now);
		fail_times(g, name, 1, NULL);
	}
	/* eleven guesses took more than 27 minutes; the next waits ten more */
	assert_true(now - t >= 1023 + 600);
	assert_int_equal(try_login(g, "mkt_staff", DEMO_PW), 429);
	assert_int_equal(retry_after(g), 600);
	hc_free(g);
}

/* A locked name does not lock its owner out on her own PC; but a device
 * that guesses wrong 5 times itself is a stranger again. */
static void test_known_device_spared_the_name_lock_until_it_fails_5_times(void **state)
{
	(void)state;
	char login[40];
	name_of(login, sizeof login, "acown");
	long long t = base_now - 4 * DAY;
	set_clock_at(t);
	const char *pw = "Garnet-Orchard-318";
	struct hc *mine = ready_user(login, pw), *other = hc_new();
	log_out(mine);
	fail_times(other, login, 5, NULL);                  /* the name is locked */
	assert_int_equal(try_login(other, login, pw), 429);
	assert_int_equal(try_login(mine, login, pw), 303);  /* not for her browser */
	log_out(mine);
	fail_times(mine, login, 5, NULL);                    /* her browser, wrong 5 times */
	assert_int_equal(try_login(mine, login, pw), 429);  /* now waits like anyone */
	set_clock_at(t + 121);
	assert_int_equal(try_login(mine, login, pw), 303);  /* the right password trusts it again */
	log_out(mine);
	fail_times(other, login, 5, NULL);                  /* locked again by the stranger */
	assert_int_equal(try_login(other, login, pw), 429);
	assert_int_equal(try_login(mine, login, pw), 303);
	hc_free(mine);
	hc_free(other);
}

static int group_setup(void **state)
{
	(void)state;
	new_tag();
	base_now = (long long)time(NULL);
	hc_clock("");
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_session_cookie_is_httponly_lax_path_root),
		cmocka_unit_test(test_each_login_gets_a_new_session_token),
		cmocka_unit_test(test_logout_ends_session_and_old_cookie_is_useless),
		cmocka_unit_test_teardown(test_session_idle_timeout_30_minutes, teardown_clock),
		cmocka_unit_test_teardown(test_session_absolute_timeout_12_hours_despite_activity, teardown_clock),
		cmocka_unit_test(test_login_ends_the_session_the_browser_held),
		cmocka_unit_test(test_password_change_ends_other_sessions_renews_this_token),
		cmocka_unit_test(test_password_policy_errors_beside_field_400),
		cmocka_unit_test(test_language_change_to_english),
		cmocka_unit_test(test_security_headers_on_logged_in_page),
		cmocka_unit_test_setup_teardown(test_5_failures_lock_name_even_right_password_429_without_hashing,
		    setup_throttle, teardown_throttle),
		cmocka_unit_test_setup_teardown(test_lock_doubles_to_2_minutes_after_6th_failure, setup_throttle,
		    teardown_throttle),
		cmocka_unit_test_setup_teardown(test_current_password_guesses_lock_the_name_429, setup_throttle,
		    teardown_throttle),
		cmocka_unit_test_setup_teardown(test_unknown_name_same_message_cost_and_lock, setup_throttle,
		    teardown_throttle),
		cmocka_unit_test_setup_teardown(test_lock_holds_for_other_case_of_the_name, setup_throttle,
		    teardown_throttle),
		cmocka_unit_test_setup_teardown(test_known_device_logs_in_despite_20_failures_from_its_address,
		    setup_throttle, teardown_throttle),
		cmocka_unit_test_setup_teardown(test_guessing_address_waits_twice_as_long_each_time, setup_throttle,
		    teardown_throttle),
		cmocka_unit_test_setup_teardown(test_known_device_spared_the_name_lock_until_it_fails_5_times,
		    setup_throttle, teardown_throttle),
	};
	return cmocka_run_group_tests(tests, group_setup, fixture_real_time);
}
