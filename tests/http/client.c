/* client.c - libcurl wrapper for the HTTP integration tests. */
#include "client.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

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
	return c;
}

void hc_free(struct hc *c)
{
	if (!c)
		return;
	curl_easy_cleanup(c->curl);
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
	remember_csrf(c);
	return c->status;
}

long hc_get(struct hc *c, const char *path)
{
	curl_easy_setopt(c->curl, CURLOPT_HTTPGET, 1L);
	return perform(c, path);
}

long hc_post_raw(struct hc *c, const char *path, const char *ctype, const char *body, size_t len)
{
	char h[256];
	struct curl_slist *hl = NULL;
	snprintf(h, sizeof h, "Content-Type: %s", ctype);
	hl = curl_slist_append(hl, h);
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

void hc_clock(const char *spec)
{
	FILE *f = fopen(hc_var_path("clock"), "w");
	if (!f)
		abort();
	fprintf(f, "%s\n", spec);
	fclose(f);
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
