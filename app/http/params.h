/*
 * http/params.h - turn raw request input (query string, urlencoded or
 * multipart body, Cookie header) into a flat list of name/value pairs.
 *
 * Parsers only split and decode; they never judge what a value means.
 * Handlers do not read params directly: they go through http/form.h.
 */
#ifndef HTTP_PARAMS_H
#define HTTP_PARAMS_H

#include <stddef.h>
#include "core/limits.h"

struct param {
	char  *name;      /* decoded, NUL-terminated */
	char  *value;     /* decoded, NUL-terminated (files may contain NUL bytes: use len) */
	size_t len;       /* bytes in value */
	char  *filename;  /* multipart file parts only (basename, no path), else NULL */
	char  *ctype;     /* multipart part Content-Type, else NULL */
};

struct params {
	struct param *v;
	size_t n, cap;
};

enum parse_status { PARSE_OK = 0, PARSE_MALFORMED, PARSE_TOO_LARGE, PARSE_TOO_MANY };

/* Longest multipart filename (after path stripping) or part Content-Type kept. */
#define PARAMS_MAX_FILENAME 255

/*
 * parse_urlencoded - parse application/x-www-form-urlencoded data or a
 * query string of len bytes (need not be NUL-terminated).
 *
 * '+' is a space; %XX is decoded. A truncated or non-hex escape, a raw or
 * decoded NUL byte -> PARSE_MALFORMED. "a" (no '=') gives value "".
 * Empty pairs ("a=1&&b=2") and pairs with an empty name ("=x") are skipped.
 * Limits: body > max_body, decoded name > max_name, decoded value >
 * max_value -> PARSE_TOO_LARGE; more than max_fields pairs -> PARSE_TOO_MANY.
 *
 * *out is overwritten (never appended to). On PARSE_OK the caller owns it
 * and must params_free() it; on any other status *out is left empty.
 * Out of memory is reported as PARSE_TOO_LARGE (the request is too big for us).
 */
enum parse_status parse_urlencoded(const char *buf, size_t len, const struct limits *lim,
								   struct params *out);

/*
 * parse_multipart - parse a multipart/form-data body of len bytes.
 *
 * content_type is the request's Content-Type header value; the boundary is
 * taken from it (quoted or not; 1..70 RFC 2046 bchars, not ending in space).
 * Lines must end in CRLF. Each part needs Content-Disposition: form-data
 * with a non-empty name; a filename parameter (even "") marks a file part,
 * whose filename is reduced to its basename (after the last '/' or '\').
 * An optional part Content-Type is kept in ctype. Other part headers are
 * ignored; folded or garbled header lines are rejected.
 *
 * PARSE_MALFORMED: wrong media type, missing/invalid boundary, no opening or
 * closing delimiter, part without headers or name, duplicate disposition,
 * NUL byte in a non-file value or in headers.
 * PARSE_TOO_LARGE: body > max_body, name > max_name, non-file value >
 * max_value, file > max_file, filename/ctype > PARAMS_MAX_FILENAME.
 * PARSE_TOO_MANY: more than max_fields parts.
 * Ownership as for parse_urlencoded().
 */
enum parse_status parse_multipart(const char *buf, size_t len, const char *content_type,
								  const struct limits *lim, struct params *out);

/*
 * parse_cookies - parse a Cookie header value ("a=b; c=d"); NULL is an
 * empty header.
 *
 * No percent-decoding; spaces and tabs around names and values are trimmed;
 * one pair of surrounding double quotes is removed from a value. Junk pairs
 * (no '=', empty or non-token name, control characters, name > max_name,
 * value > max_value) are skipped, since a browser may hold cookies set by
 * other sites on the same domain.
 * Header > max_body -> PARSE_TOO_LARGE; more than max_fields kept cookies
 * -> PARSE_TOO_MANY. Ownership as for parse_urlencoded().
 */
enum parse_status parse_cookies(const char *header, const struct limits *lim, struct params *out);

/* params_get - first param called name, or NULL (also for NULL p or name). */
const struct param *params_get(const struct params *p, const char *name);

/*
 * params_free - free everything *p holds and zero it. The struct itself may
 * live on the stack. Safe on a zeroed struct, on NULL and when called twice.
 */
void params_free(struct params *p);

#endif
