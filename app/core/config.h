/*
 * config.h - deployment configuration (conf/liaison.hdf plus overrides).
 *
 * Only deployment facts live here (sockets, paths, limits, worker count).
 * Policy numbers from domain.md live in the database's settings table,
 * where admins edit them.
 */
#ifndef LIAISON_CONFIG_H
#define LIAISON_CONFIG_H

#include <stddef.h>
#include "core/limits.h"

#define CFG_PATH 512

struct config {
	char listen_socket[CFG_PATH];
	int workers;
	char db_socket[CFG_PATH];
	char db_name[64];
	char db_user[64];
	char db_password[128];         /* read from db_password_file */
	char secret_key[129];          /* read from secret_key_file; signs nothing yet, keys CSRF */
	char base_url[CFG_PATH];
	int https;                     /* base_url starts with https:// */
	char template_dir[CFG_PATH];
	char lang_dir[CFG_PATH];
	char data_dir[CFG_PATH];       /* attachments, mail, clock file live below it */
	char clock_file[CFG_PATH];
	char common_passwords[CFG_PATH];
	char routes_file[CFG_PATH];
	struct limits limits;
	int demo;
	char mail_command[CFG_PATH];    /* Liaison.Mail.Command; empty: .eml files into DataDir/mail */
	char mail_from[256];            /* Liaison.Mail.From, "Name <addr>" or "addr" */
	int mail_poll_ms;               /* Liaison.Mail.PollMs: the delivery worker's idle wait */
	struct {                        /* Liaison.Audit.*: the chain's key and its anchors */
		char key_file[CFG_PATH];        /* HMAC keys, 0600, never in the database */
		char anchor_file[CFG_PATH];     /* signed heads are appended here */
		char sign_key_file[CFG_PATH];   /* Ed25519 private key (PEM) that signs them */
		char verify_key_file[CFG_PATH]; /* its public key, for the verifier */
		int anchor_minutes;             /* the scheduler's interval; 0: on demand only */
		char auditors[512];             /* addresses mailed each anchor, comma-separated */
	} audit;
};

/*
 * config_load - read the HDF files in order (later ones override earlier),
 * check every value and fill cfg.  On failure returns -1 with a message
 * naming the bad or missing key in err.
 */
int config_load(const char *const *files, int nfiles, struct config *cfg, char *err, size_t errlen);

#endif
