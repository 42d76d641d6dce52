/*
 * deliver.h - one step of the delivery worker: claim the next due outbox
 * message, send it, record what happened.
 *
 * Several workers, on one host or several, may run at once: a message is
 * claimed in its own short transaction (SELECT ... FOR UPDATE SKIP LOCKED,
 * then marked 'sending' with a deadline), sent outside any transaction,
 * and its outcome written in a second one that only applies while the
 * claim is still this worker's.  A worker that dies mid-send leaves the
 * message 'sending'; once DELIVER_CLAIM_TIMEOUT has passed any worker
 * claims it again.
 */
#ifndef LIAISON_DELIVER_H
#define LIAISON_DELIVER_H

#include <stddef.h>

#define DELIVER_CLAIM_TIMEOUT 600   /* seconds; longer than TRANSPORT_TIMEOUT */

struct config;

struct deliverer {
	const char *command;          /* Liaison.Mail.Command ("" for files) */
	const char *from;             /* Liaison.Mail.From, checked by deliver_init */
	const char *secret;           /* keys the stable Message-ID */
	char mail_dir[600];           /* DataDir/mail */
	char domain[256];             /* of the From address, for Message-IDs */
	char worker[96];              /* host:pid, recorded as claimed_by */
	int keep_bodies;              /* demo mode: sent mails stay readable in the outbox view */
	const char *base_url;         /* Liaison.BaseURL: where the mails' links point */
};

enum deliver_result {
	DELIVER_IDLE = 1,             /* nothing due */
	DELIVER_SENT = 2,
	DELIVER_FAILED = 3,           /* tried and failed; retried later or given up */
};

/*
 * deliver_init - fill d from cfg (which must outlive d): check the From
 * address and make sure DataDir/mail exists when no command is set.
 * Returns 0, or -1 with the reason in err.
 */
int deliver_init(struct deliverer *d, const struct config *cfg, char *err, size_t errlen);

/*
 * deliver_next - claim, send and record one message at time now.  Returns
 * a deliver_result, or a negative db_rc when the database failed.
 */
int deliver_next(const struct deliverer *d, long long now);

#endif
