/*
 * test_reception_tell.c - splitting a reception's "people to be told" into
 * logins (flows/reception/reception_tell.c): every separator a Chinese
 * keyboard gives, nothing else split, nothing invented.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "flows/reception/reception.h"

static size_t split(const char *text, const char **out, size_t max)
{
	static char buf[1024];
	return rc_tell_split(text, buf, sizeof buf, out, max);
}

static void test_tell_split_every_separator(void **state)
{
	(void)state;
	const char *l[10];
	size_t n = split(" a,b\xEF\xBC\x8C" "c\xE3\x80\x81" "d\xEF\xBC\x9B" "e;f\tg  h ", l, 10);
	assert_int_equal(n, 8);
	const char *want[] = {"a", "b", "c", "d", "e", "f", "g", "h"};
	for (size_t i = 0; i < 8; i++)
		assert_string_equal(l[i], want[i]);
}

static void test_tell_split_empty_and_only_separators(void **state)
{
	(void)state;
	const char *l[4];
	assert_int_equal(split("", l, 4), 0);
	assert_int_equal(split(NULL, l, 4), 0);
	assert_int_equal(split(" ,\xEF\xBC\x8C\xE3\x80\x81 ", l, 4), 0);
}

/* A character that only looks like a separator's start is left whole. */
static void test_tell_split_other_characters_kept_whole(void **state)
{
	(void)state;
	const char *l[4];
	assert_int_equal(split("\xEF\xBC\x90user\xF0\x9F\x98\x80 x", l, 4), 2);
	assert_string_equal(l[0], "\xEF\xBC\x90user\xF0\x9F\x98\x80");
	assert_string_equal(l[1], "x");
}

static void test_tell_split_stops_at_max(void **state)
{
	(void)state;
	const char *l[2];
	assert_int_equal(split("a b c d", l, 2), 2);
	assert_string_equal(l[1], "b");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tell_split_every_separator),
		cmocka_unit_test(test_tell_split_empty_and_only_separators),
		cmocka_unit_test(test_tell_split_other_characters_kept_whole),
		cmocka_unit_test(test_tell_split_stops_at_max),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
