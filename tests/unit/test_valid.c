/* test_valid.c - single-value validators: ints, money, dates, text, email, enums, tokens. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <limits.h>
#include <string.h>

#include <cmocka.h>

#include "http/valid.h"

#define ANY_MIN LLONG_MIN
#define ANY_MAX LLONG_MAX

/* ------------------------------------------------------------------- keys */

static void test_verr_key_distinct_for_every_code(void **state)
{
	(void)state;
	assert_string_equal(verr_key(V_REQUIRED), "err.required");
	assert_string_equal(verr_key(V_NOT_INT), "err.not_int");
	assert_string_equal(verr_key(V_RANGE), "err.range");
	assert_string_equal(verr_key(V_AMOUNT_PRECISION), "err.amount_precision");
	assert_string_equal(verr_key(V_NOT_TOKEN), "err.not_token");
	for (int a = V_REQUIRED; a <= V_NOT_TOKEN; a++) {
		assert_true(strncmp(verr_key((enum verr)a), "err.", 4) == 0);
		for (int b = a + 1; b <= V_NOT_TOKEN; b++)
			assert_string_not_equal(verr_key((enum verr)a), verr_key((enum verr)b));
	}
	assert_string_equal(verr_key((enum verr)99), "err.unknown");
}

/* -------------------------------------------------------------------- int */

static void test_int_plain_negative_and_spaces(void **state)
{
	(void)state;
	long long v = 0;
	assert_int_equal(valid_int("42", 0, 100, &v), V_OK);
	assert_int_equal(v, 42);
	assert_int_equal(valid_int(" -7 ", -10, 10, &v), V_OK);
	assert_int_equal(v, -7);
	assert_int_equal(valid_int("007", 0, 10, &v), V_OK);
	assert_int_equal(v, 7);
}

static void test_int_fullwidth_digits(void **state)
{
	(void)state;
	long long v = 0;
	assert_int_equal(valid_int("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93", 0, 1000, &v), V_OK);   /* １２３ */
	assert_int_equal(v, 123);
	assert_int_equal(valid_int("1\xEF\xBC\x90", 0, 1000, &v), V_OK);   /* 1０ mixed */
	assert_int_equal(v, 10);
}

static void test_int_rejects_junk(void **state)
{
	(void)state;
	long long v = 5;
	assert_int_equal(valid_int("1 2", ANY_MIN, ANY_MAX, &v), V_NOT_INT);
	assert_int_equal(valid_int("+1", ANY_MIN, ANY_MAX, &v), V_NOT_INT);
	assert_int_equal(valid_int("-", ANY_MIN, ANY_MAX, &v), V_NOT_INT);
	assert_int_equal(valid_int("1.0", ANY_MIN, ANY_MAX, &v), V_NOT_INT);
	assert_int_equal(valid_int("0x10", ANY_MIN, ANY_MAX, &v), V_NOT_INT);
	assert_int_equal(valid_int("--1", ANY_MIN, ANY_MAX, &v), V_NOT_INT);
	assert_int_equal(valid_int("\xEF\xBC", ANY_MIN, ANY_MAX, &v), V_NOT_INT);   /* truncated full-width */
	assert_int_equal(v, 5);   /* untouched on error */
}

static void test_int_blank_is_required(void **state)
{
	(void)state;
	assert_int_equal(valid_int("", 0, 1, NULL), V_REQUIRED);
	assert_int_equal(valid_int("   ", 0, 1, NULL), V_REQUIRED);
	assert_int_equal(valid_int(NULL, 0, 1, NULL), V_REQUIRED);
}

static void test_int_overflow_is_range_extremes_ok(void **state)
{
	(void)state;
	long long v = 0;
	assert_int_equal(valid_int("9223372036854775807", ANY_MIN, ANY_MAX, &v), V_OK);
	assert_true(v == LLONG_MAX);
	assert_int_equal(valid_int("-9223372036854775808", ANY_MIN, ANY_MAX, &v), V_OK);
	assert_true(v == LLONG_MIN);
	assert_int_equal(valid_int("9223372036854775808", ANY_MIN, ANY_MAX, &v), V_RANGE);
	assert_int_equal(valid_int("-9223372036854775809", ANY_MIN, ANY_MAX, &v), V_RANGE);
	assert_int_equal(valid_int("99999999999999999999999999", ANY_MIN, ANY_MAX, &v), V_RANGE);
}

static void test_int_bounds_inclusive(void **state)
{
	(void)state;
	assert_int_equal(valid_int("1", 1, 10, NULL), V_OK);
	assert_int_equal(valid_int("10", 1, 10, NULL), V_OK);
	assert_int_equal(valid_int("0", 1, 10, NULL), V_RANGE);
	assert_int_equal(valid_int("11", 1, 10, NULL), V_RANGE);
}

/* ----------------------------------------------------------------- amount */

static void test_amount_plain_forms(void **state)
{
	(void)state;
	long long f = 0;
	assert_int_equal(valid_amount("1234", 0, ANY_MAX, &f), V_OK);
	assert_int_equal(f, 123400);
	assert_int_equal(valid_amount("1234.5", 0, ANY_MAX, &f), V_OK);
	assert_int_equal(f, 123450);
	assert_int_equal(valid_amount("1234.56", 0, ANY_MAX, &f), V_OK);
	assert_int_equal(f, 123456);
	assert_int_equal(valid_amount("0.01", 0, ANY_MAX, &f), V_OK);
	assert_int_equal(f, 1);
	assert_int_equal(valid_amount("0", 0, ANY_MAX, &f), V_OK);
	assert_int_equal(f, 0);
}

static void test_amount_thousands_groups(void **state)
{
	(void)state;
	long long f = 0;
	assert_int_equal(valid_amount("1,234.56", 0, ANY_MAX, &f), V_OK);
	assert_int_equal(f, 123456);
	assert_int_equal(valid_amount("12,345,678", 0, ANY_MAX, &f), V_OK);
	assert_int_equal(f, 1234567800);
	assert_int_equal(valid_amount("1\xEF\xBC\x8C" "000", 0, ANY_MAX, &f), V_OK);   /* 1，000 */
	assert_int_equal(f, 100000);
}

static void test_amount_bad_grouping_rejected(void **state)
{
	(void)state;
	assert_int_equal(valid_amount("1,23.4", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("12,34", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("1234,567", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount(",123", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("1,,234", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("1,234,", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("1,2345", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("0,123", 0, ANY_MAX, NULL), V_NOT_AMOUNT);   /* European 0.123 */
	assert_int_equal(valid_amount("0,12", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
}

static void test_amount_fullwidth_digits_and_point(void **state)
{
	(void)state;
	long long f = 0;
	/* １２３．４５ */
	assert_int_equal(valid_amount("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x8E\xEF\xBC\x94\xEF\xBC\x95",
								  0, ANY_MAX, &f), V_OK);
	assert_int_equal(f, 12345);
}

static void test_amount_currency_signs_and_spaces(void **state)
{
	(void)state;
	long long f = 0;
	assert_int_equal(valid_amount("\xC2\xA5" "12.30", 0, ANY_MAX, &f), V_OK);   /* ¥ */
	assert_int_equal(f, 1230);
	assert_int_equal(valid_amount("  \xEF\xBF\xA5 1,000  ", 0, ANY_MAX, &f), V_OK);   /* ￥ */
	assert_int_equal(f, 100000);
	assert_int_equal(valid_amount("12\xC2\xA5", 0, ANY_MAX, &f), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("\xC2\xA5", 0, ANY_MAX, &f), V_NOT_AMOUNT);
}

static void test_amount_decimal_sum_is_exact(void **state)
{
	(void)state;
	long long a = 0, b = 0, c = 0;
	assert_int_equal(valid_amount("0.1", 0, ANY_MAX, &a), V_OK);
	assert_int_equal(valid_amount("0.2", 0, ANY_MAX, &b), V_OK);
	assert_int_equal(valid_amount("0.3", 0, ANY_MAX, &c), V_OK);
	assert_int_equal(a + b, c);
	assert_int_equal(a + b, 30);
}

static void test_amount_more_than_two_decimals_is_precision(void **state)
{
	(void)state;
	assert_int_equal(valid_amount("1.005", 0, ANY_MAX, NULL), V_AMOUNT_PRECISION);
	assert_int_equal(valid_amount("1.500", 0, ANY_MAX, NULL), V_AMOUNT_PRECISION);
	assert_int_equal(valid_amount("1.00x", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
}

static void test_amount_negative_and_junk_rejected(void **state)
{
	(void)state;
	assert_int_equal(valid_amount("-1", ANY_MIN, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("1e3", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("12.", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount(".5", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("1 000", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("1.2.3", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("abc", 0, ANY_MAX, NULL), V_NOT_AMOUNT);
	assert_int_equal(valid_amount("", 0, ANY_MAX, NULL), V_REQUIRED);
	assert_int_equal(valid_amount(NULL, 0, ANY_MAX, NULL), V_REQUIRED);
}

static void test_amount_overflow_is_range(void **state)
{
	(void)state;
	long long f = 0;
	assert_int_equal(valid_amount("9223372036854775807", 0, ANY_MAX, &f), V_RANGE);
	assert_int_equal(valid_amount("92233720368547758.07", 0, ANY_MAX, &f), V_OK);
	assert_true(f == LLONG_MAX);
	assert_int_equal(valid_amount("92233720368547758.08", 0, ANY_MAX, &f), V_RANGE);
	assert_int_equal(valid_amount("99999999999999999999999", 0, ANY_MAX, &f), V_RANGE);
}

static void test_amount_bounds_in_fen(void **state)
{
	(void)state;
	assert_int_equal(valid_amount("0.01", 1, 100, NULL), V_OK);
	assert_int_equal(valid_amount("1.00", 1, 100, NULL), V_OK);
	assert_int_equal(valid_amount("0.00", 1, 100, NULL), V_RANGE);
	assert_int_equal(valid_amount("1.01", 1, 100, NULL), V_RANGE);
}

/* ------------------------------------------------------------------ dates */

static void test_date_epoch_and_1999_boundary(void **state)
{
	(void)state;
	int d = 12345;
	assert_int_equal(valid_date("1970-01-01", &d), V_OK);
	assert_int_equal(d, 0);
	assert_int_equal(valid_date("1969-12-31", &d), V_OK);
	assert_int_equal(d, -1);
	assert_int_equal(valid_date("1999-12-31", &d), V_OK);
	assert_int_equal(d, 10956);
	assert_int_equal(valid_date("2000-01-01", &d), V_OK);
	assert_int_equal(d, 10957);
	assert_int_equal(valid_date("1900-01-01", &d), V_OK);
	assert_int_equal(d, -25567);
}

static void test_date_leap_days(void **state)
{
	(void)state;
	int d = 0;
	assert_int_equal(valid_date("2024-02-29", &d), V_OK);
	assert_int_equal(d, 19782);
	assert_int_equal(valid_date("2023-02-29", &d), V_NOT_DATE);
	assert_int_equal(valid_date("2000-02-29", &d), V_OK);   /* divisible by 400 */
	assert_int_equal(valid_date("2100-02-29", &d), V_NOT_DATE);   /* divisible by 100 only */
	assert_int_equal(valid_date("1900-02-29", &d), V_NOT_DATE);
}

static void test_date_rejects_bad_syntax_and_days(void **state)
{
	(void)state;
	int d = 0;
	assert_int_equal(valid_date("2024-1-05", &d), V_NOT_DATE);
	assert_int_equal(valid_date("2024/01/05", &d), V_NOT_DATE);
	assert_int_equal(valid_date("2024-01-05 ", &d), V_NOT_DATE);
	assert_int_equal(valid_date("2024-13-01", &d), V_NOT_DATE);
	assert_int_equal(valid_date("2024-00-10", &d), V_NOT_DATE);
	assert_int_equal(valid_date("2024-04-31", &d), V_NOT_DATE);
	assert_int_equal(valid_date("2024-04-00", &d), V_NOT_DATE);
	assert_int_equal(valid_date("2024", &d), V_NOT_DATE);
	assert_int_equal(valid_date("", &d), V_REQUIRED);
	assert_int_equal(valid_date(NULL, &d), V_REQUIRED);
}

static void test_date_year_outside_1900_2200_is_range(void **state)
{
	(void)state;
	assert_int_equal(valid_date("1899-12-31", NULL), V_RANGE);
	assert_int_equal(valid_date("2200-12-31", NULL), V_OK);
	assert_int_equal(valid_date("2201-01-01", NULL), V_RANGE);
	assert_int_equal(valid_date("0024-05-01", NULL), V_RANGE);
}

static void test_days_roundtrip_every_day_1900_to_2200(void **state)
{
	(void)state;
	int from = ymd_to_days(1900, 1, 1), to = ymd_to_days(2200, 12, 31);
	int py = 1899, pm = 12, pd = 31;
	for (int n = from; n <= to; n++) {
		int y, m, d;
		days_to_ymd(n, &y, &m, &d);
		assert_int_equal(ymd_to_days(y, m, d), n);
		/* each day follows the previous one on the calendar */
		if (d == 1)
			assert_true((m == 1 && y == py + 1 && pm == 12) || (y == py && m == pm + 1));
		else
			assert_true(y == py && m == pm && d == pd + 1);
		py = y, pm = m, pd = d;
	}
	assert_int_equal(to - from + 1, 109938);   /* 301 years, 73 leap days */
}

static void test_days_to_ymd_far_values(void **state)
{
	(void)state;
	int y, m, d;
	days_to_ymd(-719468, &y, &m, &d);   /* 0000-03-01 */
	assert_int_equal(y, 0);
	assert_int_equal(m, 3);
	assert_int_equal(d, 1);
	days_to_ymd(INT_MAX, &y, &m, &d);   /* must not overflow */
	assert_int_equal(ymd_to_days(y, m, d), INT_MAX);
	days_to_ymd(INT_MIN, &y, &m, &d);
	assert_int_equal(ymd_to_days(y, m, d), INT_MIN);
}

static void test_datetime_both_separators_and_seconds(void **state)
{
	(void)state;
	long long s = 0;
	assert_int_equal(valid_datetime("2024-03-01T08:30", &s), V_OK);
	assert_true(s == 1709281800LL);
	assert_int_equal(valid_datetime("2024-03-01 08:30", &s), V_OK);
	assert_true(s == 1709281800LL);
	assert_int_equal(valid_datetime("2024-03-01T08:30:59", &s), V_OK);
	assert_true(s == 1709281859LL);
	assert_int_equal(valid_datetime("1969-12-31T23:59:59", &s), V_OK);
	assert_true(s == -1);
}

static void test_datetime_rejects_bad_times(void **state)
{
	(void)state;
	assert_int_equal(valid_datetime("2024-03-01T24:00", NULL), V_NOT_DATETIME);
	assert_int_equal(valid_datetime("2024-03-01T23:60", NULL), V_NOT_DATETIME);
	assert_int_equal(valid_datetime("2024-03-01T23:59:60", NULL), V_NOT_DATETIME);
	assert_int_equal(valid_datetime("2024-03-01T8:30", NULL), V_NOT_DATETIME);
	assert_int_equal(valid_datetime("2024-03-01", NULL), V_NOT_DATETIME);
	assert_int_equal(valid_datetime("2024-03-01T08:30:", NULL), V_NOT_DATETIME);
	assert_int_equal(valid_datetime("2024-03-01T08:30Z", NULL), V_NOT_DATETIME);
	assert_int_equal(valid_datetime("2023-02-29T08:30", NULL), V_NOT_DATETIME);
	assert_int_equal(valid_datetime("1800-01-01T08:30", NULL), V_RANGE);
	assert_int_equal(valid_datetime("", NULL), V_REQUIRED);
}

/* ------------------------------------------------------------------- text */

#define T(s) s, sizeof(s) - 1

static void test_text_cjk_counted_as_chars(void **state)
{
	(void)state;
	/* 你好世界: 4 characters, 12 bytes */
	assert_int_equal(valid_text(T("\xE4\xBD\xA0\xE5\xA5\xBD\xE4\xB8\x96\xE7\x95\x8C"), 1, 4, 0), V_OK);
	assert_int_equal(valid_text(T("\xE4\xBD\xA0\xE5\xA5\xBD\xE4\xB8\x96\xE7\x95\x8C"), 1, 3, 0), V_TOO_LONG);
	assert_int_equal(valid_text(T("\xE4\xBD\xA0\xE5\xA5\xBD\xE4\xB8\x96\xE7\x95\x8C"), 5, 10, 0), V_TOO_SHORT);
	/* emoji (4 bytes) is one character */
	assert_int_equal(valid_text(T("\xF0\x9F\x98\x80"), 1, 1, 0), V_OK);
}

static void test_text_invalid_utf8_rejected(void **state)
{
	(void)state;
	assert_int_equal(valid_text(T("abc\xFF"), 0, 10, 0), V_NOT_UTF8);
	assert_int_equal(valid_text(T("\x80"), 0, 10, 0), V_NOT_UTF8);            /* stray continuation */
	assert_int_equal(valid_text(T("\xE4\xBD"), 0, 10, 0), V_NOT_UTF8);        /* truncated */
	assert_int_equal(valid_text(T("\xE4\x41\xA0"), 0, 10, 0), V_NOT_UTF8);    /* bad continuation */
	assert_int_equal(valid_text(T("\xF5\x80\x80\x80"), 0, 10, 0), V_NOT_UTF8);
}

static void test_text_overlongs_rejected(void **state)
{
	(void)state;
	assert_int_equal(valid_text(T("\xC0\xAF"), 0, 10, 0), V_NOT_UTF8);           /* overlong '/' */
	assert_int_equal(valid_text(T("\xC1\xBF"), 0, 10, 0), V_NOT_UTF8);
	assert_int_equal(valid_text(T("\xE0\x80\xAF"), 0, 10, 0), V_NOT_UTF8);
	assert_int_equal(valid_text(T("\xF0\x80\x80\xAF"), 0, 10, 0), V_NOT_UTF8);
	assert_int_equal(valid_text(T("\xE0\xA0\x80"), 0, 10, 0), V_OK);             /* U+0800, shortest */
}

static void test_text_surrogates_and_above_10ffff_rejected(void **state)
{
	(void)state;
	assert_int_equal(valid_text(T("\xED\xA0\x80"), 0, 10, 0), V_NOT_UTF8);       /* U+D800 */
	assert_int_equal(valid_text(T("\xED\xBF\xBF"), 0, 10, 0), V_NOT_UTF8);       /* U+DFFF */
	assert_int_equal(valid_text(T("\xED\x9F\xBF"), 0, 10, 0), V_OK);             /* U+D7FF */
	assert_int_equal(valid_text(T("\xF4\x90\x80\x80"), 0, 10, 0), V_NOT_UTF8);   /* U+110000 */
	assert_int_equal(valid_text(T("\xF4\x8F\xBF\xBF"), 0, 10, 0), V_OK);         /* U+10FFFF */
}

static void test_text_control_chars_single_vs_multiline(void **state)
{
	(void)state;
	assert_int_equal(valid_text(T("a\nb"), 0, 10, 0), V_CONTROL_CHAR);
	assert_int_equal(valid_text(T("a\nb"), 0, 10, 1), V_OK);
	assert_int_equal(valid_text(T("a\r\n\tb"), 0, 10, 1), V_OK);
	assert_int_equal(valid_text(T("a\tb"), 0, 10, 0), V_CONTROL_CHAR);
	assert_int_equal(valid_text(T("a\x1b[31m"), 0, 10, 1), V_CONTROL_CHAR);
	assert_int_equal(valid_text(T("a\x7f"), 0, 10, 1), V_CONTROL_CHAR);
	assert_int_equal(valid_text(T("a\xC2\x85"), 0, 10, 1), V_CONTROL_CHAR);   /* C1 NEL */
	assert_int_equal(valid_text(T("a\0b"), 0, 10, 1), V_CONTROL_CHAR);
	assert_int_equal(valid_text(T("a\xE2\x80\xA8" "b"), 0, 10, 0), V_OK);     /* U+2028 allowed */
}

static void test_text_blank_counts_as_zero_chars(void **state)
{
	(void)state;
	assert_int_equal(valid_text(T("   "), 1, 10, 0), V_TOO_SHORT);
	assert_int_equal(valid_text(T("\xE3\x80\x80 \xE3\x80\x80"), 1, 10, 0), V_TOO_SHORT);   /* U+3000 */
	assert_int_equal(valid_text(T(" \n\r\n "), 0, 0, 1), V_OK);
	assert_int_equal(valid_text(T("  ab  "), 2, 2, 0), V_OK);
	assert_int_equal(valid_text(NULL, 0, 0, 10, 0), V_OK);
	assert_int_equal(valid_text(NULL, 0, 1, 10, 0), V_TOO_SHORT);
}

static void test_trim_bounds(void **state)
{
	(void)state;
	size_t off, len;
	valid_trim(T("\xE3\x80\x80 a b\t\xE3\x80\x80"), &off, &len);
	assert_int_equal(off, 4);
	assert_int_equal(len, 3);
	valid_trim(T("\xE3\x80"), &off, &len);   /* truncated U+3000 is not trimmed */
	assert_int_equal(len, 2);
}

/* ------------------------------------------------------------------ email */

static void test_email_good_addresses(void **state)
{
	(void)state;
	assert_int_equal(valid_email("a@b.cn"), V_OK);
	assert_int_equal(valid_email("first.last+tag@mail.example.com.cn"), V_OK);
	assert_int_equal(valid_email("o'brien@x-y.org"), V_OK);
}

static void test_email_bad_addresses(void **state)
{
	(void)state;
	assert_int_equal(valid_email("plain"), V_NOT_EMAIL);
	assert_int_equal(valid_email("a@b"), V_NOT_EMAIL);
	assert_int_equal(valid_email("a@@b.cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email("a@b@c.cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email("a b@c.cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email("a@c.cn\r\nBcc: x@y.cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email(".a@b.cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email("a..b@b.cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email("a@-b.cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email("a@b..cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email("a@b.cn."), V_NOT_EMAIL);
	assert_int_equal(valid_email("a@1.2.3.4"), V_NOT_EMAIL);
	assert_int_equal(valid_email("\xE5\xBC\xA0@b.cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email("\"a\"@b.cn"), V_NOT_EMAIL);
	assert_int_equal(valid_email(""), V_REQUIRED);
}

static void test_email_length_limits(void **state)
{
	(void)state;
	char buf[400];
	/* local part: 64 ok, 65 not */
	memset(buf, 'a', 64);
	strcpy(buf + 64, "@b.cn");
	assert_int_equal(valid_email(buf), V_OK);
	memset(buf, 'a', 65);
	strcpy(buf + 65, "@b.cn");
	assert_int_equal(valid_email(buf), V_NOT_EMAIL);
	/* total 254 ok, 255 not: "a@" + three 63-char labels with dots + a last label */
	strcpy(buf, "a@");
	for (int i = 0; i < 3; i++) {
		size_t at = strlen(buf);
		memset(buf + at, 'b', 63);
		strcpy(buf + at + 63, ".");
	}
	size_t n = strlen(buf);   /* 2 + 3*64 = 194 */
	memset(buf + n, 'c', 254 - n);   /* 60-char last label */
	buf[254] = '\0';
	assert_int_equal(strlen(buf), 254);
	assert_int_equal(valid_email(buf), V_OK);
	buf[254] = 'c';
	buf[255] = '\0';
	assert_int_equal(valid_email(buf), V_NOT_EMAIL);
}

/* ---------------------------------------------------------- enum, token */

static void test_enum_matches_exactly(void **state)
{
	(void)state;
	static const char *const ch[] = {"annual", "sick", "personal", NULL};
	long long i = -1;
	assert_int_equal(valid_enum("sick", ch, &i), V_OK);
	assert_int_equal(i, 1);
	assert_int_equal(valid_enum("Sick", ch, &i), V_NOT_CHOICE);
	assert_int_equal(valid_enum("sick ", ch, &i), V_NOT_CHOICE);
	assert_int_equal(valid_enum("", ch, &i), V_NOT_CHOICE);
	assert_int_equal(valid_enum(NULL, ch, &i), V_REQUIRED);
	assert_int_equal(valid_enum("x", NULL, &i), V_NOT_CHOICE);
	assert_int_equal(i, 1);
}

static void test_token_exact_lowercase_hex(void **state)
{
	(void)state;
	assert_int_equal(valid_token("0123456789abcdef", 16), V_OK);
	assert_int_equal(valid_token("0123456789ABCDEF", 16), V_NOT_TOKEN);
	assert_int_equal(valid_token("0123456789abcde", 16), V_NOT_TOKEN);
	assert_int_equal(valid_token("0123456789abcdef0", 16), V_NOT_TOKEN);
	assert_int_equal(valid_token("0123456789abcdeg", 16), V_NOT_TOKEN);
	assert_int_equal(valid_token("", 0), V_NOT_TOKEN);
	assert_int_equal(valid_token(NULL, 4), V_NOT_TOKEN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_verr_key_distinct_for_every_code),
		cmocka_unit_test(test_int_plain_negative_and_spaces),
		cmocka_unit_test(test_int_fullwidth_digits),
		cmocka_unit_test(test_int_rejects_junk),
		cmocka_unit_test(test_int_blank_is_required),
		cmocka_unit_test(test_int_overflow_is_range_extremes_ok),
		cmocka_unit_test(test_int_bounds_inclusive),
		cmocka_unit_test(test_amount_plain_forms),
		cmocka_unit_test(test_amount_thousands_groups),
		cmocka_unit_test(test_amount_bad_grouping_rejected),
		cmocka_unit_test(test_amount_fullwidth_digits_and_point),
		cmocka_unit_test(test_amount_currency_signs_and_spaces),
		cmocka_unit_test(test_amount_decimal_sum_is_exact),
		cmocka_unit_test(test_amount_more_than_two_decimals_is_precision),
		cmocka_unit_test(test_amount_negative_and_junk_rejected),
		cmocka_unit_test(test_amount_overflow_is_range),
		cmocka_unit_test(test_amount_bounds_in_fen),
		cmocka_unit_test(test_date_epoch_and_1999_boundary),
		cmocka_unit_test(test_date_leap_days),
		cmocka_unit_test(test_date_rejects_bad_syntax_and_days),
		cmocka_unit_test(test_date_year_outside_1900_2200_is_range),
		cmocka_unit_test(test_days_roundtrip_every_day_1900_to_2200),
		cmocka_unit_test(test_days_to_ymd_far_values),
		cmocka_unit_test(test_datetime_both_separators_and_seconds),
		cmocka_unit_test(test_datetime_rejects_bad_times),
		cmocka_unit_test(test_text_cjk_counted_as_chars),
		cmocka_unit_test(test_text_invalid_utf8_rejected),
		cmocka_unit_test(test_text_overlongs_rejected),
		cmocka_unit_test(test_text_surrogates_and_above_10ffff_rejected),
		cmocka_unit_test(test_text_control_chars_single_vs_multiline),
		cmocka_unit_test(test_text_blank_counts_as_zero_chars),
		cmocka_unit_test(test_trim_bounds),
		cmocka_unit_test(test_email_good_addresses),
		cmocka_unit_test(test_email_bad_addresses),
		cmocka_unit_test(test_email_length_limits),
		cmocka_unit_test(test_enum_matches_exactly),
		cmocka_unit_test(test_token_exact_lowercase_hex),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
