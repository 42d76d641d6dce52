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

/* ---- notices ---------------------------------------------------------- */

static long long unread(const char *login)
{
	return sql_numf("SELECT COUNT(*) FROM notifications WHERE user_id = %lld AND read_at IS NULL", user_id(login));
}

static long set_deputy(const char *principal, const char *deputy)
{
	char d[24], day[11];
	shanghai_day(day, 0);
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
	assert_int_equal(withdraw("mkt_staff", id), 303);
	assert_int_equal(withdraw("mkt_staff", chain), 303);
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
	/* the last approval is told once, as "approved", not twice */
	assert_int_equal(notes("mkt_staff", id, "approve"), 2);
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
	assert_int_equal(withdraw("mkt_staff", id), 303);
	assert_int_equal(withdraw("mkt_staff", plain), 303);
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
	assert_int_equal(header_badge(head), n);
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
	assert_int_equal(header_badge(head), n - 1);
	/* opening again keeps it read and the count */
	assert_int_equal(hc_post(head, path, NULL), 303);
	assert_int_equal(unread("mkt_head"), n - 1);
	/* all read: no badge */
	assert_int_equal(hc_get(head, "/notifications"), 200);
	assert_int_equal(hc_post(head, "/notifications/read-all", NULL), 303);
	assert_int_equal(unread("mkt_head"), 0);
	assert_int_equal(header_badge(head), 0);
	assert_false(hc_has(head, "class=\"badge\""));
	/* a new notice counts again */
	assert_int_equal(withdraw("mkt_staff", b), 303);
	long long c = file_probe("mkt_staff", "single");
	assert_int_equal(header_badge(head), 1);
	assert_int_equal(withdraw("mkt_staff", a), 303);
	assert_int_equal(withdraw("mkt_staff", c), 303);
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
	/* the story names both, in words: never the stored acting_for=<id> */
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), "<strong>周敏</strong> 代 李强 同意: <q>for the head</q>"));
	assert_false(hc_has(as("mkt_staff"), "acting_for="));
	end_deputies("mkt_head");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM delegations WHERE user_id = %lld", user_id("mkt_head")), 0);
	/* once ended, steps reach the head again */
	long long after = file_probe("mkt_staff", "single");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'pending'"
	                          " AND user_id = %lld AND acting_for IS NULL", after, user_id("mkt_head")),
	    1);
	if (strcmp(state_of(id), "in_approval") == 0)
		assert_int_equal(withdraw("mkt_staff", id), 303);
	assert_int_equal(withdraw("mkt_staff", after), 303);
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
	assert_int_equal(withdraw("mkt_staff", id), 303);
	assert_int_equal(withdraw("mkt_staff", single), 303);
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
/* ---- many at once: a transaction's notices and mail (outgoing.c) -------- */

static char copied_ids[512];   /* the users this test gave the office role, for the teardown */
static long long no_mail_id;
static char no_mail_was[128];

static int undo_copies(void **state)
{
	(void)state;
	char q[1024];
	if (copied_ids[0]) {
		snprintf(q, sizeof q, "UPDATE users SET roles = roles & ~64 WHERE id IN (%s)", copied_ids);
		hc_sql(q, NULL, 0);
		copied_ids[0] = '\0';
	}
	if (no_mail_id) {
		snprintf(q, sizeof q, "UPDATE users SET email = '%s' WHERE id = %lld", no_mail_was, no_mail_id);
		hc_sql(q, NULL, 0);
		no_mail_id = 0;
	}
	return 0;
}

/* Twelve and more copies in one submission pass the eight rows a statement
 * takes: every notice has its mail, in the same order, each mail row with
 * the address the user has at commit, and the one without an address is
 * skipped with why. */
static void test_NT08_many_copies_written_whole_and_in_order_unreachable_one_skipped(void **state)
{
	(void)state;
	char q[1024];
	sql_strf(copied_ids, sizeof copied_ids, "SELECT GROUP_CONCAT(id ORDER BY id) FROM (SELECT id FROM users"
	    " WHERE active = 1 AND (roles & 64) = 0 AND login NOT IN ('mkt_staff', 'mkt_head') ORDER BY id LIMIT 11) x");
	assert_true(strchr(copied_ids, ','));
	snprintf(q, sizeof q, "UPDATE users SET roles = roles | 64 WHERE id IN (%s)", copied_ids);
	assert_int_equal(hc_sql(q, NULL, 0), 0);
	no_mail_id = atoll(copied_ids);
	sql_strf(no_mail_was, sizeof no_mail_was, "SELECT email FROM users WHERE id = %lld", no_mail_id);
	snprintf(q, sizeof q, "UPDATE users SET email = '' WHERE id = %lld", no_mail_id);
	assert_int_equal(hc_sql(q, NULL, 0), 0);

	long long id = file_probe("mkt_staff", "any");   /* Cc = role:office */
	long long office = sql_num("SELECT COUNT(*) FROM users WHERE active = 1 AND (roles & 64) <> 0");
	assert_true(office >= 12);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld AND kind = 'cc'", id), office);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND notice = 'cc'", id), office);
	char in_notes[1024], in_mail[1024];
	sql_strf(in_notes, sizeof in_notes, "SELECT GROUP_CONCAT(user_id ORDER BY id) FROM notifications"
	    " WHERE request_id = %lld AND kind = 'cc'", id);
	sql_strf(in_mail, sizeof in_mail, "SELECT GROUP_CONCAT(user_id ORDER BY id) FROM outbox"
	    " WHERE request_id = %lld AND notice = 'cc'", id);
	assert_string_equal(in_mail, in_notes);
	/* each mail row names its recipient as the users table has them */
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox o JOIN users u ON u.id = o.user_id"
	                          " WHERE o.request_id = %lld AND o.notice = 'cc' AND u.email <> ''"
	                          " AND o.to_addr = u.email AND o.to_name = u.display_name AND o.state <> 'skipped'", id),
	    office - 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND user_id = %lld"
	                          " AND state = 'skipped' AND last_error = 'the user has no email address'"
	                          " AND next_try IS NULL", id, no_mail_id),
	    1);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

static int drop_deputies(void **state)
{
	(void)state;
	return hc_sql("DELETE FROM delegations WHERE user_id = (SELECT id FROM users WHERE login = 'mkt_head')", NULL, 0)
	    == 0 ? 0 : -1;
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
		cmocka_unit_test_teardown(test_NT08_many_copies_written_whole_and_in_order_unreachable_one_skipped, undo_copies),
	};
	return cmocka_run_group_tests(tests, fixture_new_run, fixture_forget_clients);
}
