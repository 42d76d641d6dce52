/* mail_format.c - headers, encoded-words and bodies of an outbox message. */
#include "mailer/mail_format.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/valid.h"

#define EW_OPEN "=?UTF-8?B?"
#define EW_OVERHEAD 12            /* "=?UTF-8?B?" + "?=" */
#define NAME_MAX_BYTES 256
#define SHANGHAI_SECS (8 * 3600)

void mail_buf_free(struct mail_buf *b)
{
	free(b->p);
	memset(b, 0, sizeof *b);
}

int mail_buf_put(struct mail_buf *b, const char *s, size_t n)
{
	if (n > ((size_t)-1) / 2 - b->len - 1)
		return MAIL_NOMEM;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1024;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p)
			return MAIL_NOMEM;
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
	return MAIL_OK;
}

static int put(struct mail_buf *b, const char *s) { return mail_buf_put(b, s, strlen(s)); }

/* ----------------------------------------------------------------- UTF-8 */

/* Length of the well-formed UTF-8 character at s (1-4), or 0. */
static size_t utf8_char(const unsigned char *s)
{
	unsigned char c = s[0];
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
		return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 ? 3 : 0;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
		return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80 ? 4 : 0;
	}
	return 0;
}

/* C0 controls, DEL and the C1 controls (U+0080-U+009F). */
static int is_control(const unsigned char *s, size_t n)
{
	return (n == 1 && (s[0] < 0x20 || s[0] == 0x7F)) || (n == 2 && s[0] == 0xC2 && s[1] < 0xA0);
}

size_t mail_utf8_prefix(const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n <= max)
		return n;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

void mail_clean_header(const char *src, char *dst, size_t dstlen)
{
	const unsigned char *s = (const unsigned char *)(src ? src : "");
	size_t o = 0;
	while (*s) {
		size_t n = utf8_char(s);
		const char *piece = (const char *)s;
		if (n == 0) {
			piece = "?";
			n = 1;
		} else if (is_control(s, n)) {
			piece = " ";
		}
		size_t outn = piece == (const char *)s ? n : 1;
		if (o + outn + 1 > dstlen)
			break;
		memcpy(dst + o, piece, outn);
		o += outn;
		s += n;
	}
	dst[o] = '\0';
}

/* ---------------------------------------------------------------- base64 */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Encode n bytes (n <= 57) into out (at least 77 bytes); returns the length. */
static size_t b64_chunk(const unsigned char *s, size_t n, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		out[o++] = b64[(v >> 18) & 63];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
		out[o++] = i + 2 < n ? b64[v & 63] : '=';
	}
	out[o] = '\0';
	return o;
}

int mail_base64_lines(struct mail_buf *b, const unsigned char *s, size_t n)
{
	char line[80];
	for (size_t i = 0; i < n; i += 57) {
		size_t k = b64_chunk(s + i, n - i < 57 ? n - i : 57, line);
		memcpy(line + k, "\r\n", 3);
		if (mail_buf_put(b, line, k + 2))
			return MAIL_NOMEM;
	}
	return MAIL_OK;
}

/* ---------------------------------------------------------- header words */

int mail_encode_words(struct mail_buf *b, const char *value, size_t col)
{
	char clean[1024];
	mail_clean_header(value, clean, sizeof clean);
	const char *v = clean;
	size_t left = strlen(v);
	if (col + EW_OVERHEAD + 8 > MAIL_LINE_MAX) {
		if (put(b, "\r\n "))
			return MAIL_NOMEM;
		col = 1;
	}
	while (left > 0) {
		size_t raw = (MAIL_LINE_MAX - col - EW_OVERHEAD) / 4 * 3;
		size_t take = mail_utf8_prefix(v, raw);
		char word[80];
		if (take == 0)    /* cannot happen with >= 45 bytes of room; guards the loop */
			return MAIL_BAD_ARG;
		size_t k = b64_chunk((const unsigned char *)v, take, word);
		if (put(b, EW_OPEN) || mail_buf_put(b, word, k) || put(b, "?="))
			return MAIL_NOMEM;
		v += take;
		left -= take;
		if (left > 0 && put(b, "\r\n "))
			return MAIL_NOMEM;
		col = 1;
	}
	return MAIL_OK;
}

/* Short printable ASCII without "=?" may go out as it is. */
static int plain_ok(const char *s, size_t col, const char *extra_specials)
{
	size_t n = strlen(s);
	if (col + n > MAIL_LINE_MAX || strstr(s, "=?"))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] < 0x20 || s[i] > 0x7E || strchr(extra_specials, s[i]))
			return 0;
	return 1;
}

/* "Name: value" for free text such as the subject. */
static int header_text(struct mail_buf *b, const char *name, const char *value)
{
	char clean[1024];
	mail_clean_header(value, clean, sizeof clean);
	size_t col = strlen(name) + 2;
	if (put(b, name) || put(b, ": "))
		return MAIL_NOMEM;
	int rc = plain_ok(clean, col, "") ? put(b, clean) : mail_encode_words(b, clean, col);
	return rc ? rc : put(b, "\r\n");
}

/* The length of the line being written. */
static size_t line_len(const struct mail_buf *b)
{
	size_t i = b->len;
	while (i > 0 && b->p[i - 1] != '\n')
		i--;
	return b->len - i;
}

/* "Name: phrase <addr>"; a phrase with any RFC 5322 special is encoded
 * rather than quoted, which keeps the rules in one place. */
static int header_addr(struct mail_buf *b, const char *name, const char *display, const char *addr)
{
	char clean[NAME_MAX_BYTES];
	mail_clean_header(display, clean, sizeof clean);
	size_t col = strlen(name) + 2;
	size_t trim = strlen(clean);
	while (trim > 0 && clean[trim - 1] == ' ')
		clean[--trim] = '\0';
	int rc = put(b, name) || put(b, ": ") ? MAIL_NOMEM : MAIL_OK;
	const char *start = clean + strspn(clean, " ");
	if (rc == MAIL_OK && *start) {
		if (plain_ok(start, col, "()<>[]:;@\\,.\""))
			rc = put(b, start);
		else
			rc = mail_encode_words(b, start, col);
		if (rc == MAIL_OK)
			rc = put(b, line_len(b) + strlen(addr) + 3 <= MAIL_LINE_MAX ? " <" : "\r\n <");
	} else if (rc == MAIL_OK) {
		rc = put(b, "<");
	}
	if (rc == MAIL_OK)
		rc = put(b, addr) || put(b, ">\r\n") ? MAIL_NOMEM : MAIL_OK;
	return rc;
}

/* ------------------------------------------------------------- addresses */

int mail_parse_from(const char *from, char *name, size_t namelen, char *addr, size_t addrlen)
{
	char tmp[512];
	if (!from || strlen(from) >= sizeof tmp || namelen < 1 || addrlen < 1)
		return MAIL_BAD_FROM;
	snprintf(tmp, sizeof tmp, "%s", from);
	char *lt = strrchr(tmp, '<');
	size_t n = strlen(tmp);
	while (n > 0 && tmp[n - 1] == ' ')
		tmp[--n] = '\0';
	name[0] = '\0';
	const char *a = tmp + strspn(tmp, " ");
	if (lt && n > 0 && tmp[n - 1] == '>') {
		tmp[n - 1] = '\0';
		*lt = '\0';
		a = lt + 1;
		char *nm = tmp + strspn(tmp, " ");
		size_t k = strlen(nm);
		while (k > 0 && nm[k - 1] == ' ')
			nm[--k] = '\0';
		if (k >= 2 && nm[0] == '"' && nm[k - 1] == '"') {
			nm[k - 1] = '\0';
			nm++;
		}
		mail_clean_header(nm, name, namelen);
	}
	if (valid_email(a) != V_OK || strlen(a) >= addrlen)
		return MAIL_BAD_FROM;
	snprintf(addr, addrlen, "%s", a);
	return MAIL_OK;
}

/* Message-IDs and boundaries are ours, but are checked all the same. */
static int msgid_ok(const char *id)
{
	const char *at = id ? strchr(id, '@') : NULL;
	if (!at || at == id || strlen(id) > 200 || valid_email(id) != V_OK)
		return 0;
	for (const char *p = id; p < at; p++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-", *p))
			return 0;
	return 1;
}

static int boundary_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	return n >= 8 && n <= 64 && strspn(s, "0123456789abcdef") == n;
}

/* ------------------------------------------------------------------ date */

void mail_date(time_t utc, char out[40])
{
	static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
	static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
	    "Oct", "Nov", "Dec"};
	struct tm tm;
	if (utc > (time_t)253402271999 || utc < 0)   /* keep to years 1970-9999 */
		utc = 0;
	time_t local = utc + SHANGHAI_SECS;
	if (!gmtime_r(&local, &tm)) {
		snprintf(out, 40, "Thu, 01 Jan 1970 08:00:00 +0800");
		return;
	}
	snprintf(out, 40, "%s, %02d %s %04d %02d:%02d:%02d +0800", days[tm.tm_wday % 7], tm.tm_mday,
	    months[tm.tm_mon % 12], (tm.tm_year + 1900) % 10000, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

long mail_backoff(int attempts)
{
	if (attempts < 1)
		return 60;
	if (attempts > 7)
		return 3600;
	long s = 60L << (attempts - 1);
	return s > 3600 ? 3600 : s;
}

/* ------------------------------------------------------------------ body */

/* A body part: CRLF line ends (its canonical form), then base64. */
static int body_part(struct mail_buf *b, const char *ctype, const char *text)
{
	struct mail_buf crlf = {0};
	int rc = MAIL_OK;
	for (const char *p = text; *p && rc == MAIL_OK; p++) {
		if (*p == '\r' && p[1] == '\n')
			continue;
		rc = *p == '\n' || *p == '\r' ? put(&crlf, "\r\n") : mail_buf_put(&crlf, p, 1);
	}
	if (rc == MAIL_OK)
		rc = put(b, "Content-Type: ") || put(b, ctype) ||
		    put(b, "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n") ? MAIL_NOMEM : MAIL_OK;
	if (rc == MAIL_OK)
		rc = mail_base64_lines(b, (const unsigned char *)(crlf.p ? crlf.p : ""), crlf.len);
	mail_buf_free(&crlf);
	return rc;
}

static int envelope(const struct mail_msg *m, struct mail_buf *b, const char *from_name, const char *from_addr)
{
	char date[40];
	mail_date(m->date, date);
	if (put(b, "Date: ") || put(b, date) || put(b, "\r\n"))
		return MAIL_NOMEM;
	int rc = header_addr(b, "From", from_name, from_addr);
	if (rc == MAIL_OK)
		rc = header_addr(b, "To", m->to_name, m->to_addr);
	if (rc == MAIL_OK)
		rc = header_text(b, "Subject", m->subject);
	if (rc == MAIL_OK)
		rc = put(b, "Message-ID: <") || put(b, m->msgid) ||
		    put(b, ">\r\nMIME-Version: 1.0\r\nAuto-Submitted: auto-generated\r\n") ? MAIL_NOMEM : MAIL_OK;
	return rc;
}

static int alternative(const struct mail_msg *m, struct mail_buf *b)
{
	char delim[96];
	snprintf(delim, sizeof delim, "--=_liaison_%s", m->boundary);
	int rc = put(b, "Content-Type: multipart/alternative;\r\n boundary=\"") || put(b, delim + 2) ||
	    put(b, "\"\r\n\r\n") || put(b, delim) || put(b, "\r\n") ? MAIL_NOMEM : MAIL_OK;
	if (rc == MAIL_OK)
		rc = body_part(b, "text/plain", m->text);
	if (rc == MAIL_OK)
		rc = put(b, delim) || put(b, "\r\n") ? MAIL_NOMEM : MAIL_OK;
	if (rc == MAIL_OK)
		rc = body_part(b, "text/html", m->html);
	if (rc == MAIL_OK)
		rc = put(b, delim) || put(b, "--\r\n") ? MAIL_NOMEM : MAIL_OK;
	return rc;
}

int mail_build(const struct mail_msg *m, struct mail_buf *out)
{
	char from_name[NAME_MAX_BYTES], from_addr[256];
	memset(out, 0, sizeof *out);
	if (!m->to_addr || valid_email(m->to_addr) != V_OK)
		return MAIL_BAD_TO;
	if (mail_parse_from(m->from, from_name, sizeof from_name, from_addr, sizeof from_addr))
		return MAIL_BAD_FROM;
	int multi = m->html && *m->html;
	if (!m->text || !msgid_ok(m->msgid) || (multi && !boundary_ok(m->boundary)))
		return MAIL_BAD_ARG;
	int rc = envelope(m, out, from_name, from_addr);
	if (rc == MAIL_OK)
		rc = multi ? alternative(m, out) : body_part(out, "text/plain", m->text);
	if (rc != MAIL_OK)
		mail_buf_free(out);
	return rc;
}
