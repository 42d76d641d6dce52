/*
 * test_caches.c - what a worker keeps between requests never goes stale.
 *
 * Workers cache the settings, the list of active users and the names the
 * lists show, and the header's unread count is a counter kept by triggers
 * (sql/029-unread-counts.sql: eight slots a user, one per connection's
 * CONNECTION_ID() % 8, added up by the session read); the audit rows of a
 * transaction wait in the worker until its commit.
 * Each test changes the data the way nobody's cache could see coming (by
 * hand in the database, or in a transaction that rolls back) and then asks
 * several times in a row: the stack runs three workers and every request
 * may land on any of them, so each must give the fresh answer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"

#define ASKS 9   /* three workers, three times each on average */

/* The value the settings page shows for name, or -1. */
static long long shown_setting(struct hc *a, const char *name)
{
	char marker[96];
	if (hc_get(a, "/admin/settings") != 200)
		return -1;
	snprintf(marker, sizeof marker, "value=\"%s\"", name);
	const char *p = strstr(a->body, marker);
	const char *v = p ? strstr(p, "name=\"value\" value=\"") : NULL;
	return v ? atoll(v + strlen("name=\"value\" value=\"")) : -1;
}

static void test_setting_changed_by_hand_seen_by_every_worker(void **state)
{
	(void)state;
	struct hc *a = as("admin");
	long long was = sql_num("SELECT value FROM settings WHERE name = 'late_flag_count'");
	long long now = was == 5 ? 6 : 5;
	for (int i = 0; i < ASKS; i++)
		assert_int_equal(shown_setting(a, "late_flag_count"), was);
	hc_sql(was == 5 ? "UPDATE settings SET value = 6 WHERE name = 'late_flag_count'"
	                : "UPDATE settings SET value = 5 WHERE name = 'late_flag_count'", NULL, 0);
	for (int i = 0; i < ASKS; i++)
		assert_int_equal(shown_setting(a, "late_flag_count"), now);
	char sql[96];
	snprintf(sql, sizeof sql, "UPDATE settings SET value = %lld WHERE name = 'late_flag_count'", was);
	hc_sql(sql, NULL, 0);
	for (int i = 0; i < ASKS; i++)
		assert_int_equal(shown_setting(a, "late_flag_count"), was);
}

/* The hand-over picker of a request waiting on its viewer lists every
 * active user: a renamed or deactivated one shows so at once. */
static void test_user_list_follows_rename_and_deactivation(void **state)
{
	(void)state;
	char path[64], sql[200], name[64], option[96];
	long long id = file_probe("mkt_staff", "single");
	long long uid = user_id("mkt_staff2");
	const char *old = sql_str("SELECT display_name FROM users WHERE id = %lld", uid);
	char keep[129];
	snprintf(keep, sizeof keep, "%s", old);
	path_of(path, sizeof path, "/requests/%lld", id);
	struct hc *h = as("mkt_head");
	for (int i = 0; i < ASKS; i++) {
		assert_int_equal(hc_get(h, path), 200);
		assert_true(hc_has(h, "(mkt_staff2)</option>"));
	}
	name_of(name, sizeof name, "改名");
	snprintf(sql, sizeof sql, "UPDATE users SET display_name = '%s' WHERE id = %lld", name, uid);
	hc_sql(sql, NULL, 0);
	snprintf(option, sizeof option, "%s (mkt_staff2)</option>", name);
	for (int i = 0; i < ASKS; i++) {
		assert_int_equal(hc_get(h, path), 200);
		assert_true(hc_has(h, option));
	}
	snprintf(sql, sizeof sql, "UPDATE users SET active = 0 WHERE id = %lld", uid);
	hc_sql(sql, NULL, 0);
	for (int i = 0; i < ASKS; i++) {
		assert_int_equal(hc_get(h, path), 200);
		assert_false(hc_has(h, "(mkt_staff2)</option>"));
	}
	snprintf(sql, sizeof sql, "UPDATE users SET active = 1, display_name = '%s' WHERE id = %lld", keep, uid);
	hc_sql(sql, NULL, 0);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

/* The picker's people hang in each worker's copies of the languages
 * (view_global_tree), which a moved setting makes again: the people must
 * come back with them. */
static void test_user_list_survives_a_settings_change(void **state)
{
	(void)state;
	char path[64];
	long long id = file_probe("mkt_staff", "single");
	path_of(path, sizeof path, "/requests/%lld", id);
	struct hc *h = as("mkt_head");
	long long was = sql_num("SELECT value FROM settings WHERE name = 'late_flag_count'");
	const char *moves[2] = {was == 5 ? "UPDATE settings SET value = 6 WHERE name = 'late_flag_count'"
	                                 : "UPDATE settings SET value = 5 WHERE name = 'late_flag_count'", NULL};
	char back[96];
	snprintf(back, sizeof back, "UPDATE settings SET value = %lld WHERE name = 'late_flag_count'", was);
	moves[1] = back;
	for (int m = -1; m < 2; m++) {
		if (m >= 0)
			hc_sql(moves[m], NULL, 0);
		for (int i = 0; i < ASKS; i++) {
			assert_int_equal(hc_get(h, path), 200);
			assert_true(hc_has(h, "(mkt_staff2)</option>"));
		}
	}
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

/* The lists name the requester and the request's kind from the worker's
 * copies (app/view/names.c): a rename by hand shows at once on every
 * worker, and a requester who has left is still named. */
static char requester_name[129];

/* Whatever the test got to, later tests find mkt_staff as it was. */
static int requester_back(void **state)
{
	(void)state;
	char sql[300];
	snprintf(sql, sizeof sql, "UPDATE users SET display_name = '%s', active = 1 WHERE login = 'mkt_staff'",
	    requester_name);
	hc_sql(sql, NULL, 0);
	hc_sql("DELETE FROM request_kinds WHERE type = 'probe'", NULL, 0);
	return 0;
}

static void test_lists_follow_requester_and_kind_renames(void **state)
{
	(void)state;
	char sql[300], name[64], kind[64], cell[96];
	long long id = file_probe("mkt_staff", "single");
	long long uid = user_id("mkt_staff");
	snprintf(requester_name, sizeof requester_name, "%s",
	    sql_str("SELECT display_name FROM users WHERE id = %lld", uid));
	struct hc *h = as("mkt_head");
	name_of(name, sizeof name, "申请人改名");
	snprintf(sql, sizeof sql, "UPDATE users SET display_name = '%s', active = 0 WHERE id = %lld", name, uid);
	hc_sql(sql, NULL, 0);
	snprintf(cell, sizeof cell, ">%s</td>", name);
	for (int i = 0; i < ASKS; i++) {
		assert_int_equal(hc_get(h, "/inbox"), 200);
		assert_true(hc_has(h, cell));
	}
	requester_back(NULL);

	name_of(kind, sizeof kind, "类别𠀀");
	snprintf(sql, sizeof sql, "INSERT INTO request_kinds (type, code, name_zh, name_en) VALUES ('probe', 'k1', '%s', 'K1')",
	    kind);
	hc_sql(sql, NULL, 0);
	snprintf(sql, sizeof sql, "UPDATE requests SET kind = 'k1' WHERE id = %lld", id);
	hc_sql(sql, NULL, 0);
	for (int i = 0; i < ASKS; i++) {
		assert_int_equal(hc_get(h, "/inbox"), 200);
		assert_true(hc_has(h, kind));
	}
	name_of(kind, sizeof kind, "新类别");
	snprintf(sql, sizeof sql, "UPDATE request_kinds SET name_zh = '%s' WHERE type = 'probe' AND code = 'k1'", kind);
	hc_sql(sql, NULL, 0);
	for (int i = 0; i < ASKS; i++) {
		assert_int_equal(hc_get(h, "/inbox"), 200);
		assert_true(hc_has(h, kind));
	}
	hc_sql("DELETE FROM request_kinds WHERE type = 'probe' AND code = 'k1'", NULL, 0);
	for (int i = 0; i < ASKS; i++) {
		assert_int_equal(hc_get(h, "/inbox"), 200);
		assert_false(hc_has(h, kind));
	}
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

/* Notices written or deleted by hand (or by the scheduler's purge) move the
 * header's count like the app's own do. */
static void test_unread_count_follows_notices_written_by_hand(void **state)
{
	(void)state;
	char sql[200];
	long long uid = user_id("mkt_staff2");
	struct hc *c = as("mkt_staff2");
	snprintf(sql, sizeof sql, "UPDATE notifications SET read_at = UTC_TIMESTAMP() WHERE user_id = %lld", uid);
	hc_sql(sql, NULL, 0);
	assert_int_equal(header_badge(c), 0);
	for (int i = 0; i < 3; i++) {
		snprintf(sql, sizeof sql, "INSERT INTO notifications (user_id, kind, text, created_at)"
		         " VALUES (%lld, 'step_waiting', 'by hand', UTC_TIMESTAMP())", uid);
		hc_sql(sql, NULL, 0);
	}
	for (int i = 0; i < ASKS; i++)
		assert_int_equal(header_badge(c), 3);
	snprintf(sql, sizeof sql, "DELETE FROM notifications WHERE user_id = %lld AND text = 'by hand' LIMIT 1", uid);
	hc_sql(sql, NULL, 0);
	assert_int_equal(header_badge(c), 2);
	assert_int_equal(hc_post(c, "/notifications/read-all", NULL), 303);
	for (int i = 0; i < ASKS; i++)
		assert_int_equal(header_badge(c), 0);
	assert_int_equal(sql_numf("SELECT COALESCE(SUM(n), 0) FROM unread_counts WHERE user_id = %lld", uid), 0);
}

/* A decision a hook refuses queued its audit row before rolling back; the
 * row must die with it, never ride along with the worker's next commit. */
static void test_refused_transaction_audit_row_never_reaches_a_later_commit(void **state)
{
	(void)state;
	char note[64];
	name_of(note, sizeof note, "refuse-later");
	struct hc *s = as("mkt_staff");
	assert_int_equal(hc_get(s, "/new/probe"), 200);
	const char *p[] = {"note", note, "shape", "single", "refuse_on", "approve", NULL};
	assert_int_equal(hc_post(s, "/new/probe", p), 303);
	long long id = id_from_location(s);
	long long rows = audit_rows(id);
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 400);
	assert_int_equal(audit_rows(id), rows);
	for (int i = 0; i < ASKS; i++) {
		long long other = file_probe("mkt_staff", "single");
		assert_int_equal(decide("mkt_head", other, "approve", "", 0), 303);
	}
	assert_int_equal(audit_rows(id), rows);
	assert_int_equal(audit_action(id, "approve"), 0);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_setting_changed_by_hand_seen_by_every_worker),
		cmocka_unit_test(test_user_list_follows_rename_and_deactivation),
		cmocka_unit_test(test_user_list_survives_a_settings_change),
		cmocka_unit_test_teardown(test_lists_follow_requester_and_kind_renames, requester_back),
		cmocka_unit_test(test_unread_count_follows_notices_written_by_hand),
		cmocka_unit_test(test_refused_transaction_audit_row_never_reaches_a_later_commit),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	forget_clients();
	return failed;
}
