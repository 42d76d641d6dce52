/*
 * main.c - liaison-mailer, the delivery worker: its own process, one per
 * host or several, all reading the same outbox.  Start-up does one thing
 * after another in a fixed order and checks each: arguments,
 * configuration, clock, sender and mail folder, pid file, signals,
 * database.  Then it makes the claims a crashed mailer of this host left
 * due again (reconcile.h) and loops: deliver what is due one message at a time,
 * otherwise wait Liaison.Mail.PollMs.  SIGHUP re-reads the configuration;
 * SIGTERM stops after the current message.  Single-threaded; it renders
 * nothing (bodies arrive rendered in the outbox).
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/clock.h"
#include "core/config.h"
#include "core/fault.h"
#include "core/gens.h"
#include "core/log.h"
#include "core/proc.h"
#include "db/db.h"
#include "mailer/deliver.h"
#include "mailer/reconcile.h"
#include "view/view.h"

#define DB_RETRY_MS 2000

static volatile sig_atomic_t got_term, got_hup;
static struct proc_args args;

static void on_sig(int sig)
{
	if (sig == SIGHUP)
		got_hup = 1;
	else
		got_term = 1;
}

/* Blocked except while waiting, so a signal is never lost between checking
 * the flags and going to sleep, and never interrupts a send half-way. */
static void install_signals(void)
{
	static const int sigs[] = {SIGTERM, SIGINT, SIGHUP};
	proc_signals(on_sig, sigs, sizeof sigs / sizeof sigs[0]);
}

static void wait_ms(int ms)
{
	sigset_t none;
	struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
	sigemptyset(&none);
	if (!got_term && !got_hup)
		ppoll(NULL, 0, &ts, &none);
}

static void describe(const struct config *cfg, const struct deliverer *d)
{
	if (*cfg->mail_command)
		log_info("mailer: sending through the configured command, polling every %d ms", cfg->mail_poll_ms);
	else
		log_info("mailer: writing .eml files into %s, polling every %d ms", d->mail_dir, cfg->mail_poll_ms);
}

/* A broken file keeps what the mailer had and says why. */
static void reload(struct config *cfg, struct deliverer *d)
{
	static struct config fresh;
	struct deliverer nd;
	char err[512];
	if (config_load(args.files, args.nfiles, &fresh, err, sizeof err)) {
		log_err("mailer: reload refused, keeping the old configuration: %s", err);
		return;
	}
	if (deliver_init(&nd, &fresh, err, sizeof err)) {
		log_err("mailer: reload refused, keeping the old configuration: %s", err);
		return;
	}
	int db_changed = strcmp(fresh.db_socket, cfg->db_socket) || strcmp(fresh.db_name, cfg->db_name) ||
	    strcmp(fresh.db_user, cfg->db_user) || strcmp(fresh.db_password, cfg->db_password);
	*cfg = fresh;
	deliver_init(d, cfg, err, sizeof err);    /* cannot fail: the same checks just passed */
	clock_set_file(cfg->clock_file);
	fault_set_beside(cfg->clock_file);
	view_reload(cfg);
	if (db_changed)
		db_close();
	log_info("mailer: configuration reloaded");
	describe(cfg, d);
}

static void run(struct config *cfg, struct deliverer *d)
{
	int db_down = 0, reconciled = 0;
	while (!got_term) {
		if (got_hup) {
			got_hup = 0;
			reload(cfg, d);
		}
		clock_refresh();
		gens_forget();   /* a setting changed meanwhile shows in the next mail's words */
		/* once, as soon as the database answers: what a crash left claimed */
		int rc = reconciled ? DB_OK : reconcile_dead_claims(d, (long long)clock_now());
		reconciled |= rc >= 0;
		if (rc >= 0)
			rc = deliver_next(d, (long long)clock_now());
		if (rc == DELIVER_SENT || rc == DELIVER_FAILED) {
			db_down = 0;
			wait_ms(0);       /* lets a pending SIGTERM or SIGHUP in between messages */
			continue;
		}
		if (rc < 0 && !db_down)
			log_err("mailer: the database failed (%d); trying again every %d ms", rc, DB_RETRY_MS);
		db_down = rc < 0;
		wait_ms(db_down ? DB_RETRY_MS : cfg->mail_poll_ms);
	}
}

int main(int argc, char **argv)
{
	static struct config cfg;
	struct deliverer d;
	char err[512];
	log_set_name("mailer");
	proc_args(argc, argv, "liaison-mailer", &args);
	if (config_load(args.files, args.nfiles, &cfg, err, sizeof err)) {
		log_err("%s", err);
		return 1;
	}
	clock_set_file(cfg.clock_file);
	fault_set_beside(cfg.clock_file);
	clock_refresh();
	if (deliver_init(&d, &cfg, err, sizeof err)) {
		log_err("%s", err);
		return 1;
	}
	/* Mails are written here, from the templates and language files. */
	if (view_init(&cfg)) {
		log_err("mailer: templates or language files unreadable");
		return 1;
	}
	if (args.test_only) {
		log_info("configuration is valid");
		return 0;
	}
	if (proc_write_pid(args.pid_file)) {
		log_err("cannot write pid file %s", args.pid_file);
		return 1;
	}
	install_signals();
	db_open(&cfg);
	describe(&cfg, &d);
	run(&cfg, &d);
	db_close();
	if (args.pid_file)
		unlink(args.pid_file);
	log_info("mailer: stopped");
	return 0;
}
