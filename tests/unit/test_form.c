/* test_form.c - field tables: required, bounds, raw kept, undeclared ignored, files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "http/form.h"

static const struct limits LIM = {
	.max_body = 1 << 16, .max_fields = 64, .max_name = 64, .max_value = 1024, .max_file = 4096,
};

static const char *const LEAVE_TYPES[] = {"annual", "sick", "personal", NULL};

static const struct field FIELDS[] = {
	{"days",   FT_INT,      FIELD_REQUIRED, 1, 30, NULL},
	{"amount", FT_AMOUNT,   0,              1, 10000000, NULL},
	{"from",   FT_DATE,     0,              0, 0, NULL},
	{"at",     FT_DATETIME, 0,              0, 0, NULL},
	{"title",  FT_TEXT,     FIELD_REQUIRED, 2, 10, NULL},
	{"note",   FT_LINES,    0,              0, 20, NULL},
	{"email",  FT_EMAIL,    0,              0, 0, NULL},
	{"type",   FT_ENUM,     0,              0, 0, LEAVE_TYPES},
	{"urgent", FT_BOOL,     0,              0, 0, NULL},
	{"csrf",   FT_TOKEN,    0,              0, 8, NULL},
};
#define NFIELDS (sizeof FIELDS / sizeof FIELDS[0])

struct fx {
	struct params in;
	struct form f;
};

static int read_query(struct fx *x, const char *q)
{
	assert_int_equal(parse_urlencoded(q, strlen(q), &LIM, &x->in), PARSE_OK);
	return form_read(&x->f, FIELDS, NFIELDS, &x->in);
}

static void done(struct fx *x)
{
	form_free(&x->f);
	params_free(&x->in);
}

static void test_form_all_valid_values_typed(void **state)
{
	(void)state;
	struct fx x;
	int n = read_query(&x, "days=3&amount=1%2C234.56&from=2024-02-29&at=2024-03-01T08%3A30"
						   "&title=+%E5%B9%B4%E5%81%87+&note=line1%0D%0Aline2&email=+a%40b.cn+"
						   "&type=sick&urgent=on&csrf=0123abcd");
	assert_int_equal(n, 0);
	assert_int_equal(x.f.nerr, 0);
	assert_int_equal(form_get(&x.f, "days")->num, 3);
	assert_int_equal(form_get(&x.f, "amount")->num, 123456);
	assert_int_equal(form_get(&x.f, "from")->num, 19782);
	assert_true(form_get(&x.f, "at")->num == 1709281800LL);
	assert_string_equal(form_get(&x.f, "title")->text, "\xE5\xB9\xB4\xE5\x81\x87");   /* trimmed */
	assert_string_equal(form_get(&x.f, "title")->raw, " \xE5\xB9\xB4\xE5\x81\x87 ");
	assert_string_equal(form_get(&x.f, "note")->text, "line1\r\nline2");
	assert_string_equal(form_get(&x.f, "email")->text, "a@b.cn");
	assert_int_equal(form_get(&x.f, "type")->num, 1);
	assert_string_equal(form_get(&x.f, "type")->text, "sick");
	assert_int_equal(form_get(&x.f, "urgent")->num, 1);
	assert_string_equal(form_get(&x.f, "csrf")->text, "0123abcd");
	assert_true(form_get(&x.f, "days")->present);
	done(&x);
}

static void test_form_required_absent_is_required_optional_absent_ok(void **state)
{
	(void)state;
	struct fx x;
	int n = read_query(&x, "");
	assert_int_equal(n, 2);   /* days, title */
	assert_int_equal(form_get(&x.f, "days")->err, V_REQUIRED);
	assert_int_equal(form_get(&x.f, "title")->err, V_REQUIRED);
	const struct fval *a = form_get(&x.f, "amount");
	assert_int_equal(a->err, V_OK);
	assert_false(a->present);
	assert_null(a->raw);
	assert_string_equal(fval_raw(a), "");
	assert_int_equal(form_get(&x.f, "urgent")->num, 0);
	assert_int_equal(form_get(&x.f, "urgent")->err, V_OK);
	done(&x);
}

static void test_form_blank_value_counts_as_absent(void **state)
{
	(void)state;
	struct fx x;
	read_query(&x, "days=++&title=%E3%80%80&amount=");
	const struct fval *d = form_get(&x.f, "days");
	assert_int_equal(d->err, V_REQUIRED);
	assert_false(d->present);
	assert_string_equal(d->raw, "  ");   /* still shown back as typed */
	assert_int_equal(form_get(&x.f, "title")->err, V_REQUIRED);
	assert_int_equal(form_get(&x.f, "amount")->err, V_OK);
	done(&x);
}

static void test_form_bounds_applied(void **state)
{
	(void)state;
	struct fx x;
	read_query(&x, "days=31&amount=100000.01&title=a&note=123456789012345678901");
	assert_int_equal(x.f.nerr, 4);
	assert_int_equal(form_get(&x.f, "days")->err, V_RANGE);
	assert_int_equal(form_get(&x.f, "amount")->err, V_RANGE);
	assert_int_equal(form_get(&x.f, "title")->err, V_TOO_SHORT);
	assert_int_equal(form_get(&x.f, "note")->err, V_TOO_LONG);
	done(&x);
	read_query(&x, "days=30&amount=100000.00&title=ab&note=12345678901234567890");
	assert_int_equal(x.f.nerr, 0);
	done(&x);
}

static void test_form_failed_value_keeps_raw_but_no_usable_value(void **state)
{
	(void)state;
	struct fx x;
	read_query(&x, "days=abc&title=ok+title&email=not-an-email&type=holiday&from=2023-02-29");
	const struct fval *d = form_get(&x.f, "days");
	assert_int_equal(d->err, V_NOT_INT);
	assert_string_equal(d->raw, "abc");
	assert_int_equal(d->num, 0);
	const struct fval *e = form_get(&x.f, "email");
	assert_int_equal(e->err, V_NOT_EMAIL);
	assert_string_equal(e->raw, "not-an-email");
	assert_null(e->text);
	assert_int_equal(form_get(&x.f, "type")->err, V_NOT_CHOICE);
	assert_null(form_get(&x.f, "type")->text);
	assert_int_equal(form_get(&x.f, "from")->err, V_NOT_DATE);
	assert_string_equal(form_get(&x.f, "from")->raw, "2023-02-29");
	assert_int_equal(x.f.nerr, 4);
	done(&x);
}

static void test_form_undeclared_params_ignored(void **state)
{
	(void)state;
	struct fx x;
	int n = read_query(&x, "days=1&title=hello&is_admin=1&user_id=7");
	assert_int_equal(n, 0);
	assert_null(form_get(&x.f, "is_admin"));
	assert_null(form_get(&x.f, "user_id"));
	assert_int_equal(x.f.n, NFIELDS);
	done(&x);
}

static void test_form_first_duplicate_wins(void **state)
{
	(void)state;
	struct fx x;
	read_query(&x, "days=2&days=99&title=hello");
	assert_int_equal(form_get(&x.f, "days")->num, 2);
	assert_int_equal(x.f.nerr, 0);
	done(&x);
}

static void test_form_bool_values(void **state)
{
	(void)state;
	struct fx x;
	read_query(&x, "days=1&title=hello&urgent=1");
	assert_int_equal(form_get(&x.f, "urgent")->num, 1);
	done(&x);
	read_query(&x, "days=1&title=hello&urgent=yes");
	assert_int_equal(form_get(&x.f, "urgent")->err, V_NOT_CHOICE);
	assert_int_equal(form_get(&x.f, "urgent")->num, 0);
	done(&x);
	read_query(&x, "days=1&title=hello&urgent=0");
	assert_int_equal(form_get(&x.f, "urgent")->err, V_NOT_CHOICE);
	done(&x);
}

static void test_form_text_control_and_bad_utf8(void **state)
{
	(void)state;
	struct fx x;
	read_query(&x, "days=1&title=a%0Ab&note=%C0%AF");
	assert_int_equal(form_get(&x.f, "title")->err, V_CONTROL_CHAR);
	assert_int_equal(form_get(&x.f, "note")->err, V_NOT_UTF8);
	assert_null(form_get(&x.f, "note")->text);
	done(&x);
}

static void test_form_token_length_from_max(void **state)
{
	(void)state;
	struct fx x;
	read_query(&x, "days=1&title=hello&csrf=0123abcd0");
	assert_int_equal(form_get(&x.f, "csrf")->err, V_NOT_TOKEN);
	done(&x);
}

static void test_form_get_unknown_and_zeroed(void **state)
{
	(void)state;
	struct form f = {0};
	assert_null(form_get(&f, "days"));
	form_free(&f);
	form_free(NULL);
	assert_string_equal(fval_raw(NULL), "");
}

static void test_form_empty_table(void **state)
{
	(void)state;
	struct params in = {0};
	struct form f;
	assert_int_equal(form_read(&f, NULL, 0, &in), 0);
	assert_null(form_get(&f, "x"));
	form_free(&f);
}

/* ------------------------------------------------------------------ files */

static const struct field FILE_FIELDS[] = {
	{"receipt", FT_FILE, FIELD_REQUIRED, 0, 10, NULL},
	{"photo",   FT_FILE, 0,              0, 0, NULL},
	{"memo",    FT_TEXT, 0,              0, 100, NULL},
};

static void read_mp(struct fx *x, const char *body, size_t len)
{
	assert_int_equal(parse_multipart(body, len, "multipart/form-data; boundary=B", &LIM, &x->in), PARSE_OK);
	form_read(&x->f, FILE_FIELDS, 3, &x->in);
}

static void test_form_file_present_and_size_limit(void **state)
{
	(void)state;
	struct fx x;
	const char ok[] = "--B\r\nContent-Disposition: form-data; name=receipt; filename=\"r.jpg\"\r\n\r\n"
					  "0123456789\r\n--B--";
	read_mp(&x, ok, sizeof ok - 1);
	const struct fval *r = form_get(&x.f, "receipt");
	assert_int_equal(r->err, V_OK);
	assert_true(r->present);
	assert_non_null(r->file);
	assert_int_equal(r->file->len, 10);
	assert_string_equal(r->raw, "r.jpg");
	assert_false(form_get(&x.f, "photo")->present);
	done(&x);
	const char big[] = "--B\r\nContent-Disposition: form-data; name=receipt; filename=\"r.jpg\"\r\n\r\n"
					   "0123456789A\r\n--B--";
	read_mp(&x, big, sizeof big - 1);
	assert_int_equal(form_get(&x.f, "receipt")->err, V_TOO_LONG);
	assert_null(form_get(&x.f, "receipt")->file);
	done(&x);
}

static void test_form_empty_file_input_is_absent(void **state)
{
	(void)state;
	struct fx x;
	const char b[] = "--B\r\nContent-Disposition: form-data; name=receipt; filename=\"\"\r\n\r\n\r\n--B--";
	read_mp(&x, b, sizeof b - 1);
	assert_int_equal(form_get(&x.f, "receipt")->err, V_REQUIRED);
	assert_false(form_get(&x.f, "receipt")->present);
	done(&x);
}

static void test_form_plain_value_for_file_field_is_absent(void **state)
{
	(void)state;
	struct fx x;
	const char b[] = "--B\r\nContent-Disposition: form-data; name=receipt\r\n\r\n/etc/passwd\r\n--B--";
	read_mp(&x, b, sizeof b - 1);
	assert_int_equal(form_get(&x.f, "receipt")->err, V_REQUIRED);
	assert_null(form_get(&x.f, "receipt")->file);
	done(&x);
}

static void test_form_file_sent_for_text_field_is_rejected(void **state)
{
	(void)state;
	struct fx x;
	const char b[] = "--B\r\nContent-Disposition: form-data; name=memo; filename=m.txt\r\n\r\nab\0cd\r\n"
					 "--B\r\nContent-Disposition: form-data; name=receipt; filename=r.jpg\r\n\r\nx\r\n--B--";
	read_mp(&x, b, sizeof b - 1);
	assert_int_equal(form_get(&x.f, "memo")->err, V_CONTROL_CHAR);
	assert_null(form_get(&x.f, "memo")->text);
	assert_int_equal(x.f.nerr, 1);
	done(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_form_all_valid_values_typed),
		cmocka_unit_test(test_form_required_absent_is_required_optional_absent_ok),
		cmocka_unit_test(test_form_blank_value_counts_as_absent),
		cmocka_unit_test(test_form_bounds_applied),
		cmocka_unit_test(test_form_failed_value_keeps_raw_but_no_usable_value),
		cmocka_unit_test(test_form_undeclared_params_ignored),
		cmocka_unit_test(test_form_first_duplicate_wins),
		cmocka_unit_test(test_form_bool_values),
		cmocka_unit_test(test_form_text_control_and_bad_utf8),
		cmocka_unit_test(test_form_token_length_from_max),
		cmocka_unit_test(test_form_get_unknown_and_zeroed),
		cmocka_unit_test(test_form_empty_table),
		cmocka_unit_test(test_form_file_present_and_size_limit),
		cmocka_unit_test(test_form_empty_file_input_is_absent),
		cmocka_unit_test(test_form_plain_value_for_file_field_is_absent),
		cmocka_unit_test(test_form_file_sent_for_text_field_is_rejected),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
