/* proc.c - arguments, pid files and signals shared by every process. */
#include "core/proc.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void proc_args(int argc, char **argv, const char *prog, struct proc_args *out)
{
	int ch;
	memset(out, 0, sizeof *out);
	while ((ch = getopt(argc, argv, "c:p:t")) != -1) {
		if (ch == 'c' && out->nfiles < PROC_MAX_CFG)
			out->files[out->nfiles++] = optarg;
		else if (ch == 'p')
			out->pid_file = optarg;
		else if (ch == 't')
			out->test_only = 1;
		else
			out->nfiles = -1;
	}
	if (out->nfiles <= 0) {
		fprintf(stderr, "usage: %s -c config.hdf [-c override.hdf ...] [-p pidfile] [-t]\n", prog);
		exit(2);
	}
}

int proc_write_pid(const char *path)
{
	if (!path)
		return 0;
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fprintf(f, "%d\n", (int)getpid());
	return fclose(f);
}

void proc_signals(void (*handler)(int), const int *sigs, size_t n)
{
	struct sigaction sa;
	sigset_t set;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sigemptyset(&set);
	for (size_t i = 0; i < n; i++) {
		sigaction(sigs[i], &sa, NULL);
		sigaddset(&set, sigs[i]);
	}
	signal(SIGPIPE, SIG_IGN);
	sigprocmask(SIG_BLOCK, &set, NULL);
}

void proc_unblock(void)
{
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}
