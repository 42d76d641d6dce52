/*
 * test_sched.c - the scheduler (liaison-scheduler, started by stack.sh)
 * over the real stack: a reminder once a step has waited
 * reminder_work_hours (8) working hours, escalation after
 * escalate_work_hours (16) - the assignee's superior is told and may
 * decide too - counting only working hours (08:50-17:35, Monday to
 * Friday), and the purge of expired links and idle sessions.
 *
 * The tests drive the test build's settable clock, never sleeps: after a
 * move the scheduler (one pass a second) gets up to 5 s to act, and where
 * nothing may happen it gets 2.5 s, more than two passes.  The days are
 * in January 2025, before anything the other files leave behind, so the
 * scheduler's passes there only ever see this file's requests; each test
 * closes what it filed and sets the clock back to real time.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/types.h>

#include "client.h"

/* Asia/Shanghai wall times as epoch seconds. */
#define MON_0106_1000 1736128800LL
#define TUE_0107_0910 1736212200LL
#define TUE_0107_1000 1736215200LL
#define TUE_0107_1700 1736240400LL
#define TUE_0107_1720 1736241600LL
#define FRI_0110_1600 1736496000LL
#define MON_0113_1400 1736748000LL
#define MON_0113_1530 1736753400LL
#define MON_0120_1000 1737338400LL
#define MIN 60LL
#define HOUR 3600LL
#define DAY 86400LL

/* Pending places on request id (any step). */
static long long pending_of(long long id, const char *login)
{
	return sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND user_id = %lld AND state = 'pending'",
	    id, user_id(login));
}

/* Poll what the scheduler does: the action's audit rows reach want within 5 s. */
static void wait_action(long long id, const char *action, long long want)
{
	long long n = -1;
	for (int i = 0; i < 50; i++) {
		if ((n = audit_action(id, action)) >= want)
			break;
		usleep(100 * 1000);
	}
	if (n != want)
		fail_msg("request %lld: %lld '%s' rows after 5 s, want %lld", id, n, action, want);
}

/* Give the scheduler more than two passes, in which nothing may happen. */
static void settle(void) { usleep(2500 * 1000); }

/* ---- the clock ------------------------------------------------------- */

/* After each test: real time again, and whatever this run left undecided
 * (a test that failed half-way) withdrawn, so no request of a day in
 * January 2025 waits to be reminded in real time. */
static int clock_reset(void **state)
{
	(void)state;
	char ids[1024] = "", sql[256], path[64], v[24];
	hc_clock("");
	forget_clients();
	snprintf(sql, sizeof sql, "SELECT GROUP_CONCAT(id) FROM requests WHERE state = 'in_approval' AND title LIKE '%%-%s|%%'",
	    tag);
	if (hc_sql(sql, ids, sizeof ids) != 0 || !strcmp(ids, "NULL") || !ids[0])
		return 0;
	struct hc *c = hc_new();
	if (!hc_login(c, "mkt_staff", DEMO_PW)) {
		hc_free(c);
		return -1;
	}
	for (char *t = strtok(ids, ","); t; t = strtok(NULL, ",")) {
		long long id = atoll(t);
		snprintf(path, sizeof path, "/requests/%lld/withdraw", id);
		snprintf(v, sizeof v, "%lld", version_of(id));
		const char *p[] = {"version", v, "confirm", "1", NULL};
		hc_post(c, path, p);
	}
	hc_free(c);
	return 0;
}

/* ---- tests ------------------------------------------------------------- */

static void test_SC01_reminder_after_8_working_hours_not_before(void **state)
{
	(void)state;
	clock_at(MON_0106_1000);
	long long id = file_probe("mkt_staff", "single");
	/* Tuesday 09:10: 7 h 55 min of working time - too early */
	clock_at(TUE_0107_0910);
	settle();
	assert_int_equal(audit_action(id, "remind"), 0);
	assert_int_equal(notes("mkt_head", id, "reminder"), 0);
	/* Tuesday 10:00: 8 h 45 min - reminded once, recorded, not escalated */
	clock_at(TUE_0107_1000);
	wait_action(id, "remind", 1);
	long long told = 0;   /* the same transaction as the audit row; read again when a loaded run lags */
	for (int i = 0; i < 50 && told == 0; i++, usleep(100 * 1000))
		told = notes("mkt_head", id, "reminder");
	assert_int_equal(told, 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND user_id = %lld"
	                          " AND reminded_at = FROM_UNIXTIME(%lld)", id, user_id("mkt_head"), TUE_0107_1000),
	    1);
	/* and mailed: the outbox row names the request by its number (in the
	 * subject: a body holding a link is forgotten once the mailer sent it) */
	long long mailed = 0;   /* the subject is the mailer's, written when it sends: wait for it */
	for (int i = 0; i < 50 && mailed == 0; i++, usleep(100 * 1000))
		mailed = sql_numf("SELECT COUNT(*) FROM outbox o JOIN requests r ON r.id = %lld"
		                  " WHERE o.user_id = %lld AND o.subject LIKE '%%提醒%%'"
		                  " AND o.subject LIKE CONCAT('%%', r.number, ' %%')", id, user_id("mkt_head"));
	assert_int_equal(mailed, 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id = %lld"
	                          " AND action = 'remind' AND via = 'system' AND actor_id IS NULL", id),
	    1);
	settle();
	assert_int_equal(audit_action(id, "remind"), 1);   /* once only */
	assert_int_equal(audit_action(id, "escalate"), 0);
	assert_int_equal(pending_of(id, "director"), 0);
	/* the timeline shows it to the requester */
	char path[64];
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), "<strong>系统</strong> 提醒待办人"));
	assert_false(hc_has(as("mkt_staff"), "Event."));
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

static void test_SC02_escalation_after_16_working_hours_superior_told_and_decides(void **state)
{
	(void)state;
	clock_at(MON_0106_1000);
	long long id = file_probe("mkt_staff", "single");
	/* Tuesday 17:00: 15 h 45 min - reminded, not yet escalated */
	clock_at(TUE_0107_1700);
	wait_action(id, "remind", 1);
	settle();
	assert_int_equal(audit_action(id, "escalate"), 0);
	assert_int_equal(pending_of(id, "director"), 0);
	/* Tuesday 17:20: 16 h 05 min - the head's superior gets a place of his own */
	clock_at(TUE_0107_1720);
	wait_action(id, "escalate", 1);
	char detail[64];
	snprintf(detail, sizeof detail, "to user %lld", user_id("director"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id = %lld"
	                          " AND action = 'escalate' AND detail = '%s'", id, detail),
	    1);
	assert_int_equal(pending_of(id, "director"), 1);
	assert_int_equal(pending_of(id, "mkt_head"), 1);   /* the head may still decide too */
	char path[64];
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), "超时上报上一级"));
	assert_int_equal(notes("director", id, "step_waiting"), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND user_id = %lld AND link_hash IS NOT NULL", id,
	                     user_id("director")),
	    1);
	/* the director sees it in his inbox and approves the step */
	struct hc *dir = as("director");
	assert_int_equal(hc_get(dir, "/lists/inbox"), 200);
	char row[64];
	snprintf(row, sizeof row, "href=\"/requests/%lld\"", id);
	assert_true(hc_has(dir, row));
	assert_int_equal(decide("director", id, "approve", "", 0), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees a JOIN request_steps s ON s.id = a.step_id"
	                          " WHERE a.request_id = %lld AND s.name = 'first' AND s.state = 'done'"
	                          " AND a.user_id = %lld AND a.state = 'approved'", id, user_id("director")),
	    1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees a JOIN request_steps s ON s.id = a.step_id"
	                          " WHERE a.request_id = %lld AND s.name = 'first' AND a.user_id = %lld"
	                          " AND a.state = 'pending'", id, user_id("mkt_head")),
	    0);
	settle();
	assert_int_equal(audit_action(id, "escalate"), 1);   /* once only */
	if (sql_numf("SELECT state = 'in_approval' FROM requests WHERE id = %lld", id) == 1)
		assert_int_equal(withdraw("mkt_staff", id), 303);
}

static void test_SC03_friday_to_monday_counts_working_hours_only(void **state)
{
	(void)state;
	clock_at(FRI_0110_1600);
	long long id = file_probe("mkt_staff", "single");
	/* Monday 14:00: 70 hours on the clock, 6 h 45 min of work - nothing yet */
	clock_at(MON_0113_1400);
	settle();
	assert_int_equal(audit_action(id, "remind"), 0);
	assert_int_equal(audit_action(id, "escalate"), 0);
	assert_int_equal(pending_of(id, "director"), 0);
	/* Monday 15:30: 8 h 15 min - reminded, far from escalated */
	clock_at(MON_0113_1530);
	wait_action(id, "remind", 1);
	settle();
	assert_int_equal(audit_action(id, "escalate"), 0);
	assert_int_equal(pending_of(id, "director"), 0);
	assert_int_equal(withdraw("mkt_staff", id), 303);
}

static void test_SC04_decided_or_withdrawn_steps_are_never_reminded(void **state)
{
	(void)state;
	clock_at(MON_0106_1000);
	long long done = file_probe("mkt_staff", "single");
	long long gone = file_probe("mkt_staff", "single");
	assert_int_equal(decide("mkt_head", done, "approve", "", 0), 303);
	assert_int_equal(withdraw("mkt_staff", gone), 303);
	clock_at(TUE_0107_1720);
	settle();
	assert_int_equal(audit_action(done, "remind") + audit_action(done, "escalate"), 0);
	assert_int_equal(audit_action(gone, "remind") + audit_action(gone, "escalate"), 0);
	assert_int_equal(notes("mkt_head", gone, "reminder"), 0);
}

/* A type's expiry (EX-08's unused pre-approval): the scheduler runs the
 * expiry hook once the approved request's end has passed. */
static void test_SC06_approved_request_expires_after_its_end(void **state)
{
	(void)state;
	char note[64];
	clock_at(MON_0106_1000);
	snprintf(note, sizeof note, "expires-%s", tag);
	long long id = file_note("mkt_staff", "any", note);
	assert_int_equal(decide("finance", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	clock_at(TUE_0107_0910);   /* 23 h 10 min later: not yet */
	settle();
	assert_string_equal(state_of(id), "approved");
	clock_at(TUE_0107_1000 + 3600);
	wait_action(id, "expire", 1);
	assert_string_equal(state_of(id), "expired");
	assert_int_equal(notes("mkt_staff", id, "expired"), 1);
	settle();
	assert_int_equal(audit_action(id, "expire"), 1);   /* once only */
}

static void test_SC05_expired_links_and_idle_sessions_purged(void **state)
{
	(void)state;
	clock_at(MON_0120_1000);
	struct hc *c = as("mkt_staff");
	long long id = file_probe("mkt_staff", "single");
	long long links = sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND link_hash IS NOT NULL", id);
	assert_true(links >= 1);
	assert_int_equal(withdraw("mkt_staff", id), 303);
	long long staff = user_id("mkt_staff");
	assert_true(sql_numf("SELECT COUNT(*) FROM sessions WHERE user_id = %lld AND created_at = FROM_UNIXTIME(%lld)",
	                staff, MON_0120_1000) >= 1);
	/* 31 idle minutes: the session is over and the scheduler removes it */
	char spec[32];
	snprintf(spec, sizeof spec, "@%lld", MON_0120_1000 + 31 * MIN);
	hc_clock(spec);   /* the client kept, to try its old session */
	assert_int_equal(hc_get(c, "/lists/mine"), 303);
	long long left = -1;
	for (int i = 0; i < 50 && left != 0; i++, usleep(100 * 1000))
		left = sql_numf("SELECT COUNT(*) FROM sessions WHERE user_id = %lld AND created_at = FROM_UNIXTIME(%lld)",
		    staff, MON_0120_1000);
	assert_int_equal(left, 0);
	/* an expired link is kept a week (its own page says "expired"), then purged */
	clock_at(MON_0120_1000 + 73 * HOUR);
	settle();
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND link_hash IS NOT NULL", id), links);
	clock_at(MON_0120_1000 + 72 * HOUR + 7 * DAY + HOUR);
	left = -1;
	for (int i = 0; i < 50 && left != 0; i++, usleep(100 * 1000))
		left = sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND link_hash IS NOT NULL", id);
	assert_int_equal(left, 0);
}

/* ---- stopping ------------------------------------------------------------ */

static long long reminded_of(const long long *ids, int n)
{
	long long k = 0;
	for (int i = 0; i < n; i++)
		k += audit_action(ids[i], "remind");
	return k;
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* 1 while pid runs (a zombie waiting for its parent to reap it has ended). */
static int running(pid_t pid)
{
	char path[64], stat[256] = "";
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	size_t n = fread(stat, 1, sizeof stat - 1, f);
	fclose(f);
	stat[n] = '\0';
	const char *s = strrchr(stat, ')');
	return s && s[1] == ' ' && s[2] != 'Z' && s[2] != 'X';
}

/* The scheduler as the stack started it, started again. */
static void start_scheduler(const char *bin)
{
	char cmd[4096], conf[1024], pid[1024], log[1024];   /* hc_var_path's buffer is reused */
	snprintf(conf, sizeof conf, "%s", hc_var_path("liaison.hdf"));
	snprintf(pid, sizeof pid, "%s", hc_var_path("run/scheduler.pid"));
	snprintf(log, sizeof log, "%s", hc_var_path("log/scheduler.log"));
	snprintf(cmd, sizeof cmd, "setsid %s -c %s/conf/liaison.hdf -c %s -p %s >> %s 2>&1 < /dev/null &", bin,
	    hc_env("LIAISON_ROOT"), conf, pid, log);
	assert_int_equal(system(cmd), 0);
	for (int i = 0; i < 50 && access(hc_var_path("run/scheduler.pid"), R_OK) != 0; i++)
		usleep(100 * 1000);
}

/* A SIGTERM in the middle of a long pass stops the scheduler within a
 * second, between two items; the next start does the rest. Items are
 * slowed on purpose (fault point sched_slow_items, test builds only). */
static void test_SC07_sigterm_stops_a_long_pass_within_a_second(void **state)
{
	(void)state;
	enum { N = 12 };
	long long ids[N];
	clock_at(MON_0106_1000);
	for (int i = 0; i < N; i++)
		ids[i] = file_probe("mkt_staff", "single");
	assert_int_equal(spit(hc_var_path("clock.fault"), "sched_slow_items\n"), 0);
	clock_at(TUE_0107_1000);
	for (int i = 0; i < 100 && reminded_of(ids, N) == 0; i++)
		usleep(50 * 1000);
	assert_true(reminded_of(ids, N) > 0);

	char *pidtext = slurp(hc_var_path("run/scheduler.pid"), NULL);
	assert_non_null(pidtext);
	pid_t pid = (pid_t)atol(pidtext);
	free(pidtext);
	char exe[64], bin[1024];
	snprintf(exe, sizeof exe, "/proc/%d/exe", (int)pid);
	ssize_t len = readlink(exe, bin, sizeof bin - 1);
	assert_true(len > 0);
	bin[len] = '\0';
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(kill(pid, SIGTERM), 0);
	while (running(pid) && seconds_since(&t0) < 10)
		usleep(20 * 1000);
	double took = seconds_since(&t0);
	unlink(hc_var_path("clock.fault"));
	long long done = reminded_of(ids, N);
	start_scheduler(bin);
	if (took >= 1.0)
		fail_msg("the scheduler took %.2f s to stop after SIGTERM", took);
	assert_true(done < N);                 /* it stopped in the middle */
	for (int i = 0; i < 100 && reminded_of(ids, N) < N; i++)
		usleep(100 * 1000);
	assert_int_equal(reminded_of(ids, N), N);   /* the next start did the rest, once each */
	for (int i = 0; i < N; i++)
		assert_int_equal(withdraw("mkt_staff", ids[i]), 303);
}

static int group_setup(void **state)
{
	(void)state;
	new_tag();
	hc_clock("");
	/* the scheduler must be running */
	if (sql_numf("SELECT COUNT(*) FROM users WHERE login = 'mkt_staff'") != 1)
		return -1;
	return access(hc_var_path("run/scheduler.pid"), R_OK) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_SC01_reminder_after_8_working_hours_not_before, clock_reset),
		cmocka_unit_test_teardown(test_SC02_escalation_after_16_working_hours_superior_told_and_decides, clock_reset),
		cmocka_unit_test_teardown(test_SC03_friday_to_monday_counts_working_hours_only, clock_reset),
		cmocka_unit_test_teardown(test_SC04_decided_or_withdrawn_steps_are_never_reminded, clock_reset),
		cmocka_unit_test_teardown(test_SC06_approved_request_expires_after_its_end, clock_reset),
		cmocka_unit_test_teardown(test_SC05_expired_links_and_idle_sessions_purged, clock_reset),
		cmocka_unit_test_teardown(test_SC07_sigterm_stops_a_long_pass_within_a_second, clock_reset),
	};
	return cmocka_run_group_tests(tests, group_setup, clock_reset);
}
