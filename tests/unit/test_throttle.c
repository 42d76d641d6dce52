/*
 * test_throttle.c - the arithmetic of the login throttle and the device
 * cookie's signature (auth/throttle.h, auth/device.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "auth/device.h"
#include "auth/throttle.h"

#define SECRET "0123456789abcdef0123456789abcdef"

static void test_name_lock_starts_at_5_and_doubles_to_an_hour(void **state)
{
	(void)state;
	assert_int_equal(login_lock_secs(4), 0);
	assert_int_equal(login_lock_secs(5), 60);
	assert_int_equal(login_lock_secs(6), 120);
	assert_int_equal(login_lock_secs(10), 32 * 60);
	assert_int_equal(login_lock_secs(11), 3600);
	assert_int_equal(login_lock_secs(1000), 3600);
}

static void test_address_wait_starts_at_20_and_doubles_to_10_minutes(void **state)
{
	(void)state;
	assert_int_equal(address_wait_secs(19), 0);
	assert_int_equal(address_wait_secs(20), 1);
	assert_int_equal(address_wait_secs(21), 2);
	assert_int_equal(address_wait_secs(29), 512);
	assert_int_equal(address_wait_secs(30), 600);
	assert_int_equal(address_wait_secs(100000), 600);
}

static void test_device_cookie_holds_for_its_account_only(void **state)
{
	(void)state;
	char id[DEVICE_ID_HEX + 1], v[DEVICE_VALUE_MAX], got[DEVICE_ID_HEX + 1];
	assert_int_equal(device_cookie_make(SECRET, "mkt_staff", id, v), 0);
	assert_int_equal(strlen(id), DEVICE_ID_HEX);
	assert_int_equal(device_cookie_check(SECRET, "mkt_staff", v, got), 1);
	assert_string_equal(got, id);
	assert_int_equal(device_cookie_check(SECRET, "MKT_Staff", v, got), 1);   /* logins ignore case */
	assert_int_equal(device_cookie_check(SECRET, "mkt_head", v, got), 0);
	assert_string_equal(got, "");
	assert_int_equal(device_cookie_check("another-secret-of-32-characters!", "mkt_staff", v, got), 0);
	v[DEVICE_ID_HEX + 5] ^= 1;
	assert_int_equal(device_cookie_check(SECRET, "mkt_staff", v, got), 0);
	assert_int_equal(device_cookie_check(SECRET, "mkt_staff", NULL, got), 0);
	assert_int_equal(device_cookie_check(SECRET, "mkt_staff", "", got), 0);
	assert_int_equal(device_cookie_check(SECRET, "mkt_staff", id, got), 0);
}

static void test_device_cookie_ids_differ_and_names_follow_the_login(void **state)
{
	(void)state;
	char a[DEVICE_ID_HEX + 1], b[DEVICE_ID_HEX + 1], va[DEVICE_VALUE_MAX], vb[DEVICE_VALUE_MAX];
	char n1[DEVICE_NAME_MAX], n2[DEVICE_NAME_MAX], n3[DEVICE_NAME_MAX];
	assert_int_equal(device_cookie_make(SECRET, "gm", a, va), 0);
	assert_int_equal(device_cookie_make(SECRET, "gm", b, vb), 0);
	assert_string_not_equal(a, b);
	device_cookie_name("gm", n1);
	device_cookie_name("GM", n2);
	device_cookie_name("admin", n3);
	assert_string_equal(n1, n2);
	assert_string_not_equal(n1, n3);
	assert_int_equal(strlen(n1), 20);
	assert_int_equal(strncmp(n1, "ldev", 4), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_name_lock_starts_at_5_and_doubles_to_an_hour),
		cmocka_unit_test(test_address_wait_starts_at_20_and_doubles_to_10_minutes),
		cmocka_unit_test(test_device_cookie_holds_for_its_account_only),
		cmocka_unit_test(test_device_cookie_ids_differ_and_names_follow_the_login),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
