/*
 * test_mailer_crash.c - the delivery worker killed on purpose (issue 18,
 * "Replays and answers after a crash"): a fault point armed through the
 * test build's fault file makes the mailer die as if by kill -9, right
 * after it claimed a message or right after it delivered one.  Started
 * again, it makes its dead predecessor's claims due at once and settles
 * them: an .eml file already written under the message's Message-ID
 * counts as sent, so two crashes still leave one mail; a claim that died
 * before delivery began is sent once.  With a command (sendmail) a crash
 * after the command took the message sends it again - the at-least-once
 * window README states - and the log says so.
 *
 * The stack's own mailer is stopped first; the test runs its own (its
 * children, so their deaths are seen) and starts the stack's again as it
 * was, whatever happens.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "client.h"

#define MAX_ARGS 16

struct saved_proc {
	char cwd[512];
	char args[2048];
	char *argv[MAX_ARGS + 3];
	int argc;
};
static struct saved_proc stack_mailer;
static pid_t mine;                 /* the mailer this test started, 0: none */

/* The stack's mailer's command line and folder, then it is stopped. */
static int save_and_stop(pid_t pid, struct saved_proc *s)
{
	char path[64];
	memset(s, 0, sizeof *s);
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
	for (ssize_t i = 0; i < m && s->argc < MAX_ARGS; i += (ssize_t)strlen(s->args + i) + 1)
		s->argv[s->argc++] = s->args + i;
	kill(pid, SIGTERM);
	for (int i = 0; i < 100 && kill(pid, 0) == 0; i++)
		sleep_ms(100);
	return kill(pid, 0) == 0 ? -1 : 0;
}

/* The stack's mailer again, with extra_cfg added when not NULL. */
static pid_t start_mailer(const char *extra_cfg, int detach)
{
	char *argv[MAX_ARGS + 3];
	int argc = 0;
	for (; argc < stack_mailer.argc; argc++)
		argv[argc] = stack_mailer.argv[argc];
	if (extra_cfg) {
		argv[argc++] = "-c";
		argv[argc++] = (char *)extra_cfg;
	}
	argv[argc] = NULL;
	pid_t pid = fork();
	if (pid == 0) {
		if (detach)
			setsid();
		int fd = open(hc_var_path("log/mailer.log"), O_WRONLY | O_CREAT | O_APPEND, 0644);
		if (chdir(stack_mailer.cwd) || fd < 0)
			_exit(126);
		dup2(fd, STDOUT_FILENO);
		dup2(fd, STDERR_FILENO);
		execv(argv[0], argv);
		_exit(127);
	}
	return pid;
}

/* Waits up to secs for our mailer to die; 1 when it was killed by SIGKILL. */
static int died_by_kill(pid_t pid, int secs)
{
	int status = 0;
	for (int i = 0; i < secs * 10; i++) {
		if (waitpid(pid, &status, WNOHANG) == pid) {
			mine = 0;
			return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
		}
		sleep_ms(100);
	}
	return 0;
}

static void arm(const char *point) { assert_int_equal(spit(hc_var_path("clock.fault"), point), 0); }

static long long queue_row(const char *subject)
{
	return sql_numf("INSERT INTO outbox (created_at, to_addr, to_name, subject, body_text, body_html, link, state,"
	    " next_try) VALUES (UTC_TIMESTAMP(), 'crash@example.com', 'Crash', '%s', 'Text body', '<p>HTML</p>',"
	    " '/requests/1', 'queued', UTC_TIMESTAMP()); SELECT LAST_INSERT_ID();", subject);
}

static const char *row_state(long long id)
{
	return sql_str("SELECT CONCAT(state, ' ', attempts, ' ', delivery_began) FROM outbox WHERE id = %lld", id);
}

static int wait_row(long long id, const char *want, int secs)
{
	for (int i = 0; i < secs * 10; i++) {
		if (!strcmp(row_state(id), want))
			return 1;
		sleep_ms(100);
	}
	return 0;
}

/* Files in dir whose name starts with "<id>." or "<id>-". */
static int files_of(const char *dir, long long id)
{
	char a[32], b[32];
	int na = snprintf(a, sizeof a, "%lld.", id), nb = snprintf(b, sizeof b, "%lld-", id), n = 0;
	DIR *d = opendir(dir);
	for (struct dirent *e; d && (e = readdir(d));)
		n += !strncmp(e->d_name, a, (size_t)na) || !strncmp(e->d_name, b, (size_t)nb);
	if (d)
		closedir(d);
	return n;
}

static int setup(void **state)
{
	(void)state;
	pid_t pid = stack_mailer_pid();
	return pid > 0 && save_and_stop(pid, &stack_mailer) == 0 ? 0 : -1;
}

/* Our mailer stopped, the fault disarmed, the stack's mailer back as it was. */
static int teardown(void **state)
{
	(void)state;
	unlink(hc_var_path("clock.fault"));
	if (mine) {
		kill(mine, SIGTERM);
		waitpid(mine, NULL, 0);
		mine = 0;
	}
	if (stack_mailer.argc && !stack_mailer_pid()) {
		pid_t pid = start_mailer(NULL, 1);
		for (int i = 0; i < 50 && !stack_mailer_pid(); i++)
			sleep_ms(100);
		waitpid(pid, NULL, WNOHANG);
	}
	return 0;
}

/* One test's own repair: our mailer stopped, the fault disarmed. */
static int stop_mine(void **state)
{
	(void)state;
	unlink(hc_var_path("clock.fault"));
	if (mine) {
		kill(mine, SIGTERM);
		waitpid(mine, NULL, 0);
		mine = 0;
	}
	return 0;
}

static void test_eml_mailer_killed_twice_after_writing_leaves_one_mail(void **state)
{
	(void)state;
	int reconciled = count_in_log("already delivered by an earlier attempt");
	/* 1: dies right after writing the .eml, before recording it */
	arm("mailer_after_delivery");
	mine = start_mailer(NULL, 0);
	long long id = queue_row("两次崩溃只发一封");
	assert_true(died_by_kill(mine, 10));
	assert_string_equal(row_state(id), "sending 1 1");
	assert_int_equal(files_of(hc_var_path("mail"), id), 1);
	char *first = slurp(eml_file(id), NULL);
	assert_non_null(first);
	/* 2: started again it takes the claim over at once, finds the file,
	 * and dies again before recording that */
	arm("mailer_after_delivery");
	mine = start_mailer(NULL, 0);
	assert_true(died_by_kill(mine, 10));
	assert_string_equal(row_state(id), "sending 2 1");
	assert_int_equal(files_of(hc_var_path("mail"), id), 1);
	/* 3: it records the mail as sent, still without writing another */
	mine = start_mailer(NULL, 0);
	assert_true(wait_row(id, "sent 3 1", 10));
	assert_int_equal(files_of(hc_var_path("mail"), id), 1);
	char *now = slurp(eml_file(id), NULL);
	assert_non_null(now);
	assert_string_equal(now, first);
	free(first);
	free(now);
	/* the second run died before it could say so */
	assert_int_equal(count_in_log("already delivered by an earlier attempt"), reconciled + 1);
}

/* The command writes one file per message and attempt into dir. */
static const char *command_cfg(const char *dir)
{
	static char path[600];
	char cfg[1400];
	mkdir(dir, 0755);
	snprintf(cfg, sizeof cfg, "Liaison.Mail.PollMs = 100\n"
	    "Liaison.Mail.Command = cat > %s/$LIAISON_MAIL_ID-$LIAISON_MAIL_ATTEMPT.eml\n", dir);
	snprintf(path, sizeof path, "%s", hc_var_path("mailer-crash.hdf"));
	assert_int_equal(spit(path, cfg), 0);
	return path;
}

static void test_command_mailer_killed_after_claim_sends_once(void **state)
{
	(void)state;
	char dir[600];
	snprintf(dir, sizeof dir, "%s", hc_var_path("mail-crash"));
	const char *cfg = command_cfg(dir);
	arm("mailer_after_claim");
	mine = start_mailer(cfg, 0);
	long long id = queue_row("领取后崩溃");
	assert_true(died_by_kill(mine, 10));
	assert_string_equal(row_state(id), "sending 1 0");       /* claimed, delivery never began */
	assert_int_equal(files_of(dir, id), 0);
	mine = start_mailer(cfg, 0);
	assert_true(wait_row(id, "sent 2 2", 10));
	assert_int_equal(files_of(dir, id), 1);
}

/* The window that stays: the command took the message, the mailer died
 * before recording it; the next claim cannot ask sendmail, sends again,
 * and says so in the log. */
static void test_command_mailer_killed_after_handing_over_sends_again_and_logs_it(void **state)
{
	(void)state;
	char dir[600];
	snprintf(dir, sizeof dir, "%s", hc_var_path("mail-crash"));
	const char *cfg = command_cfg(dir);
	int warned = count_in_log("it may arrive twice");
	arm("mailer_after_delivery");
	mine = start_mailer(cfg, 0);
	long long id = queue_row("交出后崩溃");
	assert_true(died_by_kill(mine, 10));
	assert_string_equal(row_state(id), "sending 1 1");
	assert_int_equal(files_of(dir, id), 1);
	mine = start_mailer(cfg, 0);
	assert_true(wait_row(id, "sent 2 2", 10));
	assert_int_equal(files_of(dir, id), 2);
	assert_int_equal(count_in_log("it may arrive twice"), warned + 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_eml_mailer_killed_twice_after_writing_leaves_one_mail, stop_mine),
		cmocka_unit_test_teardown(test_command_mailer_killed_after_claim_sends_once, stop_mine),
		cmocka_unit_test_teardown(test_command_mailer_killed_after_handing_over_sends_again_and_logs_it,
		    stop_mine),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
