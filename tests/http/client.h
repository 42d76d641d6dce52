/*
 * client.h - a small HTTP client for the integration tests: it talks to the
 * real nginx -> app -> MariaDB stack started by scripts/test.sh.
 *
 * Environment: LIAISON_URL (http://127.0.0.1:PORT), LIAISON_VAR (the
 * stack's data folder: clock file, pid files, logs, database socket),
 * LIAISON_CA (optional: the certificate an https stack is checked against).
 */
#ifndef LIAISON_TEST_CLIENT_H
#define LIAISON_TEST_CLIENT_H

#include <stddef.h>
#include <sys/types.h>

struct hc {
	void *curl;
	char *body;
	size_t len;
	long status;
	char *headers;          /* all response headers of the last request */
	size_t hlen;
	char csrf[65];          /* taken from the last HTML page with a csrf field */
	void *extra;            /* request headers sent with every request (hc_send_header) */
	int keep_labels;        /* keep the cells' data-label attributes (see client.c) */
};

/* hc_new - a client with its own cookie jar (no redirects followed). */
struct hc *hc_new(void);
void hc_free(struct hc *c);

/* hc_send_header - send line ("Name: value") with every later request of
 * c; NULL sends none again. */
void hc_send_header(struct hc *c, const char *line);

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

/* hc_race - n children (at most HC_RACE_MAX), each with c's session and
 * CSRF token, wait at one gate and, released together, send what
 * post(k, i, ctx) sends (i: the child's number). Counts the answers: ok
 * the status wanted, refused the expected refusal, other anything else. */
#define HC_RACE_MAX 64
struct hc_race {
	int ok, refused, other;
};
typedef long (*hc_race_post)(struct hc *k, int i, void *ctx);
struct hc_race hc_race(struct hc *c, int n, hc_race_post post, void *ctx, long ok_status, long refused_status);

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

/* ---- shared helpers of the test files ---------------------------------
 * Built on the client above; they fail the running cmocka test (an
 * assertion) where they say so.  Strings they return live in static
 * buffers that the next few calls reuse: copy what must be kept. */

#define HC_PRINTF(f, a) __attribute__((format(printf, f, a)))

/* -- SQL as the database root (constant formats and values the test made) */

/* sql_num - the number the first row of sql yields, or -1 when the query
 * fails, yields nothing or NULL. */
long long sql_num(const char *sql);

/* sql_numf - sql_num of the SQL printed from fmt and its arguments. */
long long sql_numf(const char *fmt, ...) HC_PRINTF(1, 2);

/* sql_strf - the first row of the SQL printed from fmt into out (n bytes);
 * "" for NULL.  Asserts that the query ran. */
void sql_strf(char *out, size_t n, const char *fmt, ...) HC_PRINTF(3, 4);

/* sql_str - sql_strf into a static buffer (up to 511 bytes). */
const char *sql_str(const char *fmt, ...) HC_PRINTF(1, 2);

/* -- this run's names */

/* tag - six lowercase letters that make this run's names, notes and keys
 * unique on a stack that earlier runs used; set by new_tag(). */
extern char tag[8];
void new_tag(void);

/* name_of - prefix followed by the tag, into out (n bytes). */
void name_of(char *out, size_t n, const char *prefix);

/* -- logged-in clients, one a login, kept until forget_clients() */

/* as - the client of demo user login (password DEMO_PW), logged in at the
 * first call.  Asserts the login and that the cache (24) is not full. */
struct hc *as(const char *login);

/* remember_client - keep c, logged in as login, for as() to return. */
void remember_client(const char *login, struct hc *c);

/* forget_clients - free every client as() keeps (sessions do not survive
 * a jump of the clock: the next as() logs in again). */
void forget_clients(void);

/* admin - as("admin"), logged in again when its session has ended (it
 * must then see /admin/users). */
struct hc *admin(void);

/* try_login - fetch the login form (for its token) and POST it; returns
 * the status of the POST (303 when accepted), 0 when the form failed. */
long try_login(struct hc *c, const char *login, const char *pw);

/* first_login - a new client that logs in with the temporary password tmp
 * and sets pw on the forced change page; asserts each step. */
struct hc *first_login(const char *login, const char *tmp, const char *pw);

/* error_beside - whether the last page shows msg in the error span of
 * field (msg NULL: any error there). */
int error_beside(const struct hc *c, const char *field, const char *msg);

/* -- the settable clock */

/* clock_at - fix the app's clock at epoch t and forget_clients(). */
void clock_at(long long t);

/* clock_wall - clock_at Shanghai wall-clock time y-mo-d hh:mi:ss. */
void clock_wall(int y, int mo, int d, int hh, int mi, int ss);

/* clock_real - the app's clock is real time again; forget_clients(). */
void clock_real(void);

/* shanghai_day - YYYY-MM-DD of today in Shanghai moved by days (real time). */
void shanghai_day(char out[11], int days);

/* -- requests */

/* user_id - the id of login; asserts that it exists. */
long long user_id(const char *login);

long long version_of(long long id);          /* the request's version */
const char *state_of(long long id);          /* its state ("in_approval", ...) */
const char *number_of(long long id);         /* its number (fixed width) */
long long request_count(void);               /* all requests */

/* pending - logins of the assignees who may act on request id now, in
 * the order they were assigned, comma-separated ("" when none). */
const char *pending(long long id);

/* audit_rows - audit rows about request id; audit_action - those with action. */
long long audit_rows(long long id);
long long audit_action(long long id, const char *action);

/* notes - notifications of kind to login about request id. */
long long notes(const char *login, long long id, const char *kind);

/* id_from_location - the request id of the last response's Location
 * (/requests/<id>); fails the test when there is none. */
long long id_from_location(const struct hc *c);

/* path_of - a path printed from fmt into out (n bytes). */
void path_of(char *out, size_t n, const char *fmt, ...) HC_PRINTF(3, 4);

/* -- the test build's probe type (tests/http/routes-probe.hdf) */

/* file_note - file a probe of shape with note (its title) as login, no
 * hook refusing; returns its id.  Fails the test unless it is filed. */
long long file_note(const char *login, const char *shape, const char *note);

/* file_probe - file_note with the note "<shape>-<tag>". */
long long file_probe(const char *login, const char *shape);

/* expense_reset - the expense tests' start: the real clock, no expense,
 * claim or difference still open, no budget hold left, and the test
 * budgets whose first day is on or after budgets_from gone. */
void expense_reset(const char *budgets_from);

/* header_badge - the unread count the header of the home page shows (0
 * without a badge, -1 when the page does not load). */
long long header_badge(struct hc *c);

/* decide - POST /requests/:id/decide as login with the current version,
 * comment (NULL: "") and target (0: none); returns the status. */
long decide(const char *login, long long id, const char *action, const char *comment, long long target);

/* decide_on_page - open the request page as login (for its csrf token),
 * then POST action with the current version and the comment "ok". */
long decide_on_page(const char *login, long long id, const char *action);

/* withdraw - POST /requests/:id/withdraw as login (confirmed, current
 * version); returns the status. */
long withdraw(const char *login, long long id);

/* link_get, link_post - GET or POST (a decision) the approval link /a/<token>. */
long link_get(struct hc *c, const char *token);
long link_post(struct hc *c, const char *token, const char *action, long long version, const char *comment);

/* -- files and mail (.eml files the delivery worker writes) */

/* stack_mailer_pid - the stack's running mailer (its pid file), or 0. */
pid_t stack_mailer_pid(void);

/* count_in_log - how often what stands in the mailer's log. */
int count_in_log(const char *what);

/* count_in_app_log - how often what stands in the app's log. */
int count_in_app_log(const char *what);

/* slurp - the whole file in a fresh string (len: its length, may be
 * NULL), or NULL when it cannot be read. */
char *slurp(const char *path, size_t *len);

/* spit - write text to path; returns 0 on success. */
int spit(const char *path, const char *text);

/* sleep_ms - sleep ms milliseconds (through signals). */
void sleep_ms(long ms);

/* eml_file - the path of the .eml of outbox row id (named by its
 * Message-ID, "<id>.<hash>@<domain>.eml"), or NULL when there is none. */
const char *eml_file(long long id);

/* wait_eml - the .eml of outbox row id, waiting up to 5 s for the
 * worker; a fresh string, or NULL. */
char *wait_eml(long long id);

/* mail_to - the plain-text part, decoded, of the newest mail to login
 * about request id (one with an approval link when with_link) into text;
 * asserts it was addressed to login and names the request. */
void mail_to(const char *login, long long id, int with_link, char *text, size_t textlen);

/* link_of - the token of the link in login's newest link mail about id. */
void link_of(const char *login, long long id, char token[65]);

/* -- long Chinese text */

/* cjk_text - a fresh string of exactly chars characters, 3- and 4-byte
 * UTF-8 mixed (every fourth is outside the BMP); the caller frees it. */
char *cjk_text(size_t chars);

/* stored_is - whether column col of the row of table whose key is id
 * holds exactly text, byte for byte. */
int stored_is(const char *table, const char *col, const char *key, long long id, const char *text);

/* -- cmocka fixtures (setup and teardown functions); each returns 0 unless said */

/* fixture_new_run - new_tag(), the real clock; -1 unless the demo data is
 * there (mkt_staff exists). */
int fixture_new_run(void **state);

/* fixture_forget_clients - forget_clients(). */
int fixture_forget_clients(void **state);

/* fixture_real_time - clock_real(): real time again, every client forgotten. */
int fixture_real_time(void **state);

#endif
