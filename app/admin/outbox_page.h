/*
 * outbox_page.h - the admin's view of the mail outbox: every message with
 * its subject, state, attempts, next try and last error.  In demo mode (no
 * mail server) it also shows each message's text and link, so the demo can
 * be followed from the outbox; in production it does not, because bodies
 * and links carry approval-link tokens meant only for their recipient.  A
 * message the mailer has not written yet is shown as it will be written.
 */
#ifndef LIAISON_ADMIN_OUTBOX_PAGE_H
#define LIAISON_ADMIN_OUTBOX_PAGE_H

struct req;
struct route_table;

/* GET /admin/outbox?state=&page= */
int admin_outbox(struct req *r);

extern const struct route_table outbox_table;

#endif
