/*
 * proc.h - what every Liaison process does the same way at start-up: its
 * arguments (-c config files, -p pid file, -t check only), its pid file,
 * and its signal handlers, held blocked except while it waits.
 */
#ifndef LIAISON_PROC_H
#define LIAISON_PROC_H

#include <stddef.h>

#define PROC_MAX_CFG 8

struct proc_args {
	const char *files[PROC_MAX_CFG];
	int nfiles;
	const char *pid_file;
	int test_only;
};

/* proc_args - read -c/-p/-t; prints a usage line naming prog and exits 2
 * on anything else or without a -c. */
void proc_args(int argc, char **argv, const char *prog, struct proc_args *out);

/* proc_write_pid - write our pid to path (NULL: nothing); 0 or -1. */
int proc_write_pid(const char *path);

/* proc_signals - install handler for each of sigs and keep them blocked, so
 * that none slips between checking a flag and waiting (sigsuspend/ppoll
 * unblock them); SIGPIPE is ignored. */
void proc_signals(void (*handler)(int), const int *sigs, size_t n);

/* proc_unblock - the mask a child or waiter uses: nothing blocked. */
void proc_unblock(void);

#endif
