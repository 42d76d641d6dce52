/* client.c - libcurl wrapper for the HTTP integration tests. */
#include "client.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <curl/curl.h>
#include <errno.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

struct buf {
	char *b;
	size_t l;
};

static size_t on_data(char *p, size_t sz, size_t n, void *ud)
{
	struct buf *buf = ud;
	size_t add = sz * n;
	char *nb = realloc(buf->b, buf->l + add + 1);
	if (!nb)
		return 0;
	memcpy(nb + buf->l, p, add);
	buf->l += add;
	nb[buf->l] = '\0';
	buf->b = nb;
	return add;
}

struct hc *hc_new(void)
{
	struct hc *c = calloc(1, sizeof *c);
	c->curl = curl_easy_init();
	curl_easy_setopt(c->curl, CURLOPT_COOKIEFILE, "");
	curl_easy_setopt(c->curl, CURLOPT_TIMEOUT, 30L);
	const char *ca = getenv("LIAISON_CA");
	if (ca && *ca)
		curl_easy_setopt(c->curl, CURLOPT_CAINFO, ca);
	return c;
}

void hc_free(struct hc *c)
{
	if (!c)
		return;
	curl_easy_cleanup(c->curl);
	curl_slist_free_all(c->extra);
	free(c->body);
	free(c->headers);
	free(c);
}

const char *hc_env(const char *name)
{
	const char *v = getenv(name);
	if (!v || !*v) {
		fprintf(stderr, "environment variable %s is not set\n", name);
		abort();
	}
	return v;
}

static void remember_csrf(struct hc *c)
{
	char tok[65];
	if (hc_extract(c, "name=\"csrf\" value=\"", '"', tok, sizeof tok) && strlen(tok) == 64)
		memcpy(c->csrf, tok, sizeof tok);
}

/* A list's cells carry their column's name for the phone's card layout
 * (data-label="..."). Dropped from HTML bodies here, so a test reads a row's
 * cells as the table shows them; keep_labels keeps them for the test that
 * checks the labels themselves. */
static void drop_labels(struct hc *c)
{
	static const char tag[] = " data-label=\"";
	if (c->keep_labels || !strcasestr(c->headers, "content-type: text/html"))
		return;
	size_t w = 0, r = 0;
	while (r < c->len) {
		if (c->len - r > sizeof tag - 1 && !memcmp(c->body + r, tag, sizeof tag - 1)) {
			const char *end = memchr(c->body + r + sizeof tag - 1, '"', c->len - r - (sizeof tag - 1));
			if (end) {
				r = (size_t)(end - c->body) + 1;
				continue;
			}
		}
		c->body[w++] = c->body[r++];
	}
	c->body[w] = 0;
	c->len = w;
}

static long perform(struct hc *c, const char *path)
{
	char url[2048];
	struct buf body = {NULL, 0}, head = {NULL, 0};
	snprintf(url, sizeof url, "%s%s", hc_env("LIAISON_URL"), path);
	curl_easy_setopt(c->curl, CURLOPT_URL, url);
	curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c->curl, CURLOPT_WRITEDATA, &body);
	curl_easy_setopt(c->curl, CURLOPT_HEADERFUNCTION, on_data);
	curl_easy_setopt(c->curl, CURLOPT_HEADERDATA, &head);
	c->status = 0;
	if (curl_easy_perform(c->curl) == CURLE_OK)
		curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &c->status);
	free(c->body);
	free(c->headers);
	c->body = body.b ? body.b : calloc(1, 1);
	c->len = body.l;
	c->headers = head.b ? head.b : calloc(1, 1);
	c->hlen = head.l;
	drop_labels(c);
	remember_csrf(c);
	return c->status;
}

void hc_send_header(struct hc *c, const char *line)
{
	if (!line) {
		curl_slist_free_all(c->extra);
		c->extra = NULL;
	} else {
		c->extra = curl_slist_append(c->extra, line);
	}
}

/* The client's own headers, then those of this request (a copy: the
 * list curl holds must outlive the call only). */
static struct curl_slist *headers_of(const struct hc *c, const char *line)
{
	struct curl_slist *hl = NULL;
	for (struct curl_slist *h = c->extra; h; h = h->next)
		hl = curl_slist_append(hl, h->data);
	return line ? curl_slist_append(hl, line) : hl;
}

long hc_get(struct hc *c, const char *path)
{
	struct curl_slist *hl = headers_of(c, NULL);
	curl_easy_setopt(c->curl, CURLOPT_HTTPGET, 1L);
	curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, hl);
	long st = perform(c, path);
	curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, NULL);
	curl_slist_free_all(hl);
	return st;
}

long hc_post_raw(struct hc *c, const char *path, const char *ctype, const char *body, size_t len)
{
	char h[256];
	snprintf(h, sizeof h, "Content-Type: %s", ctype);
	struct curl_slist *hl = headers_of(c, h);
	curl_easy_setopt(c->curl, CURLOPT_POST, 1L);
	curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(c->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, hl);
	long st = perform(c, path);
	curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, NULL);
	curl_slist_free_all(hl);
	return st;
}

static void append(char **buf, size_t *len, const char *s)
{
	size_t n = strlen(s);
	*buf = realloc(*buf, *len + n + 1);
	memcpy(*buf + *len, s, n + 1);
	*len += n;
}

long hc_post(struct hc *c, const char *path, const char *const *pairs)
{
	char *body = NULL;
	size_t len = 0;
	int has_csrf = 0;
	append(&body, &len, "");
	for (size_t i = 0; pairs && pairs[i]; i += 2) {
		char *k = curl_easy_escape(c->curl, pairs[i], 0);
		char *v = curl_easy_escape(c->curl, pairs[i + 1] ? pairs[i + 1] : "", 0);
		if (len)
			append(&body, &len, "&");
		append(&body, &len, k);
		append(&body, &len, "=");
		append(&body, &len, v);
		has_csrf |= !strcmp(pairs[i], "csrf");
		curl_free(k);
		curl_free(v);
	}
	if (!has_csrf && c->csrf[0]) {
		append(&body, &len, len ? "&csrf=" : "csrf=");
		append(&body, &len, c->csrf);
	}
	long st = hc_post_raw(c, path, "application/x-www-form-urlencoded", body, len);
	free(body);
	return st;
}

#define HC_BOUNDARY "hcFormBoundary7MA4YWxkTrZu0gWq3Zx9"

static void append_part_head(char **buf, size_t *len, const char *name, const char *filename)
{
	append(buf, len, "--" HC_BOUNDARY "\r\nContent-Disposition: form-data; name=\"");
	append(buf, len, name);
	if (filename) {
		append(buf, len, "\"; filename=\"");
		append(buf, len, filename);
		append(buf, len, "\"\r\nContent-Type: application/octet-stream");
	} else {
		append(buf, len, "\"");
	}
	append(buf, len, "\r\n\r\n");
}

long hc_post_multipart(struct hc *c, const char *path, const char *const *pairs, const char *file_field,
    const char *filename, const char *data, size_t len)
{
	char *body = NULL;
	size_t blen = 0;
	int has_csrf = 0;
	if (data && memmem(data, len, HC_BOUNDARY, strlen(HC_BOUNDARY)))
		return 0;
	append(&body, &blen, "");
	for (size_t i = 0; pairs && pairs[i]; i += 2) {
		append_part_head(&body, &blen, pairs[i], NULL);
		append(&body, &blen, pairs[i + 1] ? pairs[i + 1] : "");
		append(&body, &blen, "\r\n");
		has_csrf |= !strcmp(pairs[i], "csrf");
	}
	if (!has_csrf && c->csrf[0]) {
		append_part_head(&body, &blen, "csrf", NULL);
		append(&body, &blen, c->csrf);
		append(&body, &blen, "\r\n");
	}
	if (file_field) {
		append_part_head(&body, &blen, file_field, filename ? filename : "");
		char *nb = realloc(body, blen + len + 1);
		if (!nb) {
			free(body);
			return 0;
		}
		body = nb;
		if (len)
			memcpy(body + blen, data, len);
		blen += len;
		body[blen] = '\0';
		append(&body, &blen, "\r\n");
	}
	append(&body, &blen, "--" HC_BOUNDARY "--\r\n");
	long st = hc_post_raw(c, path, "multipart/form-data; boundary=" HC_BOUNDARY, body, blen);
	free(body);
	return st;
}

int hc_login(struct hc *c, const char *login, const char *password)
{
	if (hc_get(c, "/login") != 200)
		return 0;
	const char *p[] = {"login", login, "password", password, NULL};
	return hc_post(c, "/login", p) == 303 && hc_get(c, "/") == 200;
}

int hc_has(const struct hc *c, const char *s) { return c->body && strstr(c->body, s) != NULL; }

const char *hc_header(const struct hc *c, const char *name)
{
	static char val[2048];
	size_t n = strlen(name);
	for (const char *l = c->headers; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : l + strlen(l)) {
		if (!strncasecmp(l, name, n) && l[n] == ':') {
			const char *v = l + n + 1;
			while (*v == ' ')
				v++;
			size_t k = strcspn(v, "\r\n");
			snprintf(val, sizeof val, "%.*s", (int)k, v);
			return val;
		}
	}
	return NULL;
}

const char *hc_var_path(const char *rel)
{
	static char p[1024];
	snprintf(p, sizeof p, "%s/%s", hc_env("LIAISON_VAR"), rel);
	return p;
}

/* Written aside and renamed: a process reading the clock while it changes
 * sees the old time or the new one, never an empty file (real time). */
void hc_clock(const char *spec)
{
	char tmp[1100], path[1100];
	snprintf(tmp, sizeof tmp, "%s", hc_var_path("clock.tmp"));
	snprintf(path, sizeof path, "%s", hc_var_path("clock"));
	FILE *f = fopen(tmp, "w");
	if (!f)
		abort();
	fprintf(f, "%s\n", spec);
	if (fclose(f) || rename(tmp, path))
		abort();
}

int hc_sh(const char *cmd)
{
	int st = system(cmd);
	return st == -1 ? -1 : (st >> 8) & 0xff;
}

int hc_sql(const char *sql, char *out, size_t outlen)
{
	char path[] = "/tmp/liaison-sql-XXXXXX", cmd[2048];
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f)
		return -1;
	fputs(sql, f);
	fclose(f);
	snprintf(cmd, sizeof cmd, "mariadb --no-defaults --default-character-set=utf8mb4 --socket=%s -uroot -N -B liaison < %s",
	    hc_var_path("run/mysql.sock"), path);
	FILE *p = popen(cmd, "r");
	if (!p)
		return -1;
	char line[4096] = "";
	if (!fgets(line, sizeof line, p))
		line[0] = '\0';
	while (fgetc(p) != EOF)
		;
	int st = pclose(p);
	unlink(path);
	line[strcspn(line, "\n")] = '\0';
	if (out)
		snprintf(out, outlen, "%s", line);
	return st == -1 ? -1 : (st >> 8) & 0xff;
}

int hc_extract(const struct hc *c, const char *after, char until, char *out, size_t outlen)
{
	const char *p = c->body ? strstr(c->body, after) : NULL;
	if (!p || !outlen)
		return 0;
	p += strlen(after);
	const char *e = strchr(p, until);
	size_t n = e ? (size_t)(e - p) : strlen(p);
	if (n >= outlen)
		n = outlen - 1;
	memcpy(out, p, n);
	out[n] = '\0';
	return 1;
}

/* ---- shared helpers of the test files ------------------------------------ */

/* Static results rotate through a few buffers, so that two of them can
 * stand in one assertion. */
static char *next_buf(size_t *n)
{
	static char bufs[8][512];
	static unsigned k;
	k = (k + 1) % 8;
	*n = sizeof bufs[k];
	return bufs[k];
}

long long sql_num(const char *sql)
{
	char out[64] = "";
	if (hc_sql(sql, out, sizeof out) != 0 || !out[0] || !strcmp(out, "NULL"))
		return -1;
	return atoll(out);
}

long long sql_numf(const char *fmt, ...)
{
	char sql[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
	return sql_num(sql);
}

static void sql_vstr(char *out, size_t n, const char *fmt, va_list ap)
{
	char sql[2048];
	vsnprintf(sql, sizeof sql, fmt, ap);
	out[0] = '\0';
	assert_int_equal(hc_sql(sql, out, n), 0);
	if (!strcmp(out, "NULL"))
		out[0] = '\0';
}

void sql_strf(char *out, size_t n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sql_vstr(out, n, fmt, ap);
	va_end(ap);
}

const char *sql_str(const char *fmt, ...)
{
	size_t n;
	char *out = next_buf(&n);
	va_list ap;
	va_start(ap, fmt);
	sql_vstr(out, n, fmt, ap);
	va_end(ap);
	return out;
}

char tag[8];

void new_tag(void)
{
	unsigned long v = (unsigned long)time(NULL) * 100u + (unsigned long)getpid() % 100u;
	for (int i = 0; i < 6; i++, v /= 26)
		tag[i] = (char)('a' + v % 26);
	tag[6] = '\0';
}

void name_of(char *out, size_t n, const char *prefix) { snprintf(out, n, "%s%s", prefix, tag); }

#define MAXC 24
static struct {
	char login[32];
	struct hc *c;
} clients[MAXC];

struct hc *as(const char *login)
{
	size_t i;
	for (i = 0; i < MAXC && clients[i].c; i++)
		if (!strcmp(clients[i].login, login))
			return clients[i].c;
	assert_true(i < MAXC);
	struct hc *c = hc_new();
	assert_true(hc_login(c, login, DEMO_PW));
	snprintf(clients[i].login, sizeof clients[i].login, "%s", login);
	clients[i].c = c;
	return c;
}

void remember_client(const char *login, struct hc *c)
{
	for (size_t i = 0; i < MAXC; i++)
		if (!clients[i].c) {
			snprintf(clients[i].login, sizeof clients[i].login, "%s", login);
			clients[i].c = c;
			return;
		}
	fail_msg("too many clients");
}

void forget_clients(void)
{
	for (size_t i = 0; i < MAXC; i++) {
		hc_free(clients[i].c);
		clients[i].c = NULL;
	}
}

struct hc *admin(void)
{
	struct hc *a = as("admin");
	if (hc_get(a, "/admin/users") == 200)
		return a;
	/* its session ended (a reset, a jump of the clock): log in again in its place */
	struct hc *fresh = hc_new();
	for (size_t i = 0; i < MAXC; i++)
		if (clients[i].c == a)
			clients[i].c = fresh;
	hc_free(a);
	assert_true(hc_login(fresh, "admin", DEMO_PW));
	assert_int_equal(hc_get(fresh, "/admin/users"), 200);
	return fresh;
}

long try_login(struct hc *c, const char *login, const char *pw)
{
	if (hc_get(c, "/login") != 200)
		return 0;
	const char *p[] = {"login", login, "password", pw, NULL};
	return hc_post(c, "/login", p);
}

struct hc *first_login(const char *login, const char *tmp, const char *pw)
{
	struct hc *c = hc_new();
	assert_int_equal(try_login(c, login, tmp), 303);
	assert_int_equal(hc_get(c, "/account/password"), 200);
	const char *p[] = {"current", tmp, "new_password", pw, "confirm", pw, NULL};
	assert_int_equal(hc_post(c, "/account/password", p), 303);
	assert_int_equal(hc_get(c, "/"), 200);
	return c;
}

int error_beside(const struct hc *c, const char *field, const char *msg)
{
	char want[320];
	snprintf(want, sizeof want, "<span class=\"field-error\" id=\"%s-error\">%s%s", field, msg ? msg : "",
	    msg ? "</span>" : "");
	return hc_has(c, want);
}

void clock_at(long long t)
{
	char spec[32];
	snprintf(spec, sizeof spec, "@%lld", t);
	hc_clock(spec);
	forget_clients();
}

void clock_wall(int y, int mo, int d, int hh, int mi, int ss)
{
	struct tm tm = {.tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = hh, .tm_min = mi, .tm_sec = ss};
	clock_at((long long)timegm(&tm) - 8 * 3600);
}

void clock_real(void)
{
	hc_clock("");
	forget_clients();
}

void shanghai_day(char out[11], int days)
{
	time_t t = time(NULL) + 8 * 3600 + (time_t)days * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

long long user_id(const char *login)
{
	long long id = sql_numf("SELECT id FROM users WHERE login = '%s'", login);
	assert_true(id > 0);
	return id;
}

long long version_of(long long id) { return sql_numf("SELECT version FROM requests WHERE id = %lld", id); }

const char *state_of(long long id) { return sql_str("SELECT state FROM requests WHERE id = %lld", id); }

const char *number_of(long long id) { return sql_str("SELECT number FROM requests WHERE id = %lld", id); }

long long request_count(void) { return sql_num("SELECT COUNT(*) FROM requests"); }

const char *pending(long long id)
{
	return sql_str("SELECT GROUP_CONCAT(u.login ORDER BY a.id SEPARATOR ',') FROM step_assignees a"
	               " JOIN users u ON u.id = a.user_id JOIN request_steps s ON s.id = a.step_id"
	               " WHERE a.request_id = %lld AND a.state = 'pending' AND s.state = 'pending'",
	    id);
}

long long audit_rows(long long id)
{
	return sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id = %lld", id);
}

long long audit_action(long long id, const char *action)
{
	return sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id = %lld AND action = '%s'",
	    id, action);
}

long long notes(const char *login, long long id, const char *kind)
{
	return sql_numf("SELECT COUNT(*) FROM notifications WHERE user_id = %lld AND request_id = %lld AND kind = '%s'",
	    user_id(login), id, kind);
}

long long id_from_location(const struct hc *c)
{
	const char *loc = hc_header(c, "Location");
	long long id = 0;
	if (!loc || sscanf(loc, "/requests/%lld", &id) != 1)
		fail_msg("no request in Location: %s", loc ? loc : "(none)");
	return id;
}

void path_of(char *out, size_t n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(out, n, fmt, ap);
	va_end(ap);
}

long long file_note(const char *login, const char *shape, const char *note)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/probe"), 200);
	const char *p[] = {"note", note, "shape", shape, "refuse_on", "none", NULL};
	long st = hc_post(c, "/new/probe", p);
	if (st != 303)
		fail_msg("filing %s as %s: status %ld", shape, login, st);
	return id_from_location(c);
}

long long file_probe(const char *login, const char *shape)
{
	char note[64];
	snprintf(note, sizeof note, "%s-%s", shape, tag);
	return file_note(login, shape, note);
}

void expense_reset(const char *budgets_from)
{
	char q[160];
	hc_clock("");
	hc_sql("UPDATE requests SET state = 'withdrawn' WHERE type IN ('expense', 'claim', 'claim_diff')"
	       " AND state IN ('in_approval', 'returned', 'approved')",
	    NULL, 0);
	hc_sql("UPDATE expense_requests SET hold = 'released', hold_fen = 0 WHERE hold IN ('tentative', 'firm')", NULL, 0);
	snprintf(q, sizeof q, "DELETE FROM expense_budgets WHERE first_day >= '%s'", budgets_from);
	hc_sql(q, NULL, 0);
}

long long header_badge(struct hc *c)
{
	char n[24];
	if (hc_get(c, "/") != 200)
		return -1;
	return hc_extract(c, "<span class=\"badge\">", '<', n, sizeof n) ? atoll(n) : 0;
}

long decide(const char *login, long long id, const char *action, const char *comment, long long target)
{
	char path[64], v[24], t[24];
	snprintf(path, sizeof path, "/requests/%lld/decide", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	snprintf(t, sizeof t, "%lld", target);
	const char *p[] = {"action", action, "version", v, "comment", comment ? comment : "", "target", t, NULL};
	return hc_post(as(login), path, p);
}

long decide_on_page(const char *login, long long id, const char *action)
{
	char path[64], v[24];
	struct hc *c = as(login);
	snprintf(path, sizeof path, "/requests/%lld", id);
	hc_get(c, path);   /* for the page's csrf token */
	snprintf(path, sizeof path, "/requests/%lld/decide", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *p[] = {"action", action, "version", v, "comment", "ok", NULL};
	return hc_post(c, path, p);
}

long withdraw(const char *login, long long id)
{
	char path[64], v[24];
	snprintf(path, sizeof path, "/requests/%lld/withdraw", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *p[] = {"version", v, "confirm", "1", NULL};
	return hc_post(as(login), path, p);
}

long link_get(struct hc *c, const char *token)
{
	char path[96];
	snprintf(path, sizeof path, "/a/%s", token);
	return hc_get(c, path);
}

long link_post(struct hc *c, const char *token, const char *action, long long version, const char *comment)
{
	char path[96], v[24];
	snprintf(path, sizeof path, "/a/%s", token);
	snprintf(v, sizeof v, "%lld", version);
	const char *p[] = {"action", action, "version", v, "comment", comment, NULL};
	return hc_post(c, path, p);
}

char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = NULL;
	size_t n = 0, cap = 0, got;
	char chunk[4096];
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (n + got + 1 > cap) {
			cap = (n + got + 1) * 2;
			char *nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		memcpy(buf + n, chunk, got);
		n += got;
	}
	fclose(f);
	if (!buf && !(buf = malloc(1)))
		return NULL;
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

int spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	fputs(text, f);
	return fclose(f);
}

void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

static int b64val(int c)
{
	static const char set[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c ? strchr(set, c) : NULL;
	return p ? (int)(p - set) : -1;
}

/* Decode base64 lines from in up to the first line that is not base64. */
static void b64_decode(const char *in, char *out, size_t outlen)
{
	unsigned acc = 0;
	int bits = 0;
	size_t o = 0;
	for (const char *p = in; *p && *p != '-' && o + 1 < outlen; p++) {
		if (*p == '\r' || *p == '\n' || *p == '=')
			continue;
		int v = b64val((unsigned char)*p);
		if (v < 0)
			break;
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (char)((acc >> bits) & 0xFF);
		}
	}
	out[o] = '\0';
}

const char *eml_file(long long id)
{
	static char path[1024];
	char prefix[32];
	const char *dir = hc_var_path("mail");
	int n = snprintf(prefix, sizeof prefix, "%lld.", id), found = 0;
	DIR *d = opendir(dir);
	for (struct dirent *e; d && !found && (e = readdir(d));) {
		size_t len = strlen(e->d_name);
		found = !strncmp(e->d_name, prefix, (size_t)n) && len > 4 && !strcmp(e->d_name + len - 4, ".eml");
		if (found)
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
	}
	if (d)
		closedir(d);
	return found ? path : NULL;
}

char *wait_eml(long long id)
{
	for (int i = 0; i < 50; i++) {
		const char *path = eml_file(id);
		char *m = path ? slurp(path, NULL) : NULL;
		if (m && *m)
			return m;
		free(m);
		usleep(100 * 1000);
	}
	return NULL;
}

void mail_to(const char *login, long long id, int with_link, char *text, size_t textlen)
{
	long long row = sql_numf("SELECT MAX(id) FROM outbox WHERE user_id = %lld AND (%d = 0 OR link LIKE '%%/a/%%')"
	                         " AND request_id = %lld", user_id(login), with_link, id);
	if (row <= 0)
		fail_msg("no link mail to %s about request %lld", login, id);
	char *m = wait_eml(row);
	if (!m)
		fail_msg("outbox row %lld was not written as an .eml file", row);
	char to[96];
	snprintf(to, sizeof to, "<%s@liaison.example>", login);
	char *head_end = strstr(m, "\r\n\r\n");
	char *to_line = strstr(m, "\r\nTo: ");
	assert_non_null(head_end);
	assert_non_null(to_line);
	char *to_end = strstr(to_line + 2, "\r\n");
	assert_true(to_end && to_line < head_end);
	*to_end = '\0';
	if (!strstr(to_line, to))
		fail_msg("mail %lld is not to %s: %s", row, to, to_line + 2);
	*to_end = '\r';
	char *part = strstr(m, "Content-Type: text/plain");
	assert_non_null(part);
	char *body = strstr(part, "\r\n\r\n");
	assert_non_null(body);
	b64_decode(body + 4, text, textlen);
	free(m);
	assert_non_null(strstr(text, number_of(id)));
}

void link_of(const char *login, long long id, char token[65])
{
	char text[8192];
	mail_to(login, id, 1, text, sizeof text);
	const char *p = strstr(text, "/a/");
	assert_non_null(p);
	p += 3;
	size_t n = strspn(p, "0123456789abcdef");
	assert_int_equal(n, 64);
	memcpy(token, p, 64);
	token[64] = '\0';
}

int fixture_new_run(void **state)
{
	(void)state;
	new_tag();
	hc_clock("");
	return sql_num("SELECT COUNT(*) FROM users WHERE login = 'mkt_staff'") == 1 ? 0 : -1;
}

int fixture_forget_clients(void **state)
{
	(void)state;
	forget_clients();
	return 0;
}

int fixture_real_time(void **state)
{
	(void)state;
	clock_real();
	return 0;
}

/* ---- long Chinese text ----------------------------------------------------- */

/* Three 3-byte characters, then a 4-byte one (outside the BMP), again and
 * again: a cut inside any sequence would show as invalid UTF-8. */
char *cjk_text(size_t chars)
{
	static const char *const cycle[] = {"汉", "字", "长", "𠮷"};
	char *s = malloc(chars * 4 + 1);
	size_t len = 0;
	assert_non_null(s);
	for (size_t i = 0; i < chars; i++) {
		const char *c = cycle[i % 4];
		memcpy(s + len, c, strlen(c));
		len += strlen(c);
	}
	s[len] = '\0';
	return s;
}

int stored_is(const char *table, const char *col, const char *key, long long id, const char *text)
{
	size_t n = strlen(text);
	char *sql = malloc(n * 2 + 512), out[32] = "";
	assert_non_null(sql);
	int at = snprintf(sql, 512, "SELECT %s = X'", col);
	for (size_t i = 0; i < n; i++)
		at += sprintf(sql + at, "%02X", (unsigned char)text[i]);
	snprintf(sql + at, 512, "' FROM %s WHERE %s = %lld", table, key, id);
	int rc = hc_sql(sql, out, sizeof out);
	free(sql);
	return rc == 0 && !strcmp(out, "1");
}

struct hc_race hc_race(struct hc *c, int n, hc_race_post post, void *ctx, long ok_status, long refused_status)
{
	struct hc_race r = {0, 0, 0};
	struct curl_slist *cookies = NULL;
	pid_t kids[HC_RACE_MAX];
	int go[2];
	assert_true(n > 0 && n <= HC_RACE_MAX);
	assert_int_equal(curl_easy_getinfo(c->curl, CURLINFO_COOKIELIST, &cookies), CURLE_OK);
	assert_int_equal(pipe(go), 0);
	for (int i = 0; i < n; i++) {
		kids[i] = fork();
		assert_true(kids[i] >= 0);
		if (kids[i] == 0) {
			close(go[1]);
			struct hc *k = hc_new();
			for (struct curl_slist *s = cookies; s; s = s->next)
				curl_easy_setopt(k->curl, CURLOPT_COOKIELIST, s->data);
			memcpy(k->csrf, c->csrf, sizeof k->csrf);
			char b;
			while (read(go[0], &b, 1) > 0)
				;   /* the gate: open when the parent closes its end */
			long st = post(k, i, ctx);
			_exit(st == ok_status ? 0 : st == refused_status ? 1 : 2);
		}
	}
	curl_slist_free_all(cookies);
	close(go[0]);
	close(go[1]);   /* everyone starts now */
	for (int i = 0; i < n; i++) {
		int ws = 0;
		waitpid(kids[i], &ws, 0);
		int code = WIFEXITED(ws) ? WEXITSTATUS(ws) : 9;
		r.ok += code == 0;
		r.refused += code == 1;
		r.other += code > 1;
	}
	return r;
}

pid_t stack_mailer_pid(void)
{
	char *s = slurp(hc_var_path("run/mailer.pid"), NULL);
	pid_t pid = s ? (pid_t)atoi(s) : 0;
	free(s);
	return pid > 0 && kill(pid, 0) == 0 ? pid : 0;
}

static int count_in(const char *log_file, const char *what)
{
	char *log = slurp(hc_var_path(log_file), NULL);
	int n = 0;
	for (const char *p = log; p && (p = strstr(p, what)); p++)
		n++;
	free(log);
	return n;
}

int count_in_log(const char *what) { return count_in("log/mailer.log", what); }

int count_in_app_log(const char *what) { return count_in("log/app.log", what); }
