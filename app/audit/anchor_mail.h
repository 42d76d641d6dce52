/* anchor_mail.h - a new anchor mailed to the named auditors through the
 * outbox, so a copy of each signed head lives in mailboxes the database
 * administrator does not hold either. */
#ifndef LIAISON_AUDIT_ANCHOR_MAIL_H
#define LIAISON_AUDIT_ANCHOR_MAIL_H

#include "audit/anchor.h"

/* anchor_mail - queue one mail per address of auditors (comma-separated;
 * "" none) carrying a, in one transaction.  Returns the number queued, -1
 * on a database error or a malformed address (nothing queued then). */
int anchor_mail(const char *auditors, const struct anchor *a, long long now);

#endif
