/* test_money.c -- money formatting and exact fen arithmetic. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "core/money.h"

static const char *fmt(long long fen)
{
	static char buf[64];
	assert_int_equal(money_format(fen, buf, sizeof buf), 0);
	return buf;
}

static const char *plain(long long fen)
{
	static char buf[64];
	assert_int_equal(money_format_plain(fen, buf, sizeof buf), 0);
	return buf;
}

static void test_format_zero_is_yuan_sign_and_two_decimals(void **state)
{
	(void)state;
	assert_string_equal(fmt(0), "\xC2\xA5" "0.00");
}

static void test_format_small_amounts_pad_fen(void **state)
{
	(void)state;
	assert_string_equal(fmt(5), "\xC2\xA5" "0.05");
	assert_string_equal(fmt(50), "\xC2\xA5" "0.50");
	assert_string_equal(fmt(100), "\xC2\xA5" "1.00");
}

static void test_format_groups_thousands(void **state)
{
	(void)state;
	assert_string_equal(fmt(123450), "\xC2\xA5" "1,234.50");
	assert_string_equal(fmt(123456789), "\xC2\xA5" "1,234,567.89");
	assert_string_equal(fmt(99999), "\xC2\xA5" "999.99");
	assert_string_equal(fmt(100000), "\xC2\xA5" "1,000.00");
	assert_string_equal(fmt(100000000), "\xC2\xA5" "1,000,000.00");
}

static void test_format_negative_puts_minus_before_yuan_sign(void **state)
{
	(void)state;
	assert_string_equal(fmt(-123450), "-\xC2\xA5" "1,234.50");
	assert_string_equal(fmt(-5), "-\xC2\xA5" "0.05");
}

static void test_format_int64_extremes_without_overflow(void **state)
{
	(void)state;
	assert_string_equal(fmt(INT64_MIN), "-\xC2\xA5" "92,233,720,368,547,758.08");
	assert_string_equal(fmt(INT64_MAX), "\xC2\xA5" "92,233,720,368,547,758.07");
}

static void test_format_refuses_short_buffer(void **state)
{
	char buf[10];
	(void)state;
	/* "¥1,234.50" is 11 bytes with its NUL: one short must fail, exact fits */
	assert_int_equal(money_format(123450, buf, sizeof buf), -1);
	assert_string_equal(buf, "");
	char ok[11];
	assert_int_equal(money_format(123450, ok, sizeof ok), 0);
	assert_string_equal(ok, "\xC2\xA5" "1,234.50");
	assert_int_equal(money_format(1, NULL, 10), -1);
	assert_int_equal(money_format(1, ok, 0), -1);
}

static void test_format_plain_for_forms_and_csv(void **state)
{
	(void)state;
	assert_string_equal(plain(0), "0.00");
	assert_string_equal(plain(123450), "1234.50");
	assert_string_equal(plain(-5), "-0.05");
	assert_string_equal(plain(INT64_MIN), "-92233720368547758.08");
	char small[7];
	assert_int_equal(money_format_plain(123450, small, sizeof small), -1);
}

static void test_LV06_daily_wage_of_8000_yuan_is_367_82(void **state)
{
	long long out = 0;
	(void)state;
	/* 800000 * 100 / 2175 = 36781.609... -> 36782 fen */
	assert_int_equal(money_mul_div_half_up(800000, 100, 2175, &out), 0);
	assert_int_equal(out, 36782);
	assert_string_equal(fmt(out), "\xC2\xA5" "367.82");
}

static void test_LV06_sick_leave_share_of_daily_wage_in_basis_points(void **state)
{
	long long out = 0;
	(void)state;
	/* 50% of 367.82 = 183.91 exactly; 50% of 0.05 = 0.025 -> 0.03 */
	assert_int_equal(money_percent_bp(36782, 5000, &out), 0);
	assert_int_equal(out, 18391);
	assert_int_equal(money_percent_bp(5, 5000, &out), 0);
	assert_int_equal(out, 3);
	assert_int_equal(money_percent_bp(36783, 5000, &out), 0);
	assert_int_equal(out, 18392); /* 18391.5 rounds up */
}

static void test_half_up_at_exactly_half(void **state)
{
	long long out = 0;
	(void)state;
	assert_int_equal(money_mul_div_half_up(5, 1, 2, &out), 0);
	assert_int_equal(out, 3);
	assert_int_equal(money_mul_div_half_up(7, 1, 2, &out), 0);
	assert_int_equal(out, 4);
	/* just below half rounds down */
	assert_int_equal(money_mul_div_half_up(149, 1, 100, &out), 0);
	assert_int_equal(out, 1);
	assert_int_equal(money_mul_div_half_up(150, 1, 100, &out), 0);
	assert_int_equal(out, 2);
}

static void test_half_up_negative_goes_away_from_zero(void **state)
{
	long long out = 0;
	(void)state;
	assert_int_equal(money_mul_div_half_up(-5, 1, 2, &out), 0);
	assert_int_equal(out, -3);
	assert_int_equal(money_mul_div_half_up(5, 1, -2, &out), 0);
	assert_int_equal(out, -3);
	assert_int_equal(money_mul_div_half_up(-5, -1, 2, &out), 0);
	assert_int_equal(out, 3);
	assert_int_equal(money_mul_div_half_up(-149, 1, 100, &out), 0);
	assert_int_equal(out, -1);
}

static void test_exact_division_is_unchanged(void **state)
{
	long long out = 0;
	(void)state;
	assert_int_equal(money_mul_div_half_up(870000, 100, 2175, &out), 0);
	assert_int_equal(out, 40000);
	assert_int_equal(money_mul_div_half_up(0, 123, 7, &out), 0);
	assert_int_equal(out, 0);
}

static void test_128bit_intermediate_avoids_overflow(void **state)
{
	long long out = 0;
	(void)state;
	/* INT64_MAX * 100 overflows 64 bits, but the quotient fits */
	assert_int_equal(money_mul_div_half_up(INT64_MAX, 100, 200, &out), 0);
	assert_int_equal(out, INT64_MAX / 2 + 1); /* x.5 rounds up */
	assert_int_equal(money_mul_div_half_up(INT64_MIN, 1, 1, &out), 0);
	assert_int_equal(out, INT64_MIN);
}

static void test_overflow_of_result_is_detected(void **state)
{
	long long out = 42;
	(void)state;
	assert_int_equal(money_mul_div_half_up(INT64_MAX, 2, 1, &out), -1);
	assert_int_equal(money_mul_div_half_up(INT64_MIN, -1, 1, &out), -1);
	assert_int_equal(money_mul_div_half_up(INT64_MAX, INT64_MAX, 3, &out), -1);
	assert_int_equal(money_percent_bp(INT64_MAX, 20000, &out), -1);
	/* rounding itself can push past the limit */
	assert_int_equal(money_mul_div_half_up(INT64_MAX, 2, 2, &out), 0);
	assert_int_equal(out, INT64_MAX);
	out = 42;
	assert_int_equal(money_mul_div_half_up(INT64_MIN, 2, 2, &out), 0);
	assert_int_equal(out, INT64_MIN);
}

static void test_division_by_zero_is_an_error_and_leaves_out(void **state)
{
	long long out = 42;
	(void)state;
	assert_int_equal(money_mul_div_half_up(100, 1, 0, &out), -1);
	assert_int_equal(out, 42);
	assert_int_equal(money_mul_div_half_up(100, 1, 1, NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_zero_is_yuan_sign_and_two_decimals),
		cmocka_unit_test(test_format_small_amounts_pad_fen),
		cmocka_unit_test(test_format_groups_thousands),
		cmocka_unit_test(test_format_negative_puts_minus_before_yuan_sign),
		cmocka_unit_test(test_format_int64_extremes_without_overflow),
		cmocka_unit_test(test_format_refuses_short_buffer),
		cmocka_unit_test(test_format_plain_for_forms_and_csv),
		cmocka_unit_test(test_LV06_daily_wage_of_8000_yuan_is_367_82),
		cmocka_unit_test(test_LV06_sick_leave_share_of_daily_wage_in_basis_points),
		cmocka_unit_test(test_half_up_at_exactly_half),
		cmocka_unit_test(test_half_up_negative_goes_away_from_zero),
		cmocka_unit_test(test_exact_division_is_unchanged),
		cmocka_unit_test(test_128bit_intermediate_avoids_overflow),
		cmocka_unit_test(test_overflow_of_result_is_detected),
		cmocka_unit_test(test_division_by_zero_is_an_error_and_leaves_out),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
