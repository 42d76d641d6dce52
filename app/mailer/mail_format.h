/*
 * mail_format.h - one outbox row as an RFC 5322 message.
 *
 * Pure module: no database, no ClearSilver, no I/O (the pure part of
 * http/valid checks addresses).  Every header value that can hold user
 * text (display names, the subject) is cleaned before it is written: CR,
 * LF, TAB and every other control character become a space and invalid
 * UTF-8 becomes '?', so no user text can end a header line and start
 * another.  Text that is not short plain ASCII goes out as RFC 2047
 * encoded-words (base64 of UTF-8) folded so that no header line exceeds
 * 76 characters.  Bodies are UTF-8 with CRLF line ends, base64-encoded in
 * lines of 76; text plus HTML become multipart/alternative.
 */
#ifndef LIAISON_MAIL_FORMAT_H
#define LIAISON_MAIL_FORMAT_H

#include <stddef.h>
#include <time.h>

#define MAIL_LINE_MAX 76          /* longest header or body line we write */
#define MAIL_MAX_ATTEMPTS 12      /* after this many failed tries a message is given up */

enum mail_rc {
	MAIL_OK = 0,
	MAIL_NOMEM = -1,
	MAIL_BAD_TO = -2,      /* the recipient address is not a plain address */
	MAIL_BAD_FROM = -3,    /* the configured sender is not "Name <addr>" or "addr" */
	MAIL_BAD_ARG = -4,     /* no text body, or a malformed Message-ID or boundary */
};

/* A growing byte buffer; start it zeroed, release it with mail_buf_free. */
struct mail_buf {
	char *p;
	size_t len, cap;
};

/* mail_buf_free - release the bytes and zero the buffer (safe on a zeroed one). */
void mail_buf_free(struct mail_buf *b);

/* mail_buf_put - append n bytes; MAIL_OK or MAIL_NOMEM. */
int mail_buf_put(struct mail_buf *b, const char *s, size_t n);

struct mail_msg {
	const char *from;       /* as configured: "Name <addr>" or "addr" */
	const char *to_addr;    /* checked with valid_email */
	const char *to_name;    /* display name, may be "" */
	const char *subject;
	const char *text;       /* required */
	const char *html;       /* NULL or "": a text-only message */
	const char *msgid;      /* what goes between < and >: [A-Za-z0-9.-]+@domain */
	const char *boundary;   /* 8-64 lowercase hex digits (random per message) */
	time_t date;            /* UTC; written as Asia/Shanghai (+0800) */
};

/*
 * mail_build - the whole message, CRLF line ends, into out (which must be
 * zeroed or freed; it is reset first).  Returns MAIL_OK or a mail_rc; on
 * failure out is released.
 */
int mail_build(const struct mail_msg *m, struct mail_buf *out);

/*
 * mail_parse_from - split a configured sender "Name <addr>" (or a bare
 * "addr") into a cleaned display name and the address.  Returns MAIL_OK or
 * MAIL_BAD_FROM (no valid address, or a buffer too small).
 */
int mail_parse_from(const char *from, char *name, size_t namelen, char *addr, size_t addrlen);

/*
 * mail_clean_header - src as a safe single-line header value in dst:
 * control characters (CR and LF included) become spaces, invalid UTF-8
 * bytes become '?', and the result is cut at a character boundary to fit
 * dstlen (dstlen >= 1).
 */
void mail_clean_header(const char *src, char *dst, size_t dstlen);

/*
 * mail_encode_words - append value (cleaned as above) as RFC 2047
 * encoded-words "=?UTF-8?B?...?=", starting on a line that already holds
 * col characters; words are split on character boundaries and folded with
 * CRLF SP so that every line stays within MAIL_LINE_MAX.
 */
int mail_encode_words(struct mail_buf *b, const char *value, size_t col);

/* mail_base64_lines - append the base64 of n bytes in CRLF-ended lines of 76. */
int mail_base64_lines(struct mail_buf *b, const unsigned char *s, size_t n);

/* mail_date - RFC 5322 date-time of a UTC instant, in +0800, e.g.
 * "Tue, 03 Mar 2026 09:15:00 +0800". */
void mail_date(time_t utc, char out[40]);

/* mail_utf8_prefix - the length of the longest prefix of s no longer than
 * max bytes that does not end inside a UTF-8 character. */
size_t mail_utf8_prefix(const char *s, size_t max);

/* mail_backoff - seconds to wait after the attempts-th failure (1 minute,
 * doubling, at most an hour). */
long mail_backoff(int attempts);

#endif
