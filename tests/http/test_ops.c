/*
 * test_ops.c - the stack under operations: a worker killed, configuration
 * reloaded with SIGHUP (good and broken), the database restarted under a
 * running app, and a backup restored over newer data.
 *
 * These tests stop and start parts of the stack, so the last one leaves
 * everything running again, and each teardown repairs what its test may
 * have left broken when it failed half-way.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

#define DEMO_HINT "演示模式"
#define MAX_PIDS 300

static char *orig_cfg;          /* liaison.hdf as stack.sh wrote it */
static int nworkers;            /* Liaison.Workers of the running stack */
static char db_pool[32];        /* innodb_buffer_pool_size the stack started with */

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static pid_t pid_from(const char *rel)
{
	char *s = slurp(hc_var_path(rel), NULL);
	long p = s ? strtol(s, NULL, 10) : 0;
	free(s);
	return p > 0 && p < INT32_MAX ? (pid_t)p : 0;
}

static pid_t master_pid(void) { return pid_from("run/app.pid"); }

/* A zombie answers kill(0) too: the process must also not be in state Z. */
static int proc_alive(pid_t pid)
{
	char path[64], stat[512];
	if (pid <= 0 || kill(pid, 0))
		return 0;
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	size_t n = fread(stat, 1, sizeof stat - 1, f);
	fclose(f);
	stat[n] = '\0';
	const char *rp = strrchr(stat, ')');
	return rp && rp[1] == ' ' && rp[2] != 'Z';
}

/* The master's living children: its workers. */
static int list_workers(pid_t master, pid_t *out, int max)
{
	char cmd[64], line[64];
	int n = 0;
	snprintf(cmd, sizeof cmd, "pgrep -P %d", (int)master);
	FILE *p = popen(cmd, "r");
	if (!p)
		return -1;
	while (fgets(line, sizeof line, p)) {
		pid_t pid = (pid_t)strtol(line, NULL, 10);
		if (n < max && proc_alive(pid))
			out[n++] = pid;
	}
	pclose(p);
	return n;
}

static int has_pid(const pid_t *pids, int n, pid_t pid)
{
	for (int i = 0; i < n; i++)
		if (pids[i] == pid)
			return 1;
	return 0;
}

/* Ask the master to reload; false when there is no master to ask. */
static int sighup_master(void)
{
	pid_t m = master_pid();
	return m > 0 && kill(m, SIGHUP) == 0;
}

/*
 * Workers reload before their next request, and which worker takes a
 * request is up to the kernel: so many answers in a row must agree before
 * the whole pool is taken to have the new setting.
 */
static int login_hint_settles(int want_hint)
{
	struct hc *c = hc_new();
	int streak = 0, need = 3 * nworkers + 1;
	double end = now_s() + 6;
	while (streak < need && now_s() < end) {
		if (hc_get(c, "/login") == 200 && hc_has(c, DEMO_HINT) == want_hint)
			streak++;
		else
			streak = 0;
		if (!streak)
			sleep_ms(100);
	}
	hc_free(c);
	return streak >= need;
}

/* LIAISON_ROOT joined with rel; each call has its own buffer of four, so
 * one command line may name several files. */
static const char *root_path(const char *rel)
{
	static char p[4][1024];
	static unsigned next;
	char *b = p[next++ % 4];
	snprintf(b, sizeof p[0], "%s/%s", hc_env("LIAISON_ROOT"), rel);
	return b;
}

static int db_start(void)
{
	char cmd[2048];
	snprintf(cmd, sizeof cmd, "DB_POOL='%s' '%s' db-start '%s'", db_pool, root_path("scripts/backup.sh"),
	    hc_env("LIAISON_VAR"));
	return hc_sh(cmd);
}

static int stack_stop(void)
{
	char cmd[2048];
	snprintf(cmd, sizeof cmd, "'%s' stop '%s' >> '%s' 2>&1", root_path("scripts/stack.sh"),
	    hc_env("LIAISON_VAR"), hc_var_path("log/test-ops.log"));
	return hc_sh(cmd);
}

/* Started as scripts/test.sh starts it: same port, test binary, demo data,
 * and the worker count and buffer pool the stack had before. */
static int stack_start(void)
{
	char cmd[4096], port[16];
	const char *url = hc_env("LIAISON_URL"), *colon = strrchr(url, ':');
	snprintf(port, sizeof port, "%s", colon ? colon + 1 : "");
	port[strspn(port, "0123456789")] = '\0';
	if (!port[0])
		return -1;
	snprintf(cmd, sizeof cmd, "WORKERS=%d DB_POOL='%s' '%s' start '%s' %s '%s' demo >> '%s' 2>&1", nworkers,
	    db_pool, root_path("scripts/stack.sh"), hc_env("LIAISON_VAR"), port, root_path("build/test/liaison"),
	    hc_var_path("log/test-ops.log"));
	return hc_sh(cmd);
}

static int count_of(const char *sql)
{
	char out[64] = "";
	if (hc_sql(sql, out, sizeof out))
		return -1;
	return atoi(out);
}

static int setup_all(void **state)
{
	(void)state;
	orig_cfg = slurp(hc_var_path("liaison.hdf"), NULL);
	const char *w = orig_cfg ? strstr(orig_cfg, "Workers = ") : NULL;
	nworkers = w ? atoi(w + strlen("Workers = ")) : 0;
	if (hc_sql("SELECT @@innodb_buffer_pool_size", db_pool, sizeof db_pool) || !db_pool[0])
		return -1;
	db_pool[strspn(db_pool, "0123456789")] = '\0';
	return orig_cfg && nworkers > 0 && strstr(orig_cfg, "Demo = 1") ? 0 : -1;
}

static int teardown_all(void **state)
{
	(void)state;
	free(orig_cfg);
	return 0;
}

/* Whatever a config test left in liaison.hdf, the stack goes back to its own. */
static int restore_config(void **state)
{
	(void)state;
	if (spit(hc_var_path("liaison.hdf"), orig_cfg) || !sighup_master())
		return -1;
	return login_hint_settles(1) ? 0 : -1;
}

static int ensure_db(void **state)
{
	(void)state;
	return proc_alive(pid_from("run/mysqld.pid")) ? 0 : db_start();
}

static int ensure_stack(void **state)
{
	(void)state;
	int up = proc_alive(master_pid()) && proc_alive(pid_from("run/mysqld.pid")) &&
	    proc_alive(pid_from("run/nginx.pid"));
	return up ? 0 : stack_start();
}

static void test_worker_killed_site_keeps_answering(void **state)
{
	(void)state;
	pid_t before[MAX_PIDS], after[MAX_PIDS];
	pid_t m = master_pid();
	assert_true(proc_alive(m));
	int n = list_workers(m, before, MAX_PIDS);
	assert_int_equal(n, nworkers);
	pid_t victim = before[n - 1];
	assert_int_equal(kill(victim, SIGKILL), 0);
	/* Until it is gone, a dying worker can still take a connection off the
	 * socket and drop it (nginx: 502); that is the kill, not the site. */
	for (double end = now_s() + 5; proc_alive(victim) && now_s() < end;)
		sleep_ms(10);
	assert_false(proc_alive(victim));

	struct hc *c = hc_new();
	for (int i = 0; i < 20; i++)
		assert_int_equal(hc_get(c, "/healthz"), 200);
	hc_free(c);

	/* The master waits up to a second before replacing a worker. */
	int m2 = 0, replaced = 0;
	for (double end = now_s() + 5; now_s() < end && !replaced; sleep_ms(100)) {
		m2 = list_workers(m, after, MAX_PIDS);
		replaced = m2 == n && !has_pid(after, m2, victim);
	}
	assert_true(replaced);
	int fresh = 0;
	for (int i = 0; i < m2; i++)
		fresh += !has_pid(before, n, after[i]);
	assert_int_equal(fresh, 1);
	assert_int_equal(master_pid(), m);
	assert_true(proc_alive(m));
}

static void test_sighup_reloads_configuration(void **state)
{
	(void)state;
	char *cfg = strdup(orig_cfg);
	assert_non_null(cfg);
	char *demo = strstr(cfg, "Demo = 1");
	assert_non_null(demo);
	assert_true(login_hint_settles(1));

	demo[strlen("Demo = ")] = '0';
	assert_int_equal(spit(hc_var_path("liaison.hdf"), cfg), 0);
	free(cfg);
	assert_true(sighup_master());
	assert_true(login_hint_settles(0));

	assert_int_equal(spit(hc_var_path("liaison.hdf"), orig_cfg), 0);
	assert_true(sighup_master());
	assert_true(login_hint_settles(1));
}

static void test_sighup_with_broken_config_keeps_old(void **state)
{
	(void)state;
	size_t log_start = 0;
	free(slurp(hc_var_path("log/app.log"), &log_start));
	/* Parses up to the second line: a half-applied reload would turn the
	 * demo hint off. */
	assert_int_equal(spit(hc_var_path("liaison.hdf"), "Liaison.Demo = 0\nthis is not hdf {{{ <<<\n"), 0);
	assert_true(sighup_master());

	struct hc *c = hc_new();
	int refused = 0, after_refusal = 0;
	for (double end = now_s() + 6; now_s() < end && after_refusal < 3 * nworkers + 1; sleep_ms(50)) {
		assert_int_equal(hc_get(c, "/login"), 200);
		assert_true(hc_has(c, DEMO_HINT));
		if (refused) {
			after_refusal++;
			continue;
		}
		size_t len = 0;
		char *log = slurp(hc_var_path("log/app.log"), &len);
		assert_non_null(log);
		refused = len > log_start && strstr(log + log_start, "reload refused") != NULL;
		free(log);
	}
	hc_free(c);
	assert_true(refused);
	assert_true(after_refusal >= 3 * nworkers + 1);
}

/* How many lines of the app's log contain s. */
static int log_lines_with(const char *s)
{
	char *text = slurp(hc_var_path("log/app.log"), NULL);
	int n = 0;
	for (const char *p = text; p && (p = strstr(p, s)); p += strlen(s))
		n++;
	free(text);
	return n;
}

static void test_mariadb_restart_gives_503_then_recovers(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_true(hc_login(c, "mkt_staff", DEMO_PW));
	pid_t db = pid_from("run/mysqld.pid");
	assert_true(proc_alive(db));
	assert_int_equal(kill(db, SIGTERM), 0);
	double end = now_s() + 60;
	while (proc_alive(db) && now_s() < end)
		sleep_ms(100);
	assert_false(proc_alive(db));

	/* Every worker, whether its connection died under it or it tries to
	 * connect afresh, says the service is unavailable. */
	int logged = log_lines_with("db: connect failed");
	for (int i = 0; i < 20 * nworkers + 1; i++) {
		assert_int_equal(hc_get(c, "/"), 503);
		assert_true(hc_has(c, "服务暂不可用"));
	}
	/* A worker says "connect failed" once in 10 s, not once a request
	 * (the test's requests take well under 10 s). */
	assert_true(log_lines_with("db: connect failed") - logged <= nworkers);
	struct hc *anon = hc_new();
	assert_int_equal(hc_get(anon, "/healthz"), 200);
	hc_free(anon);

	assert_int_equal(db_start(), 0);
	/* A worker finds its connection dead on its first request at most
	 * once; after that the whole pool answers with the same session. */
	int streak = 0, need = 3 * nworkers + 1;
	for (end = now_s() + 10; now_s() < end && streak < need;) {
		if (hc_get(c, "/") == 200) {
			streak++;
		} else {
			streak = 0;
			sleep_ms(100);
		}
	}
	assert_int_equal(streak, need);
	assert_true(hc_has(c, "张伟"));
	hc_free(c);
}

/* With the app down nginx answers by itself: the project's own
 * "unavailable" page, with the app's headers, never cached. */
static void test_app_down_gives_the_unavailable_page(void **state)
{
	(void)state;
	pid_t m = master_pid();
	assert_int_equal(kill(m, SIGTERM), 0);
	for (double end = now_s() + 10; proc_alive(m) && now_s() < end;)
		sleep_ms(50);
	assert_false(proc_alive(m));
	struct hc *c = hc_new();
	for (int i = 0; i < 3; i++) {
		assert_int_equal(hc_get(c, "/login"), 502);
		assert_true(hc_has(c, "暂不可用"));
		assert_true(hc_has(c, "<html lang=\"zh-CN\">"));
		assert_string_equal(hc_header(c, "X-Frame-Options"), "DENY");
		assert_string_equal(hc_header(c, "X-Content-Type-Options"), "nosniff");
		assert_non_null(hc_header(c, "Content-Security-Policy"));
		assert_string_equal(hc_header(c, "Cache-Control"), "no-store");
	}
	hc_free(c);
}

/* Runs backup.sh; its last line of output (the archive) goes to out. */
static int run_backup(char *out, size_t outlen)
{
	char cmd[2048], line[1024];
	snprintf(cmd, sizeof cmd, "BACKUP_DIR='%s' '%s' backup '%s'", hc_var_path("backups"),
	    root_path("scripts/backup.sh"), hc_env("LIAISON_VAR"));
	FILE *p = popen(cmd, "r");
	if (!p)
		return -1;
	out[0] = '\0';
	while (fgets(line, sizeof line, p)) {
		line[strcspn(line, "\n")] = '\0';
		snprintf(out, outlen, "%s", line);
	}
	int st = pclose(p);
	return st == -1 ? -1 : (st >> 8) & 0xff;
}

static int run_restore(const char *archive)
{
	char cmd[4096];
	snprintf(cmd, sizeof cmd, "'%s' restore '%s' '%s' >> '%s' 2>&1", root_path("scripts/backup.sh"),
	    hc_env("LIAISON_VAR"), archive, hc_var_path("log/test-ops.log"));
	return hc_sh(cmd);
}

static void test_backup_restore_round_trip(void **state)
{
	(void)state;
	char attach[256], archive[1024], sql[512];
	const char *content = "attachment kept by the backup\n";
	int tag = (int)getpid();
	snprintf(attach, sizeof attach, "%s", hc_var_path("attachments/ops-backup-test.txt"));
	assert_int_equal(spit(attach, content), 0);

	assert_int_equal(run_backup(archive, sizeof archive), 0);
	const char *base = strrchr(archive, '/');
	assert_non_null(base);
	assert_int_equal(strncmp(archive, hc_var_path("backups/"), strlen(hc_var_path("backups/"))), 0);
	assert_int_equal(strlen(base), strlen("/liaison-YYYYmmdd-HHMMSS.tar.gz"));
	assert_int_equal(strcmp(base + strlen(base) - 7, ".tar.gz"), 0);
	struct stat st;
	assert_int_equal(stat(archive, &st), 0);
	assert_true(st.st_size > 0);

	/* Newer than the backup: both must be undone by the restore. */
	snprintf(sql, sizeof sql,
	    "INSERT INTO departments (name, created_at) VALUES ('ops-marker-%d', UTC_TIMESTAMP())", tag);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM departments WHERE name = 'ops-marker-%d'", tag);
	assert_int_equal(count_of(sql), 1);
	assert_int_equal(unlink(attach), 0);

	/* The running app must not see its database replaced. */
	assert_int_equal(run_restore(archive), 1);
	assert_int_equal(count_of(sql), 1);
	assert_int_not_equal(access(attach, F_OK), 0);

	assert_int_equal(stack_stop(), 0);
	assert_false(proc_alive(master_pid()));
	assert_int_equal(run_restore(archive), 0);
	/* The restore stops the database it started for itself. */
	assert_false(proc_alive(pid_from("run/mysqld.pid")));
	assert_int_equal(stack_start(), 0);

	assert_int_equal(count_of(sql), 0);
	assert_int_equal(count_of("SELECT COUNT(*) FROM users WHERE login IN ('mkt_staff', 'gm', 'admin')"), 3);
	char *back = slurp(attach, NULL);
	assert_non_null(back);
	assert_string_equal(back, content);
	free(back);
	unlink(attach);
	struct hc *c = hc_new();
	assert_true(hc_login(c, "mkt_staff", DEMO_PW));
	assert_true(hc_has(c, "张伟"));
	hc_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_worker_killed_site_keeps_answering),
		cmocka_unit_test_teardown(test_sighup_reloads_configuration, restore_config),
		cmocka_unit_test_teardown(test_sighup_with_broken_config_keeps_old, restore_config),
		cmocka_unit_test_teardown(test_mariadb_restart_gives_503_then_recovers, ensure_db),
		cmocka_unit_test_teardown(test_app_down_gives_the_unavailable_page, ensure_stack),
		cmocka_unit_test_teardown(test_backup_restore_round_trip, ensure_stack),
	};
	return cmocka_run_group_tests(tests, setup_all, teardown_all);
}
