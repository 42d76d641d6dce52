/*
 * test_notify.c - who is told, over real HTTP: the approver when a step
 * reaches them (in-app notice and a mail with an approval link), the
 * requester on every decision, the copies a route declares (抄送), the
 * deputy when a step reaches them for someone else, and the principal
 * when the deputy has acted.  In-app notices: the unread count in the
 * header, opening one (a POST) marks it read, GET changes nothing.
 * Delegation: a step reaching the principal goes to the deputy with
 * acting_for recorded - never on a two-person signature step.
 *
 * Requests are the test build's probe type filed by mkt_staff; notices
 * are read from the notifications table, mails from the .eml files the
 * delivery worker writes.  A delegation a test sets is ended by the test
 * (and by its teardown if the test failed half-way).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

static char tag[8];

/* ---- SQL ------------------------------------------------------------- */

__attribute__((format(printf, 1, 2))) static long long sql_numf(const char *fmt, ...)
{
	char sql[2048], out[64] = "";
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
	if (hc_sql(sql, out, sizeof out) != 0 || !out[0] || !strcmp(out, "NULL"))
		return -1;
	return atoll(out);
}

__attribute__((format(printf, 3, 4))) static void sql_strf(char *out, size_t n, const char *fmt, ...)
{
	char sql[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
	out[0] = '\0';
	assert_int_equal(hc_sql(sql, out, n), 0);
	if (!strcmp(out, "NULL"))
		out[0] = '\0';
}

static long long user_id(const char *login)
{
	long long id = sql_numf("SELECT id FROM users WHERE login = '%s'", login);
	assert_true(id > 0);
	return id;
}

static long long version_of(long long id) { return sql_numf("SELECT version FROM requests WHERE id = %lld", id); }

static const char *state_of(long long id)
{
	static char s[32];
	sql_strf(s, sizeof s, "SELECT state FROM requests WHERE id = %lld", id);
	return s;
}

static const char *number_of(long long id)
{
	static char s[32];
	sql_strf(s, sizeof s, "SELECT number FROM requests WHERE id = %lld", id);
	return s;
}

/* ---- clients --------------------------------------------------------- */

#define MAXC 16
static struct {
	char login[32];
	struct hc *c;
} clients[MAXC];

static struct hc *as(const char *login)
{
	size_t i;
	for (i = 0; i < MAXC && clients[i].c; i++)
		if (!strcmp(clients[i].login, login))
			return clients[i].c;
	assert_true(i < MAXC);
	struct hc *c = hc_new();
	assert_true(hc_login(c, login, DEMO_PW));
	snprintf(clients[i].login, sizeof clients[i].login, "%s", login);
	clients[i].c = c;
	return c;
}

/* Sessions do not survive a clock jump: log everyone in again afterwards. */
static void forget_clients(void)
{
	for (size_t i = 0; i < MAXC; i++) {
		hc_free(clients[i].c);
		clients[i].c = NULL;
	}
}

/* ---- requests -------------------------------------------------------- */

static long long file_probe(const char *login, const char *shape)
{
	char note[64];
	snprintf(note, sizeof note, "%s-%s", shape, tag);
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/probe"), 200);
	const char *p[] = {"note", note, "shape", shape, "refuse_on", "none", NULL};
	long st = hc_post(c, "/new/probe", p);
	if (st != 303)
		fail_msg("filing %s as %s: status %ld", shape, login, st);
	const char *loc = hc_header(c, "Location");
	long long id = 0;
	if (!loc || sscanf(loc, "/requests/%lld", &id) != 1)
		fail_msg("no request in Location: %s", loc ? loc : "(none)");
	return id;
}

static long decide(const char *login, long long id, const char *action, const char *comment, long long target)
{
	char path[64], v[24], t[24];
	snprintf(path, sizeof path, "/requests/%lld/decide", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	snprintf(t, sizeof t, "%lld", target);
	const char *p[] = {"action", action, "version", v, "comment", comment, "target", t, NULL};
	return hc_post(as(login), path, p);
}

static long withdraw(long long id)
{
	char path[64], v[24];
	snprintf(path, sizeof path, "/requests/%lld/withdraw", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *p[] = {"version", v, "confirm", "1", NULL};
	return hc_post(as("mkt_staff"), path, p);
}

static long link_get(struct hc *c, const char *token)
{
	char path[96];
	snprintf(path, sizeof path, "/a/%s", token);
	return hc_get(c, path);
}

static long link_post(struct hc *c, const char *token, const char *action, long long version, const char *comment)
{
	char path[96], v[24];
	snprintf(path, sizeof path, "/a/%s", token);
	snprintf(v, sizeof v, "%lld", version);
	const char *p[] = {"action", action, "version", v, "comment", comment, NULL};
	return hc_post(c, path, p);
}

/* ---- the mail -------------------------------------------------------- */

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *b = NULL;
	size_t len = 0, cap = 0, n;
	char chunk[4096];
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			char *nb = realloc(b, cap);
			assert_non_null(nb);
			b = nb;
		}
		memcpy(b + len, chunk, n);
		len += n;
	}
	fclose(f);
	if (b)
		b[len] = '\0';
	return b;
}

static int b64val(int c)
{
	static const char set[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c ? strchr(set, c) : NULL;
	return p ? (int)(p - set) : -1;
}

/* Decode base64 lines from in up to the first line that is not base64. */
static void b64_decode(const char *in, char *out, size_t outlen)
{
	unsigned acc = 0;
	int bits = 0;
	size_t o = 0;
	for (const char *p = in; *p && *p != '-' && o + 1 < outlen; p++) {
		if (*p == '\r' || *p == '\n' || *p == '=')
			continue;
		int v = b64val((unsigned char)*p);
		if (v < 0)
			break;
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (char)((acc >> bits) & 0xFF);
		}
	}
	out[o] = '\0';
}

/* The .eml of outbox row id (any attempt), waiting up to 5 s for the worker. */
static char *wait_eml(long long id)
{
	char rel[96];
	for (int i = 0; i < 50; i++) {
		for (int attempt = 1; attempt <= 3; attempt++) {
			snprintf(rel, sizeof rel, "mail/msg-%lld-%d.eml", id, attempt);
			char *m = slurp(hc_var_path(rel));
			if (m)
				return m;
		}
		usleep(100 * 1000);
	}
	return NULL;
}

/* The plain-text part of the newest mail to login about request id (one
 * with an approval link when with_link), decoded; asserts it was
 * addressed to login. */
static void mail_to(const char *login, long long id, int with_link, char *text, size_t textlen)
{
	long long row = sql_numf("SELECT MAX(id) FROM outbox WHERE user_id = %lld AND (%d = 0 OR link LIKE '%%/a/%%')"
	                         " AND body_text LIKE '%%%s %%'", user_id(login), with_link, number_of(id));
	if (row <= 0)
		fail_msg("no link mail to %s about request %lld", login, id);
	char *m = wait_eml(row);
	if (!m)
		fail_msg("outbox row %lld was not written as an .eml file", row);
	char to[96];
	snprintf(to, sizeof to, "<%s@liaison.example>", login);
	char *head_end = strstr(m, "\r\n\r\n");
	char *to_line = strstr(m, "\r\nTo: ");
	assert_non_null(head_end);
	assert_non_null(to_line);
	char *to_end = strstr(to_line + 2, "\r\n");
	assert_true(to_end && to_line < head_end);
	*to_end = '\0';
	if (!strstr(to_line, to))
		fail_msg("mail %lld is not to %s: %s", row, to, to_line + 2);
	*to_end = '\r';
	char *part = strstr(m, "Content-Type: text/plain");
	assert_non_null(part);
	char *body = strstr(part, "\r\n\r\n");
	assert_non_null(body);
	b64_decode(body + 4, text, textlen);
	free(m);
	assert_non_null(strstr(text, number_of(id)));
}

/* The token of the link in login's newest mail about request id. */
static void link_of(const char *login, long long id, char token[65])
{
	char text[8192];
	mail_to(login, id, 1, text, sizeof text);
	const char *p = strstr(text, "/a/");
	assert_non_null(p);
	p += 3;
	size_t n = strspn(p, "0123456789abcdef");
	assert_int_equal(n, 64);
	memcpy(token, p, 64);
	token[64] = '\0';
}

/* ---- notices ---------------------------------------------------------- */

static long long notes(const char *login, long long id, const char *kind)
{
	return sql_numf("SELECT COUNT(*) FROM notifications WHERE user_id = %lld AND request_id = %lld AND kind = '%s'",
	    user_id(login), id, kind);
}

static long long unread(const char *login)
{
	return sql_numf("SELECT COUNT(*) FROM notifications WHERE user_id = %lld AND read_at IS NULL", user_id(login));
}

/* The unread count the header shows (0 when there is no badge). */
static long long badge(struct hc *c)
{
	char n[24];
	assert_int_equal(hc_get(c, "/"), 200);
	if (!hc_extract(c, "<span class=\"badge\">", '<', n, sizeof n))
		return 0;
	return atoll(n);
}

/* Today in Shanghai as YYYY-MM-DD. */
static void today(char out[11])
{
	time_t t = time(NULL) + 8 * 3600;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static long set_deputy(const char *principal, const char *deputy)
{
	char d[24], day[11];
	today(day);
	snprintf(d, sizeof d, "%lld", user_id(deputy));
	struct hc *c = as(principal);
	assert_int_equal(hc_get(c, "/account/delegation"), 200);
	const char *p[] = {"deputy_id", d, "from", day, "to", day, NULL};
	return hc_post(c, "/account/delegation", p);
}

static void end_deputies(const char *principal)
{
	char path[96];
	long long id;
	struct hc *c = as(principal);
	while ((id = sql_numf("SELECT MIN(id) FROM delegations WHERE user_id = %lld", user_id(principal))) > 0) {
		assert_int_equal(hc_get(c, "/account/delegation"), 200);
		snprintf(path, sizeof path, "/account/delegation/%lld/end", id);
		assert_int_equal(hc_post(c, path, NULL), 303);
	}
}

/* ---- tests ------------------------------------------------------------- */

static void test_NT01_approver_told_in_app_and_by_mail_with_link(void **state)
{
	(void)state;
	char text[8192];
	long long id = file_probe("mkt_staff", "single");
	assert_int_equal(notes("mkt_head", id, "step_waiting"), 1);
	assert_int_equal(notes("mkt_staff", id, "step_waiting"), 0);
	assert_int_equal(notes("mkt_deputy", id, "step_waiting"), 0);
	mail_to("mkt_head", id, 1, text, sizeof text);
	assert_non_null(strstr(text, "待您审批"));
	assert_non_null(strstr(text, "/a/"));
	/* the in-app list shows it */
	struct hc *head = as("mkt_head");
	assert_int_equal(hc_get(head, "/notifications"), 200);
	assert_true(hc_has(head, number_of(id)));
	assert_true(hc_has(head, "待您审批"));
	/* the next approver is told only when the step reaches them */
	long long chain = file_probe("mkt_staff", "chain");
	assert_int_equal(notes("director", chain, "step_waiting"), 0);
	assert_int_equal(decide("mkt_head", chain, "approve", "", 0), 303);
	assert_int_equal(notes("director", chain, "step_waiting"), 1);
	mail_to("director", chain, 1, text, sizeof text);
	assert_non_null(strstr(text, "待您审批"));
	assert_int_equal(withdraw(id), 303);
	assert_int_equal(withdraw(chain), 303);
}

static void test_NT02_requester_told_on_every_decision(void **state)
{
	(void)state;
	char text[8192], url[64];
	long long id = file_probe("mkt_staff", "chain");
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_int_equal(notes("mkt_staff", id, "approve"), 1);
	mail_to("mkt_staff", id, 0, text, sizeof text);
	assert_null(strstr(text, "/a/"));   /* no approval link for the requester */
	snprintf(url, sizeof url, "/requests/%lld", id);
	assert_non_null(strstr(text, url));
	assert_int_equal(decide("director", id, "handover", "", user_id("president")), 303);
	assert_int_equal(notes("mkt_staff", id, "handover"), 1);
	assert_int_equal(notes("president", id, "step_waiting"), 1);
	assert_int_equal(decide("president", id, "approve", "", 0), 303);
	assert_int_equal(notes("mkt_staff", id, "approve"), 2);
	assert_int_equal(notes("gm", id, "step_waiting"), 1);
	assert_int_equal(decide("gm", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(notes("mkt_staff", id, "approve"), 3);
	assert_int_equal(notes("mkt_staff", id, "approved"), 1);

	long long r = file_probe("mkt_staff", "single");
	assert_int_equal(decide("mkt_head", r, "reject", "no budget", 0), 303);
	assert_int_equal(notes("mkt_staff", r, "reject"), 1);
	long long t = file_probe("mkt_staff", "single");
	assert_int_equal(decide("mkt_head", t, "return", "fix it", 0), 303);
	assert_int_equal(notes("mkt_staff", t, "return"), 1);
	mail_to("mkt_staff", t, 0, text, sizeof text);
	assert_non_null(strstr(text, "已退回修改"));
	/* nobody else is told of the decisions */
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id IN (%lld, %lld)"
	                          " AND user_id NOT IN (%lld, %lld)", r, t, user_id("mkt_staff"), user_id("mkt_head")),
	    0);
}

static void test_NT03_cc_declared_by_route_told_and_may_read(void **state)
{
	(void)state;
	char text[8192], path[64];
	long long id = file_probe("mkt_staff", "any");   /* Cc = role:office */
	assert_int_equal(notes("office", id, "cc"), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_cc WHERE request_id = %lld AND user_id = %lld", id,
	                     user_id("office")),
	    1);
	mail_to("office", id, 0, text, sizeof text);
	assert_non_null(strstr(text, "抄送给您"));
	assert_null(strstr(text, "/a/"));
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("office"), path), 200);
	assert_false(hc_has(as("office"), "name=\"action\" value=\"approve\""));   /* a copy, not a step */
	assert_int_equal(hc_get(as("mkt_staff2"), path), 403);
	assert_int_equal(notes("mkt_staff2", id, "cc"), 0);
	/* a route without Cc copies nobody */
	long long plain = file_probe("mkt_staff", "single");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_cc WHERE request_id = %lld", plain), 0);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld AND kind = 'cc'", plain), 0);
	assert_int_equal(withdraw(id), 303);
	assert_int_equal(withdraw(plain), 303);
}

static void test_NT04_unread_count_in_header_opening_marks_read_get_changes_nothing(void **state)
{
	(void)state;
	char path[96], want[64];
	long long a = file_probe("mkt_staff", "single");
	long long b = file_probe("mkt_staff", "single");
	struct hc *head = as("mkt_head");
	long long n = unread("mkt_head");
	assert_true(n >= 2);
	assert_int_equal(badge(head), n);
	/* looking changes nothing */
	assert_int_equal(hc_get(head, "/notifications"), 200);
	assert_true(hc_has(head, "class=\"unread\""));
	assert_int_equal(hc_get(head, "/notifications?page=2"), 200);
	assert_int_equal(unread("mkt_head"), n);
	long long note = sql_numf("SELECT id FROM notifications WHERE user_id = %lld AND request_id = %lld"
	                          " AND kind = 'step_waiting'", user_id("mkt_head"), a);
	assert_true(note > 0);
	snprintf(path, sizeof path, "/notifications/%lld/open", note);
	assert_int_equal(hc_get(head, path), 405);   /* opening is a POST: a GET is not even routed */
	assert_int_equal(unread("mkt_head"), n);
	/* someone else cannot open it */
	struct hc *other = as("mkt_staff2");
	assert_int_equal(hc_get(other, "/"), 200);
	assert_int_equal(hc_post(other, path, NULL), 404);
	assert_int_equal(sql_numf("SELECT read_at IS NULL FROM notifications WHERE id = %lld", note), 1);
	/* nor without the CSRF token */
	const char *bad[] = {"csrf", "00", NULL};
	assert_int_equal(hc_post(head, path, bad), 403);
	assert_int_equal(unread("mkt_head"), n);
	/* opening: read, then on to the request */
	assert_int_equal(hc_get(head, "/notifications"), 200);
	assert_int_equal(hc_post(head, path, NULL), 303);
	snprintf(want, sizeof want, "/requests/%lld", a);
	assert_string_equal(hc_header(head, "Location"), want);
	assert_int_equal(sql_numf("SELECT read_at IS NOT NULL FROM notifications WHERE id = %lld", note), 1);
	assert_int_equal(unread("mkt_head"), n - 1);
	assert_int_equal(badge(head), n - 1);
	/* opening again keeps it read and the count */
	assert_int_equal(hc_post(head, path, NULL), 303);
	assert_int_equal(unread("mkt_head"), n - 1);
	/* all read: no badge */
	assert_int_equal(hc_get(head, "/notifications"), 200);
	assert_int_equal(hc_post(head, "/notifications/read-all", NULL), 303);
	assert_int_equal(unread("mkt_head"), 0);
	assert_int_equal(badge(head), 0);
	assert_false(hc_has(head, "class=\"badge\""));
	/* a new notice counts again */
	assert_int_equal(withdraw(b), 303);
	long long c = file_probe("mkt_staff", "single");
	assert_int_equal(badge(head), 1);
	assert_int_equal(withdraw(a), 303);
	assert_int_equal(withdraw(c), 303);
}

static void test_NT05_deputy_gets_step_acting_for_recorded_principal_told(void **state)
{
	(void)state;
	char text[8192], token[65], path[64], detail[128];
	assert_int_equal(set_deputy("mkt_head", "mkt_deputy"), 303);
	long long id = file_probe("mkt_staff", "single");
	/* pending for the deputy, acting for the head; the head has no place of his own */
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'pending'"
	                          " AND user_id = %lld AND acting_for = %lld", id, user_id("mkt_deputy"),
	                     user_id("mkt_head")),
	    1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND user_id = %lld"
	                          " AND state = 'pending'", id, user_id("mkt_head")),
	    0);
	assert_int_equal(notes("mkt_deputy", id, "step_waiting_deputy"), 1);
	assert_int_equal(notes("mkt_head", id, "step_waiting"), 0);
	mail_to("mkt_deputy", id, 1, text, sizeof text);
	assert_non_null(strstr(text, "待您代为审批"));
	/* the deputy's inbox has it; the route shows on whose behalf */
	struct hc *dep = as("mkt_deputy");
	assert_int_equal(hc_get(dep, "/lists/inbox"), 200);
	assert_true(hc_has(dep, number_of(id)));
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(dep, path), 200);
	assert_true(hc_has(dep, "周敏 代 李强"));
	/* the deputy acts through the link: recorded as acting for, the head told */
	link_of("mkt_deputy", id, token);
	assert_int_equal(link_get(dep, token), 200);
	assert_int_equal(link_post(dep, token, "approve", version_of(id), "for the head"), 303);
	snprintf(detail, sizeof detail, "acting_for=%lld for the head", user_id("mkt_head"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id = %lld"
	                          " AND action = 'approve' AND actor_id = %lld AND detail = '%s'", id,
	                     user_id("mkt_deputy"), detail),
	    1);
	assert_int_equal(notes("mkt_head", id, "acted_for_you"), 1);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), detail));
	end_deputies("mkt_head");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM delegations WHERE user_id = %lld", user_id("mkt_head")), 0);
	/* once ended, steps reach the head again */
	long long after = file_probe("mkt_staff", "single");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'pending'"
	                          " AND user_id = %lld AND acting_for IS NULL", after, user_id("mkt_head")),
	    1);
	if (strcmp(state_of(id), "in_approval") == 0)
		assert_int_equal(withdraw(id), 303);
	assert_int_equal(withdraw(after), 303);
}

static void test_NT06_deputy_never_takes_a_two_person_signature(void **state)
{
	(void)state;
	assert_int_equal(set_deputy("mkt_head", "ext_deputy"), 303);
	long long id = file_probe("mkt_staff", "two");
	/* the head keeps his own place on the signature step; nobody acts for anyone */
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'pending'"
	                          " AND user_id = %lld AND acting_for IS NULL", id, user_id("mkt_head")),
	    1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld"
	                          " AND acting_for IS NOT NULL", id),
	    0);
	assert_int_equal(notes("mkt_head", id, "step_waiting"), 1);
	/* while a single step of the same day does go to the deputy */
	long long single = file_probe("mkt_staff", "single");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'pending'"
	                          " AND user_id = %lld AND acting_for = %lld", single, user_id("ext_deputy"),
	                     user_id("mkt_head")),
	    1);
	end_deputies("mkt_head");
	assert_int_equal(withdraw(id), 303);
	assert_int_equal(withdraw(single), 303);
}

static void test_NT07_delegation_form_refuses_self_and_bad_range(void **state)
{
	(void)state;
	char d[24];
	struct hc *c = as("mkt_head");
	long long before = sql_numf("SELECT COUNT(*) FROM delegations");
	assert_int_equal(set_deputy("mkt_head", "mkt_head"), 400);
	assert_true(hc_has(c, "不能指定自己为代理人。"));
	snprintf(d, sizeof d, "%lld", user_id("mkt_deputy"));
	assert_int_equal(hc_get(c, "/account/delegation"), 200);
	const char *p[] = {"deputy_id", d, "from", "2026-12-10", "to", "2026-12-01", NULL};
	assert_int_equal(hc_post(c, "/account/delegation", p), 400);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM delegations"), before);
	/* someone else cannot end my delegation */
	assert_int_equal(set_deputy("mkt_head", "mkt_deputy"), 303);
	long long id = sql_numf("SELECT MAX(id) FROM delegations WHERE user_id = %lld", user_id("mkt_head"));
	char path[96];
	snprintf(path, sizeof path, "/account/delegation/%lld/end", id);
	assert_int_equal(hc_get(as("mkt_staff2"), "/"), 200);
	assert_int_equal(hc_post(as("mkt_staff2"), path, NULL), 404);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM delegations WHERE id = %lld", id), 1);
	end_deputies("mkt_head");
}

/* A failed test must not leave mkt_head with a deputy for the files after. */
static int drop_deputies(void **state)
{
	(void)state;
	return hc_sql("DELETE FROM delegations WHERE user_id = (SELECT id FROM users WHERE login = 'mkt_head')", NULL, 0)
	    == 0 ? 0 : -1;
}

static int group_setup(void **state)
{
	(void)state;
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	unsigned long v = (unsigned long)time(NULL) * 100u + (unsigned long)getpid() % 100u;
	for (int i = 0; i < 6; i++, v /= 36)
		tag[i] = digits[v % 36];
	tag[6] = '\0';
	hc_clock("");
	return sql_numf("SELECT COUNT(*) FROM users WHERE login = 'mkt_staff'") == 1 ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	forget_clients();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_NT01_approver_told_in_app_and_by_mail_with_link),
		cmocka_unit_test(test_NT02_requester_told_on_every_decision),
		cmocka_unit_test(test_NT03_cc_declared_by_route_told_and_may_read),
		cmocka_unit_test(test_NT04_unread_count_in_header_opening_marks_read_get_changes_nothing),
		cmocka_unit_test_teardown(test_NT05_deputy_gets_step_acting_for_recorded_principal_told, drop_deputies),
		cmocka_unit_test_teardown(test_NT06_deputy_never_takes_a_two_person_signature, drop_deputies),
		cmocka_unit_test_teardown(test_NT07_delegation_form_refuses_self_and_bad_range, drop_deputies),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
