/* transport.c - .eml files for the demo, a sendmail-compatible command otherwise. */
#include "mailer/transport.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "mailer/mail_format.h"

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int eml_path(char *out, size_t n, const char *dir, const char *msgid)
{
	int len = snprintf(out, n, "%s/%s.eml", dir, msgid);
	return !strchr(msgid, '/') && len > 0 && (size_t)len < n ? 0 : -1;
}

static int sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

/* Written under a temporary name, synced and renamed, so a reader of the
 * folder never sees half a message; the rename never replaces, so one
 * Message-ID is one file however many claims try (at most once). */
static int write_eml(const char *dir, const struct transport_job *job, char *err, size_t errlen)
{
	char final[1024], tmp[1024];
	int n2 = snprintf(tmp, sizeof tmp, "%s/.%s.%d.tmp", dir, job->msgid, (int)getpid());
	if (eml_path(final, sizeof final, dir, job->msgid) || n2 < 0 || (size_t)n2 >= sizeof tmp) {
		snprintf(err, errlen, "mail folder path too long or bad Message-ID");
		return -1;
	}
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
	if (fd < 0) {
		snprintf(err, errlen, "cannot create a file in %s: %s", dir, strerror(errno));
		return -1;
	}
	int bad = write_all(fd, job->msg->p, job->msg->len) || fsync(fd);
	int saved = errno;
	if (close(fd))
		bad = 1;
	if (!bad && renameat2(AT_FDCWD, tmp, AT_FDCWD, final, RENAME_NOREPLACE))
		bad = 1, saved = errno;
	if (bad) {
		unlink(tmp);
		if (saved == EEXIST)
			return TRANSPORT_ALREADY;
		snprintf(err, errlen, "cannot write %s: %s", final, strerror(saved));
		return -1;
	}
	if (sync_dir(dir)) {
		snprintf(err, errlen, "cannot sync the mail folder %s: %s", dir, strerror(errno));
		return -1;     /* the file stays: the next claim finds it and counts it sent */
	}
	return 0;
}

int transport_sent_before(const char *command, const char *mail_dir, const char *msgid)
{
	char path[1024];
	if ((command && *command) || eml_path(path, sizeof path, mail_dir, msgid))
		return 0;
	return access(path, F_OK) == 0;
}

/* A local sendmail reads LF line ends. */
static int to_lf(const struct mail_buf *in, struct mail_buf *out)
{
	memset(out, 0, sizeof *out);
	size_t start = 0;
	for (size_t i = 0; i < in->len; i++) {
		if (in->p[i] == '\r' && i + 1 < in->len && in->p[i + 1] == '\n') {
			if (mail_buf_put(out, in->p + start, i - start))
				return -1;
			start = i + 1;
		}
	}
	return mail_buf_put(out, in->p + start, in->len - start);
}

static long ms_left(const struct timespec *deadline)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long ms = (long)(deadline->tv_sec - now.tv_sec) * 1000 + (deadline->tv_nsec - now.tv_nsec) / 1000000;
	return ms < 0 ? 0 : ms;
}

static void child(int in_fd, const char *command, const struct transport_job *job)
{
	char num[32];
	sigset_t none;
	setpgid(0, 0);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
	if (dup2(in_fd, STDIN_FILENO) < 0)
		_exit(126);
	setenv("LIAISON_MAIL_TO", job->to_addr, 1);
	snprintf(num, sizeof num, "%lld", job->id);
	setenv("LIAISON_MAIL_ID", num, 1);
	snprintf(num, sizeof num, "%d", job->attempt);
	setenv("LIAISON_MAIL_ATTEMPT", num, 1);
	execl("/bin/sh", "sh", "-c", command, (char *)NULL);
	_exit(127);
}

/* Feed the message without ever blocking past the deadline. */
static int feed(int fd, const struct mail_buf *m, const struct timespec *deadline)
{
	size_t off = 0;
	fcntl(fd, F_SETFL, O_NONBLOCK);
	while (off < m->len) {
		struct pollfd p = {fd, POLLOUT, 0};
		long ms = ms_left(deadline);
		if (ms == 0)
			return -2;
		if (poll(&p, 1, (int)ms) < 0 && errno != EINTR)
			return -1;
		ssize_t w = write(fd, m->p + off, m->len - off);
		if (w < 0 && (errno == EAGAIN || errno == EINTR))
			continue;
		if (w < 0)
			return -1;
		off += (size_t)w;
	}
	return 0;
}

static int reap(pid_t pid, const struct timespec *deadline, int *status)
{
	for (;;) {
		pid_t r = waitpid(pid, status, WNOHANG);
		if (r == pid)
			return 0;
		if (r < 0 && errno != EINTR)
			return -1;
		if (ms_left(deadline) == 0) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			waitpid(pid, status, 0);
			return -2;
		}
		struct timespec ts = {0, 10 * 1000000L};
		nanosleep(&ts, NULL);
	}
}

static int run_command(const char *command, const struct transport_job *job, char *err, size_t errlen)
{
	struct mail_buf lf;
	int fds[2];
	if (to_lf(job->msg, &lf) || pipe2(fds, O_CLOEXEC)) {
		mail_buf_free(&lf);
		snprintf(err, errlen, "out of memory or pipes");
		return -1;
	}
	pid_t pid = fork();
	if (pid == 0)
		child(fds[0], command, job);
	close(fds[0]);
	if (pid < 0) {
		close(fds[1]);
		mail_buf_free(&lf);
		snprintf(err, errlen, "cannot start the mail command: %s", strerror(errno));
		return -1;
	}
	setpgid(pid, pid);
	struct timespec deadline;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += TRANSPORT_TIMEOUT;
	int fed = feed(fds[1], &lf, &deadline);
	close(fds[1]);
	mail_buf_free(&lf);
	int status = 0, waited = reap(pid, &deadline, &status);
	if (waited == -2 || fed == -2)
		snprintf(err, errlen, "the mail command timed out after %d s", TRANSPORT_TIMEOUT);
	else if (waited < 0)
		snprintf(err, errlen, "lost the mail command: %s", strerror(errno));
	else if (WIFSIGNALED(status))
		snprintf(err, errlen, "the mail command was killed by signal %d", WTERMSIG(status));
	else if (WEXITSTATUS(status) != 0)
		snprintf(err, errlen, "the mail command exited with status %d", WEXITSTATUS(status));
	else if (fed < 0)
		snprintf(err, errlen, "the mail command did not read the whole message");
	else
		return 0;
	return -1;
}

int transport_send(const char *command, const char *mail_dir, const struct transport_job *job, char *err,
    size_t errlen)
{
	if (command && *command)
		return run_command(command, job, err, errlen);
	return write_eml(mail_dir, job, err, errlen);
}
