/*
 * client.h - a small HTTP client for the integration tests: it talks to the
 * real nginx -> app -> MariaDB stack started by scripts/test.sh.
 *
 * Environment: LIAISON_URL (http://127.0.0.1:PORT), LIAISON_VAR (the
 * stack's data folder: clock file, pid files, logs, database socket).
 */
#ifndef LIAISON_TEST_CLIENT_H
#define LIAISON_TEST_CLIENT_H

#include <stddef.h>

struct hc {
	void *curl;
	char *body;
	size_t len;
	long status;
	char *headers;          /* all response headers of the last request */
	size_t hlen;
	char csrf[65];          /* taken from the last HTML page with a csrf field */
};

/* hc_new - a client with its own cookie jar (no redirects followed). */
struct hc *hc_new(void);
void hc_free(struct hc *c);

/* hc_get - GET path; returns the status (0 when the server is unreachable). */
long hc_get(struct hc *c, const char *path);

/* hc_post_raw - POST body as it is, with content type ctype. */
long hc_post_raw(struct hc *c, const char *path, const char *ctype, const char *body, size_t len);

/* hc_post - POST name/value pairs (NULL-terminated list), url-encoded, with
 * the client's csrf token added unless a "csrf" pair is given. */
long hc_post(struct hc *c, const char *path, const char *const *pairs);

/* hc_post_multipart - POST name/value pairs (NULL-terminated list) and, when
 * file_field is not NULL, one file part of len bytes named filename, as
 * multipart/form-data the way a browser sends a form with a file input;
 * the client's csrf token is added unless a "csrf" pair is given.  Returns
 * the status, or 0 when data contains the boundary or memory runs out. */
long hc_post_multipart(struct hc *c, const char *path, const char *const *pairs, const char *file_field,
    const char *filename, const char *data, size_t len);

/* hc_login - log in through the form; returns 1 on success. */
int hc_login(struct hc *c, const char *login, const char *password);

/* hc_has - whether the last body contains s. */
int hc_has(const struct hc *c, const char *s);

/* hc_header - a response header's value of the last request (static copy), or NULL. */
const char *hc_header(const struct hc *c, const char *name);

/* hc_env - an environment variable that must exist (aborts the test otherwise). */
const char *hc_env(const char *name);

/* hc_var_path - LIAISON_VAR joined with rel (static buffer). */
const char *hc_var_path(const char *rel);

/* hc_clock - set the app's clock: "@<epoch>" fixed, "+N"/"-N" offset, "" real. */
void hc_clock(const char *spec);

/* hc_sql - run SQL as the database root over the private socket; the first
 * line of output goes to out (may be NULL).  Returns the exit status. */
int hc_sql(const char *sql, char *out, size_t outlen);

/* hc_sh - run a shell command; returns its exit status. */
int hc_sh(const char *cmd);

/* hc_extract - copy what follows `after` up to the next `until` character
 * in the last body into out; returns 1 when found. */
int hc_extract(const struct hc *c, const char *after, char until, char *out, size_t outlen);

#define DEMO_PW "Liaison@2026"

#endif
