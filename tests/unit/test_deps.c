/*
 * test_deps.c - scripts/deps.sh waits for the package manager's lock (a
 * fresh machine's first-boot upgrades hold it) instead of failing: a
 * child process holds a lock the way dpkg does (fcntl), the script is run
 * against that file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char lock_path[] = "/tmp/liaison-deps-lock.XXXXXX";

/* A child holding a write lock on lock_path for secs seconds. */
static pid_t hold_lock(int secs)
{
	int ready[2];
	assert_int_equal(pipe(ready), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open(lock_path, O_RDWR);
		struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
		if (fd < 0 || fcntl(fd, F_SETLK, &fl))
			_exit(1);
		if (write(ready[1], "x", 1) != 1)
			_exit(1);
		sleep((unsigned)secs);
		_exit(0);
	}
	char c;
	close(ready[1]);
	assert_int_equal(read(ready[0], &c, 1), 1);
	close(ready[0]);
	return pid;
}

/* Run deps.sh wait-locks against lock_path; its output into out, its exit status returned. */
static int wait_locks(const char *extra_env, char *out, size_t outlen, double *took)
{
	char cmd[512];
	struct timespec a, b;
	snprintf(cmd, sizeof cmd, "DEPS_LOCKS=%s DEPS_POLL=1 %s scripts/deps.sh wait-locks 2>&1", lock_path, extra_env);
	clock_gettime(CLOCK_MONOTONIC, &a);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	size_t n = fread(out, 1, outlen - 1, p);
	out[n] = '\0';
	int st = pclose(p);
	clock_gettime(CLOCK_MONOTONIC, &b);
	*took = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_deps_waits_for_the_package_lock_with_a_message(void **state)
{
	(void)state;
	char out[2048];
	double took;
	pid_t holder = hold_lock(3);
	assert_int_equal(wait_locks("", out, sizeof out, &took), 0);
	assert_non_null(strstr(out, "waiting"));
	assert_non_null(strstr(out, lock_path));
	assert_true(took >= 2.0);          /* it waited for the holder, */
	int st;
	assert_int_equal(waitpid(holder, &st, 0), holder);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	/* and with nobody holding it, goes on at once */
	assert_int_equal(wait_locks("", out, sizeof out, &took), 0);
	assert_null(strstr(out, "waiting"));
}

static void test_deps_gives_up_after_its_limit_saying_so(void **state)
{
	(void)state;
	char out[2048];
	double took;
	pid_t holder = hold_lock(30);
	assert_int_equal(wait_locks("DEPS_WAIT_MAX=2", out, sizeof out, &took), 1);
	assert_non_null(strstr(out, "still locked"));
	kill(holder, SIGKILL);
	waitpid(holder, NULL, 0);
}

static int setup(void **state)
{
	(void)state;
	int fd = mkstemp(lock_path);
	if (fd < 0)
		return -1;
	close(fd);
	return access("scripts/deps.sh", X_OK);
}

static int teardown(void **state)
{
	(void)state;
	unlink(lock_path);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deps_waits_for_the_package_lock_with_a_message),
		cmocka_unit_test(test_deps_gives_up_after_its_limit_saying_so),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
