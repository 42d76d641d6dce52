/*
 * mail.h - the mail that goes with a notification: composed here in the
 * recipient's language, queued in the outbox inside the same transaction,
 * sent later by the delivery worker.
 */
#ifndef LIAISON_ENGINE_MAIL_H
#define LIAISON_ENGINE_MAIL_H

struct locked;
struct config;

/* mail_set_config - where links point (BaseURL); set at worker start and reload. */
void mail_set_config(const struct config *cfg);

/* mail_notice - queue the mail for a notice of kind to user; link is the
 * raw approval-link token or NULL. */
int mail_notice(const struct locked *q, long long user, const char *kind, const char *link);

#endif
