/*
 * test_links.c - approval links over real HTTP: the link arrives in the
 * approver's mail (the .eml the delivery worker writes), GET shows the
 * request and changes nothing, POST decides once through the decision
 * transaction (via=link), and every way a link stops working has its own
 * page: expired, used, dead (returned, resubmitted, withdrawn, handed
 * over), foreign.  A mail scanner fetching the link decides nothing, and
 * the token never reaches a log.
 *
 * Requests are the test build's probe type, filed by mkt_staff so that
 * mkt_head (the department head) is the approver.  Tests that move the
 * clock use a fixed day in the past (so the scheduler only ever sees this
 * file's requests), close what they filed and reset the clock.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

/* 2025-02-10 (Monday) 10:00 Asia/Shanghai. */
#define BASE_T 1739152800LL
#define HOUR 3600LL

/* Everything a decision would change: version, audit rows, notifications, used links. */
struct snapshot {
	long long version, audit, notes, used;
	char state[32];
};

static void snap(long long id, struct snapshot *s)
{
	s->version = version_of(id);
	s->audit = audit_rows(id);
	s->notes = sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld", id);
	s->used = sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND link_used_at IS NOT NULL", id);
	snprintf(s->state, sizeof s->state, "%s", state_of(id));
}

static void assert_unchanged(long long id, const struct snapshot *before)
{
	struct snapshot now;
	snap(id, &now);
	assert_int_equal(now.version, before->version);
	assert_int_equal(now.audit, before->audit);
	assert_int_equal(now.notes, before->notes);
	assert_int_equal(now.used, before->used);
	assert_string_equal(now.state, before->state);
}

/* ---- tests ------------------------------------------------------------- */

static void test_AL01_link_mailed_to_approver_only_its_hash_stored_bound_to_step_user_version(void **state)
{
	(void)state;
	char token[65];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	/* the link rides on its mail, found by the token's SHA-256; no link is stored as the token itself */
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE link_hash = SHA2('%s', 256) AND notice = 'step_waiting'"
	                          " AND request_id = %lld AND user_id = %lld AND link_version = %lld AND link_used_at IS NULL",
	                     token, id, user_id("mkt_head"), version_of(id)),
	    1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE link_hash = '%s'", token), 0);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox l JOIN request_steps s ON s.id = l.step_id"
	                          " WHERE l.link_hash = SHA2('%s', 256) AND s.state = 'pending' AND s.name = 'first'",
	                     token),
	    1);
	/* link_ttl_hours: 72 */
	assert_int_equal(sql_numf("SELECT TIMESTAMPDIFF(HOUR, created_at, link_expires) FROM outbox"
	                          " WHERE link_hash = SHA2('%s', 256)", token),
	    72);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

static void test_AL02_get_shows_request_with_timeline_and_buttons_and_changes_nothing(void **state)
{
	(void)state;
	char token[65], action[96];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	struct snapshot before;
	snap(id, &before);
	struct hc *head = as("mkt_head");
	for (int i = 0; i < 3; i++) {
		assert_int_equal(link_get(head, token), 200);
		snprintf(action, sizeof action, "action=\"/a/%s\"", token);
		assert_true(hc_has(head, action));
		assert_true(hc_has(head, "name=\"action\" value=\"approve\""));
		assert_true(hc_has(head, "name=\"action\" value=\"reject\""));
		assert_true(hc_has(head, "class=\"timeline\""));
		assert_true(hc_has(head, "提交了申请"));
		assert_true(hc_has(head, number_of(id)));
		const char *rp = hc_header(head, "Referrer-Policy");
		assert_non_null(rp);
		assert_string_equal(rp, "no-referrer");
	}
	assert_unchanged(id, &before);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

static void test_AL03_post_decides_once_via_link_in_audit_and_assignee(void **state)
{
	(void)state;
	char token[65], via[16];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	struct hc *head = as("mkt_head");
	assert_int_equal(link_get(head, token), 200);
	long long v = version_of(id);
	assert_int_equal(link_post(head, token, "approve", v, "fine by link"), 303);
	char want[64];
	snprintf(want, sizeof want, "/requests/%lld?done=approve", id);
	assert_string_equal(hc_header(head, "Location"), want);
	assert_string_equal(state_of(id), "approved");
	sql_strf(via, sizeof via, "SELECT via FROM audit WHERE object_type = 'request' AND object_id = %lld"
	                          " AND action = 'approve' AND actor_id = %lld", id, user_id("mkt_head"));
	assert_string_equal(via, "link");
	sql_strf(via, sizeof via, "SELECT via FROM step_assignees WHERE request_id = %lld AND state = 'approved'", id);
	assert_string_equal(via, "link");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE link_hash = SHA2('%s', 256)"
	                          " AND link_used_at IS NOT NULL", token),
	    1);
	/* the timeline names the link as the way the decision came */
	assert_int_equal(hc_get(head, want), 200);
	assert_true(hc_has(head, "审批链接"));
	assert_true(hc_has(head, "fine by link"));
}

/* The principal's current deputy may use the link even when the delegation
 * began after the step reached the principal; recorded as acting for them. */
static void test_AL16_deputy_named_later_decides_through_the_principals_link(void **state)
{
	(void)state;
	char token[65], day[11], d[24], path[96];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	time_t t = time(NULL) + 8 * 3600;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(day, sizeof day, "%Y-%m-%d", &tm);
	snprintf(d, sizeof d, "%lld", user_id("mkt_deputy"));
	struct hc *head = as("mkt_head");
	assert_int_equal(hc_get(head, "/account/delegation"), 200);
	const char *p[] = {"deputy_id", d, "from", day, "to", day, NULL};
	assert_int_equal(hc_post(head, "/account/delegation", p), 303);
	struct hc *dep = as("mkt_deputy");
	assert_int_equal(link_get(dep, token), 200);
	assert_true(hc_has(dep, "value=\"approve\""));
	assert_int_equal(link_post(as("ext_staff"), token, "approve", version_of(id), ""), 403);
	assert_int_equal(link_post(dep, token, "approve", version_of(id), "as deputy"), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id = %lld"
	                          " AND action = 'approve' AND via = 'link' AND actor_id = %lld", id, user_id("mkt_deputy")), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'approved'"
	                          " AND user_id = %lld AND acting_for IS NOT NULL", id, user_id("mkt_deputy")), 1);
	long long del;
	while ((del = sql_numf("SELECT MIN(id) FROM delegations WHERE user_id = %lld", user_id("mkt_head"))) > 0) {
		assert_int_equal(hc_get(head, "/account/delegation"), 200);
		snprintf(path, sizeof path, "/account/delegation/%lld/end", del);
		assert_int_equal(hc_post(head, path, NULL), 303);
	}
	withdraw("mkt_staff", id);
}

static void test_AL04_used_link_refused_with_its_own_page(void **state)
{
	(void)state;
	char token[65];
	long long id = file_probe("mkt_staff", "all");   /* mkt_head and mkt_deputy */
	link_of("mkt_head", id, token);
	struct hc *head = as("mkt_head");
	assert_int_equal(link_get(head, token), 200);
	long long v = version_of(id);
	assert_int_equal(link_post(head, token, "approve", v, ""), 303);
	assert_string_equal(state_of(id), "in_approval");   /* mkt_deputy still to approve */
	struct snapshot before;
	snap(id, &before);
	assert_int_equal(link_get(head, token), 410);
	assert_true(hc_has(head, "链接已使用"));
	assert_int_equal(link_post(head, token, "approve", version_of(id), ""), 410);
	assert_true(hc_has(head, "链接已使用"));
	assert_unchanged(id, &before);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

static void test_AL05_expired_after_72_hours_own_page_nothing_changes(void **state)
{
	(void)state;
	char token[65];
	clock_at(BASE_T);
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	/* by Thursday the scheduler has reminded and escalated: let it settle first */
	clock_at(BASE_T + 71 * HOUR);
	for (int i = 0; i < 100 && sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request'"
	                                    " AND object_id = %lld AND action = 'escalate'", id) < 1; i++)
		usleep(100 * 1000);
	assert_int_equal(link_get(as("mkt_head"), token), 200);   /* still good */
	clock_at(BASE_T + 73 * HOUR);
	struct snapshot before;
	snap(id, &before);
	struct hc *head = as("mkt_head");
	assert_int_equal(link_get(head, token), 410);
	assert_true(hc_has(head, "链接已过期"));
	assert_int_equal(hc_get(head, "/"), 200);   /* a page with the CSRF token */
	assert_int_equal(link_post(head, token, "approve", before.version, ""), 410);
	assert_true(hc_has(head, "链接已过期"));
	/* nor without a session: the expiry page, no login asked for */
	struct hc *anon = hc_new();
	assert_int_equal(link_get(anon, token), 410);
	hc_free(anon);
	assert_unchanged(id, &before);
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(withdraw("mkt_staff", id), 303);
	clock_real();
}

static void test_AL06_returned_then_resubmitted_old_link_dead_new_link_works(void **state)
{
	(void)state;
	char old[65], fresh[65], path[96], v[24], note[64];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, old);
	assert_int_equal(decide("mkt_head", id, "return", "add the cost centre", 0), 303);
	struct hc *head = as("mkt_head");
	assert_int_equal(link_get(head, old), 410);
	assert_true(hc_has(head, "无需再处理"));
	/* the requester edits and resubmits: a new round, a new link */
	snprintf(path, sizeof path, "/requests/%lld/edit/probe", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	snprintf(note, sizeof note, "edited-%s", tag);
	assert_int_equal(hc_get(as("mkt_staff"), "/"), 200);
	const char *p[] = {"note", note, "shape", "single", "refuse_on", "none", "version", v, NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, p), 303);
	assert_string_equal(state_of(id), "in_approval");
	link_of("mkt_head", id, fresh);
	assert_string_not_equal(fresh, old);
	struct snapshot before;
	snap(id, &before);
	assert_int_equal(link_get(head, old), 410);
	assert_true(hc_has(head, "无需再处理"));
	assert_int_equal(hc_get(head, "/"), 200);
	assert_int_equal(link_post(head, old, "approve", before.version, ""), 410);
	assert_unchanged(id, &before);
	assert_int_equal(link_get(head, fresh), 200);
	assert_int_equal(link_post(head, fresh, "approve", before.version, ""), 303);
	assert_string_equal(state_of(id), "approved");
}

static void test_AL07_withdrawn_request_link_dead(void **state)
{
	(void)state;
	char token[65];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	assert_int_equal(withdraw("mkt_staff", id), 303);
	struct snapshot before;
	snap(id, &before);
	struct hc *head = as("mkt_head");
	assert_int_equal(link_get(head, token), 410);
	assert_true(hc_has(head, "无需再处理"));
	assert_int_equal(hc_get(head, "/"), 200);
	assert_int_equal(link_post(head, token, "approve", before.version, ""), 410);
	assert_unchanged(id, &before);
}

static void test_AL08_step_decided_by_another_link_dead(void **state)
{
	(void)state;
	char token[65];
	long long id = file_probe("mkt_staff", "any");   /* finance or hr_clerk */
	link_of("finance", id, token);
	assert_int_equal(decide("hr_clerk", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	struct hc *fin = as("finance");
	assert_int_equal(link_get(fin, token), 410);
	assert_true(hc_has(fin, "无需再处理"));
}

static void test_AL09_handed_over_old_link_dead_new_approver_link_works(void **state)
{
	(void)state;
	char old[65], fresh[65];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, old);
	assert_int_equal(decide("mkt_head", id, "handover", "on leave", user_id("mkt_deputy")), 303);
	struct snapshot before;
	snap(id, &before);
	struct hc *head = as("mkt_head");
	assert_int_equal(link_get(head, old), 410);
	assert_true(hc_has(head, "无需再处理"));
	assert_int_equal(hc_get(head, "/"), 200);
	assert_int_equal(link_post(head, old, "approve", before.version, ""), 410);
	assert_unchanged(id, &before);
	link_of("mkt_deputy", id, fresh);
	struct hc *dep = as("mkt_deputy");
	assert_int_equal(link_get(dep, fresh), 200);
	assert_int_equal(link_post(dep, fresh, "approve", version_of(id), "done for the head"), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND user_id = %lld"
	                          " AND state = 'approved' AND via = 'link'", id, user_id("mkt_deputy")),
	    1);
	/* the head decides the second step himself */
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
}

static void test_AL10_foreign_user_refused_on_get_and_post(void **state)
{
	(void)state;
	char token[65];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	struct snapshot before;
	snap(id, &before);
	static const char *const others[] = {"mkt_deputy", "mkt_staff", "director", "ext_head"};
	for (size_t i = 0; i < 4; i++) {
		struct hc *c = as(others[i]);
		assert_int_equal(link_get(c, token), 403);
		assert_true(hc_has(c, "不是您的链接"));
		assert_false(hc_has(c, "name=\"action\" value=\"approve\""));
		assert_int_equal(hc_get(c, "/"), 200);
		assert_int_equal(link_post(c, token, "approve", before.version, "not mine"), 403);
	}
	assert_unchanged(id, &before);
	/* the bound approver still can */
	assert_int_equal(link_get(as("mkt_head"), token), 200);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

static void test_AL11_no_login_redirects_to_login_then_lands_on_the_link(void **state)
{
	(void)state;
	char token[65], want[160], next[96];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	struct snapshot before;
	snap(id, &before);
	struct hc *c = hc_new();
	assert_int_equal(link_get(c, token), 303);
	snprintf(want, sizeof want, "/login?next=/a/%s", token);
	assert_string_equal(hc_header(c, "Location"), want);
	assert_int_equal(hc_get(c, want), 200);
	snprintf(next, sizeof next, "/a/%s", token);
	snprintf(want, sizeof want, "name=\"next\" value=\"%s\"", next);
	assert_true(hc_has(c, want));
	const char *p[] = {"login", "mkt_head", "password", DEMO_PW, "next", next, NULL};
	assert_int_equal(hc_post(c, "/login", p), 303);
	assert_string_equal(hc_header(c, "Location"), next);
	assert_int_equal(hc_get(c, next), 200);
	snprintf(want, sizeof want, "action=\"/a/%s\"", token);
	assert_true(hc_has(c, want));
	assert_unchanged(id, &before);
	/* a POST without a session decides nothing */
	struct hc *anon = hc_new();
	assert_int_equal(link_post(anon, token, "approve", before.version, ""), 403);
	hc_free(anon);
	assert_unchanged(id, &before);
	assert_int_equal(link_post(c, token, "approve", before.version, ""), 303);
	assert_string_equal(state_of(id), "approved");
	hc_free(c);
}

static void test_AL12_mail_scanner_gets_decide_nothing(void **state)
{
	(void)state;
	char token[65];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	struct snapshot before;
	snap(id, &before);
	struct hc *scanner = hc_new();
	struct hc *other = as("mkt_staff2");
	for (int i = 0; i < 5; i++) {
		assert_int_equal(link_get(scanner, token), 303);
		assert_int_equal(link_get(other, token), 403);
	}
	hc_free(scanner);
	assert_unchanged(id, &before);
	assert_string_equal(state_of(id), "in_approval");
	/* a GET by the approver himself decides nothing either */
	for (int i = 0; i < 5; i++)
		assert_int_equal(link_get(as("mkt_head"), token), 200);
	assert_unchanged(id, &before);
	/* and the link still works for its approver afterwards */
	assert_int_equal(link_post(as("mkt_head"), token, "approve", before.version, ""), 303);
	assert_string_equal(state_of(id), "approved");
}

static void test_AL13_post_without_csrf_or_with_stale_version_decides_nothing(void **state)
{
	(void)state;
	char token[65], path[96], v[24];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	struct snapshot before;
	snap(id, &before);
	struct hc *head = as("mkt_head");
	snprintf(path, sizeof path, "/a/%s", token);
	snprintf(v, sizeof v, "%lld", before.version);
	const char *p[] = {"action", "approve", "version", v, "csrf", "0000", NULL};
	assert_int_equal(hc_post(head, path, p), 403);
	assert_unchanged(id, &before);
	assert_int_equal(hc_get(head, "/"), 200);
	assert_int_equal(link_post(head, token, "approve", before.version + 1, ""), 409);
	assert_unchanged(id, &before);
	/* a refusal does not use the link up */
	assert_int_equal(link_post(head, token, "reject", before.version, ""), 400);
	assert_unchanged(id, &before);
	assert_int_equal(link_post(head, token, "reject", before.version, "no budget"), 303);
	assert_string_equal(state_of(id), "rejected");
}

static void test_AL14_unknown_token_gets_the_invalid_page(void **state)
{
	(void)state;
	char token[65];
	for (int i = 0; i < 64; i++)
		token[i] = "0123456789abcdef"[(i * 7 + tag[i % 6]) % 16];
	token[64] = '\0';
	struct hc *c = hc_new();
	assert_int_equal(link_get(c, token), 404);
	assert_true(hc_has(c, "链接无效"));
	hc_free(c);
	assert_int_equal(link_get(as("mkt_head"), token), 404);
	assert_true(hc_has(as("mkt_head"), "链接无效"));
}

static int log_has(const char *rel, const char *s)
{
	char *text = slurp(hc_var_path(rel), NULL);
	int has = text && strstr(text, s);
	free(text);
	return has;
}

static void test_AL15_token_never_in_access_or_app_log_referrer_policy_no_referrer(void **state)
{
	(void)state;
	char token[65], next[96], want[160];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	/* every way the token travels: bare GET, login round trip, GET and POST */
	struct hc *c = hc_new();
	assert_int_equal(link_get(c, token), 303);
	assert_string_equal(hc_header(c, "Referrer-Policy"), "no-referrer");
	snprintf(want, sizeof want, "/login?next=/a/%s", token);
	assert_int_equal(hc_get(c, want), 200);
	assert_string_equal(hc_header(c, "Referrer-Policy"), "no-referrer");
	snprintf(next, sizeof next, "/a/%s", token);
	const char *p[] = {"login", "mkt_head", "password", DEMO_PW, "next", next, NULL};
	assert_int_equal(hc_post(c, "/login", p), 303);
	assert_int_equal(link_get(c, token), 200);
	assert_string_equal(hc_header(c, "Referrer-Policy"), "no-referrer");
	assert_int_equal(link_post(c, token, "approve", version_of(id), ""), 303);
	assert_int_equal(link_get(c, token), 410);
	assert_string_equal(hc_header(c, "Referrer-Policy"), "no-referrer");
	hc_free(c);
	usleep(300 * 1000);   /* nginx writes its log line after the response */
	assert_true(log_has("log/access.log", "/a/[token]"));
	assert_true(log_has("log/app.log", "/a/[token]"));
	assert_false(log_has("log/access.log", token));
	assert_false(log_has("log/app.log", token));
	/* nor half of it */
	char half[33];
	memcpy(half, token + 16, 32);
	half[32] = '\0';
	assert_false(log_has("log/access.log", half));
	assert_false(log_has("log/app.log", half));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_AL16_deputy_named_later_decides_through_the_principals_link),
		cmocka_unit_test(test_AL01_link_mailed_to_approver_only_its_hash_stored_bound_to_step_user_version),
		cmocka_unit_test(test_AL02_get_shows_request_with_timeline_and_buttons_and_changes_nothing),
		cmocka_unit_test(test_AL03_post_decides_once_via_link_in_audit_and_assignee),
		cmocka_unit_test(test_AL04_used_link_refused_with_its_own_page),
		cmocka_unit_test_teardown(test_AL05_expired_after_72_hours_own_page_nothing_changes, fixture_real_time),
		cmocka_unit_test(test_AL06_returned_then_resubmitted_old_link_dead_new_link_works),
		cmocka_unit_test(test_AL07_withdrawn_request_link_dead),
		cmocka_unit_test(test_AL08_step_decided_by_another_link_dead),
		cmocka_unit_test(test_AL09_handed_over_old_link_dead_new_approver_link_works),
		cmocka_unit_test(test_AL10_foreign_user_refused_on_get_and_post),
		cmocka_unit_test(test_AL11_no_login_redirects_to_login_then_lands_on_the_link),
		cmocka_unit_test(test_AL12_mail_scanner_gets_decide_nothing),
		cmocka_unit_test(test_AL13_post_without_csrf_or_with_stale_version_decides_nothing),
		cmocka_unit_test(test_AL14_unknown_token_gets_the_invalid_page),
		cmocka_unit_test(test_AL15_token_never_in_access_or_app_log_referrer_policy_no_referrer),
	};
	return cmocka_run_group_tests(tests, fixture_new_run, fixture_real_time);
}
