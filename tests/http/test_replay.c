/*
 * test_replay.c - a decision form sent again: after a crash that came
 * between COMMIT and the answer (a fault injected on purpose: the worker
 * exits there), or a plain second click.  The answer is what the first
 * one did ("已同意" on the request page), never a conflict, and nothing is
 * decided twice.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "client.h"

/* Arm the fault point: the next worker to pass it exits there. */
static void arm(const char *point)
{
	assert_int_equal(spit(hc_var_path("clock.fault"), point), 0);
}

/* The decision form as the page gave it: version and one-time key. */
struct form {
	char version[24];
	char key[65];
};

static void open_form(struct hc *c, const char *path, struct form *f)
{
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_extract(c, "name=\"version\" value=\"", '"', f->version, sizeof f->version));
	assert_true(hc_extract(c, "name=\"form_key\" value=\"", '"', f->key, sizeof f->key));
	assert_int_equal(strlen(f->key), 64);
}

static long send_form(struct hc *c, const char *path, const struct form *f, const char *action)
{
	const char *p[] = {"action", action, "version", f->version, "comment", "好", "form_key", f->key, NULL};
	return hc_post(c, path, p);
}

/* The answer to a decision: its request page saying what was done. */
static void assert_done(struct hc *c, long long id, const char *action, const char *said)
{
	char want[96];
	snprintf(want, sizeof want, "/requests/%lld?done=%s", id, action);
	assert_string_equal(hc_header(c, "Location"), want);
	assert_int_equal(hc_get(c, want), 200);
	assert_true(hc_has(c, said));
}

static void test_decision_sent_again_after_a_crash_after_commit_gets_the_outcome(void **state)
{
	(void)state;
	char page[64], post[64];
	long long id = file_probe("mkt_staff", "single");
	struct hc *c = as("mkt_head");
	struct form f;
	path_of(page, sizeof page, "/requests/%lld", id);
	path_of(post, sizeof post, "/requests/%lld/decide", id);
	open_form(c, page, &f);
	arm("decide_after_commit");
	long st = send_form(c, post, &f, "approve");
	assert_int_equal(st, 502);                        /* the worker died before answering */
	assert_string_equal(state_of(id), "approved");   /* after COMMIT */
	/* the user presses again */
	assert_int_equal(send_form(c, post, &f, "approve"), 303);
	assert_done(c, id, "approve", "已同意");
	assert_int_equal(audit_action(id, "approve"), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld AND user_id = %lld", id,
	    user_id("mkt_staff")), 1);   /* told once */
}

static void test_decision_clicked_twice_answers_twice_the_same(void **state)
{
	(void)state;
	char page[64], post[64];
	long long id = file_probe("mkt_staff", "single");
	struct hc *c = as("mkt_head");
	struct form f;
	path_of(page, sizeof page, "/requests/%lld", id);
	path_of(post, sizeof post, "/requests/%lld/decide", id);
	open_form(c, page, &f);
	assert_int_equal(send_form(c, post, &f, "reject"), 303);
	assert_done(c, id, "reject", "已驳回");
	assert_int_equal(send_form(c, post, &f, "reject"), 303);
	assert_done(c, id, "reject", "已驳回");
	assert_int_equal(audit_action(id, "reject"), 1);
	assert_string_equal(state_of(id), "rejected");
}

/* A key answers only for the user it was spent by; without one, a stale
 * form is the conflict it always was. */
static void test_form_key_answers_for_its_own_user_only(void **state)
{
	(void)state;
	char page[64], post[64];
	long long id = file_probe("mkt_staff", "single");
	struct hc *head = as("mkt_head"), *other = as("mkt_deputy");
	struct form f;
	path_of(page, sizeof page, "/requests/%lld", id);
	path_of(post, sizeof post, "/requests/%lld/decide", id);
	open_form(head, page, &f);
	assert_int_equal(send_form(head, post, &f, "approve"), 303);
	assert_int_equal(hc_get(other, "/"), 200);
	long st = send_form(other, post, &f, "approve");
	assert_true(st == 409 || st == 403);
	const char *p[] = {"action", "approve", "version", f.version, "comment", "", NULL};
	assert_int_equal(hc_get(head, page), 200);
	assert_int_equal(hc_post(head, post, p), 409);
	assert_int_equal(audit_action(id, "approve"), 1);
}

/* The same through a mailed approval link. */
static void test_link_decision_sent_again_after_a_crash_gets_the_outcome(void **state)
{
	(void)state;
	char token[65], path[96];
	long long id = file_probe("mkt_staff", "single");
	link_of("mkt_head", id, token);
	struct hc *c = as("mkt_head");
	struct form f;
	path_of(path, sizeof path, "/a/%s", token);
	open_form(c, path, &f);
	arm("decide_after_commit");
	assert_int_equal(send_form(c, path, &f, "approve"), 502);
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(send_form(c, path, &f, "approve"), 303);
	assert_done(c, id, "approve", "已同意");
	assert_int_equal(audit_action(id, "approve"), 1);
}

static int teardown_disarm(void **state)
{
	(void)state;
	remove(hc_var_path("clock.fault"));
	forget_clients();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_decision_sent_again_after_a_crash_after_commit_gets_the_outcome,
		    teardown_disarm),
		cmocka_unit_test_teardown(test_decision_clicked_twice_answers_twice_the_same, teardown_disarm),
		cmocka_unit_test_teardown(test_form_key_answers_for_its_own_user_only, teardown_disarm),
		cmocka_unit_test_teardown(test_link_decision_sent_again_after_a_crash_gets_the_outcome, teardown_disarm),
	};
	return cmocka_run_group_tests(tests, fixture_new_run, fixture_forget_clients);
}
