/*
 * test_mailer.c - the delivery worker against the real stack: a queued
 * row becomes an .eml file, a failing command is retried later, two
 * workers at once send each message exactly once, a claim left by a dead
 * worker is taken over after the timeout, and admins see the outbox.
 *
 * The stack's own mailer (started by stack.sh) does the work except in the
 * two-worker test, which stops it, runs two of its own and starts the
 * stack's again exactly as it was.  Every test leaves the configuration
 * and the clock as it found them, even when it fails half-way.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

#define PAIR_ROWS 50
#define MAX_ARGS 16

static char *orig_cfg;   /* liaison.hdf as stack.sh wrote it */

/* The number sql yields; the query must run. */
static long long sql_value(const char *sql)
{
	char out[128];
	assert_int_equal(hc_sql(sql, out, sizeof out), 0);
	return strtoll(out, NULL, 10);
}

/* Polls sql until it yields 1, for at most secs seconds. */
static int wait_sql(const char *sql, int secs)
{
	for (int i = 0; i < secs * 10; i++) {
		if (sql_value(sql) == 1)
			return 1;
		sleep_ms(100);
	}
	return 0;
}

/* extra_cols follows "state, next_try"; vals gives their values and the extras'. */
static long long insert_row(const char *to_name_sql, const char *subject_sql, const char *extra_cols,
    const char *vals)
{
	char sql[2048];
	snprintf(sql, sizeof sql,
	    "INSERT INTO outbox (created_at, to_addr, to_name, subject, body_text, body_html, link, state, next_try%s)"
	    " VALUES (UTC_TIMESTAMP(), 'someone@example.com', %s, %s, 'Text body', '<p>HTML body</p>', '/requests/1', %s);"
	    " SELECT LAST_INSERT_ID();", extra_cols, to_name_sql, subject_sql, vals);
	return sql_value(sql);
}

static long long queue_row(const char *subject_sql)
{
	return insert_row("'Test'", subject_sql, "", "'queued', UTC_TIMESTAMP()");
}

static char *outbox_state(long long id, char *out, size_t n)
{
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT CONCAT(state, ' ', attempts) FROM outbox WHERE id = %lld", id);
	hc_sql(sql, out, n);
	return out;
}

static int wait_state(long long id, const char *state_attempts, int secs)
{
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT CONCAT(state, ' ', attempts) = '%s' FROM outbox WHERE id = %lld",
	    state_attempts, id);
	return wait_sql(sql, secs);
}

/* The row's one .eml, whichever attempt wrote it ("" when none). */
static const char *eml_path(long long id)
{
	const char *p = eml_file(id);
	return p ? p : "";
}

/* Installs cfg (NULL: the original) and waits until the stack's mailer says it reloaded. */
static int mailer_config(const char *extra)
{
	pid_t pid = stack_mailer_pid();
	if (!pid)
		return 0;
	char *text = malloc(strlen(orig_cfg) + (extra ? strlen(extra) : 0) + 1);
	assert_non_null(text);
	strcpy(text, orig_cfg);
	if (extra)
		strcat(text, extra);
	int before = count_in_log("configuration reloaded");
	int rc = spit(hc_var_path("liaison.hdf"), text);
	free(text);
	if (rc || kill(pid, SIGHUP))
		return 0;
	for (int i = 0; i < 100; i++) {
		if (count_in_log("configuration reloaded") > before)
			return 1;
		sleep_ms(50);
	}
	return 0;
}

static int setup(void **state)
{
	(void)state;
	orig_cfg = slurp(hc_var_path("liaison.hdf"), NULL);
	return orig_cfg ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	free(orig_cfg);
	return 0;
}

/* Each test's own repair: configuration and clock back as they were. */
static int restore(void **state)
{
	(void)state;
	char *now = slurp(hc_var_path("liaison.hdf"), NULL);
	if (now && strcmp(now, orig_cfg))
		mailer_config(NULL);
	free(now);
	hc_clock("");
	return 0;
}

/* ---------------------------------------------------------------- tests */

/* CR/LF in every user field that reaches a header: the name and the subject. */
static void test_queued_row_is_written_as_eml_file(void **state)
{
	(void)state;
	assert_true(stack_mailer_pid() > 0);
	long long id = insert_row("CONCAT('张三', CHAR(13, 10), 'Bcc: victim@example.org')",
	    "CONCAT('审批通知：请假申请', CHAR(13, 10), 'Bcc: victim@example.org', CHAR(10), 'X-Evil: 1')", "",
	    "'queued', UTC_TIMESTAMP()");
	assert_true(id > 0);
	assert_true(wait_state(id, "sent 1", 5));
	char *eml = slurp(eml_path(id), NULL);
	assert_non_null(eml);
	char *end = strstr(eml, "\r\n\r\n");
	assert_non_null(end);
	*end = '\0';
	assert_null(strstr(eml, "\nBcc:"));
	assert_null(strstr(eml, "\nX-Evil"));
	assert_non_null(strstr(eml, "\r\nSubject: =?UTF-8?B?"));
	assert_non_null(strstr(eml, "<someone@example.com>"));
	assert_non_null(strstr(eml, "\r\nMessage-ID: <"));
	*end = '\r';
	assert_non_null(strstr(eml, "multipart/alternative"));
	free(eml);
}

static void test_failing_command_counts_attempt_and_retries_later(void **state)
{
	(void)state;
	assert_true(mailer_config("Liaison.Mail.Command = /bin/false\n"));
	long long id = queue_row("'will fail first'");
	assert_true(wait_state(id, "queued 1", 5));
	char sql[256], out[256];
	snprintf(sql, sizeof sql, "SELECT UNIX_TIMESTAMP(next_try) - UNIX_TIMESTAMP(claimed_at), last_error"
	    " FROM outbox WHERE id = %lld", id);
	hc_sql(sql, out, sizeof out);
	assert_true(strncmp(out, "60\t", 3) == 0);
	assert_non_null(strstr(out, "exited with status 1"));
	/* not tried again before its time */
	sleep_ms(1000);
	assert_string_equal(outbox_state(id, out, sizeof out), "queued 1");
	assert_null(slurp(eml_path(id), NULL));
	/* a working transport and a clock past the wait: sent on the second try */
	assert_true(mailer_config(NULL));
	hc_clock("+120");
	assert_true(wait_state(id, "sent 2", 5));
	char *eml = slurp(eml_path(id), NULL);
	assert_non_null(eml);
	free(eml);
	snprintf(sql, sizeof sql, "SELECT last_error = '' AND next_try IS NULL FROM outbox WHERE id = %lld", id);
	assert_int_equal(sql_value(sql), 1);
}

static void test_dead_workers_claim_is_taken_over_after_timeout(void **state)
{
	(void)state;
	long long id = insert_row("'Test'", "'claimed by a dead worker'", ", attempts, claimed_at, claimed_by",
	    "'sending', UTC_TIMESTAMP() + INTERVAL 540 SECOND, 1, UTC_TIMESTAMP() - INTERVAL 60 SECOND, 'gone:1'");
	char out[64];
	sleep_ms(1500);
	assert_string_equal(outbox_state(id, out, sizeof out), "sending 1");
	hc_clock("+600");
	assert_true(wait_state(id, "sent 2", 5));
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT claimed_by <> 'gone:1' FROM outbox WHERE id = %lld", id);
	assert_int_equal(sql_value(sql), 1);
	char *eml = slurp(eml_path(id), NULL);
	assert_non_null(eml);
	free(eml);
}

/* ------------------------------------------------------ two at once */

struct saved_proc {
	char cwd[512];
	char args[2048];
	char *argv[MAX_ARGS + 1];
};
static struct saved_proc stack_mailer;

static int save_and_stop(pid_t pid, struct saved_proc *s)
{
	char path[64];
	memset(s, 0, sizeof s->argv);
	/* argv[0] as stack.sh gave it, from the folder it was started in: the
	 * binary may have been rebuilt since, which /proc/PID/exe would not show */
	snprintf(path, sizeof path, "/proc/%d/cwd", (int)pid);
	ssize_t n = readlink(path, s->cwd, sizeof s->cwd - 1);
	snprintf(path, sizeof path, "/proc/%d/cmdline", (int)pid);
	int fd = open(path, O_RDONLY);
	ssize_t m = fd >= 0 ? read(fd, s->args, sizeof s->args - 1) : -1;
	if (fd >= 0)
		close(fd);
	if (n <= 0 || m <= 0)
		return -1;
	s->cwd[n] = '\0';
	int argc = 0;
	for (ssize_t i = 0; i < m && argc < MAX_ARGS; i += (ssize_t)strlen(s->args + i) + 1)
		s->argv[argc++] = s->args + i;
	s->argv[argc] = NULL;
	kill(pid, SIGTERM);
	for (int i = 0; i < 100 && kill(pid, 0) == 0; i++)
		sleep_ms(100);
	return kill(pid, 0) == 0 ? -1 : 0;
}

static pid_t spawn(const char *cwd, const char *exe, char *const argv[], const char *log, int detach)
{
	pid_t pid = fork();
	if (pid == 0) {
		if (detach)
			setsid();
		if (chdir(cwd))
			_exit(126);
		int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0644);
		if (fd >= 0) {
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
		}
		execv(exe, argv);
		_exit(127);
	}
	return pid;
}

static int restart_stack_mailer(void **state)
{
	if (stack_mailer.argv[0] && !stack_mailer_pid()) {
		pid_t pid = spawn(stack_mailer.cwd, stack_mailer.argv[0], stack_mailer.argv, hc_var_path("log/mailer.log"), 1);
		for (int i = 0; i < 50 && !stack_mailer_pid(); i++)
			sleep_ms(100);
		waitpid(pid, NULL, WNOHANG);
	}
	return restore(state);
}

static int count_files(const char *dir, long long from_id, int *dups)
{
	DIR *d = opendir(dir);
	static int seen[PAIR_ROWS];
	int n = 0;
	memset(seen, 0, sizeof seen);
	*dups = 0;
	for (struct dirent *e; d && (e = readdir(d));) {
		long long id = strtoll(e->d_name, NULL, 10);
		if (!strstr(e->d_name, ".eml") || id < from_id || id >= from_id + PAIR_ROWS)
			continue;
		if (seen[id - from_id]++)
			(*dups)++;
		n++;
	}
	if (d)
		closedir(d);
	return n;
}

static void test_two_workers_send_each_message_exactly_once(void **state)
{
	(void)state;
	char dir[600], cfg_path[600], cfg[1400], sql[512], logs[2][600], pids[2][600];
	pid_t pid = stack_mailer_pid();
	assert_true(pid > 0);
	assert_int_equal(save_and_stop(pid, &stack_mailer), 0);

	snprintf(dir, sizeof dir, "%s", hc_var_path("mail-pair"));
	mkdir(dir, 0755);
	/* a slow transport, so both workers are busy at the same time */
	snprintf(cfg, sizeof cfg, "Liaison.Mail.PollMs = 100\nLiaison.Mail.Command = sleep 0.05; "
	    "cat > %s/$LIAISON_MAIL_ID-$LIAISON_MAIL_ATTEMPT-$$.eml\n", dir);
	snprintf(cfg_path, sizeof cfg_path, "%s", hc_var_path("mailer-pair.hdf"));
	assert_int_equal(spit(cfg_path, cfg), 0);
	long long first = sql_value("INSERT INTO outbox (to_addr, to_name, subject, body_text, state, next_try, created_at)"
	    " SELECT CONCAT('u', seq, '@example.com'), CONCAT('用户', seq), CONCAT('批量 ', seq), 'x', 'queued',"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM seq_1_to_50; SELECT LAST_INSERT_ID();");
	assert_true(first > 0);
	snprintf(sql, sizeof sql, "SELECT MAX(id) - MIN(id) = %d FROM outbox WHERE id >= %lld AND subject LIKE '批量 %%'",
	    PAIR_ROWS - 1, first);
	assert_int_equal(sql_value(sql), 1);    /* one statement's ids are consecutive */

	pid_t w[2];
	for (int i = 0; i < 2; i++) {
		snprintf(logs[i], sizeof logs[i], "%s-%d.log", hc_var_path("log/mailer-pair"), i);
		snprintf(pids[i], sizeof pids[i], "%s-%d.pid", hc_var_path("run/mailer-pair"), i);
		char *argv[] = {"liaison-mailer", "-c", stack_mailer.argv[2], "-c", stack_mailer.argv[4], "-c", cfg_path,
		    "-p", pids[i], NULL};
		w[i] = spawn(stack_mailer.cwd, stack_mailer.argv[0], argv, logs[i], 0);
	}
	snprintf(sql, sizeof sql, "SELECT COUNT(*) = %d FROM outbox WHERE id BETWEEN %lld AND %lld AND state = 'sent'",
	    PAIR_ROWS, first, first + PAIR_ROWS - 1);
	int all_sent = wait_sql(sql, 30);
	for (int i = 0; i < 2; i++) {
		kill(w[i], SIGTERM);
		waitpid(w[i], NULL, 0);
	}
	assert_true(all_sent);
	int dups;
	assert_int_equal(count_files(dir, first, &dups), PAIR_ROWS);
	assert_int_equal(dups, 0);
	snprintf(sql, sizeof sql, "SELECT CONCAT(SUM(attempts), ' ', COUNT(DISTINCT claimed_by)) FROM outbox"
	    " WHERE id BETWEEN %lld AND %lld", first, first + PAIR_ROWS - 1);
	char out[64];
	hc_sql(sql, out, sizeof out);
	assert_string_equal(out, "50 2");
}

/* ------------------------------------------------------------ the page */

static void test_admin_sees_outbox_others_do_not(void **state)
{
	(void)state;
	long long id = queue_row("'Outbox page subject 页面'");
	assert_true(wait_state(id, "sent 1", 5));
	struct hc *c = hc_new();
	assert_true(hc_login(c, "admin", DEMO_PW));
	assert_int_equal(hc_get(c, "/admin/outbox?state=sent"), 200);
	assert_true(hc_has(c, "Outbox page subject 页面"));
	assert_true(hc_has(c, "href=\"/requests/1\""));      /* demo mode shows links */
	assert_int_equal(hc_get(c, "/admin/outbox?state=queued"), 200);
	assert_false(hc_has(c, "Outbox page subject 页面"));
	assert_int_equal(hc_get(c, "/admin/outbox?state=bogus"), 200);
	hc_free(c);
	struct hc *u = hc_new();
	assert_true(hc_login(u, "mkt_staff", DEMO_PW));
	assert_int_equal(hc_get(u, "/admin/outbox"), 403);
	hc_free(u);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_queued_row_is_written_as_eml_file, restore),
		cmocka_unit_test_teardown(test_failing_command_counts_attempt_and_retries_later, restore),
		cmocka_unit_test_teardown(test_dead_workers_claim_is_taken_over_after_timeout, restore),
		cmocka_unit_test_teardown(test_two_workers_send_each_message_exactly_once, restart_stack_mailer),
		cmocka_unit_test_teardown(test_admin_sees_outbox_others_do_not, restore),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
