/*
 * main.c - the master process.  Start-up does one thing after another in a
 * fixed order and checks each: arguments, configuration, password list,
 * listening socket, pid file, signals, workers.  Then it only supervises:
 * a worker that dies is logged and replaced; SIGHUP is passed on; SIGTERM
 * stops every worker after its current request.
 */
#include <errno.h>
#include <fcgiapp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "audit/audit.h"
#include "auth/password.h"
#include "core/clock.h"
#include "core/fault.h"
#include "core/config.h"
#include "core/log.h"
#include "core/proc.h"
#include "engine/routes.h"
#include "flows/registry.h"
#include "worker.h"

#define MAX_WORKERS 256

static volatile sig_atomic_t got_term, got_hup, got_chld;
static pid_t workers[MAX_WORKERS];
static struct proc_args args;

static void on_sig(int sig)
{
	if (sig == SIGTERM || sig == SIGINT)
		got_term = 1;
	else if (sig == SIGHUP)
		got_hup = 1;
	else if (sig == SIGCHLD)
		got_chld = 1;
}

static int open_socket(const struct config *cfg)
{
	unlink(cfg->listen_socket);
	int fd = FCGX_OpenSocket(cfg->listen_socket, 256);
	if (fd < 0)
		return -1;
	/* nginx's workers run as another user; the socket's folder guards it. */
	chmod(cfg->listen_socket, 0666);
	return fd;
}

static void install_signals(void)
{
	static const int sigs[] = {SIGTERM, SIGINT, SIGHUP, SIGCHLD};
	proc_signals(on_sig, sigs, sizeof sigs / sizeof sigs[0]);
}

static pid_t spawn(int fd, struct config *cfg)
{
	pid_t pid = fork();
	if (pid == 0) {
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = SIG_DFL;
		sigaction(SIGCHLD, &sa, NULL);
		proc_unblock();
		worker_main(fd, cfg, args.files, args.nfiles);
	}
	if (pid < 0)
		log_err("master: fork failed: %s", strerror(errno));
	return pid;
}

static void signal_workers(int n, int sig)
{
	for (int i = 0; i < n; i++)
		if (workers[i] > 0)
			kill(workers[i], sig);
}

/* Replace dead workers; a worker dying at once again waits a second so a
 * broken start-up cannot become a fork storm. */
static void reap(int fd, struct config *cfg)
{
	int status;
	pid_t pid;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		for (int i = 0; i < cfg->workers; i++) {
			if (workers[i] != pid)
				continue;
			if (WIFSIGNALED(status))
				log_err("master: worker %d killed by signal %d; starting another", (int)pid, WTERMSIG(status));
			else
				log_err("master: worker %d exited with %d; starting another", (int)pid, WEXITSTATUS(status));
			workers[i] = got_term ? 0 : spawn(fd, cfg);
		}
	}
}

static void supervise(int fd, struct config *cfg)
{
	sigset_t none;
	sigemptyset(&none);
	while (!got_term) {
		time_t before = time(NULL);
		if (!got_chld && !got_hup)
			sigsuspend(&none);
		if (got_hup) {
			got_hup = 0;
			log_info("master: SIGHUP, asking workers to reload");
			signal_workers(cfg->workers, SIGHUP);
		}
		if (got_chld && !got_term) {
			got_chld = 0;
			if (time(NULL) == before)
				sleep(1);
			reap(fd, cfg);
		}
	}
}

static void shutdown_all(struct config *cfg)
{
	log_info("master: stopping %d workers", cfg->workers);
	signal_workers(cfg->workers, SIGTERM);
	while (wait(NULL) > 0 || errno == EINTR)
		;
	unlink(cfg->listen_socket);
	if (args.pid_file)
		unlink(args.pid_file);
	log_info("master: stopped");
}

int main(int argc, char **argv)
{
	static struct config cfg;
	char err[512];
	log_set_name("master");
	proc_args(argc, argv, "liaison", &args);
	if (config_load(args.files, args.nfiles, &cfg, err, sizeof err)) {
		log_err("%s", err);
		return 1;
	}
	flows_register();
	if (routes_load(cfg.routes_file, err, sizeof err)) {
		log_err("%s", err);
		return 1;
	}
	if (audit_setup(cfg.audit.key_file))   /* nothing could be audited: refuse to start */
		return 1;
	if (args.test_only) {
		log_info("configuration is valid");
		return 0;
	}
	clock_set_file(cfg.clock_file);
	fault_set_beside(cfg.clock_file);
	if (pw_common_load(cfg.common_passwords) < 0) {
		log_err("cannot read the common password list %s", cfg.common_passwords);
		return 1;
	}
	FCGX_Init();
	int fd = open_socket(&cfg);
	if (fd < 0) {
		log_err("cannot listen on %s", cfg.listen_socket);
		return 1;
	}
	if (proc_write_pid(args.pid_file)) {
		log_err("cannot write pid file %s", args.pid_file);
		return 1;
	}
	install_signals();
	for (int i = 0; i < cfg.workers; i++)
		workers[i] = spawn(fd, &cfg);
	log_info("master: %d workers on %s", cfg.workers, cfg.listen_socket);
	supervise(fd, &cfg);
	shutdown_all(&cfg);
	return 0;
}
