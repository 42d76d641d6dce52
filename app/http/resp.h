/*
 * resp.h - writing the response: status line, the security headers every
 * response carries, the request's extra headers, and the body.
 */
#ifndef LIAISON_RESP_H
#define LIAISON_RESP_H

#include <stddef.h>

struct req;

/* resp_send - send a complete response once; a second call is ignored. */
void resp_send(struct req *r, int status, const char *ctype, const char *body, size_t len);

/* resp_redirect - 303 See Other to a path on this site (must start with
 * '/' and not "//", or it is replaced by "/": no open redirects). */
void resp_redirect(struct req *r, const char *path);

/* resp_reason - the reason phrase of a status code. */
const char *resp_reason(int status);

/* resp_safe_next - whether path is a local path fit for a redirect. */
int resp_safe_next(const char *path);

#endif
