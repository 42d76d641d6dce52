/* mail.c - composing notification mails (queued through the outbox). */
#include "engine/mail.h"

#include <stdio.h>

#include "core/config.h"
#include "db/db.h"
#include "engine/core.h"

static const struct config *conf;

void mail_set_config(const struct config *cfg) { conf = cfg; }

int mail_notice(const struct locked *q, long long user, const char *kind, const char *link)
{
	/* The outbox arrives with the delivery worker; until then a notice is in-app only. */
	(void)q;
	(void)user;
	(void)kind;
	(void)link;
	(void)conf;
	return DB_OK;
}
