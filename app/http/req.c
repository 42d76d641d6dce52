/* req.c - read a FastCGI request into struct req with hard limits. */
#include "http/req.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "core/log.h"

const char *req_env(const struct req *r, const char *name)
{
	const char *v = r->fcgi ? FCGX_GetParam(name, r->fcgi->envp) : NULL;
	return v ? v : "";
}

void req_header_add(struct req *r, const char *name, const char *value)
{
	if (strpbrk(name, "\r\n:") || strpbrk(value, "\r\n")) {
		log_err("http: header %s dropped: it contained CR or LF", "(redacted)");
		return;
	}
	if (r->nheaders >= REQ_MAX_HEADERS)
		return;
	snprintf(r->headers[r->nheaders++], sizeof r->headers[0], "%s: %s", name, value);
}

static int status_of(enum parse_status s)
{
	return s == PARSE_OK ? 0 : s == PARSE_MALFORMED ? 400 : 413;
}

/* Read at most max_body bytes; a longer body is refused before it is kept. */
static int read_body(struct req *r, char **out, size_t *outlen)
{
	const char *cl = req_env(r, "CONTENT_LENGTH");
	char *end = NULL;
	long long n = *cl ? strtoll(cl, &end, 10) : 0;
	if (*cl && (*end || n < 0))
		return 400;
	if ((size_t)n > r->cfg->limits.max_body)
		return 413;
	char *buf = malloc((size_t)n + 1);
	if (!buf)
		return 500;
	int got = n ? FCGX_GetStr(buf, (int)n, r->fcgi->in) : 0;
	if (got != n) {
		free(buf);
		return 400;
	}
	buf[n] = '\0';
	*out = buf;
	*outlen = (size_t)n;
	return 0;
}

static int read_params(struct req *r)
{
	int st = status_of(parse_urlencoded(r->query_string, strlen(r->query_string), &r->cfg->limits, &r->query));
	if (st || !r->is_post)
		return st;
	char *body = NULL;
	size_t len = 0;
	if ((st = read_body(r, &body, &len)) != 0)
		return st;
	const char *ct = req_env(r, "CONTENT_TYPE");
	if (!strncmp(ct, "multipart/form-data", 19))
		st = status_of(parse_multipart(body, len, ct, &r->cfg->limits, &r->body));
	else if (!*ct || !strncmp(ct, "application/x-www-form-urlencoded", 33))
		st = status_of(parse_urlencoded(body, len, &r->cfg->limits, &r->body));
	else
		st = 415;
	free(body);
	return st;
}

int req_read(struct req *r, FCGX_Request *f, const struct config *cfg)
{
	r->fcgi = f;
	r->cfg = cfg;
	r->method = req_env(r, "REQUEST_METHOD");
	r->is_post = !strcmp(r->method, "POST");
	r->query_string = req_env(r, "QUERY_STRING");
	r->remote_addr = req_env(r, "REMOTE_ADDR");
	snprintf(r->lang, sizeof r->lang, "zh-CN");
	const char *uri = req_env(r, "DOCUMENT_URI");
	if (strlen(uri) >= sizeof r->path)
		return 414;
	snprintf(r->path, sizeof r->path, "%s", *uri ? uri : "/");
	int st = status_of(parse_cookies(req_env(r, "HTTP_COOKIE"), &cfg->limits, &r->cookies));
	if (st)
		return st;
	return read_params(r);
}

const char *req_cookie(const struct req *r, const char *name)
{
	const struct param *p = params_get(&r->cookies, name);
	return p ? p->value : NULL;
}

void req_free(struct req *r)
{
	params_free(&r->query);
	params_free(&r->body);
	params_free(&r->cookies);
	form_free(&r->form);
	if (r->hdf)
		hdf_destroy(&r->hdf);
}
