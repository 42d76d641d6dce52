/* test_params.c - request parsers: decoding, limits, malformed input, no leaks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "http/params.h"

static const struct limits LIM = {
	.max_body = 4096, .max_fields = 8, .max_name = 16, .max_value = 32, .max_file = 64,
};

static enum parse_status url(const char *s, struct params *p)
{
	return parse_urlencoded(s, strlen(s), &LIM, p);
}

static void assert_empty(const struct params *p)
{
	assert_null(p->v);
	assert_int_equal(p->n, 0);
}

static const char *val(const struct params *p, const char *name)
{
	const struct param *x = params_get(p, name);
	return x ? x->value : NULL;
}

/* ------------------------------------------------------------ urlencoded */

static void test_url_basic_pairs_and_plus_and_percent(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("a=1&b=hello+world&c=%E4%BD%A0%2b", &p), PARSE_OK);
	assert_int_equal(p.n, 3);
	assert_string_equal(val(&p, "a"), "1");
	assert_string_equal(val(&p, "b"), "hello world");
	assert_string_equal(val(&p, "c"), "\xE4\xBD\xA0+");
	assert_int_equal(params_get(&p, "c")->len, 4);
	assert_null(params_get(&p, "c")->filename);
	params_free(&p);
}

static void test_url_name_without_equals_gets_empty_value(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("flag&x=", &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(val(&p, "flag"), "");
	assert_string_equal(val(&p, "x"), "");
	params_free(&p);
}

static void test_url_empty_pairs_and_empty_names_skipped(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("&&a=1&&=junk&b=2&", &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(p.v[0].name, "a");
	assert_string_equal(p.v[1].name, "b");
	params_free(&p);
}

static void test_url_empty_input_is_ok_and_empty(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse_urlencoded("", 0, &LIM, &p), PARSE_OK);
	assert_int_equal(p.n, 0);
	assert_int_equal(parse_urlencoded(NULL, 0, &LIM, &p), PARSE_OK);
	assert_int_equal(p.n, 0);
	params_free(&p);
}

static void test_url_truncated_percent_is_malformed(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("a=1&b=%4", &p), PARSE_MALFORMED);
	assert_empty(&p);
	assert_int_equal(url("a=%", &p), PARSE_MALFORMED);
	assert_empty(&p);
	assert_int_equal(url("%=1", &p), PARSE_MALFORMED);
	assert_empty(&p);
}

static void test_url_non_hex_escape_is_malformed(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("a=%zz", &p), PARSE_MALFORMED);
	assert_empty(&p);
	assert_int_equal(url("a=%4g", &p), PARSE_MALFORMED);
	assert_int_equal(url("a=% 41", &p), PARSE_MALFORMED);
}

static void test_url_decoded_nul_is_malformed(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("a=x%00y", &p), PARSE_MALFORMED);
	assert_empty(&p);
	assert_int_equal(url("a%00b=1", &p), PARSE_MALFORMED);
}

static void test_url_raw_nul_byte_is_malformed(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse_urlencoded("a=x\0y", 5, &LIM, &p), PARSE_MALFORMED);
	assert_empty(&p);
}

static void test_url_len_is_honoured_without_terminator(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse_urlencoded("a=12345", 4, &LIM, &p), PARSE_OK);
	assert_string_equal(val(&p, "a"), "12");
	params_free(&p);
	/* an escape cut by len is truncated even if valid hex follows in memory */
	assert_int_equal(parse_urlencoded("a=%41", 4, &LIM, &p), PARSE_MALFORMED);
	assert_empty(&p);
}

static void test_url_uppercase_and_lowercase_hex(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("a=%2F%2f", &p), PARSE_OK);
	assert_string_equal(val(&p, "a"), "//");
	params_free(&p);
}

static void test_url_body_exact_limit_passes_plus_one_fails(void **state)
{
	(void)state;
	struct limits l = LIM;
	struct params p;
	l.max_body = 7;
	assert_int_equal(parse_urlencoded("a=12345", 7, &l, &p), PARSE_OK);
	params_free(&p);
	assert_int_equal(parse_urlencoded("a=123456", 8, &l, &p), PARSE_TOO_LARGE);
	assert_empty(&p);
}

static void test_url_name_exact_limit_passes_plus_one_fails(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("0123456789abcdef=1", &p), PARSE_OK);   /* 16 = max_name */
	params_free(&p);
	assert_int_equal(url("0123456789abcdefg=1", &p), PARSE_TOO_LARGE);
	assert_empty(&p);
}

static void test_url_value_limit_counts_decoded_bytes(void **state)
{
	(void)state;
	struct params p;
	/* 32 decoded bytes written as 96 encoded ones still fit max_value 32 */
	char buf[200] = "v=";
	for (int i = 0; i < 32; i++)
		strcat(buf, "%41");
	assert_int_equal(url(buf, &p), PARSE_OK);
	assert_int_equal(params_get(&p, "v")->len, 32);
	params_free(&p);
	strcat(buf, "B");
	assert_int_equal(url(buf, &p), PARSE_TOO_LARGE);
	assert_empty(&p);
}

static void test_url_field_count_exact_limit_passes_plus_one_fails(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8", &p), PARSE_OK);
	assert_int_equal(p.n, 8);
	params_free(&p);
	assert_int_equal(url("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9", &p), PARSE_TOO_MANY);
	assert_empty(&p);
}

static void test_url_huge_field_count_is_too_many(void **state)
{
	(void)state;
	struct limits l = LIM;
	l.max_body = 1 << 20;
	l.max_fields = 1000;
	size_t n = 100000;
	char *buf = malloc(n * 2 + 1);
	assert_non_null(buf);
	for (size_t i = 0; i < n; i++)
		memcpy(buf + 2 * i, "a&", 2);
	struct params p;
	assert_int_equal(parse_urlencoded(buf, n * 2, &l, &p), PARSE_TOO_MANY);
	assert_empty(&p);
	free(buf);
}

static void test_url_duplicates_kept_and_get_returns_first(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(url("x=1&x=2", &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(val(&p, "x"), "1");
	assert_null(params_get(&p, "y"));
	assert_null(params_get(&p, NULL));
	params_free(&p);
}

static void test_params_free_on_zeroed_struct_and_twice(void **state)
{
	(void)state;
	struct params p = {0};
	params_free(&p);
	params_free(NULL);
	assert_int_equal(url("a=1", &p), PARSE_OK);
	params_free(&p);
	params_free(&p);
	assert_empty(&p);
}

/* -------------------------------------------------------------- multipart */

#define CT "multipart/form-data; boundary=XyZ"

static enum parse_status mp(const char *body, struct params *p)
{
	return parse_multipart(body, strlen(body), CT, &LIM, p);
}

static void test_mp_text_and_file_parts(void **state)
{
	(void)state;
	const char body[] =
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"title\"\r\n\r\n"
		"Hello\r\nworld\r\n"
		"--XyZ\r\n"
		"Content-Disposition: form-data; name=\"doc\"; filename=\"C:\\Users\\me\\r.pdf\"\r\n"
		"Content-Type: application/pdf\r\n\r\n"
		"%PDF\0\x01\r\n"
		"--XyZ--\r\n";
	struct params p;
	assert_int_equal(parse_multipart(body, sizeof body - 1, CT, &LIM, &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(val(&p, "title"), "Hello\r\nworld");
	assert_null(params_get(&p, "title")->filename);
	const struct param *f = params_get(&p, "doc");
	assert_non_null(f);
	assert_string_equal(f->filename, "r.pdf");
	assert_string_equal(f->ctype, "application/pdf");
	assert_int_equal(f->len, 6);
	assert_memory_equal(f->value, "%PDF\0\x01", 6);
	params_free(&p);
}

static void test_mp_quoted_boundary_and_preamble_epilogue(void **state)
{
	(void)state;
	const char *body =
		"preamble text\r\n"
		"--a b:c\r\n"
		"content-disposition: FORM-DATA; name=x\r\n\r\n"
		"1\r\n"
		"--a b:c--\r\nepilogue";
	struct params p;
	assert_int_equal(parse_multipart(body, strlen(body),
									 "Multipart/Form-Data; charset=utf-8; boundary=\"a b:c\"", &LIM, &p),
					 PARSE_OK);
	assert_string_equal(val(&p, "x"), "1");
	params_free(&p);
}

static void test_mp_unix_path_stripped_from_filename(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../etc/passwd\"\r\n\r\n"
						"x\r\n--XyZ--", &p), PARSE_OK);
	assert_string_equal(params_get(&p, "f")->filename, "passwd");
	params_free(&p);
}

static void test_mp_empty_file_input_has_empty_filename(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"\"\r\n"
						"Content-Type: application/octet-stream\r\n\r\n\r\n--XyZ--\r\n", &p), PARSE_OK);
	const struct param *f = params_get(&p, "f");
	assert_non_null(f);
	assert_string_equal(f->filename, "");
	assert_int_equal(f->len, 0);
	params_free(&p);
}

static void test_mp_missing_boundary_is_malformed(void **state)
{
	(void)state;
	struct params p;
	const char *b = "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--XyZ--";
	assert_int_equal(parse_multipart(b, strlen(b), "multipart/form-data", &LIM, &p), PARSE_MALFORMED);
	assert_empty(&p);
	assert_int_equal(parse_multipart(b, strlen(b), "multipart/form-data; boundary=", &LIM, &p),
					 PARSE_MALFORMED);
	assert_int_equal(parse_multipart(b, strlen(b), NULL, &LIM, &p), PARSE_MALFORMED);
	assert_int_equal(parse_multipart(b, strlen(b), "text/plain; boundary=XyZ", &LIM, &p),
					 PARSE_MALFORMED);
}

static void test_mp_invalid_boundary_chars_and_length(void **state)
{
	(void)state;
	struct params p;
	char ct[200];
	const char *b = "--x\r\n";
	assert_int_equal(parse_multipart(b, strlen(b), "multipart/form-data; boundary=\"a@b\"", &LIM, &p),
					 PARSE_MALFORMED);
	assert_int_equal(parse_multipart(b, strlen(b), "multipart/form-data; boundary=\"ab \"", &LIM, &p),
					 PARSE_MALFORMED);
	/* 70 chars is the RFC 2046 maximum, 71 is not */
	char body[300];
	snprintf(ct, sizeof ct, "multipart/form-data; boundary=%070d", 7);
	snprintf(body, sizeof body, "--%070d\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--%070d--", 7, 7);
	assert_int_equal(parse_multipart(body, strlen(body), ct, &LIM, &p), PARSE_OK);
	params_free(&p);
	snprintf(ct, sizeof ct, "multipart/form-data; boundary=%071d", 7);
	snprintf(body, sizeof body, "--%071d\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--%071d--", 7, 7);
	assert_int_equal(parse_multipart(body, strlen(body), ct, &LIM, &p), PARSE_MALFORMED);
	assert_empty(&p);
}

static void test_mp_body_without_delimiter_is_malformed(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(mp("just some text", &p), PARSE_MALFORMED);
	assert_int_equal(mp("", &p), PARSE_MALFORMED);
	assert_empty(&p);
}

static void test_mp_missing_closing_delimiter_is_malformed(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n", &p), PARSE_MALFORMED);
	assert_empty(&p);
	/* first part complete, second truncated: nothing at all is returned */
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--XyZ\r\n"
						"Content-Disposition: form-data; name=b\r\n\r\n2", &p), PARSE_MALFORMED);
	assert_empty(&p);
	/* a boundary as a prefix of a longer word is not a delimiter */
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--XyZW--", &p),
					 PARSE_MALFORMED);
}

static void test_mp_part_without_name_is_malformed(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; filename=\"a.txt\"\r\n\r\nx\r\n--XyZ--", &p),
					 PARSE_MALFORMED);
	assert_empty(&p);
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nx\r\n--XyZ--", &p),
					 PARSE_MALFORMED);
	assert_int_equal(mp("--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--", &p), PARSE_MALFORMED);
	assert_int_equal(mp("--XyZ\r\n\r\nx\r\n--XyZ--", &p), PARSE_MALFORMED);
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: attachment; name=a\r\n\r\nx\r\n--XyZ--", &p),
					 PARSE_MALFORMED);
}

static void test_mp_garbled_headers_are_malformed(void **state)
{
	(void)state;
	struct params p;
	/* no colon */
	assert_int_equal(mp("--XyZ\r\nContent-Disposition form-data; name=a\r\n\r\nx\r\n--XyZ--", &p), PARSE_MALFORMED);
	/* folded header */
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data;\r\n name=a\r\n\r\nx\r\n--XyZ--", &p),
					 PARSE_MALFORMED);
	/* unterminated quote */
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--XyZ--", &p),
					 PARSE_MALFORMED);
	/* two names in one disposition */
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=a; name=b\r\n\r\nx\r\n--XyZ--", &p),
					 PARSE_MALFORMED);
	/* garbage after the boundary on its line */
	assert_int_equal(mp("--XyZjunk\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n--XyZ--", &p),
					 PARSE_MALFORMED);
	/* bare LF line endings */
	assert_int_equal(mp("--XyZ\nContent-Disposition: form-data; name=a\n\nx\n--XyZ--", &p), PARSE_MALFORMED);
	assert_empty(&p);
}

static void test_mp_nested_multipart_is_just_data(void **state)
{
	(void)state;
	struct params p;
	const char *b =
		"--XyZ\r\nContent-Disposition: form-data; name=\"n\"; filename=\"in.eml\"\r\n"
		"Content-Type: multipart/mixed; boundary=Inner\r\n\r\n"
		"--Inner\r\nContent-Disposition: form-data; name=evil\r\n\r\nx\r\n--Inner--"
		"\r\n--XyZ--\r\n";
	struct limits l = LIM;
	l.max_file = 1000;
	assert_int_equal(parse_multipart(b, strlen(b), CT, &l, &p), PARSE_OK);
	assert_int_equal(p.n, 1);
	assert_null(params_get(&p, "evil"));
	assert_string_equal(params_get(&p, "n")->ctype, "multipart/mixed; boundary=Inner");
	params_free(&p);
}

static void test_mp_nul_in_text_value_is_malformed(void **state)
{
	(void)state;
	struct params p;
	const char b[] = "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nx\0y\r\n--XyZ--";
	assert_int_equal(parse_multipart(b, sizeof b - 1, CT, &LIM, &p), PARSE_MALFORMED);
	assert_empty(&p);
}

static void test_mp_value_exact_limit_passes_plus_one_fails(void **state)
{
	(void)state;
	struct params p;
	char b[400];
	snprintf(b, sizeof b, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n%032d\r\n--XyZ--", 0);
	assert_int_equal(mp(b, &p), PARSE_OK);
	assert_int_equal(params_get(&p, "a")->len, 32);
	params_free(&p);
	snprintf(b, sizeof b, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n%033d\r\n--XyZ--", 0);
	assert_int_equal(mp(b, &p), PARSE_TOO_LARGE);
	assert_empty(&p);
}

static void test_mp_file_exact_limit_passes_plus_one_fails(void **state)
{
	(void)state;
	struct params p;
	char b[400];
	snprintf(b, sizeof b, "--XyZ\r\nContent-Disposition: form-data; name=f; filename=a\r\n\r\n%064d\r\n--XyZ--", 0);
	assert_int_equal(mp(b, &p), PARSE_OK);
	assert_int_equal(params_get(&p, "f")->len, 64);
	params_free(&p);
	snprintf(b, sizeof b, "--XyZ\r\nContent-Disposition: form-data; name=f; filename=a\r\n\r\n%065d\r\n--XyZ--", 0);
	assert_int_equal(mp(b, &p), PARSE_TOO_LARGE);
	assert_empty(&p);
}

static void test_mp_name_exact_limit_passes_plus_one_fails(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=0123456789abcdef\r\n\r\n1\r\n--XyZ--", &p),
					 PARSE_OK);
	params_free(&p);
	assert_int_equal(mp("--XyZ\r\nContent-Disposition: form-data; name=0123456789abcdefg\r\n\r\n1\r\n--XyZ--", &p),
					 PARSE_TOO_LARGE);
	assert_empty(&p);
}

static void test_mp_body_limit(void **state)
{
	(void)state;
	struct params p;
	struct limits l = LIM;
	const char *b = "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--XyZ--";
	l.max_body = strlen(b);
	assert_int_equal(parse_multipart(b, strlen(b), CT, &l, &p), PARSE_OK);
	params_free(&p);
	l.max_body--;
	assert_int_equal(parse_multipart(b, strlen(b), CT, &l, &p), PARSE_TOO_LARGE);
	assert_empty(&p);
}

static void test_mp_too_many_parts(void **state)
{
	(void)state;
	struct params p;
	char b[2000] = "";
	for (int i = 0; i < 9; i++)
		strcat(b, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n");
	strcat(b, "--XyZ--");
	assert_int_equal(mp(b, &p), PARSE_TOO_MANY);
	assert_empty(&p);
	/* eight parts (the limit) pass */
	char *ninth = strstr(b + 1, "--XyZ\r\n");
	assert_non_null(ninth);
	assert_int_equal(mp(ninth, &p), PARSE_OK);
	assert_int_equal(p.n, 8);
	params_free(&p);
}

static void test_mp_long_filename_is_too_large(void **state)
{
	(void)state;
	struct params p;
	char b[1000];
	char fn[300];
	memset(fn, 'a', 256);
	fn[256] = '\0';
	snprintf(b, sizeof b, "--XyZ\r\nContent-Disposition: form-data; name=f; filename=\"%s\"\r\n\r\nx\r\n--XyZ--", fn);
	assert_int_equal(mp(b, &p), PARSE_TOO_LARGE);
	fn[255] = '\0';
	snprintf(b, sizeof b, "--XyZ\r\nContent-Disposition: form-data; name=f; filename=\"%s\"\r\n\r\nx\r\n--XyZ--", fn);
	assert_int_equal(mp(b, &p), PARSE_OK);
	params_free(&p);
}

/* ---------------------------------------------------------------- cookies */

static void test_cookie_pairs_trimmed_not_decoded(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse_cookies("  sid = abc%20def ;lang=zh-CN;q=\"quoted\"", &LIM, &p), PARSE_OK);
	assert_int_equal(p.n, 3);
	assert_string_equal(val(&p, "sid"), "abc%20def");
	assert_string_equal(val(&p, "lang"), "zh-CN");
	assert_string_equal(val(&p, "q"), "quoted");
	params_free(&p);
}

static void test_cookie_junk_pairs_skipped(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse_cookies("novalue; =x; a b=1; ok=1;; bad=\x01; ;t=\"x\"y\"; last=2", &LIM, &p), PARSE_OK);
	assert_int_equal(p.n, 2);
	assert_string_equal(val(&p, "ok"), "1");
	assert_string_equal(val(&p, "last"), "2");
	params_free(&p);
}

static void test_cookie_null_and_empty_header(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse_cookies(NULL, &LIM, &p), PARSE_OK);
	assert_int_equal(p.n, 0);
	assert_int_equal(parse_cookies("", &LIM, &p), PARSE_OK);
	assert_int_equal(p.n, 0);
}

static void test_cookie_oversized_single_cookie_skipped(void **state)
{
	(void)state;
	struct params p;
	char h[200];
	snprintf(h, sizeof h, "big=%033d; sid=1; %017d=x", 0, 0);
	assert_int_equal(parse_cookies(h, &LIM, &p), PARSE_OK);
	assert_int_equal(p.n, 1);
	assert_string_equal(val(&p, "sid"), "1");
	params_free(&p);
}

static void test_cookie_grossly_oversized_header_is_too_large(void **state)
{
	(void)state;
	struct params p;
	struct limits l = LIM;
	l.max_body = 8;
	assert_int_equal(parse_cookies("abc=defg", &l, &p), PARSE_OK);
	params_free(&p);
	assert_int_equal(parse_cookies("abc=defgh", &l, &p), PARSE_TOO_LARGE);
	assert_empty(&p);
}

static void test_cookie_too_many(void **state)
{
	(void)state;
	struct params p;
	assert_int_equal(parse_cookies("a=1;b=1;c=1;d=1;e=1;f=1;g=1;h=1", &LIM, &p), PARSE_OK);
	params_free(&p);
	assert_int_equal(parse_cookies("a=1;b=1;c=1;d=1;e=1;f=1;g=1;h=1;i=1", &LIM, &p), PARSE_TOO_MANY);
	assert_empty(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_url_basic_pairs_and_plus_and_percent),
		cmocka_unit_test(test_url_name_without_equals_gets_empty_value),
		cmocka_unit_test(test_url_empty_pairs_and_empty_names_skipped),
		cmocka_unit_test(test_url_empty_input_is_ok_and_empty),
		cmocka_unit_test(test_url_truncated_percent_is_malformed),
		cmocka_unit_test(test_url_non_hex_escape_is_malformed),
		cmocka_unit_test(test_url_decoded_nul_is_malformed),
		cmocka_unit_test(test_url_raw_nul_byte_is_malformed),
		cmocka_unit_test(test_url_len_is_honoured_without_terminator),
		cmocka_unit_test(test_url_uppercase_and_lowercase_hex),
		cmocka_unit_test(test_url_body_exact_limit_passes_plus_one_fails),
		cmocka_unit_test(test_url_name_exact_limit_passes_plus_one_fails),
		cmocka_unit_test(test_url_value_limit_counts_decoded_bytes),
		cmocka_unit_test(test_url_field_count_exact_limit_passes_plus_one_fails),
		cmocka_unit_test(test_url_huge_field_count_is_too_many),
		cmocka_unit_test(test_url_duplicates_kept_and_get_returns_first),
		cmocka_unit_test(test_params_free_on_zeroed_struct_and_twice),
		cmocka_unit_test(test_mp_text_and_file_parts),
		cmocka_unit_test(test_mp_quoted_boundary_and_preamble_epilogue),
		cmocka_unit_test(test_mp_unix_path_stripped_from_filename),
		cmocka_unit_test(test_mp_empty_file_input_has_empty_filename),
		cmocka_unit_test(test_mp_missing_boundary_is_malformed),
		cmocka_unit_test(test_mp_invalid_boundary_chars_and_length),
		cmocka_unit_test(test_mp_body_without_delimiter_is_malformed),
		cmocka_unit_test(test_mp_missing_closing_delimiter_is_malformed),
		cmocka_unit_test(test_mp_part_without_name_is_malformed),
		cmocka_unit_test(test_mp_garbled_headers_are_malformed),
		cmocka_unit_test(test_mp_nested_multipart_is_just_data),
		cmocka_unit_test(test_mp_nul_in_text_value_is_malformed),
		cmocka_unit_test(test_mp_value_exact_limit_passes_plus_one_fails),
		cmocka_unit_test(test_mp_file_exact_limit_passes_plus_one_fails),
		cmocka_unit_test(test_mp_name_exact_limit_passes_plus_one_fails),
		cmocka_unit_test(test_mp_body_limit),
		cmocka_unit_test(test_mp_too_many_parts),
		cmocka_unit_test(test_mp_long_filename_is_too_large),
		cmocka_unit_test(test_cookie_pairs_trimmed_not_decoded),
		cmocka_unit_test(test_cookie_junk_pairs_skipped),
		cmocka_unit_test(test_cookie_null_and_empty_header),
		cmocka_unit_test(test_cookie_oversized_single_cookie_skipped),
		cmocka_unit_test(test_cookie_grossly_oversized_header_is_too_large),
		cmocka_unit_test(test_cookie_too_many),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
