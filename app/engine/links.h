/*
 * links.h - approval links: a 256-bit random token (only its SHA-256 is
 * stored) bound to one request, one step, one approver and the request's
 * version; it expires, works once, and dies when the step is decided, the
 * request is withdrawn, returned or edited, or the step is handed over.
 * Opening a link (GET) never changes anything.
 */
#ifndef LIAISON_LINKS_H
#define LIAISON_LINKS_H

struct req;
struct locked;

/* link_create - inside a transaction: a new link for user on step; the
 * raw token (for the mail only, never stored) goes to token_out. */
int link_create(const struct locked *q, long long step_id, long long user_id, char token_out[65]);

/* links_rebind - inside a transaction: live links of the request follow
 * its new version (those whose step is over fail their own checks). */
int links_rebind(long long request_id);

/* page_link - GET /a/:token: the request and its decision form. */
int page_link(struct req *r);

/* page_link_decide - POST /a/:token: the same decision transaction as the
 * request page, marked as made through the link. */
int page_link_decide(struct req *r);

#endif
