/*
 * ctl.c - liaison-ctl, the operator's command: load the demo organisation,
 * print the demo accounts, verify the audit chain, anchor it, rotate its key.
 *
 *   liaison-ctl -c conf/liaison.hdf [-c override.hdf] demo|accounts|audit-verify|audit-anchor|audit-rotate-key
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "core/log.h"
#include "db/db.h"
#include "engine/engine.h"
#include "engine/routes.h"
#include "flows/registry.h"
#include "tools/audit_cmds.h"
#include "tools/demo.h"

int main(int argc, char **argv)
{
	static struct config cfg;
	const char *files[8];
	int nfiles = 0, ch;
	char err[512];
	log_set_name("ctl");
	while ((ch = getopt(argc, argv, "c:")) != -1)
		if (ch == 'c' && nfiles < 8)
			files[nfiles++] = optarg;
	if (optind >= argc || !nfiles) {
		fprintf(stderr, "usage: liaison-ctl -c config.hdf [-c more.hdf] demo|accounts|audit-verify|audit-anchor|audit-rotate-key\n");
		return 2;
	}
	if (config_load(files, nfiles, &cfg, err, sizeof err)) {
		fprintf(stderr, "%s\n", err);
		return 1;
	}
	flows_register();
	engine_init(&cfg);
	db_open(&cfg);
	if (db_ready() != DB_OK) {
		fprintf(stderr, "liaison-ctl: cannot reach the database\n");
		return 1;
	}
	const char *cmd = argv[optind];
	if (!strcmp(cmd, "demo")) {
		/* types' demo hooks file requests through the engine, which routes them */
		if (routes_load(cfg.routes_file, err, sizeof err)) {
			fprintf(stderr, "%s\n", err);
			return 1;
		}
		return demo_load() ? 1 : 0;
	}
	if (!strcmp(cmd, "accounts")) {
		demo_print(cfg.base_url);
		return 0;
	}
	if (!strcmp(cmd, "audit-verify"))
		return audit_verify_cmd(&cfg);
	if (!strcmp(cmd, "audit-anchor"))
		return audit_anchor_cmd(&cfg);
	if (!strcmp(cmd, "audit-rotate-key"))
		return audit_rotate_cmd(&cfg);
	fprintf(stderr, "liaison-ctl: unknown command %s\n", cmd);
	return 2;
}
