/* Unit tests for mailer/mail_format: header injection, encoded-words, line lengths, bodies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mailer/mail_format.h"

#define FROM "Liaison <noreply@example.com>"
#define TO "zhang.san@example.com"
#define MSGID "42.0123456789abcdef@example.com"
#define BOUNDARY "0123456789abcdef0123456789abcdef"
#define SUBJECT_ZH "请假申请已批准：张三 2026-03-03 事假 3 天"

/* ------------------------------------------------------------ helpers */

static struct mail_msg base_msg(void)
{
	struct mail_msg m = {FROM, TO, "Zhang San", "Hello", "Body text\n", NULL, MSGID, BOUNDARY, 1772500500};
	return m;
}

static char *build_ok(const struct mail_msg *m)
{
	struct mail_buf b;
	assert_int_equal(mail_build(m, &b), MAIL_OK);
	assert_non_null(b.p);
	return b.p;
}

static int b64val(char c)
{
	const char *t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c ? strchr(t, c) : NULL;
	return p ? (int)(p - t) : -1;
}

/* Decodes n base64 characters (whitespace skipped) into out; returns the length. */
static size_t b64dec(const char *s, size_t n, char *out)
{
	size_t o = 0;
	unsigned acc = 0;
	int bits = 0;
	for (size_t i = 0; i < n && s[i] != '='; i++) {
		int v = b64val(s[i]);
		if (v < 0)
			continue;
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (char)((acc >> bits) & 0xFF);
		}
	}
	out[o] = '\0';
	return o;
}

/* The header block (up to the blank line) as a fresh string. */
static char *headers_of(const char *msg)
{
	const char *end = strstr(msg, "\r\n\r\n");
	assert_non_null(end);
	size_t n = (size_t)(end - msg) + 2;
	char *h = malloc(n + 1);
	assert_non_null(h);
	memcpy(h, msg, n);
	h[n] = '\0';
	return h;
}

/* Every CR is followed by LF and every LF preceded by CR. */
static int only_crlf(const char *s)
{
	for (size_t i = 0; s[i]; i++) {
		if (s[i] == '\r' && s[i + 1] != '\n')
			return 0;
		if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))
			return 0;
	}
	return 1;
}

/* The header names in order, comma-joined ("Date,From,..."). */
static void header_names(const char *msg, char *out, size_t outlen)
{
	char *h = headers_of(msg);
	out[0] = '\0';
	for (char *line = h; *line;) {
		char *eol = strstr(line, "\r\n");
		assert_non_null(eol);
		*eol = '\0';
		if (line[0] != ' ' && line[0] != '\t') {
			char *colon = strchr(line, ':');
			assert_non_null(colon);
			*colon = '\0';
			if (out[0])
				strncat(out, ",", outlen - strlen(out) - 1);
			strncat(out, line, outlen - strlen(out) - 1);
		}
		line = eol + 2;
	}
	free(h);
}

/* The unfolded value of header name, or NULL. */
static char *header_value(const char *msg, const char *name)
{
	char *h = headers_of(msg);
	char *out = calloc(1, strlen(h) + 1);
	assert_non_null(out);
	size_t nl = strlen(name);
	int in = 0, found = 0;
	for (char *line = h; *line;) {
		char *eol = strstr(line, "\r\n");
		*eol = '\0';
		if (line[0] == ' ' && in) {
			strcat(out, line);
		} else {
			in = strncmp(line, name, nl) == 0 && line[nl] == ':';
			if (in) {
				found = 1;
				strcat(out, line + nl + 2);
			}
		}
		line = eol + 2;
	}
	free(h);
	if (!found) {
		free(out);
		return NULL;
	}
	return out;
}

/* Decodes every "=?UTF-8?B?...?=" in v (ignoring the folding between
 * words, as RFC 2047 says) into out; checks each word's length and that
 * each word holds whole UTF-8 characters.  Returns the number of words. */
static int decode_words(const char *v, char *out)
{
	int words = 0;
	out[0] = '\0';
	const char *p = v;
	while ((p = strstr(p, "=?UTF-8?B?")) != NULL) {
		const char *q = strstr(p + 10, "?=");
		assert_non_null(q);
		assert_true(q + 2 - p <= 75);
		char piece[128];
		size_t n = b64dec(p + 10, (size_t)(q - (p + 10)), piece);
		assert_true(n > 0);
		/* a word must not start with a continuation byte or end mid-character */
		assert_true(((unsigned char)piece[0] & 0xC0) != 0x80);
		size_t last = n - 1;
		while (last > 0 && ((unsigned char)piece[last] & 0xC0) == 0x80)
			last--;
		unsigned char lead = (unsigned char)piece[last];
		size_t want = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
		assert_int_equal(n - last, want);
		strcat(out, piece);
		words++;
		p = q + 2;
	}
	return words;
}

static void assert_lines_at_most(const char *msg, size_t max)
{
	size_t len = 0;
	for (const char *p = msg; *p; p++) {
		if (*p == '\r' && p[1] == '\n') {
			assert_true(len <= max);
			len = 0;
			p++;
		} else {
			len++;
		}
	}
	assert_true(len <= max);
}

static const char *const evil[] = {
	"Hi\r\nBcc: victim@example.org",
	"Hi\nBcc: victim@example.org",
	"Hi\rBcc: victim@example.org",
	"Hi\r\n\r\nInjected body",
	"Hi\xc2\x85" "Bcc: victim@example.org",     /* U+0085 NEXT LINE */
	"张三\r\nBcc: victim@example.org",
};
#define NEVIL (sizeof evil / sizeof evil[0])

#define EXPECTED_TEXT_ONLY "Date,From,To,Subject,Message-ID,MIME-Version,Auto-Submitted,Content-Type,Content-Transfer-Encoding"
#define EXPECTED_MULTI "Date,From,To,Subject,Message-ID,MIME-Version,Auto-Submitted,Content-Type"

/* --------------------------------------------------------- injection */

static void test_crlf_in_subject_adds_no_header(void **state)
{
	(void)state;
	for (size_t i = 0; i < NEVIL; i++) {
		struct mail_msg m = base_msg();
		m.subject = evil[i];
		char *msg = build_ok(&m);
		char names[512];
		header_names(msg, names, sizeof names);
		assert_string_equal(names, EXPECTED_TEXT_ONLY);
		char *h = headers_of(msg);
		assert_true(only_crlf(h));
		assert_null(strstr(h, "\nBcc"));
		free(h);
		free(msg);
	}
}

static void test_crlf_in_display_name_adds_no_header(void **state)
{
	(void)state;
	for (size_t i = 0; i < NEVIL; i++) {
		struct mail_msg m = base_msg();
		m.to_name = evil[i];
		m.html = "<p>x</p>";
		char *msg = build_ok(&m);
		char names[512];
		header_names(msg, names, sizeof names);
		assert_string_equal(names, EXPECTED_MULTI);
		char *to = header_value(msg, "To");
		assert_non_null(to);
		assert_non_null(strstr(to, "<" TO ">"));
		free(to);
		free(msg);
	}
}

static void test_crlf_in_configured_from_name_adds_no_header(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	m.from = "Liaison\r\nBcc: victim@example.org <noreply@example.com>";
	char *msg = build_ok(&m);
	char names[512];
	header_names(msg, names, sizeof names);
	assert_string_equal(names, EXPECTED_TEXT_ONLY);
	free(msg);
}

static void test_crlf_in_address_is_refused(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"a@example.com\r\nBcc: victim@example.org", "a@example.com\n", "a@example.com>, b@example.org",
		"\"x\"@example.com", "Name <a@example.com>", "", "a@b", "张@example.com",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct mail_msg m = base_msg();
		struct mail_buf b;
		m.to_addr = bad[i];
		assert_int_equal(mail_build(&m, &b), MAIL_BAD_TO);
		assert_null(b.p);
	}
}

static void test_bad_from_msgid_or_boundary_refused(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	struct mail_buf b;
	m.from = "Liaison <noreply@example.com\r\nBcc: x@example.org>";
	assert_int_equal(mail_build(&m, &b), MAIL_BAD_FROM);
	m = base_msg();
	m.msgid = "42>\r\nBcc: x@example.org";
	assert_int_equal(mail_build(&m, &b), MAIL_BAD_ARG);
	m = base_msg();
	m.html = "<p>x</p>";
	m.boundary = "\"\r\nBcc: x";
	assert_int_equal(mail_build(&m, &b), MAIL_BAD_ARG);
}

static void test_clean_header_removes_every_control(void **state)
{
	(void)state;
	char out[64];
	mail_clean_header("a\rb\nc\td\x7f" "e\x01" "f\xc2\x85g", out, sizeof out);
	assert_string_equal(out, "a b c d e f g");
	mail_clean_header("ok\xff\xfe中", out, sizeof out);
	assert_string_equal(out, "ok??中");
	mail_clean_header("\xe4\xb8", out, sizeof out);      /* a truncated character */
	assert_string_equal(out, "??");
	mail_clean_header("中文", out, 5);                    /* no room for the second character */
	assert_string_equal(out, "中");
}

/* -------------------------------------------------------- encoded-word */

static void test_chinese_subject_is_encoded_word_and_decodes_back(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	m.subject = SUBJECT_ZH;
	char *msg = build_ok(&m);
	char *v = header_value(msg, "Subject");
	assert_non_null(v);
	assert_non_null(strstr(v, "=?UTF-8?B?"));
	char decoded[1024];
	assert_true(decode_words(v, decoded) >= 1);
	assert_string_equal(decoded, SUBJECT_ZH);
	free(v);
	free(msg);
}

static void test_long_chinese_subject_splits_on_character_boundaries(void **state)
{
	(void)state;
	char subject[700] = "";
	for (int i = 0; i < 80; i++)
		strcat(subject, i % 3 ? "审" : "批a");
	struct mail_msg m = base_msg();
	m.subject = subject;
	char *msg = build_ok(&m);
	char *v = header_value(msg, "Subject");
	char decoded[1024];
	assert_true(decode_words(v, decoded) >= 5);
	assert_string_equal(decoded, subject);
	assert_lines_at_most(msg, MAIL_LINE_MAX);
	free(v);
	free(msg);
}

static void test_chinese_display_name_is_encoded(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	m.to_name = "张三";
	m.from = "联络系统 <noreply@example.com>";
	char *msg = build_ok(&m);
	char *to = header_value(msg, "To");
	char decoded[256];
	assert_int_equal(decode_words(to, decoded), 1);
	assert_string_equal(decoded, "张三");
	assert_non_null(strstr(to, "<" TO ">"));
	char *from = header_value(msg, "From");
	assert_int_equal(decode_words(from, decoded), 1);
	assert_string_equal(decoded, "联络系统");
	assert_non_null(strstr(from, "<noreply@example.com>"));
	free(to);
	free(from);
	free(msg);
}

static void test_plain_ascii_subject_stays_readable(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	m.subject = "Leave request approved";
	char *msg = build_ok(&m);
	assert_non_null(strstr(msg, "\r\nSubject: Leave request approved\r\n"));
	free(msg);
}

static void test_encoded_word_lookalike_in_subject_is_encoded(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	m.subject = "=?UTF-8?B?5byg5LiJ?=";
	char *msg = build_ok(&m);
	char *v = header_value(msg, "Subject");
	char decoded[256];
	assert_int_equal(decode_words(v, decoded), 1);
	assert_string_equal(decoded, "=?UTF-8?B?5byg5LiJ?=");
	free(v);
	free(msg);
}

static void test_specials_in_display_name_are_encoded_not_quoted(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	m.to_name = "Evil <x@example.org>, \"y\"";
	char *msg = build_ok(&m);
	char *to = header_value(msg, "To");
	char decoded[256];
	assert_int_equal(decode_words(to, decoded), 1);
	assert_string_equal(decoded, "Evil <x@example.org>, \"y\"");
	/* the only address left in the header outside encoded text is the real one */
	assert_null(strstr(to, "x@example.org"));
	free(to);
	free(msg);
}

/* ---------------------------------------------------------- structure */

static void test_every_line_within_76_and_crlf(void **state)
{
	(void)state;
	char text[5000] = "";
	for (int i = 0; i < 200; i++)
		strcat(text, "一段很长的正文");
	strcat(text, "\nline two\r\nline three\r");
	struct mail_msg m = base_msg();
	m.subject = SUBJECT_ZH SUBJECT_ZH SUBJECT_ZH;
	m.to_name = "非常非常非常非常非常非常非常非常长的名字 Very Long Display Name Indeed";
	m.text = text;
	m.html = "<p>很长</p>";
	char *msg = build_ok(&m);
	assert_lines_at_most(msg, MAIL_LINE_MAX);
	assert_true(only_crlf(msg));
	free(msg);
}

/* The base64 between a part's blank line and the next delimiter. */
static void part_body(const char *msg, const char *ctype, char *out)
{
	const char *p = strstr(msg, ctype);
	assert_non_null(p);
	p = strstr(p, "\r\n\r\n");
	assert_non_null(p);
	p += 4;
	const char *end = strstr(p, "\r\n--");
	if (!end)
		end = p + strlen(p);
	b64dec(p, (size_t)(end - p), out);
}

static void test_multipart_alternative_has_text_then_html(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	m.text = "第一行\n第二行";
	m.html = "<p>第一行</p>";
	char *msg = build_ok(&m);
	assert_non_null(strstr(msg, "Content-Type: multipart/alternative;\r\n boundary=\"=_liaison_" BOUNDARY "\"\r\n"));
	const char *t = strstr(msg, "\r\n--=_liaison_" BOUNDARY "\r\nContent-Type: text/plain; charset=UTF-8");
	const char *h = strstr(msg, "\r\n--=_liaison_" BOUNDARY "\r\nContent-Type: text/html; charset=UTF-8");
	const char *e = strstr(msg, "\r\n--=_liaison_" BOUNDARY "--\r\n");
	assert_non_null(t);
	assert_non_null(h);
	assert_non_null(e);
	assert_true(t < h && h < e);
	char body[256];
	part_body(msg, "text/plain", body);
	assert_string_equal(body, "第一行\r\n第二行");
	part_body(msg, "text/html", body);
	assert_string_equal(body, "<p>第一行</p>");
	free(msg);
}

static void test_text_only_message_is_single_part(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	m.html = "";
	char *msg = build_ok(&m);
	assert_null(strstr(msg, "multipart"));
	assert_non_null(strstr(msg, "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"));
	char body[64];
	part_body(msg, "text/plain", body);
	assert_string_equal(body, "Body text\r\n");
	free(msg);
}

static void test_message_id_date_and_mime_headers(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	char *msg = build_ok(&m);
	assert_true(strncmp(msg, "Date: Tue, 03 Mar 2026 09:15:00 +0800\r\n", 39) == 0);
	assert_non_null(strstr(msg, "\r\nMessage-ID: <" MSGID ">\r\n"));
	assert_non_null(strstr(msg, "\r\nMIME-Version: 1.0\r\n"));
	assert_non_null(strstr(msg, "\r\nFrom: Liaison <noreply@example.com>\r\n"));
	free(msg);
}

static void test_missing_text_refused(void **state)
{
	(void)state;
	struct mail_msg m = base_msg();
	struct mail_buf b;
	m.text = NULL;
	assert_int_equal(mail_build(&m, &b), MAIL_BAD_ARG);
}

/* -------------------------------------------------------- small parts */

static void test_parse_from_forms(void **state)
{
	(void)state;
	char name[64], addr[64];
	assert_int_equal(mail_parse_from("  \"Liaison Mail\" <a@example.com> ", name, sizeof name, addr, sizeof addr), MAIL_OK);
	assert_string_equal(name, "Liaison Mail");
	assert_string_equal(addr, "a@example.com");
	assert_int_equal(mail_parse_from("a@example.com", name, sizeof name, addr, sizeof addr), MAIL_OK);
	assert_string_equal(name, "");
	assert_string_equal(addr, "a@example.com");
	assert_int_equal(mail_parse_from("Liaison <not an address>", name, sizeof name, addr, sizeof addr), MAIL_BAD_FROM);
	assert_int_equal(mail_parse_from("", name, sizeof name, addr, sizeof addr), MAIL_BAD_FROM);
}

static void test_utf8_prefix_never_splits_a_character(void **state)
{
	(void)state;
	const char *s = "a中b";                   /* 1 + 3 + 1 bytes */
	assert_int_equal(mail_utf8_prefix(s, 1), 1);
	assert_int_equal(mail_utf8_prefix(s, 2), 1);
	assert_int_equal(mail_utf8_prefix(s, 3), 1);
	assert_int_equal(mail_utf8_prefix(s, 4), 4);
	assert_int_equal(mail_utf8_prefix(s, 99), 5);
}

static void test_base64_lines_are_76(void **state)
{
	(void)state;
	unsigned char data[200];
	struct mail_buf b = {0};
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)i;
	assert_int_equal(mail_base64_lines(&b, data, sizeof data), MAIL_OK);
	assert_int_equal(strcspn(b.p, "\r"), 76);
	char back[256];
	assert_int_equal(b64dec(b.p, b.len, back), sizeof data);
	assert_memory_equal(back, data, sizeof data);
	mail_buf_free(&b);
}

static void test_backoff_doubles_from_a_minute_up_to_an_hour(void **state)
{
	(void)state;
	assert_int_equal(mail_backoff(1), 60);
	assert_int_equal(mail_backoff(2), 120);
	assert_int_equal(mail_backoff(3), 240);
	assert_int_equal(mail_backoff(6), 1920);
	assert_int_equal(mail_backoff(7), 3600);
	assert_int_equal(mail_backoff(1000000), 3600);
	assert_int_equal(mail_backoff(-5), 60);
}

static void test_date_is_shanghai_time(void **state)
{
	(void)state;
	char d[40];
	mail_date(1772500500, d);          /* 2026-03-03 01:15:00 UTC */
	assert_string_equal(d, "Tue, 03 Mar 2026 09:15:00 +0800");
	mail_date(1767196800 - 3600, d);   /* 2025-12-31 15:00 UTC = 23:00 Shanghai */
	assert_string_equal(d, "Wed, 31 Dec 2025 23:00:00 +0800");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_crlf_in_subject_adds_no_header),
		cmocka_unit_test(test_crlf_in_display_name_adds_no_header),
		cmocka_unit_test(test_crlf_in_configured_from_name_adds_no_header),
		cmocka_unit_test(test_crlf_in_address_is_refused),
		cmocka_unit_test(test_bad_from_msgid_or_boundary_refused),
		cmocka_unit_test(test_clean_header_removes_every_control),
		cmocka_unit_test(test_chinese_subject_is_encoded_word_and_decodes_back),
		cmocka_unit_test(test_long_chinese_subject_splits_on_character_boundaries),
		cmocka_unit_test(test_chinese_display_name_is_encoded),
		cmocka_unit_test(test_plain_ascii_subject_stays_readable),
		cmocka_unit_test(test_encoded_word_lookalike_in_subject_is_encoded),
		cmocka_unit_test(test_specials_in_display_name_are_encoded_not_quoted),
		cmocka_unit_test(test_every_line_within_76_and_crlf),
		cmocka_unit_test(test_multipart_alternative_has_text_then_html),
		cmocka_unit_test(test_text_only_message_is_single_part),
		cmocka_unit_test(test_message_id_date_and_mime_headers),
		cmocka_unit_test(test_missing_text_refused),
		cmocka_unit_test(test_parse_from_forms),
		cmocka_unit_test(test_utf8_prefix_never_splits_a_character),
		cmocka_unit_test(test_base64_lines_are_76),
		cmocka_unit_test(test_backoff_doubles_from_a_minute_up_to_an_hour),
		cmocka_unit_test(test_date_is_shanghai_time),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
