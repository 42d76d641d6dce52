/*
 * main.c - liaison-scheduler: the timed work (reminders, escalation,
 * expiry, purges).  Start-up in a fixed order like the app's master; then
 * one pass a second.  Safe to run twice: each item is claimed in its own
 * transaction.  SIGTERM stops it between passes.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/clock.h"
#include "core/config.h"
#include "core/log.h"
#include "core/proc.h"
#include "core/gens.h"
#include "db/settings.h"
#include "db/db.h"
#include "engine/engine.h"
#include "flows/registry.h"
#include "engine/routes.h"
#include "engine/timed.h"
#include "engine/workcal.h"
#include "sched/anchoring.h"

static volatile sig_atomic_t stopping;

static void on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

static void pass(const struct config *cfg)
{
	clock_refresh();
	gens_forget();
	if (db_ready() != DB_OK)
		return;
	/* Read each pass: an admin's holiday counts from the next second on. */
	struct workcal wc;
	if (workcal_load(&wc) != DB_OK)
		return;
	int n = timed_run(&wc.cal, (long long)clock_now());
	workcal_free(&wc);
	if (n > 0)
		log_info("scheduler: %d items handled", n);
	else if (n < 0)
		log_err("scheduler: pass failed (%d)", n);
	anchoring_pass(cfg, (long long)clock_now());
}

int main(int argc, char **argv)
{
	static struct config cfg;
	struct proc_args args;
	char err[512];
	log_set_name("scheduler");
	proc_args(argc, argv, "liaison-scheduler", &args);
	if (config_load(args.files, args.nfiles, &cfg, err, sizeof err)) {
		log_err("%s", err);
		return 1;
	}
	flows_register();
	if (routes_load(cfg.routes_file, err, sizeof err)) {
		log_err("%s", err);
		return 1;
	}
	clock_set_file(cfg.clock_file);
	engine_init(&cfg);
	if (proc_write_pid(args.pid_file)) {
		log_err("cannot write pid file %s", args.pid_file);
		return 1;
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (args.test_only) {
		log_info("configuration is valid");
		return 0;
	}
	db_open(&cfg);
	log_info("scheduler: started");
	while (!stopping) {
		pass(&cfg);
		struct timespec ts = {1, 0};
		nanosleep(&ts, NULL);
	}
	db_close();
	if (args.pid_file)
		unlink(args.pid_file);
	log_info("scheduler: stopped");
	return 0;
}
