/*
 * params.c - request input parsers: urlencoded, multipart/form-data, cookies.
 *
 * Every length is checked against the caller's limits before anything is
 * kept, and every exit on error leaves the output empty, so a handler can
 * never see half of a request.
 */
#include "http/params.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- helpers */

static void param_clear(struct param *p)
{
	free(p->name);
	free(p->value);
	free(p->filename);
	free(p->ctype);
	memset(p, 0, sizeof *p);
}

void params_free(struct params *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++)
		param_clear(&p->v[i]);
	free(p->v);
	memset(p, 0, sizeof *p);
}

const struct param *params_get(const struct params *p, const char *name)
{
	if (!p || !name)
		return NULL;
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0)
			return &p->v[i];
	return NULL;
}

static char *dup_mem(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (!d)
		return NULL;
	if (n)
		memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/* Takes ownership of *np on success only; the caller clears it on failure. */
static enum parse_status params_push(struct params *out, const struct limits *lim,
									 struct param *np)
{
	if (out->n >= lim->max_fields)
		return PARSE_TOO_MANY;
	if (out->n == out->cap) {
		size_t nc = out->cap ? out->cap * 2 : 8;
		if (nc > lim->max_fields)
			nc = lim->max_fields;
		if (nc > SIZE_MAX / sizeof(struct param))
			return PARSE_TOO_LARGE;
		struct param *nv = realloc(out->v, nc * sizeof *nv);
		if (!nv)
			return PARSE_TOO_LARGE;
		out->v = nv;
		out->cap = nc;
	}
	out->v[out->n++] = *np;
	memset(np, 0, sizeof *np);
	return PARSE_OK;
}

/* A single exit point for failures keeps the "output left empty" promise. */
static enum parse_status fail(struct params *out, enum parse_status st)
{
	params_free(out);
	return st;
}

static int lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* Case-insensitive ASCII compare of s[0..n) with a lowercase literal. */
static int ieq(const char *s, size_t n, const char *lit)
{
	size_t i;
	for (i = 0; i < n && lit[i]; i++)
		if (lower((unsigned char)s[i]) != lit[i])
			return 0;
	return i == n && lit[i] == '\0';
}

/* Plain search; the needle never starts a self-overlap, so this is linear. */
static const char *find(const char *h, size_t hl, const char *n, size_t nl)
{
	if (nl == 0 || hl < nl)
		return NULL;
	const char *last = h + (hl - nl);
	for (const char *p = h; p <= last; p++) {
		p = memchr(p, n[0], (size_t)(last - p) + 1);
		if (!p)
			return NULL;
		if (memcmp(p, n, nl) == 0)
			return p;
	}
	return NULL;
}

static int is_ws(char c)
{
	return c == ' ' || c == '\t';
}

static void trim(const char **s, size_t *n)
{
	while (*n && is_ws(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && is_ws((*s)[*n - 1]))
		(*n)--;
}

/* ------------------------------------------------------------- urlencoded */

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (unsigned char)lower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Decodes into a fresh string; NULL with *st set on bad escape, NUL or OOM. */
static char *url_decode(const char *s, size_t n, size_t max, size_t *outlen,
						enum parse_status *st)
{
	char *d = malloc(n + 1);
	size_t j = 0;
	if (!d) {
		*st = PARSE_TOO_LARGE;
		return NULL;
	}
	*st = PARSE_MALFORMED;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '+') {
			c = ' ';
		} else if (c == '%') {
			if (n - i < 3)
				goto bad;
			int h = hexval((unsigned char)s[i + 1]), l = hexval((unsigned char)s[i + 2]);
			if (h < 0 || l < 0)
				goto bad;
			c = (unsigned char)(h * 16 + l);
			i += 2;
		}
		if (c == '\0')
			goto bad;
		d[j++] = (char)c;
	}
	d[j] = '\0';
	if (j > max) {
		*st = PARSE_TOO_LARGE;
		goto bad;
	}
	*outlen = j;
	*st = PARSE_OK;
	return d;
bad:
	free(d);
	return NULL;
}

static enum parse_status url_pair(const char *s, size_t n, const struct limits *lim,
								  struct params *out)
{
	struct param np = {0};
	enum parse_status st;
	const char *eq = memchr(s, '=', n);
	size_t nlen = eq ? (size_t)(eq - s) : n, dummy;
	const char *v = eq ? eq + 1 : s + n;
	size_t vlen = (size_t)(s + n - v);

	if (n == 0)
		return PARSE_OK;
	np.name = url_decode(s, nlen, lim->max_name, &dummy, &st);
	if (!np.name)
		return st;
	np.value = url_decode(v, vlen, lim->max_value, &np.len, &st);
	if (!np.value) {
		param_clear(&np);
		return st;
	}
	if (np.name[0] == '\0') {   /* "=x": nothing could ever ask for it */
		param_clear(&np);
		return PARSE_OK;
	}
	st = params_push(out, lim, &np);
	if (st != PARSE_OK)
		param_clear(&np);
	return st;
}

enum parse_status parse_urlencoded(const char *buf, size_t len, const struct limits *lim,
								   struct params *out)
{
	memset(out, 0, sizeof *out);
	if (len > lim->max_body)
		return PARSE_TOO_LARGE;
	if (!buf)
		return len ? PARSE_MALFORMED : PARSE_OK;
	size_t i = 0;
	while (i < len) {
		const char *amp = memchr(buf + i, '&', len - i);
		size_t end = amp ? (size_t)(amp - buf) : len;
		enum parse_status st = url_pair(buf + i, end - i, lim, out);
		if (st != PARSE_OK)
			return fail(out, st);
		i = end + 1;
	}
	return PARSE_OK;
}

/* -------------------------------------------------------------- multipart */

static int bchar(unsigned char c)
{
	if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return 1;
	return c != '\0' && strchr("'()+_,-./:=? ", c) != NULL;
}

/*
 * Reads a parameter value at *p (quoted-string or token) into buf (or only
 * checks its syntax when buf is NULL).
 * Only \" and \\ are treated as escapes: browsers send Windows paths with
 * literal backslashes and percent-encode quotes themselves.
 */
static int read_pvalue(const char **pp, const char *end, char *buf, size_t cap, size_t *outlen)
{
	const char *p = *pp;
	size_t n = 0;
	if (p < end && *p == '"') {
		for (p++;; p++) {
			if (p >= end)
				return -1;
			if (*p == '"')
				break;
			if (*p == '\\' && p + 1 < end && (p[1] == '"' || p[1] == '\\'))
				p++;
			if (buf && n >= cap)
				return -2;
			if (buf)
				buf[n] = *p;
			n++;
		}
		p++;
	} else {
		for (; p < end && *p != ';' && !is_ws(*p); p++) {
			if (*p == '"' || *p == '=')
				return -1;
			if (buf && n >= cap)
				return -2;
			if (buf)
				buf[n] = *p;
			n++;
		}
	}
	*pp = p;
	*outlen = n;
	return 0;
}

/* Parses "; attr=value" pairs after a media/disposition type. */
struct hparam {
	const char *attr;   /* lowercase name wanted */
	char *buf;          /* where the value goes */
	size_t cap;
	size_t len;
	int seen;
};

static enum parse_status header_params(const char *p, const char *end, struct hparam *hp, size_t nhp)
{
	for (;;) {
		while (p < end && is_ws(*p))
			p++;
		if (p == end)
			return PARSE_OK;
		if (*p++ != ';')
			return PARSE_MALFORMED;
		while (p < end && is_ws(*p))
			p++;
		if (p == end)
			return PARSE_OK;   /* a trailing ';' is harmless */
		const char *a = p;
		while (p < end && *p != '=' && *p != ';' && !is_ws(*p))
			p++;
		size_t alen = (size_t)(p - a);
		while (p < end && is_ws(*p))
			p++;
		if (alen == 0 || p == end || *p != '=')
			return PARSE_MALFORMED;
		p++;
		while (p < end && is_ws(*p))
			p++;
		struct hparam *want = NULL;
		for (size_t i = 0; i < nhp; i++)
			if (ieq(a, alen, hp[i].attr))
				want = &hp[i];
		size_t vlen;
		int r = want ? read_pvalue(&p, end, want->buf, want->cap, &vlen)
					 : read_pvalue(&p, end, NULL, 0, &vlen);   /* unknown: check, discard */
		if (r == -2)
			return PARSE_TOO_LARGE;
		if (r < 0)
			return PARSE_MALFORMED;
		if (want) {
			if (want->seen)
				return PARSE_MALFORMED;   /* two names: which one is real? */
			want->seen = 1;
			want->len = vlen;
		}
	}
}

#define MAX_BOUNDARY 70

static enum parse_status get_boundary(const char *ct, char *b, size_t *blen)
{
	static const char mt[] = "multipart/form-data";
	if (!ct)
		return PARSE_MALFORMED;
	const char *p = ct, *end = ct + strlen(ct);
	while (p < end && is_ws(*p))
		p++;
	size_t mlen = sizeof mt - 1;
	if ((size_t)(end - p) < mlen || !ieq(p, mlen, mt))
		return PARSE_MALFORMED;
	p += mlen;
	struct hparam hp = {"boundary", b, MAX_BOUNDARY + 1, 0, 0};
	enum parse_status st = header_params(p, end, &hp, 1);
	if (st != PARSE_OK || !hp.seen)
		return PARSE_MALFORMED;   /* an over-long boundary is malformed, not large */
	if (hp.len < 1 || hp.len > MAX_BOUNDARY || b[hp.len - 1] == ' ')
		return PARSE_MALFORMED;
	for (size_t i = 0; i < hp.len; i++)
		if (!bchar((unsigned char)b[i]))
			return PARSE_MALFORMED;
	*blen = hp.len;
	return PARSE_OK;
}

/* The part being built, with the raw buffers its header params land in. */
struct part {
	char name[4096];
	char filename[4096];
	char ctype[PARAMS_MAX_FILENAME + 1];
	size_t name_len, filename_len, ctype_len;
	int has_name, has_filename, has_disp, has_ctype;
};

static enum parse_status disposition(const char *v, size_t n, struct part *pt)
{
	static const char fd[] = "form-data";
	size_t fl = sizeof fd - 1;
	if (pt->has_disp)
		return PARSE_MALFORMED;
	pt->has_disp = 1;
	trim(&v, &n);
	if (n < fl || !ieq(v, fl, fd) || (n > fl && v[fl] != ';' && !is_ws(v[fl])))
		return PARSE_MALFORMED;
	struct hparam hp[2] = {
		{"name", pt->name, sizeof pt->name, 0, 0},
		{"filename", pt->filename, sizeof pt->filename, 0, 0},
	};
	enum parse_status st = header_params(v + fl, v + n, hp, 2);
	if (st != PARSE_OK)
		return st;
	pt->has_name = hp[0].seen;
	pt->name_len = hp[0].len;
	pt->has_filename = hp[1].seen;
	pt->filename_len = hp[1].len;
	return PARSE_OK;
}

static enum parse_status header_line(const char *l, size_t n, struct part *pt)
{
	if (n == 0 || is_ws(l[0]))
		return PARSE_MALFORMED;   /* obsolete folding: refuse rather than guess */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)l[i];
		if ((c < 0x20 && c != '\t') || c == 0x7f)
			return PARSE_MALFORMED;
	}
	const char *colon = memchr(l, ':', n);
	if (!colon)
		return PARSE_MALFORMED;
	const char *hn = l, *v = colon + 1;
	size_t hnl = (size_t)(colon - l), vl = n - hnl - 1;
	trim(&hn, &hnl);
	if (hnl == 0)
		return PARSE_MALFORMED;
	if (ieq(hn, hnl, "content-disposition"))
		return disposition(v, vl, pt);
	if (ieq(hn, hnl, "content-type")) {
		trim(&v, &vl);
		if (pt->has_ctype)
			return PARSE_MALFORMED;
		if (vl > PARAMS_MAX_FILENAME)
			return PARSE_TOO_LARGE;
		memcpy(pt->ctype, v, vl);
		pt->ctype_len = vl;
		pt->has_ctype = 1;
	}
	return PARSE_OK;
}

static enum parse_status part_headers(const char *h, size_t n, struct part *pt)
{
	const char *end = h + n;
	while (h < end) {
		const char *eol = find(h, (size_t)(end - h), "\r\n", 2);
		size_t ll = eol ? (size_t)(eol - h) : (size_t)(end - h);
		enum parse_status st = header_line(h, ll, pt);
		if (st != PARSE_OK)
			return st;
		h += ll + (eol ? 2 : 0);
	}
	return PARSE_OK;
}

/* Keeps only what follows the last path separator of any OS. */
static void basename_of(const char *f, size_t n, const char **b, size_t *bl)
{
	size_t start = 0;
	for (size_t i = 0; i < n; i++)
		if (f[i] == '/' || f[i] == '\\')
			start = i + 1;
	*b = f + start;
	*bl = n - start;
}

static enum parse_status make_param(const struct part *pt, const char *body, size_t blen,
									const struct limits *lim, struct param *np)
{
	if (!pt->has_disp || !pt->has_name || pt->name_len == 0)
		return PARSE_MALFORMED;
	if (memchr(pt->name, '\0', pt->name_len))
		return PARSE_MALFORMED;
	if (pt->name_len > lim->max_name)
		return PARSE_TOO_LARGE;
	if (pt->has_filename) {
		if (blen > lim->max_file)
			return PARSE_TOO_LARGE;
	} else {
		if (blen > lim->max_value)
			return PARSE_TOO_LARGE;
		if (memchr(body, '\0', blen))
			return PARSE_MALFORMED;   /* text fields are C strings downstream */
	}
	np->name = dup_mem(pt->name, pt->name_len);
	np->value = dup_mem(body, blen);
	np->len = blen;
	if (!np->name || !np->value)
		return PARSE_TOO_LARGE;
	if (pt->has_filename) {
		const char *b;
		size_t bl;
		basename_of(pt->filename, pt->filename_len, &b, &bl);
		if (bl > PARAMS_MAX_FILENAME)
			return PARSE_TOO_LARGE;
		if (memchr(b, '\0', bl))
			return PARSE_MALFORMED;
		np->filename = dup_mem(b, bl);
		if (!np->filename)
			return PARSE_TOO_LARGE;
	}
	if (pt->has_ctype) {
		np->ctype = dup_mem(pt->ctype, pt->ctype_len);
		if (!np->ctype)
			return PARSE_TOO_LARGE;
	}
	return PARSE_OK;
}

/* One part: *pos is just past its opening boundary; on return, past the next. */
static enum parse_status one_part(const char *buf, size_t len, const char **pos,
								  const char *delim, size_t dlen, const struct limits *lim,
								  struct params *out)
{
	const char *end = buf + len, *p = *pos;
	while (p < end && is_ws(*p))
		p++;   /* transport padding */
	if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
		return PARSE_MALFORMED;
	p += 2;
	const char *next = find(p, (size_t)(end - p), delim, dlen);
	if (!next)
		return PARSE_MALFORMED;   /* no closing delimiter */
	const char *hend = find(p, (size_t)(next - p), "\r\n\r\n", 4);
	if (!hend)
		return PARSE_MALFORMED;
	struct part *pt = calloc(1, sizeof *pt);
	if (!pt)
		return PARSE_TOO_LARGE;
	struct param np = {0};
	enum parse_status st = part_headers(p, (size_t)(hend - p), pt);
	if (st == PARSE_OK)
		st = make_param(pt, hend + 4, (size_t)(next - (hend + 4)), lim, &np);
	free(pt);
	if (st == PARSE_OK)
		st = params_push(out, lim, &np);
	if (st != PARSE_OK) {
		param_clear(&np);
		return st;
	}
	*pos = next + dlen;
	return PARSE_OK;
}

enum parse_status parse_multipart(const char *buf, size_t len, const char *content_type,
								  const struct limits *lim, struct params *out)
{
	char b[MAX_BOUNDARY + 2];
	char delim[MAX_BOUNDARY + 5];   /* CRLF "--" boundary */
	size_t blen;

	memset(out, 0, sizeof *out);
	if (len > lim->max_body)
		return PARSE_TOO_LARGE;
	if (get_boundary(content_type, b, &blen) != PARSE_OK || !buf)
		return PARSE_MALFORMED;
	memcpy(delim, "\r\n--", 4);
	memcpy(delim + 4, b, blen);
	size_t dlen = blen + 4;

	const char *pos;
	if (len >= dlen - 2 && memcmp(buf, delim + 2, dlen - 2) == 0) {
		pos = buf + dlen - 2;
	} else {
		const char *first = find(buf, len, delim, dlen);
		if (!first)
			return PARSE_MALFORMED;
		pos = first + dlen;
	}
	for (;;) {
		if (buf + len - pos >= 2 && pos[0] == '-' && pos[1] == '-')
			return PARSE_OK;   /* close delimiter; the epilogue is ignored */
		enum parse_status st = one_part(buf, len, &pos, delim, dlen, lim, out);
		if (st != PARSE_OK)
			return fail(out, st);
	}
}

/* ---------------------------------------------------------------- cookies */

static int tchar(unsigned char c)
{
	if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return 1;
	return c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static int cookie_value_ok(const char *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)v[i];
		if (c < 0x20 || c == 0x7f || c == '"')
			return 0;
	}
	return 1;
}

static int cookie_name_ok(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!tchar((unsigned char)s[i]))
			return 0;
	return 1;
}

static enum parse_status cookie_pair(const char *s, size_t n, const struct limits *lim,
									 struct params *out)
{
	const char *eq = memchr(s, '=', n);
	if (!eq)
		return PARSE_OK;
	const char *name = s, *v = eq + 1;
	size_t nl = (size_t)(eq - s), vl = n - nl - 1;
	trim(&name, &nl);
	trim(&v, &vl);
	if (vl >= 2 && v[0] == '"' && v[vl - 1] == '"') {
		v++;
		vl -= 2;
	}
	if (!cookie_name_ok(name, nl) || !cookie_value_ok(v, vl))
		return PARSE_OK;
	if (nl > lim->max_name || vl > lim->max_value)
		return PARSE_OK;
	struct param np = {0};
	np.name = dup_mem(name, nl);
	np.value = dup_mem(v, vl);
	np.len = vl;
	enum parse_status st = (np.name && np.value) ? params_push(out, lim, &np) : PARSE_TOO_LARGE;
	if (st != PARSE_OK)
		param_clear(&np);
	return st;
}

enum parse_status parse_cookies(const char *header, const struct limits *lim, struct params *out)
{
	memset(out, 0, sizeof *out);
	if (!header)
		return PARSE_OK;
	size_t len = strlen(header);
	if (len > lim->max_body)
		return PARSE_TOO_LARGE;
	size_t i = 0;
	while (i < len) {
		const char *semi = memchr(header + i, ';', len - i);
		size_t end = semi ? (size_t)(semi - header) : len;
		enum parse_status st = cookie_pair(header + i, end - i, lim, out);
		if (st != PARSE_OK)
			return fail(out, st);
		i = end + 1;
	}
	return PARSE_OK;
}
