/*
 * session.h - login sessions: a random 256-bit token in an HttpOnly cookie,
 * only its SHA-256 in the database; idle and absolute timeouts; one CSRF
 * token per session.
 */
#ifndef LIAISON_SESSION_H
#define LIAISON_SESSION_H

struct req;

#define SESSION_COOKIE "sid"
#define PRELOGIN_COOKIE "lcsrf"

/* session_load - find the request's session and fill r->user and r->sess.
 * An expired session is deleted.  Returns 0, or a db rc (db/db.h) when
 * the database cannot say. */
int session_load(struct req *r);

/* session_start - inside a transaction: create a session for user_id and
 * remember the token; session_cookie_set then sends it after commit. */
int session_start(struct req *r, long long user_id, char token_out[65]);

/* session_cookie_set - send the session cookie (token NULL clears it). */
void session_cookie_set(struct req *r, const char *token);

/* csrf_ok - whether the POSTed token matches the session's (or, for the
 * login form, the pre-login cookie's). */
int csrf_ok(const struct req *r, const char *sent, int prelogin);

#endif
