/* worker.c - the request loop of a worker process. */
#include "worker.h"

#include <fcgiapp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/clock.h"
#include "core/fault.h"
#include "core/config.h"
#include "core/log.h"
#include "engine/engine.h"
#include "engine/routes.h"
#include "db/db.h"
#include "web/dispatch.h"
#include "view/view.h"

static volatile sig_atomic_t stopping, reloading;

static void on_term(int sig)
{
	(void)sig;
	stopping = 1;
	FCGX_ShutdownPending();   /* makes a blocked accept() give up */
}

static void on_hup(int sig)
{
	(void)sig;
	reloading = 1;
}

static void install(int sig, void (*fn)(int))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

/* A broken file keeps what this worker had and says why. */
static void reload(struct config *cfg, const char *const *files, int n)
{
	struct config fresh;
	char err[512];
	if (config_load(files, n, &fresh, err, sizeof err)) {
		log_err("reload refused, keeping the old configuration: %s", err);
		return;
	}
	int db_changed = strcmp(fresh.db_socket, cfg->db_socket) || strcmp(fresh.db_name, cfg->db_name) ||
	    strcmp(fresh.db_user, cfg->db_user) || strcmp(fresh.db_password, cfg->db_password);
	*cfg = fresh;
	clock_set_file(cfg->clock_file);
	fault_set_beside(cfg->clock_file);
	view_reload(cfg);
	if (routes_load(cfg->routes_file, err, sizeof err))
		log_err("reload: keeping the old routes: %s", err);
	if (db_changed)
		db_close();
	log_info("configuration and templates reloaded");
}

void worker_main(int listen_fd, struct config *cfg, const char *const *cfg_files, int ncfg)
{
	FCGX_Request req;
	log_set_name("worker");
	install(SIGTERM, on_term);
	install(SIGINT, on_term);
	install(SIGHUP, on_hup);
	signal(SIGPIPE, SIG_IGN);
	if (view_init(cfg))
		_exit(3);
	engine_init(cfg);
	db_open(cfg);
	if (FCGX_InitRequest(&req, listen_fd, 0)) {
		log_err("worker: FCGX_InitRequest failed");
		_exit(3);
	}
	while (!stopping) {
		if (FCGX_Accept_r(&req) < 0)
			continue;
		if (reloading) {
			reloading = 0;
			reload(cfg, cfg_files, ncfg);
		}
		dispatch(&req, cfg);
		FCGX_Finish_r(&req);
	}
	db_close();
	_exit(0);
}
