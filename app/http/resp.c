/* resp.c - response headers and body over FastCGI. */
#include "http/resp.h"

#include <stdio.h>
#include <string.h>

#include "core/config.h"
#include "http/req.h"

const char *resp_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 413: return "Payload Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	case 507: return "Insufficient Storage";
	default: return status >= 500 ? "Internal Server Error" : "Error";
	}
}

static void put(struct req *r, const char *s) { FCGX_PutStr(s, (int)strlen(s), r->fcgi->out); }

/* Every response carries these; a page may add its own via req_header_add. */
static void common_headers(struct req *r)
{
	put(r, "Content-Security-Policy: default-src 'self'; img-src 'self' data:; "
	       "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'\r\n"
	       "X-Content-Type-Options: nosniff\r\n"
	       "Referrer-Policy: no-referrer\r\n"
	       "X-Frame-Options: DENY\r\n"
	       "Cache-Control: no-store\r\n");
	if (r->cfg && r->cfg->https)
		put(r, "Strict-Transport-Security: max-age=31536000; includeSubDomains\r\n");
}

void resp_send(struct req *r, int status, const char *ctype, const char *body, size_t len)
{
	char line[256];
	if (r->sent)
		return;
	r->sent = 1;
	r->status = status;
	snprintf(line, sizeof line, "Status: %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n",
	    status, resp_reason(status), ctype, len);
	put(r, line);
	common_headers(r);
	for (int i = 0; i < r->nheaders; i++) {
		put(r, r->headers[i]);
		put(r, "\r\n");
	}
	put(r, "\r\n");
	if (len && strcmp(r->method, "HEAD"))
		FCGX_PutStr(body, (int)len, r->fcgi->out);
}

int resp_safe_next(const char *path)
{
	return path && path[0] == '/' && path[1] != '/' && path[1] != '\\' && !strpbrk(path, "\r\n");
}

void resp_redirect(struct req *r, const char *path)
{
	req_header_add(r, "Location", resp_safe_next(path) ? path : "/");
	resp_send(r, 303, "text/plain; charset=utf-8", "", 0);
}
