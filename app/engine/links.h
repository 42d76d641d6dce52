/*
 * links.h - approval links: a 256-bit random token (only its SHA-256 is
 * stored) bound to one request, one step, one approver and the request's
 * version; it expires, works once, and dies when the step is decided, the
 * request is withdrawn, returned or edited, or the step is handed over.
 * Opening a link never changes anything; the decision it leads to is
 * engine_decide with the link's hash.
 */
#ifndef LIAISON_LINKS_H
#define LIAISON_LINKS_H

struct locked;

/* A new link: it is written with the mail that carries it (notify). */
struct new_link {
	char token[65];   /* raw, for the mail only, never stored */
	char hash[65];    /* its SHA-256 (hex), which is stored */
	long long step, expires;
};

/* link_new - a new link on step, made at q's time; writes nothing. */
int link_new(const struct locked *q, long long step_id, struct new_link *l);

/* links_rebind - inside a transaction: live links of the request follow
 * its new version (those whose step is over fail their own checks). */
int links_rebind(long long request_id);

enum link_state { LINK_OK, LINK_INVALID, LINK_EXPIRED, LINK_USED, LINK_DEAD, LINK_FOREIGN, LINK_LOGIN, LINK_DBERR };

/* What a live link leads to. */
struct link {
	char hash[65];
	long long request_id;
	long long principal;   /* the approver it was made for */
	long long act_for;     /* the principal, when their deputy today opens it; else 0 */
};

/* link_check - what token (64 hex digits) is worth to user (0: nobody
 * logged in) at now: LINK_OK with l filled, or why not. */
enum link_state link_check(const char *token, long long user, long long now, struct link *l);

#endif
